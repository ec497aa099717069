/** The source lexicon's look-up of a head noun: exact forms, and compounds by their longest listed end. */
import { describe, expect, it } from 'vitest';
import { SourceLexicon, type SourceWords } from '../../src/stages/attributions/source.js';

const words: SourceWords = {
  anonymous: ['Kreise'], singular: [], person: ['Sprecher', 'Hochsprecher'], spokesperson: ['Pressesprecher'],
  organization: ['Amt', 'Rat'], media: ['Blatt'], document: ['Bericht'], transparent: ['Angaben'],
  pronouns: ['er'], numbers: {}, determiners: ['der'], measures: [], addressedOutlets: [], pastAffiliation: [],
};

describe('SourceLexicon.kindOf', () => {
  const lexicon = new SourceLexicon(words);

  it('knows listed words in any case', () => {
    expect(lexicon.kindOf('Sprecher')).toBe('person');
    expect(lexicon.kindOf('PRESSESPRECHER')).toBe('spokesperson');
    expect(lexicon.kindOf('Bericht')).toBe('document');
  });

  it('reads a compound by its longest listed end', () => {
    // "…pressesprecher" ends in both "sprecher" (person) and "pressesprecher" (spokesperson): the longer decides.
    expect(lexicon.kindOf('Vereinspressesprecher')).toBe('spokesperson');
    expect(lexicon.kindOf('Vereinssprecher')).toBe('person');
    expect(lexicon.kindOf('Schulamt')).toBe('organization');
    expect(lexicon.kindOf('Wochenblatt')).toBe('media');
  });

  it('leaves at least two letters before a compound end, and knows no other word', () => {
    expect(lexicon.kindOf('Xrat')).toBeUndefined();
    expect(lexicon.kindOf('Abrat')).toBe('organization');
    expect(lexicon.kindOf('Tisch')).toBeUndefined();
    expect(lexicon.kindOf('Ra')).toBeUndefined();
  });
});
