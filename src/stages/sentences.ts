/**
 * Sentence spans. Boundaries: blank lines and indented lines (paragraphs), the
 * end of the headline line, and terminal punctuation followed by white space
 * and a capital, digit or opening quote, unless the word before the stop is an
 * abbreviation, an initial or an ordinal before a month name ("30. September").
 */
import type { Sentence } from '../core/model.js';
import { storeFields } from '../core/shape.js';
import { LETTER, LETTER_OR_NUMBER, LOWER, NUMBER, SPACE, UPPER, classAt, classBefore, classOfUnit, widthAt } from '../core/chars.js';

export interface SentenceConfig {
  /** Tokens that end in a period without ending a sentence: "z.B.", "Mio.", "Inc.", "U.S.". */
  abbreviations: readonly string[];
  /** Month names: a number with a period before one is an ordinal date ("3. Oktober"). */
  monthNames: readonly string[];
  /** Words after which "3." is an ordinal, not a sentence end ("des 3. Bataillons", "am 20. Mai"). */
  ordinalContext: readonly string[];
  /**
   * Capitalized words that open a sentence and never continue a name, so that
   * a dotted acronym before one ends its sentence: "in the U.S. He said".
   */
  sentenceOpeners?: readonly string[];
}

/**
 * A SentenceConfig with its word lists as sets, made once when a language
 * module is loaded rather than for every document.
 */
export interface SentenceRules {
  abbreviations: ReadonlySet<string>;
  ordinal: OrdinalCues;
  openers: ReadonlySet<string>;
}

/** Hold one language's SentenceRules and OrdinalCues with field types that stay narrow (see core/shape). */
// Declaration merging: the class has the fields of SentenceRules (storeFields stores them).
interface SentenceTables extends SentenceRules {}
class SentenceTables {
  constructor(fields: SentenceRules) { storeFields(this, fields); }
}
// Declaration merging: the class has the fields of OrdinalCues (storeFields stores them).
interface OrdinalTables extends OrdinalCues {}
class OrdinalTables {
  constructor(fields: OrdinalCues) { storeFields(this, fields); }
}

export function sentenceRules(config: SentenceConfig): SentenceRules {
  const ordinal: OrdinalCues = {
    months: new Set(config.monthNames.map((m) => m.toLowerCase())),
    before: new Set(config.ordinalContext.map((w) => w.toLowerCase())),
  };
  const fields: SentenceRules = {
    abbreviations: new Set(config.abbreviations),
    ordinal: new OrdinalTables(ordinal),
    openers: new Set(config.sentenceOpeners ?? []),
  };
  return new SentenceTables(fields);
}

/** Wire services wrap lines at about 70 characters; longer lines are paragraphs. */
const WRAPPED_LINE_MAX = 100;
/** How far after a stop the next sentence's first character is looked for: white space, an opening quote, a capital. */
const NEXT_START_WINDOW = 4;
/** How far after a line break a lower-case or capital first letter is looked for. */
const NEXT_LINE_WINDOW = 8;

