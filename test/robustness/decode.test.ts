import { describe, expect, it } from 'vitest';
import { decode, NotTextError } from '../../src/stages/decode.js';
import { utf16, windows1252 } from './encodings.js';

const GERMAN = 'Die Übernahme kostet 5 Mrd. Euro, sagte ein Sprecher – „überraschend“.\n';

describe('decode: encodings', () => {
  it('reads UTF-8 as it is, without a warning', () => {
    expect(decode(Buffer.from(GERMAN))).toEqual({ text: GERMAN, warnings: [], published: null });
  });

  it('drops a UTF-8 byte order mark and nothing else', () => {
    const { text, warnings } = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]));
    expect(text).toBe(GERMAN);
    expect(warnings).toEqual([]);
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s with a byte order mark, and says so', (order) => {
    const { text, warnings } = decode(utf16(GERMAN, order));
    expect(text).toBe(GERMAN);
    expect(warnings).toEqual([`input is UTF-16${order.toUpperCase()}; decoded to text`]);
  });

  it.each(['le', 'be'] as const)('recognizes UTF-16%s without a byte order mark by its NUL bytes', (order) => {
    const { text, warnings } = decode(utf16(GERMAN, order, false));
    expect(text).toBe(GERMAN);
    expect(warnings[0]).toMatch(/without a byte order mark/);
  });

  it('reads windows-1252 German ("Übernahme" with Ü in one byte) and warns', () => {
    const bytes = windows1252(GERMAN)!;
    expect(bytes[4]).toBe(0xdc); // Ü
    const { text, warnings } = decode(bytes);
    expect(text).toBe(GERMAN);
    expect(warnings).toEqual(['input is not valid UTF-8; decoded as windows-1252']);
  });

  it('reads latin-1 text, the subset of windows-1252 most old files use', () => {
    const { text } = decode(Buffer.from('Größe: 5 µm, Preis 3 £', 'latin1'));
    expect(text).toBe('Größe: 5 µm, Preis 3 £');
  });

  it('keeps the UTF-8 parts of a file that mixes UTF-8 and windows-1252', () => {
    const bytes = Buffer.concat([Buffer.from('Müller sagte: '), windows1252('Übernahme für 5 €')!]);
    const { text, warnings } = decode(bytes);
    expect(text).toBe('Müller sagte: Übernahme für 5 €');
    expect(warnings[0]).toMatch(/mixes UTF-8 and windows-1252/);
  });

  it('changes no line ending, NBSP, soft hyphen, zero-width character or typographic quote', () => {
    const odd = 'Titel\r\n\r\nDie Über\u00adnahme kostet 5\u00a0Mrd.\u00a0Euro,\r„sagte“ er\u200b. It’s ‘fine’.\rEnde\n';
    expect(decode(Buffer.from(odd)).text).toBe(odd);
    expect(decode(utf16(odd, 'be')).text).toBe(odd);
  });

  it('reads empty input as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', warnings: [], published: null });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ text: '', warnings: [], published: null });
  });
});

describe('decode: input that is not text', () => {
  const samples: Record<string, Uint8Array> = {
    'a PNG image': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'a JPEG image': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    'a GIF image': Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1'),
    'a PDF whose first kilobytes are ASCII': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'.repeat(20), 'latin1'),
    'a zip archive (docx, epub)': Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml', 'latin1'),
    'a gzip file': Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]),
    'an executable': Buffer.from('\u007fELF\u0002\u0001\u0001\u0000', 'latin1'),
    'text with NUL bytes in it': Buffer.from('Nvidia\u0000baut\u0000\u0000\u0001ein Werk'),
    'bytes full of control characters': Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256 || 1),
  };

  it.each(Object.entries(samples))('rejects %s with "not a text file"', (_name, bytes) => {
    expect(() => decode(bytes)).toThrow(NotTextError);
    expect(() => decode(bytes)).toThrow(/^not a text file$/);
  });

  it('does not mistake text for binary because it starts like a signature or has a stray control character', () => {
    expect(decode(Buffer.from('BZh. Die Abkürzung steht für nichts.\n')).text).toMatch(/^BZh/);
    const withFormFeed = `${'Ein langer Absatz über Chips. '.repeat(10)}\f\u001a`;
    expect(decode(Buffer.from(withFormFeed)).text).toBe(withFormFeed);
  });
});
