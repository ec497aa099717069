/**
 * A locale's amount words compiled once into small regular expressions, each
 * with one job. Sticky ones read forward from a position; "tail" ones are
 * anchored at the end of a short window of text just before a position. None
 * has nested quantifiers over the same characters, so none backtracks badly
 * on long runs of digits and dots.
 */
import type { AmountConfig, CurrencySpec } from './config.js';
import type { Qualifier } from '../../types.js';
import { WORD_END, WORD_START, anyOf, firstCharacters } from '../../core/patterns.js';
import { LATIN1_LOWER, LOW_UNIT_CLASSES, SPACE, WORD_CHAR, classBefore, leadingWord, lowerLatin1, widthBefore } from '../../core/chars.js';
import { storeFields } from '../../core/shape.js';

const NOT_AFTER_WORD = WORD_START;
/** `[\p{L}\p{M}]`, as alternatives: V8 merges the ranges of a class union again at every compile. */
const LETTER_OR_MARK = '(?:\\p{L}|\\p{M})';
/** `[\p{L}\p{M}\p{N}]`, as alternatives (see LETTER_OR_MARK). */
const WORD_CHARACTER = '(?:\\p{L}|\\p{M}|\\p{N})';
const NOT_BEFORE_WORD = WORD_END;
/** White space, or the hyphen of a compound ("13-Megapixel", "5-Prozent-Hürde"). */
const GAP = '(?:\\s*|-)';

export interface Grammar {
  config: AmountConfig;
  /** The units of config.spacedGroupSeparators. */
  spacedGroupUnits: readonly number[];
  /**
   * Sticky, tried at word starts: a digit run, or a number word. Group 1
   * digits, group 2 word. Every number word begins with a letter, so a
   * number only ever starts a word.
   */
  core: RegExp;
  /**
   * Whether the core can match at a word: a digit, or a number word's first
   * word in any case; false for most other words. A method of the tables
   * (see AmountTables), the same function for every language: a loop that
   * calls it does not meet a new call target with the next language.
   * `lower`: the word's lower case where the caller has it (the document's words).
   */
  opensNumber(word: string, lower?: string): boolean;
  /** For opensNumber: 1 at lowerHash of each of `firstWords`. */
  openerHashes: Uint8Array;
  /** The first words of the number words, lower case ("eine" of "eine halbe"). */
  firstWords: ReadonlySet<string>;
  /**
   * A cheaper first test, for the loop over every word of a text: indexed by
   * `openerKey(word)`, 0 where opensNumber is false for every word with that
   * length and first unit. Words longer than OPENER_MAX_LENGTH or starting
   * above 0xFF are not covered (ask opensNumber).
   */
  openerUnits: Uint8Array;
  /**
   * A first test read from the text alone, before the word is: a bit per
   * pair of Latin-1 units lower-cased (`first << 8 | second`, see
   * openerPairBit), set where a word beginning with those two units (or a
   * one-unit word, then the character after it) can be one the core matches
   * at. A unit above Latin-1 is not covered (ask the word).
   */
  openerPairs: Uint8Array;
  /**
   * The first words (lower case) whose number words all count only before a
   * scale word ("ein", "a"; "half" of "half a"), to whether the word alone is
   * one of them. Such a word makes an amount only where `scaleOnlyFollow`
   * lets a scale word or the rest of one of its number words begin after it:
   * "ein Mann", most of them, is not read.
   */
  scaleOnlyOpeners: ReadonlyMap<string, boolean>;
  /** A gate only (mayBeAhead; its pattern is never run): the scale words and the rests of multi-word scale-only number words ("halbe" of "eine halbe"). */
  scaleOnlyFollow: PhraseAhead;
  /** Sticky after the digits: a stock-price fraction, "-1/8" (group 1 whole part follows) or "/8". */
  fraction: RegExp;
  attachedScale: RegExp;
  /** Sticky: letters glued to the digits ("64GB", "26p", "910B"). */
  attachedLetters: RegExp;
  scale: PhraseAhead;
  percent: PhraseAhead;
  currencyWord: PhraseAhead;
  time: PhraseAhead;
  ageAfter: PhraseAhead;
  monthAfter: PhraseAhead;
  /** Sticky: one following word (group 1), across white space only. */
  nextWord: RegExp;
  /** Tails, matched against the text just before a position (see WordTail). */
  currencyPrefix: WordTail;
  negative: WordTail;
  /** A qualifier after the amount ("or more"). */
  postQualifier: PhraseAhead;
  /** Tail: a word that makes a following "over" mean "more than" ("for over 20 years"). */
  durationLead: WordTail;
  qualifier: WordTail;
  monthBefore: WordTail;
  label: WordTail;
  ageBefore: WordTail;
  range: RegExp;
  betweenJoin: RegExp;
  /** The words between a part and its whole, alone: "900 of its 4,200 jobs". */
  partitive: RegExp;
  betweenOpen: RegExp;
  /** Lower-cased, single-spaced lookups. */
  scales: ReadonlyMap<string, number>;
  numberWords: ReadonlyMap<string, number>;
  scaleOnlyNumberWords: ReadonlyMap<string, number>;
  qualifiers: ReadonlyMap<string, Qualifier>;
  postQualifiers: ReadonlyMap<string, Qualifier>;
  currencyPrefixes: ReadonlyMap<string, CurrencySpec>;
  currencyWords: ReadonlyMap<string, CurrencySpec>;
  percentWords: ReadonlyMap<string, string>;
  stopWords: ReadonlySet<string>;
  /** The contract units the locale's nouns map to. */
  knownUnits: ReadonlySet<string>;
  /**
   * Every lower-case form `lookupUnit` knows, to its unit: the listed nouns,
   * then each inflected form (noun + ending, a stem of more than two units)
   * not taken already, endings in the locale's order.
   */
  unitForms: ReadonlyMap<string, string>;
  ordinalNouns: ReadonlySet<string>;
}