export function splitSentences(text: string, rules: SentenceRules, titleEnd: number | null): Sentence[] {
  // The cuts of each kind come in text order, and are merged: 2 × offset for a sentence end, 2 × offset + 1
  // for a paragraph break. Two cuts at one offset act as one (a paragraph break if either is).
  const ends = stopCuts(text, rules);
  const breaks = lineCuts(text);
  const last = 2 * text.length;
  // Past every cut (a title may end past the text): what a list that is read to its end gives.
  const none = 2 * Math.max(text.length, titleEnd ?? 0) + 2;
  let title = titleEnd === null ? none : 2 * titleEnd + 1;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  let breakPending = false;
  for (let e = 0, b = 0; ;) {
    const end = e < ends.length ? ends[e]! : none;
    const paragraphBreak = b < breaks.length ? breaks[b]! : none;
    let cut = end < paragraphBreak ? end : paragraphBreak;
    if (title < cut) cut = title;
    if (cut === none) cut = last;
    else if (cut === end) e++;
    else if (cut === paragraphBreak) b++;
    else title = none;
    const at = cut >> 1;
    if (at > from) {
      // The sentence trimmed of white space (`\s`, one UTF-16 unit at a time) on both sides.
      let start = from;
      let stop = at;
      while (start < stop && classOfUnit(text, start) & SPACE) start++;
      while (stop > start && classOfUnit(text, stop - 1) & SPACE) stop--;
      if (stop > start) {
        if (breakPending && sentences.length > 0) paragraph++;
        breakPending = false;
        const isTitle = sentences.length === 0 && titleEnd !== null && stop <= titleEnd;
        sentences.push({ index: sentences.length, start, end: stop, text: text.slice(start, stop), paragraph, isTitle });
      }
      from = at;
    }
    if ((cut & 1) === 1) breakPending = true;
    if (cut === last && e >= ends.length && b >= breaks.length && title === none) break;
  }
  return sentences;
}

const isStop = (unit: number): boolean => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026;
/** Closing quotes and brackets after a stop: `["'“”»«‘’)\]]`. */
const isCloser = (unit: number): boolean =>
  unit === 0x22 || unit === 0x27 || unit === 0x201c || unit === 0x201d || unit === 0xbb || unit === 0xab || unit === 0x2018 || unit === 0x2019 || unit === 0x29 || unit === 0x5d;
/** Opening quotes and brackets before a sentence or a word: `["'„“‚‘»«(\[]`. */
const isOpener = (unit: number): boolean =>
  unit === 0x22 || unit === 0x27 || unit === 0x201e || unit === 0x201c || unit === 0x201a || unit === 0x2018 || unit === 0xbb || unit === 0xab || unit === 0x28 || unit === 0x5b;

/** The next of the stops `.!?…` from `from`, by the text's own search: most of a text is none. */
function nextStop(text: string, from: number, next: Int32Array): number {
  let best = -1;
  for (let k = 0; k < STOPS.length; k++) {
    if (next[k]! >= 0 && next[k]! < from) next[k] = text.indexOf(STOPS[k]!, from);
    if (next[k]! >= 0 && (best < 0 || next[k]! < best)) best = next[k]!;
  }
  return best;
}
const STOPS = ['.', '!', '?', '…'];

/**
 * The sentence ends: the matches of `(?<![.!?…])[.!?…]+["'“”»«‘’)\]]*(?=\s)`
 * (stops, then closing quotes or brackets, then white space; a run of stops
 * read once), where the next sentence starts (see startsSentence) and a lone
 * full stop does not end an abbreviation, initial or ordinal.
 */
function stopCuts(text: string, rules: SentenceRules): number[] {
  const { abbreviations, ordinal, openers } = rules;
  const cuts: number[] = [];
  const n = text.length;
  const next = Int32Array.from(STOPS, (stop) => text.indexOf(stop));
  for (let at = nextStop(text, 0, next); at >= 0; at = nextStop(text, at, next)) {
    // `at` starts a run of stops: the search never lands inside one.
    const dot = at;
    let end = at + 1;
    while (end < n && isStop(text.charCodeAt(end))) end++;
    at = end;
    const lone = end === dot + 1 && text.charCodeAt(dot) === 0x2e;
    while (end < n && isCloser(text.charCodeAt(end))) end++;
    if (!(classOfUnit(text, end) & SPACE) || !startsSentence(text, end)) continue;
    // A lone full stop with nothing after it but white space may end an abbreviation, an initial or an ordinal.
    if (lone && end === dot + 1 && !endsSentence(text, dot, end, abbreviations, ordinal, openers)) continue;
    cuts.push(2 * end);
  }
  return cuts;
}

/**
 * Whether `^\s+["'„“‚‘»«(\[]?[\p{Lu}\p{N}]` matches the NEXT_START_WINDOW
 * units from `at`: white space, an opening quote or bracket, then a capital
 * or a digit (whole inside the window: half a surrogate pair is none).
 */
