/**
 * Runs of capitalized words ("Finanzminister Hans Jörg Schelling", "Drexel
 * Burnham Lambert Inc"): the raw material for names the lexicon does not know.
 */
import type { DocumentContext } from '../../core/model.js';
import type { CompiledEntities } from './compiled.js';
import { type Words, documentWords, scanWords, wordHash, wordHashOf } from '../../core/words.js';
import { LETTER_OR_NUMBER, LOWER, LOW_UNIT_CLASSES, SPACE, UPPER, WORD_CHAR, classAt, classOfUnit, isLetterOrMark, widthAt } from '../../core/chars.js';

/**
 * A word, initials or "&" of a run. Made by object literals of one shape (these fields, in this order), at the
 * two places that make tokens: optimized code allocates a literal in place, where `new` of a class is three
 * calls without inlining (the construct stub, the allocation, the constructor), ~47,000 times per German pass.
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter (connectors such as "of", "von" do not). */
  readonly capitalized: boolean;
  /** The text's lower case where the token is one of the document's words (scanWords made it), else null: see lowerOf. */
  readonly lower: string | null;
}

/** A token's text in lower case: the document word's, made once, or (a token of several words) made here. */
export function lowerOf(t: Token): string {
  return t.lower ?? t.text.toLowerCase();
}

export interface Run {
  start: number;
  end: number;
  tokens: Token[];
  /** The run's first word opens its sentence (capitalized for grammar, not as a name). */
  opensSentence: boolean;
  /** The run stands in an ALL-CAPS line (a wire headline). */
  inCapsLine: boolean;
}

/** The characters that may stand before a sentence's first word besides white space: `["'„“‚‘»«(\[–—-]`. */
const SENTENCE_OPENERS: ReadonlySet<number> = new Set([...'"\'„“‚‘»«([–—-'].map((ch) => ch.charCodeAt(0)));

export function findRuns(doc: DocumentContext, c: CompiledEntities, capsSentence: readonly boolean[]): Run[] {
  const { text } = doc;
  const runs: Run[] = [];
  // Where each sentence starts, and where its first word may begin: after its opening quotes, brackets and dashes.
  // Built by pushing numbers, so that the arrays always have the same kind of elements (as a map of them may not).
  const sentenceStarts: number[] = [];
  const firstWordFrom: number[] = [];
  for (let k = 0; k < doc.sentences.length; k++) {
    const start = doc.sentences[k]!.start;
    sentenceStarts.push(start);
    firstWordFrom.push(afterOpeners(text, start));
  }
  if (firstWordFrom.length === 0) firstWordFrom.push(afterOpeners(text, 0));
  const words = documentWords(doc);
  const starts = words.start;
  let si = 0;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (start < from) continue;
    // Most words begin with a lower-case letter: turned away by the table, without a call.
    const unit = text.charCodeAt(start);
    if (unit < LOW_UNITS && !(UNIT_CLASSES[unit]! & UPPER)) continue;
    // A capital that no period follows begins a word as scanWords read it, which is the first name's start:
    // the name goes on from the word's end, whose characters are not read again.
    // Most words end without an apostrophe or hyphen part, told here without a call to capitalizedWordEnd.
    const wordEnd = start + words.text[k]!.length;
    const afterWord = wordEnd < text.length ? text.charCodeAt(wordEnd) : -1;
    const end = unit < LOW_UNITS && (start + 1 >= text.length || text.charCodeAt(start + 1) !== PERIOD)
      ? runEndAfter(text, afterWord === APOSTROPHE || afterWord === RIGHT_QUOTE || afterWord === HYPHEN ? capitalizedWordEnd(text, wordEnd) : wordEnd, c.runConnectors)
      : runEnd(text, start, c.runConnectors);
    if (end < 0) continue;
    from = end;
    while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1]! <= start) si++;
    const sentenceStart = si < sentenceStarts.length ? sentenceStarts[si]! : 0;
    // Most runs are one word of the document (a capital and word characters): runTokens would make that one token.
    const word = words.text[k]!;
    runs.push({
      start, end, tokens: start + word.length === end ? [{ text: word, start, end, capitalized: true, lower: words.lower[k]! }] : runTokens(text, start, end, words, k),
      opensSentence: start >= sentenceStart && start <= firstWordFrom[si]!,
      inCapsLine: si < capsSentence.length ? capsSentence[si]! : false,
    });
  }
  return runs;
}

/** After the opening quotes, brackets and dashes from `from`. */
function afterOpeners(text: string, from: number): number {
  let i = from;
  // `[\s"'„“‚‘»«(\[–—-]` (flag u) of each unit, read from the unit: no string and no pattern run per unit.
  while (i < text.length && (SENTENCE_OPENERS.has(text.charCodeAt(i)) || classOfUnit(text, i) & SPACE)) i++;
  return i;
}