/** The lookup key of a matched phrase: lower case, single spaces. */
export function keyOf(phrase: string): string {
  // Most phrases are one word: no white space to fold, no pattern to run (a unit from 0x800 up may be space: the pattern decides).
  for (let i = 0; i < phrase.length; i++) {
    const unit = phrase.charCodeAt(i);
    if (unit >= LOW_UNIT_CLASSES.length || LOW_UNIT_CLASSES[unit]! & SPACE) return phrase.toLowerCase().replace(/\s+/g, ' ');
  }
  return phrase.toLowerCase();
}

const lowerMap = <V>(record: Readonly<Record<string, V>>): Map<string, V> =>
  new Map(Object.entries(record).map(([k, v]) => [keyOf(k), v]));

/** anyOf, or a pattern that never matches when a locale leaves a list empty. */
const alternatives = (list: Iterable<string>): string => ([...list].length ? anyOf(list) : '(?!)');

const sticky = (source: string, flags = 'iu'): RegExp => new RegExp(source, `y${flags}`);
const tail = (source: string, flags = 'iu'): RegExp => new RegExp(`${source}$`, flags);

/**
 * A tail that begins a word: words that end right before a position ("mehr
 * als "). `re` is sticky and has no word-start look-behind: it is tried only
 * where a word may begin, instead of the engine trying every position of the
 * text before. `endsInSpace`: it can match only after white space.
 */
export interface WordTail {
  re: RegExp;
  endsInSpace: boolean;
  /**
   * For each UTF-16 unit up to 0xFF: 1 if a match can begin with it (as the
   * case-insensitive pattern compares); null when any character may begin one.
   * A unit above 0xFF is always tried.
   */
  firstUnits: Uint8Array | null;
  /** The phrases' first two units, as PhraseAhead.pairs: a word start whose two units begin no phrase is not tried. */
  pairs: Uint8Array | null;
  /**
   * The last words of the tail's phrases, lower case ("als" of "mehr als",
   * "ca" of "ca."): a match ends in one of them, then characters that are
   * no word characters. Null when the tail is not gated on it (a phrase's
   * last word written beyond Latin-1).
   */
  lastWords: ReadonlySet<string> | null;
  /** The last units of the phrases with no word character ("$", "§"): such a match lies in the run of non-word characters before the position. */
  wordlessEnds: string;
}

