/**
 * The cheap tests put in front of look-ups never turn a listed word away:
 * the lexicon's word gate, the endings' first-character gate.
 */
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../src/lang/index.js';
import { Endings } from '../../src/core/endings.js';
import { isCompanyNoun, isRoleWord, mayBeLexiconWord } from '../../src/stages/entities/compiled.js';

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

  it('let every role word and company noun through the word-end gates, in any case, and few others', async () => {
    for (const lang of ['de', 'en'] as const) {
      const c = (await loadLocale(lang)).entities;
      const roleWords = [...c.config.roles, ...c.config.roleEndings.map((e) => `Xy${e}`), ...c.config.roles.map((r) => `Acme-${r}`)];
      for (const word of roleWords) for (const cased of [word, word.toUpperCase(), word.toLowerCase()]) expect(c.roleWordEnds.mayEnd(cased)).toBe(true);
      for (const word of c.config.companyNouns) for (const cased of [word, word.toUpperCase()]) expect(c.companyNounEnds.mayEnd(cased)).toBe(true);
    }
    const de = (await loadLocale('de')).entities;
    expect(isRoleWord(de, 'Finanzministerin')).toBe(true);
    expect(isRoleWord(de, 'TIKTOK-SPRECHER')).toBe(true);
    expect(isCompanyNoun(de, 'Autokonzern')).toBe(true);
    const nouns = 'Regierung Mitteilung Montag Menschen Jahr Woche Umsatz Polizei Wahl Stadt'.split(' ');
    expect(nouns.filter((w) => de.roleWordEnds.mayEnd(w)).length).toBeLessThan(nouns.length / 3);
    expect(nouns.filter((w) => isRoleWord(de, w))).toEqual([]);
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
