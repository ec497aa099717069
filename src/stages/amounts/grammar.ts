/**
 * A locale's amount words compiled once into small regular expressions, each
 * with one job. Sticky ones read forward from a position; "tail" ones are
 * anchored at the end of a short window of text just before a position. None
 * has nested quantifiers over the same characters, so none backtracks badly
 * on long runs of digits and dots.
 */
import type { AmountConfig, CurrencySpec } from './config.js';
import type { Qualifier } from '../../types.js';
import { WORD_END, WORD_START, anyOf } from '../../core/patterns.js';

const NOT_AFTER_WORD = WORD_START;
const NOT_BEFORE_WORD = WORD_END;
/** White space, or the hyphen of a compound ("13-Megapixel", "5-Prozent-Hürde"). */
const GAP = '(?:\\s*|-)';

export interface Grammar {
  config: AmountConfig;
  /**
   * Sticky, tried at word starts: a digit run, or a number word. Group 1
   * digits, group 2 word. Every number word begins with a letter, so a
   * number only ever starts a word.
   */
  core: RegExp;
  /** Whether a word can begin a number: a digit, or a first letter of a number word in either case. */
  opensNumber: (word: string) => boolean;
  /** Sticky after the digits: a stock-price fraction, "-1/8" (group 1 whole part follows) or "/8". */
  fraction: RegExp;
  attachedScale: RegExp;
  /** Sticky: letters glued to the digits ("64GB", "26p", "910B"). */
  attachedLetters: RegExp;
  scale: RegExp;
  percent: RegExp;
  currencyWord: RegExp;
  time: RegExp;
  ageAfter: RegExp;
  monthAfter: RegExp;
  /** Sticky: one following word (group 1), across white space only. */
  nextWord: RegExp;
  /** Tails, matched against the text just before a position (see WordTail). */
  currencyPrefix: WordTail;
  negative: WordTail;
  /** Sticky: a qualifier after the amount ("or more"). */
  postQualifier: RegExp;
  /** Tail: a word that makes a following "over" mean "more than" ("for over 20 years"). */
  durationLead: WordTail;
  qualifier: WordTail;
  monthBefore: WordTail;
  label: WordTail;
  ageBefore: WordTail;
  range: RegExp;
  betweenJoin: RegExp;
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
  ordinalNouns: ReadonlySet<string>;
}

/** The lookup key of a matched phrase: lower case, single spaces. */
export function keyOf(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ');
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
}

const wordTail = (source: string): WordTail => ({ re: sticky(`${source}$`), endsInSpace: /\\s\+$/.test(source) });

/**
 * The first-character test of the core pattern, with its flags: a table for
 * the first 2048 characters, the pattern itself for the rest.
 */
function numberOpener(numberWords: readonly string[]): (word: string) => boolean {
  const firstLetters = numberWords.map((w) => String.fromCodePoint(w.codePointAt(0)!));
  const opener = new RegExp(`^(?:\\d|${alternatives(firstLetters)})`, 'iu');
  const TABLE_SIZE = 0x800;
  const table = Uint8Array.from({ length: TABLE_SIZE }, (_, unit) => (opener.test(String.fromCharCode(unit)) ? 1 : 0));
  return (word) => {
    const unit = word.charCodeAt(0);
    return unit < TABLE_SIZE ? table[unit] === 1 : opener.test(word);
  };
}

/** The locale's amount words compiled; a language module builds this once, when it is loaded. */
export function amountGrammar(config: AmountConfig): Grammar {
  const numberWords = [...Object.keys(config.numberWords), ...Object.keys(config.scaleOnlyNumberWords)];
  return {
    config,
    core: sticky(`${NOT_AFTER_WORD}(?:(\\d+(?:[.,]\\d+)*)|(${alternatives(numberWords)})${NOT_BEFORE_WORD})`),
    opensNumber: numberOpener(numberWords),
    fraction: sticky('(?:-(\\d{1,3}))?\\/(\\d{1,3})(?![\\p{N}/])'),
    attachedScale: sticky(`${alternatives(Object.keys(config.attachedScales))}${NOT_BEFORE_WORD}`),
    attachedLetters: sticky('\\p{L}+'),
    scale: sticky(`${GAP}(${alternatives(Object.keys(config.scales))})${NOT_BEFORE_WORD}`),
    percent: sticky(`${GAP}(${alternatives(Object.keys(config.percentWords))})${NOT_BEFORE_WORD}`),
    currencyWord: sticky(`${GAP}(${alternatives(Object.keys(config.currencyWords))})${NOT_BEFORE_WORD}`),
    time: sticky(`\\s*${alternatives(config.timeWords)}${NOT_BEFORE_WORD}`),
    ageAfter: sticky(`[\\s-]*${alternatives(config.ageWordsAfter)}`),
    monthAfter: sticky(`\\.?\\s*${alternatives(config.months)}${NOT_BEFORE_WORD}`),
    nextWord: sticky('\\s+([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-\'’][\\p{L}\\p{M}\\p{N}]+)*)'),
    currencyPrefix: wordTail(`(${alternatives(Object.keys(config.currencyPrefixes))})\\s?`),
    postQualifier: sticky(`\\s+(${alternatives(Object.keys(config.postQualifiers))})${NOT_BEFORE_WORD}`),
    durationLead: wordTail(`${alternatives(config.durationLeads)}\\s+`),
    negative: wordTail(`(${alternatives(config.negativeWords)})\\s+`),
    qualifier: wordTail(`(${alternatives(Object.keys(config.qualifiers))})\\s+`),
    monthBefore: wordTail(`${alternatives(config.months)}\\.?\\s+`),
    label: wordTail(`${alternatives(config.labelWords)}\\s*`),
    ageBefore: wordTail(`${alternatives(config.ageWordsBefore)}\\s+`),
    range: new RegExp(`^\\s*(?:${alternatives(config.rangeWords)})\\s*$`, 'iu'),
    betweenJoin: new RegExp(`^\\s+${alternatives(config.betweenWords.join)}\\s+$`, 'iu'),
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
    ordinalNouns: new Set(config.ordinalNouns.map(keyOf)),
  };
}