/** What a PhraseAhead's pattern reads before its phrase: nothing, `(?:\s*|-)`, `\s+`, `\s*`, `[\s-]*` or `\.?\s*`. */
export const GAP_NONE = 0;
export const GAP_SPACES_OR_HYPHEN = 1;
export const GAP_SPACE = 2;
export const GAP_OPTIONAL_SPACES = 3;
export const GAP_SPACES_AND_HYPHENS = 4;
export const GAP_DOT_SPACES = 5;

/**
 * A sticky pattern that reads forward from a position (after the number):
 * a gap of white space or hyphens, then one of a list of phrases. `pairs`
 * gates it: most positions are followed by a word no phrase begins with,
 * and the engine is not started there.
 */
export interface PhraseAhead {
  re: RegExp;
  /** One of the GAP_ constants: the gap's pattern, which the gate steps over. */
  gap: number;
  /**
   * A bit per pair of Latin-1 units lower-cased (see pairBit): set where a
   * phrase can begin with those two units (as the case-insensitive pattern
   * compares); column 0x100 of a row stands for a second unit above Latin-1
   * or none, set where the row has any bit. Null: no gate (a phrase may begin
   * with anything, with a unit above Latin-1, or with a character of the gap).
   */
  pairs: Uint8Array | null;
}

/** Bits per row of a pair table: a column per Latin-1 unit and one (0x100) for any other or none, rounded up to whole bytes. */
export const PAIR_ROW = 264;

/** The bit of a pair table (PhraseAhead.pairs, WordTail.pairs) for a Latin-1 unit and a second unit (above Latin-1 or -1 for none: column 0x100). */
export const pairBit = (first: number, second: number): number =>
  LATIN1_LOWER[first]! * PAIR_ROW + (second >= 0 && second <= 0xff ? LATIN1_LOWER[second]! : 0x100);

/**
 * A PhraseAhead: `gap` (a GAP_ constant) and its pattern source, then one of
 * `phrases` (captured as group 1 when `captured`), then `rest`.
 */
function phraseAhead(gap: number, gapSource: string, phrases: readonly string[], captured: boolean, rest = ''): PhraseAhead {
  const alternation = alternatives(phrases);
  return { re: sticky(`${gapSource}${captured ? `(${alternation})` : alternation}${rest}`), gap, pairs: pairTable(phrases) };
}

/** The units white space (`\s`) or a gap's hyphen and dot may be, up to Latin-1: a phrase that begins with one is not gated. */
const GAP_UNITS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2d, 0x2e];

/** The Latin-1 units a case-insensitive pattern matches for the character `ch` (one UTF-16 unit), tested by the engine itself. */
function latin1Matches(ch: string): number[] {
  const re = new RegExp(`^[${ch.replace(/[\\\]^-]/g, '\\$&')}]$`, 'iu');
  const units: number[] = [];
  for (let unit = 0; unit < 0x100; unit++) if (re.test(String.fromCharCode(unit))) units.push(unit);
  return units;
}

/**
 * The pairs of PhraseAhead (and WordTail) for phrases as anyOf writes them
 * (literal, a space for any white space); null where they cannot gate.
 */
