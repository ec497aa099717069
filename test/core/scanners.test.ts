/**
 * The character scanners find exactly what the regular expressions they
 * replace would find, on any text: umlauts, combining marks, astral letters
 * and digits, lone surrogates, joiners between words and digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLocale, profiles } from '../../src/lang/index.js';
import { SETTLING_LEAD, detectLanguage } from '../../src/stages/detect-language.js';
import { mayBeAhead, tailBefore } from '../../src/stages/amounts/read.js';
import { OPENER_MAX_LENGTH, keyOf, openerKey, openerPairBit } from '../../src/stages/amounts/grammar.js';
import { firstWordAt, tokenize, tokenizeWords } from '../../src/stages/attributions/tokens.js';
import { capitalizedWordsBefore, firstCapitalizedNameEnding, scanWords, wordHash } from '../../src/core/words.js';
import { runEnd, runTokens } from '../../src/stages/entities/runs.js';
import { isCompanyNoun, isRoleWord, runRegExp } from '../../src/stages/entities/compiled.js';
import { fullNamesIn } from '../../src/stages/attributions/refiners.js';
import { lastWordBeforeBlanks } from '../../src/stages/entities/people.js';
import { UNIT_CLASSES, UNKNOWN_CLASS, WORD_CHAR, classAt, classOfUnit, leadingWord, lowerLatin1 } from '../../src/core/chars.js';
import { WORD_END, WORD_START, firstCharacters, leadingStrings, prefixGate } from '../../src/core/patterns.js';
import { familyMatches } from '../../src/stages/entities/names.js';

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const RUN_TOKEN_RE = /\p{Lu}\.(?: ?\p{Lu}\.)*|[\p{L}\p{M}\p{N}'’]+(?:-[\p{L}\p{M}\p{N}]+)*|&/gu;
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:(?:['’.-]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

const PIECES = [
  'a', 'Z', 'ß', 'Ü', 'é', 'ǅ', 'Ω', 'ΑΣ', 'İ', 'Ⅷ', 'ⓐ', 'Ⓐ', 'ж', 'Ж', '5', '٣', '½', '²', '\u0301', '\u20dd', '中', '𝐀', '𝟙', '😀', '\ud800', '\udc00',
  "'", '’', '.', '-', ',', ':', ';', '„', '“', '–', '€', '$', '%', '(', ')',
  ' ', '\t', '\n', '\r\n', '\u00a0', '\u202f', '\u2028', '\u3000', '\u00ad', '\u200b', '\ufeff',
  'Huawei', 'KI-Modelle', '1,5', '10:05', '100.000', "Huawei's", 'U.S.',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 }));

describe('character scanners', () => {
  it('read the word a text begins with as /^[\\p{L}\\p{M}\\p{N}]+/u does', () => {
    expect(leadingWord('Über-Gewinn 2')).toBe('Über');
    expect(leadingWord(' Über')).toBe('');
    fc.assert(fc.property(anyText, (s) => {
      expect(leadingWord(s)).toBe(/^[\p{L}\p{M}\p{N}]+/u.exec(s)?.[0] ?? '');
    }), { numRuns: 2000 });
  });

  it('find the words that /[\\p{L}\\p{M}\\p{N}]+/u finds', () => {
    fc.assert(fc.property(anyText, (s) => {
      const expected = [...s.matchAll(WORD_RE)].map((m) => [m[0], m.index]);
      const words = scanWords(s);
      expect(words.text.map((w, k) => [w, words.start[k]])).toEqual(expected);
      // scanWords writes wordHash out for speed: the two must agree, or look-ups keyed on the hash miss.
      expect([...words.hash]).toEqual(words.text.map(wordHash));
      expect(words.lower).toEqual(words.text.map((w) => w.toLowerCase()));
    }), { numRuns: 2000 });
  });

  it('cut a sentence into the tokens of the word-or-punctuation pattern, offsets from the sentence start', () => {
    fc.assert(fc.property(anyText, fc.nat(1000), (s, start) => {
      const expected = [...s.matchAll(TOKEN_RE)].map((m) => {
        const isWord = /^[\p{L}\p{N}]/u.test(m[0]);
        return { text: m[0], lower: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length, isWord, isCapitalized: isWord && /^\p{Lu}/u.test(m[0]), isName: false,
          // Runs joined by ' ’ . - (or , : between digits): only a joined match holds one of them beside other characters.
          joined: m[0].length > 1 && /['’.,:-]/u.test(m[0]) };
      });
      const sentence = { index: 0, start, end: start + s.length, text: s, paragraph: 0, isTitle: false };
      expect(tokenize(sentence)).toEqual(expected);
    }), { numRuns: 2000 });
  });

  it('make the same tokens from the words of the text as from the characters of the sentence, wherever the sentence is cut', () => {
    fc.assert(fc.property(anyText, fc.nat(40), fc.nat(40), (s, cutStart, cutEnd) => {
      const start = Math.min(cutStart, s.length);
      const end = Math.max(start, s.length - cutEnd);
      const sentence = { index: 0, start, end, text: s.slice(start, end), paragraph: 0, isTitle: false };
      const words = scanWords(s);
      expect(tokenizeWords(sentence, s, words, firstWordAt(words, start))).toEqual(tokenize(sentence));
    }), { numRuns: 3000 });
  });

  it('cut a run of names into the initials, words and "&" the run pattern finds, within its bounds', () => {
    const runs = fc.array(fc.constantFrom(...PIECES, 'E.', 'F. ', 'U.S.', '&', 'Sei-ichi', "O'Neill", ' ', '-'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(runs, fc.nat(5), fc.nat(5), (s, cutStart, cutEnd) => {
      const start = Math.min(cutStart, s.length);
      const end = Math.max(start, s.length - cutEnd);
      const inner = s.slice(start, end);
      const expected = [...inner.matchAll(RUN_TOKEN_RE)].map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length, capitalized: /^\p{Lu}/u.test(m[0]) }));
      const tokens = runTokens(s, start, end);
      expect(tokens.map(({ lower: _lower, ...token }) => token)).toEqual(expected);
      // A token that is one word of the text carries the word's lower case; one of several words, none.
      for (const t of tokens) expect(t.lower === null || t.lower === t.text.toLowerCase()).toBe(true);
    }), { numRuns: 3000 });
  });

  it('find the capitalized words before a surname that a pattern for it would find', () => {
    const names = fc.array(fc.constantFrom(...PIECES, 'Felderer', 'Bernhard', 'Smith', 'Anna-maria', 'McDonald', ' ', ' ', '-'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(names, fc.constantFrom('Felderer', 'Smith', 'Ü', 'a-b', 'S.'), (s, surname) => {
      const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const expected = [...s.matchAll(new RegExp(`(\\p{Lu}[\\p{Ll}-]+) ${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m[1]);
      expect([...capitalizedWordsBefore(s, surname)]).toEqual(expected);
    }), { numRuns: 3000 });
    expect([...capitalizedWordsBefore('Der Ökonom Bernhard Felderer sagte, Felderer', 'Felderer')]).toEqual(['Bernhard']);
  });

  it('find the same full name for a surname searched alone as in the index of every name in the text', () => {
    const pieces = fc.constantFrom('Felderer ', 'Bernhard ', 'Der ', 'Smith', 'Anna-maria ', 'McDonald', 'Smith2', 'Ü', 'ß', '.', "'", ' ', '-');
    const names = fc.oneof(fc.array(pieces, { maxLength: 12 }), fc.array(fc.constantFrom(...PIECES, 'Felderer', 'Der', ' '), { maxLength: 30 })).map((p) => p.join(''));
    // "Der Felderer": an article is no first name.
    const canBeFirstName = (word: string) => word !== 'Der' && word !== 'Anna-maria';
    fc.assert(fc.property(names, fc.array(fc.constantFrom('Felderer', 'Smith', 'Bernhard', 'Ü', 'a-b', 'S.', 'Smith2'), { maxLength: 4 }), (s, surnames) => {
      const alone = fullNamesIn(s, canBeFirstName, Infinity);
      const indexed = fullNamesIn(s, canBeFirstName, 0);
      for (const surname of surnames) expect(indexed(surname)).toBe(alone(surname));
    }), { numRuns: 3000 });
    expect(fullNamesIn('Der Felderer sagte, Bernhard Felderer', canBeFirstName, 0)('Felderer')).toBe('Bernhard Felderer');
    // A search for "Bernhard" resumes after "Der Bernhard": the second "Bernhard Bernhard" overlaps it.
    expect(fullNamesIn('Der Bernhard Bernhard', canBeFirstName, 0)('Bernhard')).toBe(null);
  });

  it('detect the language that counting the function words among the /\\p{L}+/u runs would', () => {
    const byPattern = (s: string): string => {
      const counts = new Map(profiles.map((p) => [p.code, 0]));
      for (const m of s.matchAll(/\p{L}+/gu)) for (const p of profiles) if (p.functionWords.has(m[0].toLowerCase())) counts.set(p.code, counts.get(p.code)! + 1);
      let best = 'en';
      let bestCount = 0;
      for (const [code, count] of counts) if (count > bestCount) { best = code; bestCount = count; }
      return best;
    };
    const words = fc.array(fc.constantFrom(...PIECES, 'der', 'DIE', 'Über', 'über', 'the', 'The', 'and', 'said', 'laut', 'ist'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(words, (s) => {
      expect(detectLanguage(s, profiles, 'en')).toBe(byPattern(s));
    }), { numRuns: 3000 });
    expect(detectLanguage('Der Hund und die Katze sagte, das sei über', profiles, 'en')).toBe('de');
  });

  it('make the lookup key of an amount phrase as lower-casing and folding \\s+ to one space would', () => {
    const phrases = fc.array(fc.constantFrom(...PIECES, 'Mio.', 'EINE', 'halbe', '\u2003', '\u3000', '\u0085'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(phrases, (s) => {
      expect(keyOf(s)).toBe(s.toLowerCase().replace(/\s+/g, ' '));
    }), { numRuns: 2000 });
  });

  it('give in UNIT_CLASSES the class classAt gives, or UNKNOWN_CLASS', () => {
    let known = 0;
    for (let unit = 0; unit < UNIT_CLASSES.length; unit++) {
      if (UNIT_CLASSES[unit] === UNKNOWN_CLASS) continue;
      known++;
      expect(UNIT_CLASSES[unit]).toBe(classAt(String.fromCharCode(unit), 0));
    }
    expect(known).toBe(0x800 + (UNIT_CLASSES.length - 0x2000));
    expect(scanWords('Ein „Wort“ – ΑΣ 中文 𝐀b').text).toEqual(['Ein', 'Wort', 'ΑΣ', '中文', '𝐀b']);
  });

  it('give each word its lower case as toLowerCase gives it, the word itself where that changes nothing', () => {
    const words = scanWords('Die İzmir-Reise „ΟΔΟΣ“ kostet 𝐀b 12 ÄRGER straße');
    expect(words.lower).toEqual(words.text.map((w) => w.toLowerCase()));
    expect(words.lower[words.text.indexOf('İzmir')]).toHaveLength(6);
    words.text.forEach((w, k) => expect(words.lower[k] === w).toBe(w.toLowerCase() === w));
  });

  it('lower-case capitalized words, short and long, as toLowerCase does (the first-letter shortcut included)', () => {
    // Capitals of every kind before rests of every kind: Latin-1 ("Ä", "Þ"), not Latin-1 ("İ", "Σ", "Ǆ"), and rests
    // that are lower case, hold a capital, a final sigma or ß, around the length where a concatenation turns cons.
    const firsts = ['A', 'Z', 'Ä', 'Ö', 'Ü', 'À', 'Þ', 'É', 'İ', 'Σ', 'Ǆ', 'Ж', 'a', 'ß', 'µ', '5'];
    const rests = ['', 'e', 'rger', 'ußball', 'berraschung', 'nterhaltungsprogramm', 'ΟΣ', 'ος', 'ς', 'aΣ', 'İzmir', 'bC', 'ı', '\u0301', 'ÿ', 'straße', 'x'.repeat(11), 'y'.repeat(12)];
    const words = firsts.flatMap((first) => rests.map((rest) => first + rest));
    const scanned = scanWords(words.join(' '));
    expect(scanned.text).toEqual(words);
    expect(scanned.lower).toEqual(words.map((w) => w.toLowerCase()));
    fc.assert(fc.property(fc.array(fc.constantFrom(...firsts, ...rests.filter((r) => r !== '')), { minLength: 1, maxLength: 8 }), (parts) => {
      const word = parts.join('');
      const found = scanWords(`${word} ${word}`);
      expect(found.lower).toEqual(found.text.map((w) => w.toLowerCase()));
    }));
  });

  it('lower-case each Latin-1 unit by table as toLowerCase does', () => {
    for (let unit = 0; unit <= 0xff; unit++) expect(lowerLatin1(unit)).toBe(String.fromCharCode(unit).toLowerCase().charCodeAt(0));
    expect(lowerLatin1(0x100)).toBe(0x100);
  });

  it('stop counting function words once a language leads by SETTLING_LEAD', () => {
    // 4 German function words a sentence (der, und, die, ist): 5 sentences lead by 20; then far more English.
    const german = 'Der Bäcker und die Müllerin ist fort. '.repeat(SETTLING_LEAD / 4);
    const english = 'The baker and the miller said it was over. '.repeat(40);
    expect(detectLanguage(german + english, profiles, 'en')).toBe('de');
    // One German sentence short of the lead: the English that follows decides.
    const short = 'Der Bäcker und die Müllerin ist fort. '.repeat(SETTLING_LEAD / 4 - 1);
    expect(detectLanguage(short + english, profiles, 'de')).toBe('en');
    // Capitals and long words do not change the count.
    expect(detectLanguage(german.toUpperCase() + english, profiles, 'en')).toBe('de');
  });

  it('find the amount tails before a position that the pattern after a word-start look-behind finds', async () => {
    for (const lang of ['de', 'en'] as const) {
      const grammar = (await loadLocale(lang)).amounts;
      const tails = [grammar.qualifier, grammar.negative, grammar.currencyPrefix, grammar.monthBefore, grammar.label, grammar.durationLead, grammar.ageBefore];
      const withLookBehind = tails.map((t) => new RegExp(`${WORD_START}${t.re.source}`, 'iu'));
      const near = fc.array(fc.constantFrom(...PIECES, 'mehr als', 'more than', 'über', 'Over', 'rund', 'minus', 'US$', '€', 'Mai', 'Jahre', 'about', ' ', ' ',
        // Case folding at a tail's first character, which tailBefore gates on: capitals, "ſ" (folds to "s"), the Kelvin sign.
        'ÜBER', 'ABOUT', 'ſome', 'ſeit', '\u212Anapp', 'µ',
        // Phrases that end in punctuation or have no word ("ca.", "Nr.", "§"), and words that end some phrase.
        'ca.', 'Nr.', 'approx.', 'Jan.', 'alt:', '§', '£', 'von', 'als', 'than', 'Alter', 'XMehr'), { maxLength: 20 }).map((p) => p.join(''));
      fc.assert(fc.property(near, fc.nat(8), (s, from) => {
        tails.forEach((tail, k) => {
          const windowStart = Math.max(Math.min(from, s.length), s.length - 32);
          const m = withLookBehind[k]!.exec(s.slice(windowStart));
          const found = tailBefore(tail, s, s.length, Math.min(from, s.length));
          expect(found && [found.index, ...found]).toEqual(m && [m.index + windowStart, ...m]);
        });
      }), { numRuns: 1500 });
    }
  });

  it('run the patterns read after a number (scale, currency, percent, time, age, month, "oder mehr") wherever they can match', async () => {
    for (const lang of ['de', 'en'] as const) {
      const grammar = (await loadLocale(lang)).amounts;
      const aheads = [grammar.scale, grammar.percent, grammar.currencyWord, grammar.time, grammar.ageAfter, grammar.monthAfter, grammar.postQualifier];
      expect(aheads.every((a) => a.pairs !== null)).toBe(true);
      const after = fc.array(fc.constantFrom(...PIECES, 'Mio.', 'Millionen', 'MRD', 'Prozent', '%', 'Euro', '€', '$', 'US-Dollar', 'dollars', 'percent', 'Uhr',
        'p.m.', 'Jahre alt', 'jährig', 'years old', 'Mai', 'September', 'oder mehr', 'or more', '-', '.', ' ', ' ', '\n', 'ſ', '\u212A', 'µ', 'Ü'), { maxLength: 12 }).map((p) => p.join(''));
      fc.assert(fc.property(after, fc.nat(4), (s, at) => {
        for (const ahead of aheads) {
          ahead.re.lastIndex = Math.min(at, s.length);
          if (ahead.re.exec(s)) expect(mayBeAhead(ahead, s, Math.min(at, s.length))).toBe(true);
        }
      }), { numRuns: 3000 });
      // Most words after a number begin no phrase: the pattern is not run.
      expect(mayBeAhead(grammar.scale, ' Menschen', 0)).toBe(false);
    }
  });

  it('find the first one or two capitalized words before a name where a pattern for it would', () => {
    const names = fc.array(fc.constantFrom(...PIECES, 'Doe', 'Jane', 'Mr', 'Mr.', 'McDonald', "O'Neil", 'aBc', ' ', ' ', '\n', '-', 'Jean Doe'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(names, fc.constantFrom('Doe', 'Ü', 'a-b', 'S.', 'Doe Doe', ' Doe', 'Z'), (s, name) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const m = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}${escaped}(?![\\p{L}])`, 'u').exec(s);
      expect(firstCapitalizedNameEnding(s, name)).toEqual(m ? { start: m.index, end: m.index + m[0].length } : null);
    }), { numRuns: 5000 });
    const written = (s: string, name: string): string | null => {
      const m = firstCapitalizedNameEnding(s, name);
      return m && s.slice(m.start, m.end);
    };
    expect(written('Jane Doe arrived late. Doe said it was fine.', 'Doe')).toBe('Jane Doe');
    expect(written('Yesterday Mr. Jane Doe Doe left.', 'Doe')).toBe('Mr. Jane Doe');
    expect(written('A Doe Doe', 'Doe')).toBe('A Doe Doe');
    expect(written('the old-McDonald Farm', 'Farm')).toBe('McDonald Farm');
    expect(written('Doe said so.', 'Doe')).toBeNull();
    expect(written('Jane Does said so.', 'Doe')).toBeNull();
  });

  it('read "Der Umsatz stieg um 1,5 Prozent auf 10.000 Euro." as words and punctuation', () => {
    const s = 'Der Umsatz stieg um 1,5 Prozent auf 10.000 Euro.';
    const tokens = tokenize({ index: 0, start: 0, end: s.length, text: s, paragraph: 0, isTitle: false });
    expect(tokens.map((t) => t.text)).toEqual(['Der', 'Umsatz', 'stieg', 'um', '1,5', 'Prozent', 'auf', '10.000', 'Euro', '.']);
  });

  it('look for numbers at word starts only, which holds while every number word of every language begins with a letter', async () => {
    for (const lang of ['de', 'en'] as const) {
      const { amounts } = await loadLocale(lang);
      const words = [...Object.keys(amounts.config.numberWords), ...Object.keys(amounts.config.scaleOnlyNumberWords)];
      expect(words.length).toBeGreaterThan(0);
      expect(words.filter((w) => !/^\p{L}/u.test(w))).toEqual([]);
    }
  });

  it('turn a word away from the number pattern only where the pattern cannot match at it', async () => {
    for (const lang of ['de', 'en'] as const) {
      const { amounts } = await loadLocale(lang);
      const numberWords = [...Object.keys(amounts.config.numberWords), ...Object.keys(amounts.config.scaleOnlyNumberWords)];
      const spellings = numberWords.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), `${w}e`]);
      const pieces = fc.array(fc.constantFrom(...PIECES, ...spellings, 'ſechs', 'ſix', 'µ', 'Haus', 'ÄRA', ' ', ' '), { maxLength: 12 }).map((p) => p.join(''));
      fc.assert(fc.property(pieces, (s) => {
        const words = scanWords(s);
        words.start.forEach((at, k) => {
          amounts.core.lastIndex = at;
          if (!amounts.core.exec(s)) return;
          const word = words.text[k]!;
          expect(amounts.opensNumber(word)).toBe(true);
          // The table that findCores reads before asking opensNumber.
          if (word.length <= OPENER_MAX_LENGTH && word.charCodeAt(0) <= 0xff) expect(amounts.openerUnits[openerKey(word)]).toBe(1);
          // The pair table that findCores reads first, from the text (a one-unit word: the unit after it).
          if (at + 1 < s.length && s.charCodeAt(at) <= 0xff && s.charCodeAt(at + 1) <= 0xff) {
            const bit = openerPairBit(s.charCodeAt(at), s.charCodeAt(at + 1));
            expect(amounts.openerPairs[bit >> 3]! & (1 << (bit & 7))).not.toBe(0);
          }
        });
      }), { numRuns: 2000 });
      expect(amounts.opensNumber('Haus')).toBe(false);
      expect(amounts.openerUnits[openerKey('Baum')]).toBe(0);
      const der = openerPairBit(0x44, 0x65); // "De" of "Der", "Den": no number word begins so
      expect(amounts.openerPairs[der >> 3]! & (1 << (der & 7))).toBe(0);
    }
  });

  it('skip a word that counts only before a scale only where no scale nor the rest of its number word can follow', async () => {
    for (const lang of ['de', 'en'] as const) {
      const { amounts } = await loadLocale(lang);
      const openers = [...amounts.scaleOnlyOpeners.keys()];
      expect(openers.length).toBeGreaterThan(0);
      const followers = [...Object.keys(amounts.config.scales), ...Object.keys(amounts.config.scaleOnlyNumberWords), 'Mann', 'Haus', '-', '.', ' ', '  ', '\n'];
      const spellings = openers.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
      const pieces = fc.array(fc.constantFrom(...spellings, ...followers, ...PIECES), { maxLength: 10 }).map((p) => p.join(''));
      fc.assert(fc.property(pieces, (s) => {
        const words = scanWords(s);
        words.start.forEach((at, k) => {
          const alone = amounts.scaleOnlyOpeners.get(words.lower[k]!);
          if (alone === undefined || mayBeAhead(amounts.scaleOnlyFollow, s, at + words.text[k]!.length)) return;
          // Where the gate says no, the number pattern finds the word alone (a scale-only number word) or nothing.
          amounts.core.lastIndex = at;
          const m = amounts.core.exec(s);
          expect(m === null ? null : m[0]).toBe(alone ? words.text[k] : null);
          // ... and no scale follows it: the reader would find no amount there.
          expect(mayBeAhead(amounts.scale, s, at + words.text[k]!.length)).toBe(false);
        });
      }), { numRuns: 2000 });
    }
    const de = (await loadLocale('de')).amounts;
    expect(de.scaleOnlyOpeners.get('ein')).toBe(true);
    expect(mayBeAhead(de.scaleOnlyFollow, 'ein Mann', 3)).toBe(false);
    expect(mayBeAhead(de.scaleOnlyFollow, 'eine halbe Million', 4)).toBe(true);
    expect(mayBeAhead(de.scaleOnlyFollow, 'eine Million', 4)).toBe(true);
  });

  it('find at word starts what the chip-family pattern after a word-start look-behind finds, for every language', async () => {
    const pieces = fc.array(fc.constantFrom(...PIECES, 'RTX 4090', 'Xeon', 'A100', 'xA100', '8086', 'Core i7', 'von', ' der ', 'Hans', 'E. F.', 'iPhone', 'ÄÖ', 'MI300X', 'H20'), { maxLength: 30 }).map((p) => p.join(''));
    for (const lang of ['de', 'en'] as const) {
      const c = (await loadLocale(lang)).entities;
      expect(c.familyMayBegin).not.toBeNull();
      const lookBehind = new RegExp(`${WORD_START}(?:${c.familyRe!.source})`, 'gu');
      fc.assert(fc.property(fc.oneof(pieces, anyText), (s) => {
        const expected = [...s.matchAll(lookBehind)].map((m) => [m[0], m.index]);
        expect(familyMatches(c, s, scanWords(s).start).map((m) => [m[0], m.index])).toEqual(expected);
      }), { numRuns: 2000 });
      const text = 'Die RTX 4090 und GTXA100, nicht xA100';
      expect(familyMatches(c, text, scanWords(text).start).map((m) => m[0])).toEqual(['RTX 4090']);
    }
  });

  it('end a run of names where the run pattern ends it, for every language', async () => {
    for (const lang of ['de', 'en'] as const) {
      const c = (await loadLocale(lang)).entities;
      const runRe = runRegExp(c.config);
      const pieces = fc.array(fc.constantFrom(...PIECES, ...[...c.runConnectors.values()].flat(), 'Hans', 'E.', 'E. F.', 'F.', "O'Neill", 'O’Neil2', "D'x", 'Sei-ichi', 'A-1', 'Ä-ö',
        ' ', ' ', '  ', '\t', '\n', ' \n ', '\r\n', '\r', '\n\n', ' von ', ' de la ', 'del', 'der Leyen'), { maxLength: 30 }).map((p) => p.join(''));
      fc.assert(fc.property(fc.oneof(pieces, anyText), (s) => {
        for (let at = 0; at <= s.length; at++) {
          runRe.lastIndex = at;
          const m = runRe.exec(s);
          // A pattern with the u flag starts no match inside a surrogate pair; runs are only asked for at word starts.
          if (at > 0 && /[\ud800-\udbff]/u.test(s[at - 1]!) && /[\udc00-\udfff]/u.test(s[at]!)) continue;
          expect(runEnd(s, at, c.runConnectors)).toBe(m ? m.index + m[0].length : -1);
        }
      }), { numRuns: 2000 });
    }
    const c = (await loadLocale('de')).entities;
    const ended = (text: string): string => text.slice(0, runEnd(text, 0, c.runConnectors));
    expect(ended('Ursula von der Leyen am Montag')).toBe('Ursula von der Leyen');
    expect(ended('Hans von der de Leyen')).toBe('Hans');
    expect(ended("O'Neill2 Smith")).toBe("O'Neill");
    expect(ended('O’Neil2 Smith')).toBe('O’Neil');
    expect(ended('E. F. Hutton & Co')).toBe('E. F. Hutton & Co');
    expect(ended('Hans\n\nMeier')).toBe('Hans');
  });

  it('tell role words and company nouns without lower-casing them as the lower-cased look-ups do', async () => {
    for (const lang of ['de', 'en'] as const) {
      const c = (await loadLocale(lang)).entities;
      const listed = [...c.roles, ...c.companyNouns].filter((w) => !w.includes(' '));
      const spelled = listed.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
      const words = fc.array(fc.constantFrom(...PIECES, ...spelled, 'Finanz', 'ſ', 'K', 'İ', 'Σ', 'ÄÖ', '-', '-', 'in', 'en', 's'), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
      const byLowerCase = {
        role: (word: string): boolean => {
          const lower = word.toLowerCase();
          const head = lower.slice(lower.lastIndexOf('-') + 1);
          return c.roles.has(lower) || c.roles.has(head) || c.roleEndings.endsIn(head, 1);
        },
        companyNoun: (word: string): boolean => {
          const lower = word.toLowerCase();
          return c.companyNouns.has(lower) || (!c.config.capitalizationMarksNames && c.companyNounEndings.endsIn(lower));
        },
      };
      fc.assert(fc.property(words, (word) => {
        expect(isRoleWord(c, word)).toBe(byLowerCase.role(word));
        expect(isCompanyNoun(c, word)).toBe(byLowerCase.companyNoun(word));
      }), { numRuns: 5000 });
    }
    const de = (await loadLocale('de')).entities;
    expect(['Finanzminister', 'TikTok-Sprecherin', 'FINANZMINISTERIN'].map((w) => isRoleWord(de, w))).toEqual([true, true, true]);
    expect(['Ministerium', 'Minister-Treffen'].map((w) => isRoleWord(de, w))).toEqual([false, false]);
  });

  it('guard words exactly as a look-around over the letter, number and mark class does', () => {
    const asClass = /(?<![\p{L}\p{N}\p{M}])(?:\p{L}+|\d+|ß|5)(?![\p{L}\p{N}\p{M}])/giu;
    const asGuards = new RegExp(`${WORD_START}(?:\\p{L}+|\\d+|ß|5)${WORD_END}`, 'giu');
    fc.assert(fc.property(anyText, (s) => {
      expect([...s.matchAll(asGuards)].map((m) => [m[0], m.index])).toEqual([...s.matchAll(asClass)].map((m) => [m[0], m.index]));
    }), { numRuns: 2000 });
    // A combining accent continues the word before it: "Cafe\u0301" is no "Cafe".
    expect('Cafe\u0301 Cafe'.match(new RegExp(`${WORD_START}Cafe${WORD_END}`, 'gu'))).toEqual(['Cafe']);
  });

  it('read the characters a pattern can begin with, or none where any may', () => {
    expect([...firstCharacters(`${WORD_START}(?:Xeon|Ryzen)${WORD_END}`)!]).toEqual(['X', 'R']);
    expect([...firstCharacters('(?:Instinct[ -])?MI[0-9]')!]).toEqual(['I', 'M']);
    expect([...firstCharacters('[0-2]+x|(?=y)z(?![\\p{L}])')!]).toEqual(['0', '1', '2', 'z']);
    expect([...firstCharacters('(?<chip>Ryzen|Epyc)\\p{L}')!]).toEqual(['R', 'E']);
    for (const any of ['\\p{Lu}x', '[^a]b', 'a?', '.x', '\\dx', 'a|b*']) expect(firstCharacters(any)).toBeNull();
    expect(firstCharacters('abc', 'iu')).toBeNull();
  });

  it('read the strings a pattern\'s matches begin with, up to a length, or none where a character may be any', () => {
    expect([...leadingStrings('(?:Xeon|Ryzen)(?![a-z])', 2)!]).toEqual(['Xe', 'Ry']);
    expect([...leadingStrings('(?:In[ -])?MI[0-9]', 3)!].sort()).toEqual(['In ', 'In-', 'MI0', 'MI1', 'MI2', 'MI3', 'MI4', 'MI5', 'MI6', 'MI7', 'MI8', 'MI9']);
    // A match shorter than the length is whole: "a" and "ab" may be followed by anything.
    expect([...leadingStrings('ab?|c{2,}d|(?<n>e)(?=\\p{L})', 3)!].sort()).toEqual(['a', 'ab', 'ccc', 'ccd', 'e']);
    expect([...leadingStrings('x[0-9]*y', 2)!].sort()).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'xy']);
    for (const any of ['a\\p{Lu}', 'a[^b]', 'a.', 'a\\dx', 'a(?:b|.)', 'e\\p{L}']) expect(leadingStrings(any, 2)).toBeNull();
    // Too many strings to be a gate.
    expect(leadingStrings('[0-9]+x', 4)).toBeNull();
    expect(leadingStrings('ab', 2, 'iu')).toBeNull();
    // Past the length nothing is read: "Ryzen" is five letters, whatever follows.
    expect([...leadingStrings('Ryzen\\p{L}*', 3)!]).toEqual(['Ryz']);
  });

  it('let through every position where a pattern matches, by its leading strings', () => {
    const patterns = ['(?:Ascend|Kirin)[ -]?9[0-9]{2}', 'A(?:100|8)|B[1-4]+x?', '[0-9]+(?:K|-bit) RAM', 'Core[ -]i[3579]|MI[0-9]{3}(?=[ -]c)', 'ab?|c{2,3}d'];
    const pieces = fc.array(fc.constantFrom('Ascend 910', 'Kirin-9', 'A100', 'A8', 'B12x', '64K RAM', '1-bit RAM', 'Core i7', 'MI300 chip', 'a', 'ab', 'ccd', 'cccd', ' ', '-', 'x', 'Ä'), { maxLength: 12 }).map((p) => p.join(''));
    for (const source of patterns) {
      for (const length of [1, 2, 3]) {
        const leads = leadingStrings(source, length)!;
        const mayBegin = prefixGate(leads);
        const re = new RegExp(source, 'uy');
        fc.assert(fc.property(fc.oneof(pieces, anyText), (s) => {
          for (let at = 0; at < s.length; at++) {
            re.lastIndex = at;
            if (!re.test(s)) continue;
            expect([...leads].some((lead) => s.startsWith(lead, at))).toBe(true);
            expect(mayBegin.test(s, at)).toBe(true);
          }
        }), { numRuns: 300 });
      }
    }
    expect(prefixGate(leadingStrings('Xeon|Ryzen', 3)!).test('Die Xerox', 4)).toBe(false);
  });

  it('read the last word before trailing blanks backwards, as the pattern anchored at the end finds it', () => {
    const before = fc.array(fc.constantFrom(...PIECES, 'TikTok-Sprecher', 'Finanzminister', '-', ' ', '\t', '\r\n'), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(before, anyText), (s) => {
      const m = /([\p{L}\p{M}\p{N}-]+)[ \t\r\n]+$/u.exec(s);
      expect(lastWordBeforeBlanks(s)).toEqual(m ? { word: m[1], length: m[0].length } : null);
    }), { numRuns: 3000 });
    expect(lastWordBeforeBlanks('sagte der TikTok-Sprecher ')).toEqual({ word: 'TikTok-Sprecher', length: 16 });
  });

  it('class a single UTF-16 unit as a pattern without the u flag does: surrogate halves are no word characters', () => {
    fc.assert(fc.property(anyText, (s) => {
      for (let i = 0; i < s.length; i++) expect((classOfUnit(s, i) & WORD_CHAR) !== 0).toBe(/[\p{L}\p{M}\p{N}]/u.test(s[i]!));
    }), { numRuns: 1000 });
  });
});