/** Whether each sentence is written in capitals (no lower-case letter, two capitals in a row): a wire headline. */
export function capsSentences(doc: DocumentContext): boolean[] {
  const caps: boolean[] = [];
  for (let k = 0; k < doc.sentences.length; k++) {
    const sentence = doc.sentences[k]!.text;
    caps.push(!hasLowerCase(sentence) && TWO_CAPITALS.test(sentence));
  }
  return caps;
}

/** Whether a text holds a lower-case letter (`\p{Ll}`): read from the class table, most sentences stop at their second character. */
function hasLowerCase(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < LOW_UNITS) {
      if (UNIT_CLASSES[unit]! & LOWER) return true;
      i++;
    } else {
      if (classAt(text, i) & LOWER) return true;
      i += widthAt(text, i);
    }
  }
  return false;
}

const TWO_CAPITALS = /\p{Lu}{2}/u;
const UNIT_CLASSES = LOW_UNIT_CLASSES;
const LOW_UNITS = LOW_UNIT_CLASSES.length;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE_UNIT = 0x20;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const PERIOD = 0x2e;
const RIGHT_QUOTE = 0x2019;

/**
 * Where the run of names starting at `at` ends, -1 where none starts: the
 * match of runRegExp (compiled.ts) there, read one character at a time
 * instead of running the pattern at each of the many capitalized words. A
 * run is names ("Hans", "E. F.", "O'Neill", "Sei-ichi") with blanks or one
 * line break between them, and up to two connectors between two names
 * ("Ursula von der Leyen"). As no connector begins with a capital or a
 * blank, the pattern has only one way through: the longest names, all the
 * connectors that follow, and a name after them or the run ends before them.
 */
export function runEnd(text: string, at: number, connectors: RunConnectors): number {
  const end = nameEnd(text, at);
  return end < 0 ? -1 : runEndAfter(text, end, connectors);
}

/** runEnd where the run's first name ends at `end`. */
function runEndAfter(text: string, end: number, connectors: RunConnectors): number {
  for (;;) {
    // One space and no other blank or line break after it, the commonest separator, read without a call.
    const blank = end < text.length ? text.charCodeAt(end) : -1;
    const second = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
    let next = blank === SPACE_UNIT && second !== SPACE_UNIT && second !== TAB && second !== LF && second !== CR ? end + 1 : separatorEnd(text, end);
    if (next < 0 || next >= text.length) return end;
    // Most names are followed by a word that is no connector and begins no name: told from its first unit, without a call.
    const unit = text.charCodeAt(next);
    if (unit < LOW_UNITS && !(UNIT_CLASSES[unit]! & UPPER) && connectors.startingWith(unit) === null) return end;
    for (let n = 0; n < 2 && next >= 0; n++) {
      const afterConnector = connectorEnd(text, next, connectors);
      if (afterConnector < 0) break;
      next = afterConnector;
    }
    const after = next < 0 ? -1 : nameEnd(text, next);
    if (after < 0) return end;
    end = after;
  }
}

/**
 * The connectors and particles that may stand inside a run ("von", "für", "&"), by their first UTF-16 unit,
 * longest first; a unit below LOW_UNITS is looked up in an array, not a Map (asked after most names of a text).
 */
export class RunConnectors {
  private readonly low: (readonly string[] | null)[];
  private readonly others = new Map<number, readonly string[]>();

  constructor(private readonly byUnit: ReadonlyMap<number, readonly string[]>) {
    const low: (readonly string[] | null)[] = [];
    for (let unit = 0; unit < LOW_UNITS; unit++) low.push(null);
    for (const [unit, words] of byUnit) {
      if (unit < LOW_UNITS) low[unit] = words;
      else this.others.set(unit, words);
    }
    this.low = low;
  }

  /** The connectors that begin with this unit, longest first; null for none. */
  startingWith(unit: number): readonly string[] | null {
    return unit < LOW_UNITS ? this.low[unit]! : this.others.get(unit) ?? null;
  }

  /** The lists of connectors. */
  values(): IterableIterator<readonly string[]> {
    return this.byUnit.values();
  }
}

/** The UTF-16 unit at `i`, -1 at or past the end (read so, no look-up runs past the text). */
const unitAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

/** After `[ \t]+|[ \t]*\r?\n[ \t]*` at `at`, taking all the blanks; -1 where there is none. */
function separatorEnd(text: string, at: number): number {
  const n = text.length;
  let i = at;
  while (i < n && (text.charCodeAt(i) === SPACE_UNIT || text.charCodeAt(i) === TAB)) i++;
  const unit = i < n ? text.charCodeAt(i) : -1;
  if (unit === LF) i++;
  else if (unit === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) i += 2;
  else return i > at ? i : -1;
  while (i < n && (text.charCodeAt(i) === SPACE_UNIT || text.charCodeAt(i) === TAB)) i++;
  return i;
}

