/**
 * The words of a document (runs of letters, marks and digits), found in one
 * pass and shared by every stage that looks words up (lexicon names,
 * surnames, abbreviations, words seen in lower case).
 */
import type { DocumentContext } from './model.js';
import { CASED, LATIN1_LOWER, LETTER, LOWER, NUMBER, SPACE, UNIT_CLASSES, UNKNOWN_CLASS, UPPER, WORD_CHAR, classAt, classBefore, widthAt, widthBefore } from './chars.js';

export interface Words {
  /** Each word as written, in text order. */
  readonly text: readonly string[];
  /** Where each word starts; it ends at start + text.length. */
  readonly start: readonly number[];
  /**
   * Each word lower-cased (String.prototype.toLowerCase of the word alone),
   * made once here for every stage that looks words up in lower case; the
   * word's own string where lower-casing changes none of its characters
   * (most words), so `lower[k] !== text[k]` tells a word with a capital. Not
   * always as long as the word ("İ" lowers to two units).
   */
  readonly lower: readonly string[];
  /** Each word's `wordHash`, read while the word was scanned: what the word look-ups of the stages key on. */
  readonly hash: Int32Array;
}

/** The document's words, made once with it and shared, so callers must not change them. */
export function documentWords(doc: DocumentContext): Words {
  return doc.words;
}

/** The matches of `/[\p{L}\p{M}\p{N}]+/gu`, one character at a time. */
export function scanWords(text: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const lower: string[] = [];
  // At most one word in two characters: the hashes go straight into a typed array of that bound, cut to size at the end.
  const hashes = new Int32Array((lengthOf(text) >>> 1) + 1);
  // The last capitalized word lower-cased under each slot of its hash (one more than its index, 0 for none): a word
  // written again ("Die", a name) takes that lower case instead of lower-casing its two-byte string anew.
  const lowered = new Int32Array(LOWERED_SLOTS);
  // Read by a call: optimized code that reads a string's length itself checks the string's map, and a German
  // text of Latin-1 characters only (one byte a character, where most are two) made scanWords' optimized code
  // deoptimize, after which V8 ran its loop unoptimized for the rest of the process (~100 M instructions a pass).
  const n = lengthOf(text);
  // A unit's class read from the table, no call per character; classAt only for units the table does not hold.
  const table = UNIT_CLASSES;
  const tableEnd = table.length;
  let i = 0;
  while (i < n) {
    let unit = text.charCodeAt(i);
    let cls = unit < tableEnd ? table[unit]! : UNKNOWN_CLASS;
    if (cls === UNKNOWN_CLASS) cls = classAt(text, i);
    if (!(cls & WORD_CHAR)) { i += unit < 0xd800 || unit > 0xdbff ? 1 : widthAt(text, i); continue; }
    const start = i;
    const firstUnit = unit;
    // Whether lower-casing changes a character of the word: most words (lower-case ones, numbers) are their own lower case.
    // `restCased` for the characters after the first: a capitalized word whose rest is lower case is lowered by its first.
    const firstClass = cls;
    let restCased = 0;
    for (;;) {
      // Only a high surrogate can start a pair: widthAt is called for astral characters alone.
      i += unit < 0xd800 || unit > 0xdbff ? 1 : widthAt(text, i);
      if (i >= n) break;
      unit = text.charCodeAt(i);
      cls = unit < tableEnd ? table[unit]! : UNKNOWN_CLASS;
      if (cls === UNKNOWN_CLASS) cls = classAt(text, i);
      if (!(cls & WORD_CHAR)) break;
      restCased |= cls;
    }
    const cased = firstClass | restCased;
    const word = text.slice(start, i);
    const length = i - start;
    // wordHashOf, written out: a call per word is a real one without inlining.
    const hash = ((text.charCodeAt(start) * 31 + (length > 1 ? text.charCodeAt(start + 1) : 0)) * 31 + text.charCodeAt(i - 1)) * 31 + length;
    // Stored by index, not pushed: optimized code called Array.prototype.push's builtin for each.
    const k = words.length;
    words[k] = word;
    starts[k] = start;
    hashes[k] = hash;
    // A word lower-cased alone: lower-casing the whole text once and slicing each capitalized word's lower case
    // from it was no faster (measured), and a final sigma lowers by its neighbours.
    if (!(cased & CASED)) lower[k] = word;
    else {
      const slot = hash & (LOWERED_SLOTS - 1);
      const seen = lowered[slot]! - 1;
      if (seen >= 0 && words[seen] === word) lower[k] = lower[seen]!;
      else {
        // A capitalized word ("Regierung", "Ärger") whose first unit is Latin-1 (one unit, lowered by the table) and
        // whose rest has nothing to lower: its first letter lowered and the rest as it is, equal to toLowerCase (no
        // final sigma nor İ can stand in a rest with nothing cased) without a call into ICU. Short words only: a
        // concatenation of SHORT_CONCAT units or more is a cons string, which every later read would flatten.
        lower[k] = length < SHORT_CONCAT && !(restCased & CASED) && firstUnit <= 0xff
          ? String.fromCharCode(LATIN1_LOWER[firstUnit]!) + word.slice(1)
          : word.toLowerCase();
        lowered[slot] = k + 1;
      }
    }
    // The character at i ends the word: no word character, stepped over without reading it again.
    if (i < n) i += unit < 0xd800 || unit > 0xdbff ? 1 : widthAt(text, i);
  }
  return { text: words, start: starts, lower, hash: hashes.slice(0, words.length) };
}