function pairTable(phrases: Iterable<string>): Uint8Array | null {
  const rowBytes = PAIR_ROW >> 3;
  const table = new Uint8Array(0x100 * rowBytes);
  const setRow = (unit: number): void => { table.fill(0xff, LATIN1_LOWER[unit]! * rowBytes, (LATIN1_LOWER[unit]! + 1) * rowBytes); };
  const setBit = (bit: number): void => { table[bit >> 3] = table[bit >> 3]! | (1 << (bit & 7)); };
  for (const phrase of phrases) {
    if (phrase === '') continue;
    const first = phrase.charCodeAt(0);
    // "µ" folds to "μ", outside Latin-1; a phrase that begins with white space or a gap's character is not read.
    if (first === 0xb5 || GAP_UNITS.includes(first)) return null;
    if (first > 0xff) {
      // A text's unit above Latin-1 is let through; one in Latin-1 only where it matches the phrase's ("K" of Kelvin matches "k").
      if (first < 0xd800 || first > 0xdfff) for (const unit of latin1Matches(phrase[0]!)) setRow(unit);
      continue;
    }
    const second = phrase.charCodeAt(1);
    if (phrase.length === 1 || second > 0xff || second === 0xb5 || phrase[1] === ' ') setRow(first);
    else setBit(pairBit(first, second));
  }
  for (let row = 0; row < 0x100; row++) {
    const from = row * rowBytes;
    if (table.subarray(from, from + rowBytes).some((byte) => byte !== 0)) setBit(row * PAIR_ROW + 0x100);
  }
  // No phrase: the pattern never matches ('(?!)'), and the gate (empty) lets nothing through.
  return table;
}

/** A tail: `phrases` are its alternatives, `source` the pattern made of them. */
function wordTail(source: string, phrases: Iterable<string>): WordTail {
  const lastWords = new Set<string>();
  let wordlessEnds = '';
  let gated = true;
  for (const phrase of phrases) {
    const last = trailingWord(phrase.toLowerCase());
    if (last === '') {
      const end = phrase.slice(-1);
      // A cased character outside words ("ⓐ") could be written in the other case.
      if (end.toLowerCase() !== end.toUpperCase()) gated = false;
      wordlessEnds += end;
    } else if (!foldsAsLowerCase(last)) {
      gated = false;
    } else {
      lastWords.add(last);
    }
  }
  return {
    re: sticky(`${source}$`), endsInSpace: /\\s\+$/.test(source), firstUnits: firstUnitsOf(source), pairs: pairTable(phrases),
    lastWords: gated ? lastWords : null, wordlessEnds,
  };
}

/** The last run of word characters of a phrase ("als" of "mehr als", "ca" of "ca."); empty if it has none. */
function trailingWord(phrase: string): string {
  let end = phrase.length;
  while (end > 0 && !(classBefore(phrase, end) & WORD_CHAR)) end -= widthBefore(phrase, end);
  let start = end;
  while (start > 0 && classBefore(phrase, start) & WORD_CHAR) start -= widthBefore(phrase, start);
  return phrase.slice(start, end);
}

/** Whether every unit of a word is ASCII or Latin-1 but "µ": its case folding is its lower case. */
export function foldsAsLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit > 0xff || unit === 0xb5) return false;
  }
  return true;
}

/** The Latin-1 units a match of the case-insensitive `source` can begin with, tested by the engine itself (it knows the case folding). */
function firstUnitsOf(source: string): Uint8Array | null {
  const chars = firstCharacters(source);
  if (!chars) return null;
  const anyOfThem = new RegExp(`^[${[...chars].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('')}]$`, 'iu');
  const table = new Uint8Array(0x100);
  for (let unit = 0; unit < table.length; unit++) if (anyOfThem.test(String.fromCharCode(unit))) table[unit] = 1;
  return table;
}

/** The opener hashes of opensNumber. */
function openerHashes(firstWords: ReadonlySet<string>): Uint8Array {
  const hashed = new Uint8Array(HASH_SIZE);
  for (const w of firstWords) hashed[lowerHash(w)] = 1;
  return hashed;
}

const HASH_SIZE = 4096;

/** The longest word the opener table covers. */
export const OPENER_MAX_LENGTH = 15;

/** A word's place in the opener table: its length and first unit (a word of at most OPENER_MAX_LENGTH units starting at or below 0xFF). */
export const openerKey = (word: string): number => (word.length << 8) | word.charCodeAt(0);

