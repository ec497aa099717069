/**
 * Unicode character classes by code point, for scanners that walk the text
 * one character at a time instead of running a regular expression per word:
 * tables for the first 2048 code points (Latin, Greek, Cyrillic, Hebrew,
 * Arabic) and for general punctuation and currency signs („ “ – € …), a
 * regular-expression test for the rest.
 */

/** A letter, number or mark: a character inside a word (`[\p{L}\p{N}\p{M}]`). */
export const WORD_CHAR = 1;
/** A letter or number (`[\p{L}\p{N}]`): what a word token begins with. */
export const LETTER_OR_NUMBER = 2;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 4;
/** White space (`\s`). */
export const SPACE = 8;
/** A number (`\p{N}`). */
export const NUMBER = 16;
/** A lower-case letter (`\p{Ll}`). */
export const LOWER = 32;
/** A letter (`\p{L}`). */
export const LETTER = 64;
/** A character that lower-casing changes ("A", "Ⅷ", "İ"): a word without one is its own lower case. */
export const CASED = 128;

/*
 * One property per pattern, the unions made of their answers: V8 takes ~1 ms
 * to merge the ranges of a class union like [\p{L}\p{N}\p{M}] when it
 * compiles one, and every process and batch worker builds these tables.
 */
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_SPACE = /^\s$/u;

function classify(ch: string): number {
  const letterOrNumber = (IS_LETTER.test(ch) ? LETTER | LETTER_OR_NUMBER | WORD_CHAR : 0) | (IS_NUMBER.test(ch) ? NUMBER | LETTER_OR_NUMBER | WORD_CHAR : 0);
  return letterOrNumber | (IS_MARK.test(ch) ? WORD_CHAR : 0)
    | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_SPACE.test(ch) ? SPACE : 0)
    | (IS_LOWER.test(ch) ? LOWER : 0) | (ch.toLowerCase() !== ch ? CASED : 0);
}

const TABLE_SIZE = 0x800;
const TABLE = Uint8Array.from({ length: TABLE_SIZE }, (_, cp) => classify(String.fromCharCode(cp)));
/**
 * The classes of the UTF-16 units below its length (each one a whole code
 * point, as `classAt` gives them), for a scanner's innermost loop to read
 * without a call per character. Read only.
 */
export const LOW_UNIT_CLASSES: Readonly<Uint8Array> = TABLE;
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION_TO = 0x20d0;
const PUNCTUATION_TABLE = Uint8Array.from({ length: PUNCTUATION_TO - PUNCTUATION_FROM }, (_, k) => classify(String.fromCharCode(PUNCTUATION_FROM + k)));

/** In UNIT_CLASSES: a unit whose class the table does not hold (ask classAt). No character has every class. */
export const UNKNOWN_CLASS = 0xff;
/**
 * The classes of the UTF-16 units below its length (up to the end of the
 * general punctuation and currency signs): UNKNOWN_CLASS from 0x800 to 0x1FFF.
 * For a scanner's innermost loop: a call to classAt only for rare characters,
 * so its call site is rarely reached before V8 optimizes the loop. Read only.
 */
export const UNIT_CLASSES: Readonly<Uint8Array> = (() => {
  const all = new Uint8Array(PUNCTUATION_TO).fill(UNKNOWN_CLASS);
  all.set(TABLE, 0);
  all.set(PUNCTUATION_TABLE, PUNCTUATION_FROM);
  return all;
})();

/** The classes of the code point starting at `i` (a lone surrogate and the end of the text have none). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const unit = text.charCodeAt(i);
  if (unit < TABLE_SIZE) return TABLE[unit]!;
  if (unit >= PUNCTUATION_FROM && unit < PUNCTUATION_TO) return PUNCTUATION_TABLE[unit - PUNCTUATION_FROM]!;
  return classify(String.fromCodePoint(text.codePointAt(i)!));
}

/** The classes of the one UTF-16 unit at `i`, as a pattern without the `u` flag sees it: a surrogate half has none. */
export function classOfUnit(text: string, i: number): number {
  if (i >= text.length || i < 0) return 0;
  const unit = text.charCodeAt(i);
  if (unit < TABLE_SIZE) return TABLE[unit]!;
  if (unit >= PUNCTUATION_FROM && unit < PUNCTUATION_TO) return PUNCTUATION_TABLE[unit - PUNCTUATION_FROM]!;
  if (unit >= 0xd800 && unit <= 0xdfff) return 0;
  return classify(text[i]!);
}

/** The classes of the code point ending right before `i` (none at the start of the text). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  return classAt(text, i - widthBefore(text, i));
}

/** How many UTF-16 units the code point ending right before `i` takes: 2 for a surrogate pair. */
export function widthBefore(text: string, i: number): number {
  const unit = text.charCodeAt(i - 1);
  if (unit < 0xdc00 || unit > 0xdfff || i < 2) return 1;
  const prev = text.charCodeAt(i - 2);
  return prev >= 0xd800 && prev <= 0xdbff ? 2 : 1;
}

/** How many UTF-16 units the code point at `i` takes: 2 for a surrogate pair. */
export function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** `[\p{L}\p{M}]` by class: a word character that is no number. */
export const isLetterOrMark = (cls: number): boolean => (cls & WORD_CHAR) !== 0 && (cls & NUMBER) === 0;

/**
 * The lower case of each ASCII and Latin-1 UTF-16 unit, which is one unit
 * too: A-Z and À-Þ but × add 0x20, the others are their own. Read only.
 */
export const LATIN1_LOWER: Readonly<Uint8Array> = Uint8Array.from({ length: 0x100 },
  (_, unit) => ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7) ? unit + 0x20 : unit));

/**
 * The lower case of an ASCII or Latin-1 UTF-16 unit (see LATIN1_LOWER); a
 * unit above 0xFF is given back as it is. A table, not comparisons: V8 drops
 * optimized code at the first compare it has not seen run (the first "Ä"
 * after a run of ASCII).
 */
export function lowerLatin1(unit: number): number {
  return unit <= 0xff ? LATIN1_LOWER[unit]! : unit;
}

/** The word a text begins with: its leading letters, marks and numbers (`^[\p{L}\p{M}\p{N}]+`), read by class; empty if none. */
export function leadingWord(text: string): string {
  let end = 0;
  while (end < text.length && classAt(text, end) & WORD_CHAR) end += widthAt(text, end);
  return text.slice(0, end);
}