/** After a connector and the separator after it at `at`; -1 where none stands there. */
function connectorEnd(text: string, at: number, connectors: RunConnectors): number {
  if (at >= text.length) return -1;
  const candidates = connectors.startingWith(text.charCodeAt(at));
  if (candidates === null) return -1;
  for (let k = 0; k < candidates.length; k++) {
    const word = candidates[k]!;
    // A separator begins with a blank or a line break: the unit after a connector is read before the text is
    // compared with it ("die", "den" after a name are no "der" or "de", told without a call).
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : -1;
    if (after !== SPACE_UNIT && after !== TAB && after !== LF && after !== CR) continue;
    if (!text.startsWith(word, at)) continue;
    const end = separatorEnd(text, at + word.length);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * After the initials (`\p{Lu}\.(?: ?\p{Lu}\.)*`) or the capitalized word
 * (`\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]\p{Lu}[\p{L}\p{M}]*)?(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`)
 * at `at`, the initials first; -1 where neither begins.
 */
function nameEnd(text: string, at: number): number {
  if (!(classAt(text, at) & UPPER)) return -1;
  let i = at + widthAt(text, at);
  if (unitAt(text, i) === PERIOD) {
    i++;
    for (;;) {
      const next = unitAt(text, i) === SPACE_UNIT ? i + 1 : i;
      if (!(classAt(text, next) & UPPER)) return i;
      const dot = next + widthAt(text, next);
      if (unitAt(text, dot) !== PERIOD) return i;
      i = dot + 1;
    }
  }
  return capitalizedWordEnd(text, wordCharsWithin(text, i, text.length));
}

/** After the capitalized word whose first run of word characters ends at `i`: its apostrophe part and hyphen parts. */
function capitalizedWordEnd(text: string, i: number): number {
  // unitAt, written out: this runs for every run.
  const quote = i < text.length ? text.charCodeAt(i) : -1;
  if ((quote === APOSTROPHE || quote === RIGHT_QUOTE) && classAt(text, i + 1) & UPPER) {
    i += 1 + widthAt(text, i + 1);
    while (isLetterOrMark(classAt(text, i))) i += widthAt(text, i);
  }
  while (i < text.length && text.charCodeAt(i) === HYPHEN && classAt(text, i + 1) & LETTER_OR_NUMBER) i = wordCharsWithin(text, i + 1, text.length);
  return i;
}

/**
 * The initials ("E. F."), words ("Hans", "Sei-ichi", "O'Neill") and "&" of a
 * run, in one pass over its characters: the matches of
 * `/\p{Lu}\.(?: ?\p{Lu}\.)*|[\p{L}\p{M}\p{N}'’]+(?:-[\p{L}\p{M}\p{N}]+)*|&/gu` in text[start, end).
 * `words` are the text's words (scanned when not given), `firstWord` the index of one at or before `start`.
 */
export function runTokens(text: string, start: number, end: number, words: Words = scanWords(text), firstWord = 0): Token[] {
  const tokens: Token[] = [];
  // A token that is one of the document's words takes that word's string: no copy, and its hash is shared.
  const wordText = words.text;
  const wordStart = words.start;
  let w = firstWord;
  let i = start;
  while (i < end) {
    const from = i;
    const unit = text.charCodeAt(i);
    // The blank between two words, the commonest character here that begins no token.
    if (unit === SPACE_UNIT) {
      i++;
      continue;
    }
    const cls = classWithin(text, i, end);
    while (w < wordStart.length && wordStart[w]! < from) w++;
    // Where a document's word starts here and ends within the run, its characters are not read again: it ends
    // the first run of word characters, and a word of more than two units is no initial (a capital and a period).
    const wordEnd = w < wordStart.length && wordStart[w] === from ? from + wordText[w]!.length : -1;
    const known = wordEnd >= 0 && wordEnd <= end;
    const initials = cls & UPPER && !(known && wordEnd - from > 2) ? initialsEnd(text, i, end) : -1;
    if (initials >= 0) {
      i = initials;
    } else if (cls & WORD_CHAR || unit === APOSTROPHE || unit === RIGHT_QUOTE) {
      i = apostrophePartsEnd(text, known ? wordEnd : wordCharsWithin(text, i, end), end);
      while (i < end && text.charCodeAt(i) === HYPHEN && classWithin(text, i + 1, end) & WORD_CHAR) i = wordCharsWithin(text, i + 1, end);
    } else if (unit === AMPERSAND) {
      i += 1;
    } else {
      i += widthAt(text, i);
      continue;
    }
    const isWord = wordEnd === i;
    tokens.push({ text: isWord ? wordText[w]! : text.slice(from, i), start: from, end: i, capitalized: (cls & UPPER) !== 0, lower: isWord ? words.lower[w]! : null });
  }
  return tokens;
}

/** After the initials (`\p{Lu}\.(?: ?\p{Lu}\.)*`) at `i`, within text[, end); -1 where none stand there. */
function initialsEnd(text: string, i: number, end: number): number {
  if (!isInitialWithin(text, i, end)) return -1;
  i += widthAt(text, i) + 1;
  for (;;) {
    const next = i < end && text.charCodeAt(i) === SPACE_UNIT ? i + 1 : i;
    if (!isInitialWithin(text, next, end)) return i;
    i = next + widthAt(text, next) + 1;
  }
}

/**
 * After `[\p{L}\p{M}\p{N}'’]*` within text[, end), where its first run of word characters ends at `i`: the
 * apostrophes and runs of word characters that follow.
 */
function apostrophePartsEnd(text: string, i: number, end: number): number {
  for (;;) {
    if (i >= end) return i;
    const unit = text.charCodeAt(i);
    if (unit !== APOSTROPHE && unit !== RIGHT_QUOTE) return i;
    i = wordCharsWithin(text, i + 1, end);
  }
}

/** After `[\p{L}\p{M}\p{N}]*` from `i`, within text[, end). */
function wordCharsWithin(text: string, i: number, end: number): number {
  while (i < end) {
    const unit = text.charCodeAt(i);
    if (unit < LOW_UNITS) {
      if (!(UNIT_CLASSES[unit]! & WORD_CHAR)) return i;
      i++;
    } else {
      if (!(classWithin(text, i, end) & WORD_CHAR)) return i;
      i += widthAt(text, i);
    }
  }
  return i;
}

/** The classes of the character at `i` if it ends by `end`, else none (`end` is at most the text's length). */
function classWithin(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const unit = text.charCodeAt(i);
  if (unit < LOW_UNITS) return UNIT_CLASSES[unit]!;
  return i + widthAt(text, i) <= end ? classAt(text, i) : 0;
}

/** A capital and a period, both before `end`: an initial. */
function isInitialWithin(text: string, i: number, end: number): boolean {
  if (!(classWithin(text, i, end) & UPPER)) return false;
  const dot = i + widthAt(text, i);
  return dot < end && text.charCodeAt(dot) === PERIOD;
}

/**
 * Whether a word occurs in the document, and whether in lower case: looked up
 * in chains of word indices, keyed by the words' hashes (`Words.hash`: first
 * two and last UTF-16 units and length). Made of a few units of each word
 * rather than as a Set, which hashes every word whole, while a document asks about few.
 * The chains are made at the first question: most German documents ask none.
 */
export class DocumentWordSet {
  /** One more than the last word of each key's chain, 0 for none (a new array is all 0); empty until asked. */
  private heads: Int32Array = NO_CHAINS;
  /** One more than the word before each word in its chain, 0 for none. */
  private next: Int32Array = NO_CHAINS;
  /** A key is a word's hash masked by this. */
  private mask = 0;
  private readonly words: readonly string[];
  /**
   * Each word's `wordHash`, by its index (scanWords'): the passes over every word (the lexicon's, the surnames')
   * read their tests' keys from it rather than read each word's units again.
   */
  readonly hashes: Int32Array;

  constructor(documentWords: Words) {
    this.words = documentWords.text;
    this.hashes = documentWords.hash;
  }

  /** Makes the chains. */
  private chain(): void {
    const { words, hashes } = this;
    // At least twice as many keys as words, a power of two: mostly chains of one word or none.
    let size = 256;
    while (size < words.length * 2) size *= 2;
    const mask = size - 1;
    const heads = new Int32Array(size);
    const next = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const key = hashes[k]! & mask;
      next[k] = heads[key]!;
      heads[key] = k + 1;
    }
    this.heads = heads;
    this.next = next;
    this.mask = mask;
  }

  has(word: string): boolean {
    if (word.length === 0) return false;
    if (this.heads === NO_CHAINS) this.chain();
    for (let k = this.heads[wordHash(word) & this.mask]!; k > 0; k = this.next[k - 1]!) if (this.words[k - 1] === word) return true;
    return false;
  }

  /** Whether the document writes the word and it begins with a lower-case letter ("shares" for "Shares …" opening a sentence). */
  hasLowerCase(word: string): boolean {
    if (word.length === 0) return false;
    const unit = word.charCodeAt(0);
    return ((unit < LOW_UNITS ? UNIT_CLASSES[unit]! : classAt(word, 0)) & LOWER) !== 0 && this.has(word);
  }
}

/** DocumentWordSet's chains before they are made: one empty array, shared, never written. */
const NO_CHAINS = new Int32Array(0);

export { wordHash, wordHashOf };

/** Every word of the text. */
export function wordsOf(doc: DocumentContext): DocumentWordSet {
  return new DocumentWordSet(documentWords(doc));
}
