/**
 * The cheap tests put in front of look-ups never turn a listed word away:
 * the lexicon's word gate, the endings' first-character gate.
 */
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../src/lang/index.js';
import { Endings } from '../../src/core/endings.js';
import { mayBeLexiconWord } from '../../src/stages/entities/compiled.js';

describe('gates before look-ups', () => {
  it('let every lexicon word and its inflected forms through, and few others', async () => {
    for (const lang of ['de', 'en'] as const) {
      const c = (await loadLocale(lang)).entities;
      const turnedAway = [...c.spellingsByWord.keys()].filter((word) => !mayBeLexiconWord(c, word));
      expect(turnedAway).toEqual([]);
    }
    const de = (await loadLocale('de')).entities;
    const prose = 'und der die das sagte am Montag eine Sprecherin des Unternehmens in einer Mitteilung wie viele Menschen'.split(' ');
    expect(prose.filter((w) => mayBeLexiconWord(de, w)).length).toBeLessThan(prose.length / 3);
  });

  it('find "Finanzministerium" ending in "ministerium" and "Ministerin" in none of the endings', () => {
    const endings = new Endings(['ministerium', 'ministeriums', 'amt', '']);
    const some = new Endings(['ministerium', 'ministeriums', 'amt']);
    expect(some.endsIn('Finanzministerium', 1)).toBe(true);
    expect(some.endsIn('Finanzministeriums', 1)).toBe(true);
    expect(some.endsIn('ministerium', 1)).toBe(false);
    expect(some.endsIn('Ministerin')).toBe(false);
    expect(some.endsIn('Bundesämter')).toBe(false);
    expect(some.endsIn('Landesamt', 8)).toBe(false);
    expect(endings.endsIn('Ministerin')).toBe(true);
    expect(new Endings(['ä']).endsIn('Ä')).toBe(false);
  });
});
