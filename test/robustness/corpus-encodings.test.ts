/**
 * The same article in another encoding or with CRLF line endings gives the
 * same claims: windows-1252 and UTF-16 decode to the identical text, CRLF
 * shifts every offset by the line breaks before it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, hasShared, sharedDir } from '../helpers/shared.js';
import { extractArticle } from '../../src/cli/article.js';
import type { ClaimsDocument } from '../../src/types.js';
import { utf16, windows1252 } from './encodings.js';

/** Every fifth corpus article: both languages, every collection, a test that stays quick. */
function sample(): string[] {
  if (!hasShared) return [];
  return ['de', 'en'].flatMap((lang) => {
    const dir = join(sharedDir, 'corpus', lang);
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 5 === 0).map((f) => join(dir, f));
  });
}

const withoutWarnings = (doc: ClaimsDocument): ClaimsDocument => ({ ...doc, warnings: [] });

/** The document as an LF text would give it: offsets mapped back, CR removed from quoted text. */
function fromCrlf(doc: ClaimsDocument, crlfText: string): ClaimsDocument {
  const crBefore = new Int32Array(crlfText.length + 1);
  for (let i = 0; i < crlfText.length; i++) crBefore[i + 1] = crBefore[i]! + (crlfText[i] === '\r' ? 1 : 0);
  return JSON.parse(JSON.stringify(doc), (key, value: unknown) => {
    if ((key === 'start' || key === 'end') && typeof value === 'number') return value - crBefore[value]!;
    if (typeof value === 'string') return value.replace(/\r\n/g, '\n');
    return value;
  }) as ClaimsDocument;
}

describeShared('corpus articles in other encodings and line endings', () => {
  const files = sample();

  it('has a sample of both languages', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [f.slice(sharedDir.length + 1), f]))('%s: same claims as UTF-8', async (_name, file) => {
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const { doc } = await extractArticle(bytes, 'a.txt', { lang: 'auto' });
    const expected = withoutWarnings(doc);

    for (const [label, encoded] of [['UTF-16 LE', utf16(text, 'le')], ['UTF-16 BE', utf16(text, 'be')], ['windows-1252', windows1252(text)]] as const) {
      if (!encoded) continue; // the text has characters windows-1252 lacks
      const other = await extractArticle(encoded, 'a.txt', { lang: 'auto' });
      expect(other.text, label).toBe(text);
      // Pure ASCII is valid UTF-8 whatever it was written as; anything else says how it was read.
      const asciiOnly = !/[^\u0000-\u007f]/u.test(text) && label === 'windows-1252';
      if (!asciiOnly) expect(other.doc.warnings.length, `${label} says how it was decoded`).toBeGreaterThan(0);
      expect(withoutWarnings(other.doc), label).toEqual(expected);
    }

    const crlfText = text.replace(/\r?\n/g, '\r\n');
    const crlf = await extractArticle(Buffer.from(crlfText, 'utf8'), 'a.txt', { lang: 'auto' });
    expect(fromCrlf(crlf.doc, crlfText), 'CRLF').toEqual(fromCrlf(expected, text));
  });
});