/** The first words of the number words, lower case ("eine" of "eine halbe"). */
function firstWordsOf(numberWords: readonly string[]): Set<string> {
  const firstWords = new Set<string>();
  for (const w of numberWords) {
    // The first word of a number word: what the document's word at a number's start must be.
    const first = leadingWord(w.toLowerCase());
    if (first) firstWords.add(first);
  }
  return firstWords;
}

/**
 * The scaleOnlyOpeners: first words of scale-only number words that begin
 * no other number word, to whether the word alone is a scale-only number word.
 */
function scaleOnlyOpenersOf(config: AmountConfig): Map<string, boolean> {
  const numberFirstWords = firstWordsOf(Object.keys(config.numberWords));
  const openers = new Map<string, boolean>();
  for (const w of Object.keys(config.scaleOnlyNumberWords)) {
    const lower = w.toLowerCase();
    const first = leadingWord(lower);
    if (!first || numberFirstWords.has(first)) continue;
    openers.set(first, openers.get(first) === true || first === lower);
  }
  return openers;
}

/** The rests of the multi-word scale-only number words after their first word and white space ("halbe" of "eine halbe"). */
function scaleOnlyRests(config: AmountConfig): string[] {
  const rests: string[] = [];
  for (const w of Object.keys(config.scaleOnlyNumberWords)) {
    const lower = w.toLowerCase();
    const rest = lower.slice(leadingWord(lower).length).replace(/^\s+/u, '');
    if (rest !== '') rests.push(rest);
  }
  return rests;
}

/**
 * The opener table: 1 for digits, "µ" (whose case folding leaves Latin-1)
 * and the units whose lower case begins a first word of that length. The
 * pattern's case folding is one code point to one, and a unit up to 0xFF
 * folds as lowerLatin1 does (but "µ"), so a word it can match at has the
 * first word's length and first unit. A first word that begins above 0xFF
 * might be matched from Latin-1 ("ſ" matches "s"): then every word is asked.
 */
function openerTable(firstWords: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array((OPENER_MAX_LENGTH + 1) << 8);
  const beginsAboveLatin1 = [...firstWords].some((w) => w.charCodeAt(0) > 0xff);
  if (beginsAboveLatin1) return table.fill(1, 1 << 8);
  for (let length = 1; length <= OPENER_MAX_LENGTH; length++) {
    for (let unit = 0x30; unit <= 0x39; unit++) table[(length << 8) | unit] = 1;
    table[(length << 8) | 0xb5] = 1;
  }
  for (const w of firstWords) {
    if (w.length > OPENER_MAX_LENGTH) continue;
    const first = w.charCodeAt(0);
    // lowerLatin1 gives a unit or the unit 0x20 above it: only these two can lower to `first`.
    for (const unit of [first, first - 0x20]) if (unit >= 0 && unit <= 0xff && lowerLatin1(unit) === first) table[(w.length << 8) | unit] = 1;
  }
  return table;
}

/** The bit of openerPairs for two Latin-1 units: the lower case of each, the first in the high byte. */
export const openerPairBit = (first: number, second: number): number => (LATIN1_LOWER[first]! << 8) | LATIN1_LOWER[second]!;

/**
 * The opener pairs: whole rows for digits, "µ" and a one-unit first word,
 * and a bit for the first two units of each longer first word; every bit
 * when a first word begins above Latin-1 (as in openerTable). A word's first
 * two units match a first word's (as the case-insensitive pattern compares)
 * only where their lower cases do, for units up to 0xFF but "µ", whose row is
 * whole; a first word with "µ" or a unit above Latin-1 second has its row whole.
 */
function openerPairTable(firstWords: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(0x10000 >> 3);
  if ([...firstWords].some((w) => w.charCodeAt(0) > 0xff)) return table.fill(0xff);
  const setRow = (unit: number): void => { table.fill(0xff, LATIN1_LOWER[unit]! << 5, (LATIN1_LOWER[unit]! + 1) << 5); };
  for (let unit = 0x30; unit <= 0x39; unit++) setRow(unit);
  setRow(0xb5);
  for (const w of firstWords) {
    const second = w.charCodeAt(1);
    if (w.length === 1 || second > 0xff || second === 0xb5) setRow(w.charCodeAt(0));
    else {
      const bit = openerPairBit(w.charCodeAt(0), second);
      table[bit >> 3] = table[bit >> 3]! | (1 << (bit & 7));
    }
  }
  return table;
}

