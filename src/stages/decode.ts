/**
 * Bytes to text. The byte order mark is removed and nothing else is changed
 * (line endings, NBSP, soft hyphens and zero-width characters stay), so every
 * offset the pipeline reports points into exactly this string. The one
 * exception is HTML: its article text is extracted, and offsets point into that.
 */
import { htmlPublished, htmlToText, looksLikeHtml } from './html-text.js';
import { windows1252Char } from '../core/windows-1252.js';

export interface Decoded {
  text: string;
  warnings: string[];
  /** The publication day an HTML page's meta data gives (YYYY-MM-DD), else null. */
  published: string | null;
}

export interface DecodeOptions {
  /** The input's name, when it has one: its ending may tell the format. */
  path?: string;
}

/** Images, archives, PDFs, executables …: input that is not an article. */
export class NotTextError extends Error {
  override name = 'NotTextError';
  constructor() {
    super('not a text file');
  }
}

/** File signatures of formats people mistake for articles; most also contain NUL bytes, some not early. */
const BINARY_SIGNATURES: ReadonlyArray<{ at: number; bytes: readonly number[] }> = [
  { at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, // zip, docx, xlsx, epub
  { at: 0, bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty zip
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { at: 0, bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { at: 0, bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { at: 0, bytes: [0x1f, 0x8b] }, // gzip
  { at: 0, bytes: [0x42, 0x5a, 0x68] }, // bzip2 "BZh" (text rarely starts so; the check below needs a block header too)
  { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] }, // xz
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] }, // zstd
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }, // 7z
  { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { at: 0, bytes: [0x49, 0x44, 0x33] }, // ID3 (mp3)
  { at: 0, bytes: [0x4f, 0x67, 0x67, 0x53] }, // OggS
  { at: 8, bytes: [0x57, 0x45, 0x42, 0x50] }, // RIFF…WEBP
  { at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }, // …ftyp (mp4, mov, heic)
];
const BZIP2_BLOCK = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];

/** C0 and C1 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;
/** Text with more control characters than this share is binary decoded by accident. */
const MAX_CONTROL_SHARE = 0.01;

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];
  let text = decodeBytes(bytes, warnings);
  if (isBinaryText(text)) throw new NotTextError();
  let published: string | null = null;
  if (looksLikeHtml(text, options.path)) {
    published = htmlPublished(text);
    text = htmlToText(text);
    warnings.push('input is HTML; offsets refer to the article text extracted from it');
  }
  return { text, warnings, published };
}

function decodeBytes(bytes: Uint8Array, warnings: string[]): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8OrLegacy(bytes.subarray(3), warnings);
  if (startsWith(bytes, [0xff, 0xfe])) {
    warnings.push('input is UTF-16LE; decoded to text');
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    warnings.push('input is UTF-16BE; decoded to text');
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  if (hasBinarySignature(bytes)) throw new NotTextError();
  if (bytes.indexOf(0) >= 0) {
    const order = utf16WithoutBom(bytes);
    if (order === null) throw new NotTextError();
    warnings.push(`input is UTF-16${order === 'utf-16le' ? 'LE' : 'BE'} without a byte order mark; decoded to text`);
    return new TextDecoder(order).decode(bytes);
  }
  return decodeUtf8OrLegacy(bytes, warnings);
}

/** UTF-8; where that fails, each byte that is not part of a valid UTF-8 sequence is read as windows-1252. */
function decodeUtf8OrLegacy(bytes: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { text, mixed } = decodeMixed(bytes);
    warnings.push(mixed
      ? 'input mixes UTF-8 and windows-1252; bytes that are not UTF-8 were decoded as windows-1252'
      : 'input is not valid UTF-8; decoded as windows-1252');
    return text;
  }
}


/**
 * Files pasted together from several sources mix encodings: valid UTF-8
 * sequences stay UTF-8, every other byte is a windows-1252 character. Pure
 * windows-1252 German text contains no valid multi-byte sequence in practice.
 */
function decodeMixed(bytes: Uint8Array): { text: string; mixed: boolean } {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let mixed = false;
  let runStart = 0;
  let i = 0;
  const flushUtf8 = (to: number): void => {
    if (to > runStart) parts.push(utf8.decode(bytes.subarray(runStart, to)));
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      mixed = true;
      i += length;
      continue;
    }
    flushUtf8(i);
    parts.push(windows1252Char(b));
    i++;
    runStart = i;
  }
  flushUtf8(bytes.length);
  return { text: parts.join(''), mixed };
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 (per the Unicode table of well-formed byte sequences). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Text in UTF-16 without a byte order mark has a NUL in every other byte for
 * Latin script: at odd offsets for little-endian, at even ones for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = sample / 2;
  // A few characters such as "Ā" (U+0100) put a NUL on the other side.
  const stray = pairs * 0.02;
  if (oddNul >= pairs * 0.6 && evenNul <= stray) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= stray) return 'utf-16be';
  return null;
}

function hasBinarySignature(bytes: Uint8Array): boolean {
  for (const { at, bytes: signature } of BINARY_SIGNATURES) {
    if (!startsWith(bytes, signature, at)) continue;
    if (signature[0] === 0x42 && !startsWith(bytes, BZIP2_BLOCK, 4)) continue;
    if (at === 8 && !startsWith(bytes, [0x52, 0x49, 0x46, 0x46])) continue;
    return true;
  }
  return false;
}

function isBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (const _ of text.matchAll(CONTROL)) controls++;
  return controls > 0 && controls > text.length * MAX_CONTROL_SHARE;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}
