import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/model.js';
import { mayCloseInvertedSubject } from '../../../src/lang/de/attributions/rules.js';
import { tokenize } from '../../../src/stages/attributions/tokens.js';
import { attributionsOf, germanBody } from '../../helpers/attributions.js';

const tokensOf = (text: string) => tokenize({ index: 1, start: 0, end: text.length, text, paragraph: 0, isTitle: false } as Sentence);
const verbAt = (tokens: ReturnType<typeof tokensOf>, word: string) => tokens.findIndex((t) => t.lower === word);

describe('German inverted subjects closed by a comma or a list', () => {
  it('needs a comma or a coordinator after the verb', () => {
    const listed = tokensOf('Am Freitag gaben Lidl und Aldi ihre Preise bekannt.');
    expect(mayCloseInvertedSubject(listed, verbAt(listed, 'gaben'))).toBe(true);
    const apposed = tokensOf('Gestern gab der Kämmerer, Otto Brandl, den Haushalt bekannt.');
    expect(mayCloseInvertedSubject(apposed, verbAt(apposed, 'gab'))).toBe(true);
    const plain = tokensOf('Gestern gab der Kämmerer den Haushalt bekannt.');
    expect(mayCloseInvertedSubject(plain, verbAt(plain, 'gab'))).toBe(false);
    // A comma before the verb closes nothing after it.
    const before = tokensOf('Nach der Sitzung, die lange dauerte, gab der Kämmerer den Haushalt bekannt.');
    expect(mayCloseInvertedSubject(before, verbAt(before, 'gab'))).toBe(false);
  });

  it('still reads the cue of a subject closed by an apposition', async () => {
    const found = await attributionsOf(germanBody('Am Dienstag gab der Kämmerer, Otto Brandl, bekannt, dass die Steuern sinken.'), 'de');
    expect(found.map((a) => [a.source.text, a.cue])).toContainEqual([expect.stringContaining('Otto Brandl'), 'gab bekannt']);
  });
});