/**
 * A hash of a word's lower case for words of ASCII and Latin-1 characters,
 * -1 for a word with any other character (or "µ"), whose case folding this
 * does not know.
 */
function lowerHash(word: string): number {
  const lower = LATIN1_LOWER;
  let hash = word.length;
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    if (u > 0xff || u === 0xb5) return -1;
    // lowerLatin1's table, read here: the CLI runs V8 without inlining.
    hash = (hash * 31 + lower[u]!) & (HASH_SIZE - 1);
  }
  return hash;
}

/**
 * The forms of unitForms: what stripping one ending ("Nutzern" → "nutzer")
 * finds, worked out once instead of per word. A listed noun wins over an
 * inflected form; of two inflected forms, the one whose ending comes first.
 */
function unitForms(config: AmountConfig): Map<string, string> {
  const forms = new Map<string, string>(Object.entries(config.units));
  for (const ending of config.inflections) {
    for (const [stem, unit] of Object.entries(config.units)) {
      const form = stem + ending;
      if (stem.length > 2 && !forms.has(form)) forms.set(form, unit);
    }
  }
  return forms;
}

/** Holds one language's Grammar with field types that stay narrow (see core/shape). */
// Declaration merging: the class has the fields of Grammar (storeFields stores them).
interface AmountTables extends Grammar {}
class AmountTables {
  constructor(fields: Omit<Grammar, 'opensNumber'>) { storeFields(this, fields); }

  /**
   * A test whether the core pattern can match at a word, without running it:
   * a digit, or a word that is (in any case) a number word or the first word
   * of one ("eine" of "eine halbe"). Most words of a text are neither, and the
   * case-insensitive alternation costs more than a set look-up. The pattern
   * compares case-folded characters; lower-casing agrees with that for ASCII
   * and Latin-1 letters, so a word with any other character is let through for
   * the pattern to decide ("ſ" folds to "s", "µ" to "μ").
   */
  opensNumber(word: string, lower?: string): boolean {
    const unit = word.charCodeAt(0);
    if (unit >= 0x30 && unit <= 0x39) return true;
    if (word.length <= OPENER_MAX_LENGTH && unit <= 0xff && this.openerUnits[openerKey(word)] === 0) return false;
    // A hash of the lower-cased word, computed without making the lower-cased string: most words fail on it.
    const hash = lowerHash(word);
    if (hash < 0) return true;
    return this.openerHashes[hash] === 1 && this.firstWords.has(lower ?? word.toLowerCase());
  }
}