/** A string's length (see scanWords). */
function lengthOf(text: string): number {
  return text.length;
}

/** V8's least length of a cons string: shorter concatenations are made flat. */
const SHORT_CONCAT = 13;

/** The slots of scanWords' table of lower-cased words, a power of two. */
const LOWERED_SLOTS = 1024;

/**
 * The hash of a word that is not empty, from its first, second (0 for none) and last UTF-16
 * units and its length: `wordHashOf` of them, below 2^31. Made of a few units, not of the
 * whole word (a Set hashes every word whole, while a document asks about few).
 * Plain products, not Math.imul: optimized code multiplied with Math.imul three times slower, measured.
 */
export function wordHash(word: string): number {
  const last = word.length - 1;
  return wordHashOf(word.charCodeAt(0), last > 0 ? word.charCodeAt(1) : 0, word.charCodeAt(last), word.length);
}

/** wordHash of a word with these first, second (0 for none) and last units and this length. */
export function wordHashOf(first: number, second: number, last: number, length: number): number {
  return ((first * 31 + second) * 31 + last) * 31 + length;
}

/**
 * The capitalized words written one space before a word ("Bernhard" of
 * "Bernhard Felderer"), in text order: group 1 of the matches of
 * `(\p{Lu}[\p{Ll}-]+) Word(?![\p{L}\p{N}])`, found by looking the word up
 * instead of compiling a pattern for it.
 */
export function* capitalizedWordsBefore(text: string, word: string): Generator<string> {
  const after = ` ${word}`;
  // Matches do not overlap: a word that is part of the last match starts no new one.
  let matchedTo = 0;
  for (let space = text.indexOf(after); space >= 0; space = text.indexOf(after, space + 1)) {
    const end = space + after.length;
    if (classAt(text, end) & (LETTER | NUMBER)) continue;
    let wordStart = space;
    while (wordStart > 0 && (text[wordStart - 1] === '-' || classBefore(text, wordStart) & LOWER)) wordStart -= widthBefore(text, wordStart);
    if (wordStart === space || !(classBefore(text, wordStart) & UPPER)) continue;
    const start = wordStart - widthBefore(text, wordStart);
    if (start < matchedTo) continue;
    matchedTo = end;
    yield text.slice(start, space);
  }
}

/**
 * The first place the text writes one or two capitalized words before `name`
 * ("Jane Doe", "Mr Jane Doe" for "Doe"): where the first match of
 * `(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}Name(?![\p{L}])` (flag u) would be, found
 * by looking the name up instead of compiling a pattern for it. As with the
 * pattern, a word may begin at its first capital ("McDonald", "aBc" → "Bc").
 */
export function firstCapitalizedNameEnding(text: string, name: string): { start: number; end: number } | null {
  if (name === '') return null;
  let best: { start: number; end: number; words: number } | null = null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (classAt(text, end) & LETTER) continue;
    const last = capitalizedWordBefore(text, at);
    if (!last) continue;
    // The pattern takes two words where it can, and the match that starts first.
    const first = last.start === last.upper ? capitalizedWordBefore(text, last.start) : null;
    const found = first ? { start: first.upper, end, words: 2 } : { start: last.upper, end, words: 1 };
    if (!best || found.start < best.start || (found.start === best.start && found.words > best.words)) best = found;
  }
  return best && { start: best.start, end: best.end };
}

const inNameWord = (text: string, i: number): boolean => {
  const ch = text[i - 1];
  return ch === "'" || ch === '’' || ch === '.' || ch === '-' || (classBefore(text, i) & LETTER) !== 0;
};

/** `[\p{L}'’.-]*` then white space, ending at `end`: where the run starts and its first capital (none: null). */
function capitalizedWordBefore(text: string, end: number): { start: number; upper: number } | null {
  let spaces = end;
  while (spaces > 0 && classBefore(text, spaces) & SPACE) spaces -= widthBefore(text, spaces);
  if (spaces === end) return null;
  let start = spaces;
  let upper = -1;
  while (start > 0 && inNameWord(text, start)) {
    start -= widthBefore(text, start);
    if (classAt(text, start) & UPPER) upper = start;
  }
  return upper < 0 ? null : { start, upper };
}
