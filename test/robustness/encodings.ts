/** Encoders for tests: the same text as the bytes other tools would write. */
import { windows1252Char } from '../../src/core/windows-1252.js';

const BYTE_OF = new Map<string, number>(Array.from({ length: 256 }, (_, b) => [windows1252Char(b), b]));

/** windows-1252 bytes of a text, or null when a character does not exist there. */
export function windows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = BYTE_OF.get(text[i]!);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  return bytes;
}

export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}