/** The locale's amount words compiled; a language module builds this once, when it is loaded. */
export function amountGrammar(config: AmountConfig): Grammar {
  const numberWords = [...Object.keys(config.numberWords), ...Object.keys(config.scaleOnlyNumberWords)];
  const firstWords = firstWordsOf(numberWords);
  const openerUnits = openerTable(firstWords);
  const fields: Omit<Grammar, 'opensNumber'> = {
    config,
    core: sticky(`${NOT_AFTER_WORD}(?:(\\d+(?:[.,]\\d+)*)|(${alternatives(numberWords)})${NOT_BEFORE_WORD})`),
    openerHashes: openerHashes(firstWords),
    firstWords,
    openerUnits,
    openerPairs: openerPairTable(firstWords),
    scaleOnlyOpeners: scaleOnlyOpenersOf(config),
    scaleOnlyFollow: phraseAhead(GAP_SPACES_OR_HYPHEN, GAP, [...Object.keys(config.scales), ...scaleOnlyRests(config)], false),
    spacedGroupUnits: config.spacedGroupSeparators.map((c) => c.charCodeAt(0)),
    fraction: sticky('(?:-(\\d{1,3}))?\\/(\\d{1,3})(?![\\p{N}/])'),
    attachedScale: sticky(`${alternatives(Object.keys(config.attachedScales))}${NOT_BEFORE_WORD}`),
    attachedLetters: sticky('\\p{L}+'),
    scale: phraseAhead(GAP_SPACES_OR_HYPHEN, GAP, Object.keys(config.scales), true, NOT_BEFORE_WORD),
    percent: phraseAhead(GAP_SPACES_OR_HYPHEN, GAP, Object.keys(config.percentWords), true, NOT_BEFORE_WORD),
    currencyWord: phraseAhead(GAP_SPACES_OR_HYPHEN, GAP, Object.keys(config.currencyWords), true, NOT_BEFORE_WORD),
    time: phraseAhead(GAP_OPTIONAL_SPACES, '\\s*', config.timeWords, false, NOT_BEFORE_WORD),
    ageAfter: phraseAhead(GAP_SPACES_AND_HYPHENS, '[\\s-]*', config.ageWordsAfter, false),
    monthAfter: phraseAhead(GAP_DOT_SPACES, '\\.?\\s*', config.months, false, NOT_BEFORE_WORD),
    // Property escapes as alternatives, not class unions like [\p{L}\p{M}\p{N}], and without `i` (these
    // classes are closed under case folding; test/core/unicode-classes): the same matches, for ~6 M instructions
    // of compiling instead of ~28 M, paid by every process and batch worker.
    nextWord: sticky(`\\s+(${LETTER_OR_MARK}${WORD_CHARACTER}*(?:[-'’]${WORD_CHARACTER}+)*)`, 'u'),
    currencyPrefix: wordTail(`(${alternatives(Object.keys(config.currencyPrefixes))})\\s?`, Object.keys(config.currencyPrefixes)),
    postQualifier: phraseAhead(GAP_SPACE, '\\s+', Object.keys(config.postQualifiers), true, NOT_BEFORE_WORD),
    durationLead: wordTail(`${alternatives(config.durationLeads)}\\s+`, config.durationLeads),
    negative: wordTail(`(${alternatives(config.negativeWords)})\\s+`, config.negativeWords),
    qualifier: wordTail(`(${alternatives(Object.keys(config.qualifiers))})\\s+`, Object.keys(config.qualifiers)),
    monthBefore: wordTail(`${alternatives(config.months)}\\.?\\s+`, config.months),
    label: wordTail(`${alternatives(config.labelWords)}\\s*`, config.labelWords),
    ageBefore: wordTail(`${alternatives(config.ageWordsBefore)}\\s+`, config.ageWordsBefore),
    range: new RegExp(`^\\s*(?:${alternatives(config.rangeWords)})\\s*$`, 'iu'),
    betweenJoin: new RegExp(`^\\s+${alternatives(config.betweenWords.join)}\\s+$`, 'iu'),
    // One lower-case word may stand before the whole's number: "3.000 der weltweit 48.000 Stellen", "of its global 4,200".
    partitive: new RegExp(`^\\s+(?:${alternatives(config.partitiveWords)})(?:\\s+\\p{Ll}(?:\\p{Ll}|\\p{M})*)?\\s+$`, 'u'),
    betweenOpen: tail(`${NOT_AFTER_WORD}${alternatives(config.betweenWords.open)}\\s+`),
    scales: lowerMap(config.scales),
    numberWords: lowerMap(config.numberWords),
    scaleOnlyNumberWords: lowerMap(config.scaleOnlyNumberWords),
    qualifiers: lowerMap(config.qualifiers),
    postQualifiers: lowerMap(config.postQualifiers),
    currencyPrefixes: lowerMap(config.currencyPrefixes),
    currencyWords: lowerMap(config.currencyWords),
    percentWords: lowerMap(config.percentWords),
    stopWords: new Set(config.stopWords.map(keyOf)),
    knownUnits: new Set(Object.values(config.units)),
    unitForms: unitForms(config),
    ordinalNouns: new Set(config.ordinalNouns.map(keyOf)),
  };
  return new AmountTables(fields);
}