function startsSentence(text: string, at: number): boolean {
  const limit = Math.min(at + NEXT_START_WINDOW, text.length);
  let k = at;
  while (k < limit && classOfUnit(text, k) & SPACE) k++;
  if (k === at) return false;
  if (k < limit && isOpener(text.charCodeAt(k))) k++;
  return (classInWindow(text, k, limit) & (UPPER | NUMBER)) !== 0;
}

/** The classes of the character at `k` as a pattern sees it in the text cut at `limit` (a pair cut in half: none). */
function classInWindow(text: string, k: number, limit: number): number {
  if (k >= limit) return 0;
  const unit = text.charCodeAt(k);
  if (unit < 0xd800 || unit > 0xdbff) return classOfUnit(text, k);
  return k + 1 < limit ? classAt(text, k) : 0;
}

/**
 * The paragraph breaks at line breaks (the matches of `\r\n?|\n`), in text
 * order, as cuts (2 × offset + 1). A blank line or a break followed by
 * indentation (wire copy) is one: the matches of PARAGRAPH_BREAK,
 * `BREAK[ \t\u00a0]*BREAK\s*|BREAK(?=[ \t\u00a0]{2,}|\t)` where BREAK is
 * `\r\n|\r(?!\n)|\n`. So is a single line break after a line longer than a
 * wrapped wire-copy line, and after a heading (a line with no stop of its own
 * that stands after a finished sentence), unless the next line goes on in
 * lower case. Wrapped lines ("said the\nassociation") stay joined. Units
 * are read in bounds: no deoptimization the first time a text ends in a break.
 */
function lineCuts(text: string): number[] {
  const n = text.length;
  const cuts: number[] = [];
  let lineStart = 0;
  let previousLineFinished = true;
  // Where the search for the next paragraph break goes on: a blank line's match takes the white space after it in.
  let paragraphFrom = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  while (nextLf >= 0 || nextCr >= 0) {
    const at = nextCr >= 0 && (nextLf < 0 || nextCr < nextLf) ? nextCr : nextLf;
    const breakEnd = breakEndAt(text, at);
    if (at >= paragraphFrom) {
      let k = breakEnd;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      const unit = k < n ? text.charCodeAt(k) : 0;
      if (unit === 0x0a || unit === 0x0d) {
        cuts.push(2 * at + 1);
        for (k = breakEndAt(text, k); classOfUnit(text, k) & SPACE;) k++;
        paragraphFrom = k;
      } else if (breakEnd < n && (text.charCodeAt(breakEnd) === 0x09 || (breakEnd + 1 < n && isBlank(text.charCodeAt(breakEnd)) && isBlank(text.charCodeAt(breakEnd + 1))))) {
        cuts.push(2 * at + 1);
        paragraphFrom = breakEnd;
      }
    }
    // The line trimmed, found by its last character that is no white space: no copy of the line.
    let lineEnd = at;
    while (lineEnd > lineStart && classOfUnit(text, lineEnd - 1) & SPACE) lineEnd--;
    const first = firstOfNextLine(text, breakEnd);
    const nextStartsLower = (first & LOWER) !== 0;
    // A heading ends in a word (a letter or number), not in punctuation (a wrapped line may end in a comma).
    const isHeading = previousLineFinished && lineEnd > lineStart && (classBefore(text, lineEnd) & LETTER_OR_NUMBER) !== 0 && (first & UPPER) !== 0;
    if (!nextStartsLower && (at - lineStart > WRAPPED_LINE_MAX || isHeading)) cuts.push(2 * at + 1);
    if (lineEnd > lineStart) previousLineFinished = isLineFinished(text.charCodeAt(lineEnd - 1));
    lineStart = breakEnd;
    if (nextLf >= 0 && nextLf < breakEnd) nextLf = text.indexOf('\n', breakEnd);
    if (nextCr >= 0 && nextCr < breakEnd) nextCr = text.indexOf('\r', breakEnd);
  }
  return cuts;
}

/** Where the line break (CRLF, CR or LF) at `at` ends. */
const breakEndAt = (text: string, at: number): number => at + (text.charCodeAt(at) === 0x0d && at + 1 < text.length && text.charCodeAt(at + 1) === 0x0a ? 2 : 1);
/** `[ \t\u00a0]`: the indentation and blank-line white space of a paragraph break. */
const isBlank = (unit: number): boolean => unit === 0x20 || unit === 0x09 || unit === 0xa0;

/** The classes of the first character after spaces and tabs in the NEXT_LINE_WINDOW units from `at` (`^[ \t]*`). */
function firstOfNextLine(text: string, at: number): number {
  const limit = Math.min(at + NEXT_LINE_WINDOW, text.length);
  let k = at;
  while (k < limit && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return classInWindow(text, k, limit);
}

/** The last characters of a line that ends a sentence or a quotation: `.!?…:;"'“”»«)`. */
const isLineFinished = (unit: number): boolean =>
  unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026 || unit === 0x3a || unit === 0x3b || unit === 0x22 || unit === 0x27
  || unit === 0x201c || unit === 0x201d || unit === 0xbb || unit === 0xab || unit === 0x29;

interface OrdinalCues {
  months: ReadonlySet<string>;
  before: ReadonlySet<string>;
}

const NEXT_WORD = /^\s+(\p{L}+)/u;

/** Decides whether the period at `dot` ends a sentence. */
function endsSentence(
  text: string, dot: number, after: number, abbreviations: ReadonlySet<string>, ordinal: OrdinalCues, openers: ReadonlySet<string>,
): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !(classOfUnit(text, wordStart - 1) & SPACE)) wordStart--;
  // The token: the word without the opening quotes and brackets before it (`^["'„“‚‘»«(\[]+`).
  let tokenStart = wordStart;
  while (isOpener(text.charCodeAt(tokenStart))) tokenStart++;
  const length = dot + 1 - tokenStart;
  // A dotted acronym ("U.S.", "D.C.") ends its sentence before a sentence opener ("He", "The");
  // a single capital is an initial ("E. Smith").
  const dotted = length <= 8 ? dottedLetters(text, tokenStart, dot + 1) : 0;
  if (dotted >= 2 && openers.has(NEXT_WORD.exec(text.slice(after, after + 20))?.[1] ?? '')) return true;
  if (abbreviations.has(text.slice(tokenStart, dot + 1))) return false;
  // Initials and other dotted acronyms: "E.", "E.F.", "U.S.A. Today".
  if (dotted > 0) return false;
  // Ordinals: "30. September", "des 3. Bataillons", "beim „2. Deutschen Klimakongress"
  if (length >= 2 && length <= 4 && asciiDigitsBetween(text, tokenStart, dot)) {
    const next = NEXT_WORD.exec(text.slice(after, after + 20));
    if (next && ordinal.months.has(next[1]!.toLowerCase())) return false;
    const previous = /(\p{L}+)[\s„"»]*$/u.exec(text.slice(Math.max(0, wordStart - 20), wordStart));
    if (previous && ordinal.before.has(previous[1]!.toLowerCase())) return false;
    if (tokenStart !== wordStart) return false;
  }
  return true;
}

/** How many letter-and-dot pairs `from`..`to` is made of (`^(?:\p{L}\.)+$`); 0 if it is not. */
function dottedLetters(text: string, from: number, to: number): number {
  let pairs = 0;
  let k = from;
  while (k < to) {
    if (!(classAt(text, k) & LETTER)) return 0;
    k += widthAt(text, k);
    if (k >= to || text.charCodeAt(k) !== 0x2e) return 0;
    k++;
    pairs++;
  }
  return pairs;
}

function asciiDigitsBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const unit = text.charCodeAt(k);
    if (unit < 0x30 || unit > 0x39) return false;
  }
  return true;
}
