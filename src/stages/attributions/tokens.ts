/**
 * Word and punctuation tokens of one sentence, with absolute offsets: the unit
 * attribution rules walk over (one linear regex pass per sentence).
 */
import type { Sentence } from '../../core/model.js';
import { CASED, LETTER_OR_NUMBER, LOW_UNIT_CLASSES, NUMBER, SPACE, UPPER, WORD_CHAR, classAt, classBefore, widthAt } from '../../core/chars.js';
import { type Words, scanWords } from '../../core/words.js';

export interface Token {
  text: string;
  /** Lower-cased text, for word-list look-ups. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits); otherwise a single punctuation character. */
  isWord: boolean;
  /** A word starting with an upper-case letter. */
  isCapitalized: boolean;
  /** A lower-case word inside a name the entity stage found: "dpa", "taz", "n-tv" (set by markNames; false from the start, so every token keeps one shape). */
  isName: boolean;
  /**
   * A word of runs of letters and digits joined by ' ’ . - (or by , : between digits): "KI-Modelle",
   * "bildblog.de". Only such a word holds one of those characters, so no other is searched for them.
   */
  joined: boolean;
}

/**
 * A word: letters/digits, joined inside by apostrophes, hyphens, dots, and
 * commas or colons between digits ("Huawei's", "KI-Modelle", "100.000", "1,5",
 * "10:05"); otherwise one character that is neither a word character nor white
 * space. One pass over the characters (the same tokens as
 * `/[\p{L}\p{N}\p{M}]+(?:(?:['’.-]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu`).
 */
export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const text = sentence.text;
  const n = text.length;
  // The classes of most characters are read from the table in place, with no call per character (V8 may not
  // inline one); a unit the table holds is a whole code point, one unit wide.
  const table = LOW_UNIT_CLASSES;
  let i = 0;
  while (i < n) {
    const from = i;
    const unit = text.charCodeAt(i);
    let first: number;
    if (unit < table.length) { first = table[unit]!; i++; } else { const rare = rareClassAndWidth(text, i); first = rare & 0xff; i += rare >> 8; }
    if (first & SPACE) continue;
    let cased = first & CASED;
    let joined = false;
    if (first & WORD_CHAR) {
      let lastClass = first;
      for (;;) {
        while (i < n) {
          const next = text.charCodeAt(i);
          const rare = next < table.length ? 0 : rareClassAndWidth(text, i);
          const cls = next < table.length ? table[next]! : rare & 0xff;
          if (!(cls & WORD_CHAR)) break;
          lastClass = cls;
          cased |= cls;
          i += next < table.length ? 1 : rare >> 8;
        }
        if (i >= n) break;
        const joiner = text.charCodeAt(i);
        const joins = isJoiner(joiner) || ((joiner === COMMA || joiner === COLON) && (lastClass & NUMBER) !== 0 && (classAt(text, i + 1) & NUMBER) !== 0);
        if (!joins || !(classAt(text, i + 1) & WORD_CHAR)) break;
        joined = true;
        i += 1;
      }
    }
    const word = text.slice(from, i);
    const start = sentence.start + from;
    const isWord = (first & LETTER_OR_NUMBER) !== 0;
    // Lower-casing changes a string only where it changes one of its characters (the joiners never change).
    tokens[tokens.length] = { text: word, lower: cased & CASED ? word.toLowerCase() : word, start, end: start + word.length, isWord, isCapitalized: isWord && (first & UPPER) !== 0, isName: false, joined };
  }
  return tokens;
}

/**
 * The tokens of `tokenize`, made from the document's words (`scanWords`)
 * instead of reading every character again: a token that is one word reuses
 * its string; only the characters between words are read (punctuation,
 * joiners). `first` is the index of the first word at or after the
 * sentence's start. A word running across the sentence's bounds (never, as
 * sentences end at punctuation or space) falls back to `tokenize`.
 */
export function tokenizeWords(sentence: Sentence, text: string, words: Words, first: number): Token[] {
  // Tokens are stored at the end (`tokens[tokens.length] = …`), not pushed: optimized code here called the push
  // builtin for each token (measured: a tokenizing pass of the German corpus 69 → 58 M instructions).
  const tokens: Token[] = [];
  const table = LOW_UNIT_CLASSES;
  const wordText = words.text;
  const wordStart = words.start;
  const wordLower = words.lower;
  const count = wordText.length;
  const end = sentence.end;
  let w = first;
  let i = sentence.start;
  if (w > 0 && wordStart[w - 1]! + wordText[w - 1]!.length > i) return tokenize(sentence);
  for (;;) {
    const next = w < count ? wordStart[w]! : end;
    const gapEnd = next < end ? next : end;
    // Between words: white space, or punctuation, one code point a token.
    while (i < gapEnd) {
      const unit = text.charCodeAt(i);
      let cls: number;
      let width = 1;
      if (unit < table.length) cls = table[unit]!;
      else {
        const rare = rareClassAndWidth(text, i);
        cls = rare & 0xff;
        width = rare >> 8;
        // A pair of surrogates cut by the sentence's end: its half, as the sentence's own text has it.
        if (i + width > end) return tokenize(sentence);
      }
      if (!(cls & SPACE)) {
        const mark = (width === 1 && unit < MARKS.length && MARKS[unit]) || text.slice(i, i + width);
        tokens[tokens.length] = { text: mark, lower: cls & CASED ? mark.toLowerCase() : mark, start: i, end: i + width, isWord: false, isCapitalized: false, isName: false, joined: false };
      }
      i += width;
    }
    if (next >= end) break;
    let last = w;
    let to = next + wordText[w]!.length;
    // Words joined by an apostrophe, hyphen or dot, or by a comma or colon between digits ("KI-Modelle", "1,5").
    while (to + 1 < end && last + 1 < count && wordStart[last + 1] === to + 1) {
      const joiner = text.charCodeAt(to);
      if (!isJoiner(joiner) && !((joiner === COMMA || joiner === COLON) && (classBefore(text, to) & NUMBER) !== 0 && (classAt(text, to + 1) & NUMBER) !== 0)) break;
      last++;
      to = wordStart[last]! + wordText[last]!.length;
    }
    if (to > end) return tokenize(sentence);
    const unit = text.charCodeAt(next);
    const cls = unit < table.length ? table[unit]! : rareClassAndWidth(text, next) & 0xff;
    const isWord = (cls & LETTER_OR_NUMBER) !== 0;
    let word: string;
    let lower: string;
    if (last === w) {
      // One word: its string and lower case as scanWords made them.
      word = wordText[w]!;
      lower = wordLower[w]!;
    } else {
      // Joined words lower-cased whole, where one of them has a capital (the joiners have none): not joined
      // from the parts' lower cases, as a final sigma lower-cases by what follows it ("ΑΣ.Β").
      word = text.slice(next, to);
      let cased = false;
      for (let k = w; k <= last && !cased; k++) cased = wordLower[k] !== wordText[k];
      lower = cased ? word.toLowerCase() : word;
    }
    tokens[tokens.length] = { text: word, lower, start: next, end: to, isWord, isCapitalized: isWord && (cls & UPPER) !== 0, isName: false, joined: last !== w };
    i = to;
    w = last + 1;
  }
  return tokens;
}

/** The index of the first of the words that starts at or after `at` (their count when none does). */
export function firstWordAt(words: Words, at: number): number {
  const starts = words.start;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** General punctuation and currency signs („ “ – … €), as `classAt` gives them: read in place by `tokenize`. */
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION_CLASSES = Uint8Array.from({ length: 0xd0 }, (_, k) => classAt(String.fromCharCode(PUNCTUATION_FROM + k), 0));

/**
 * The string of each punctuation mark of the tables above ('' for other units), made once: a mark token takes it
 * instead of a string sliced anew. A string's hash is computed at its first look-up in a word list and kept with
 * it; marks past Latin-1 („ “ – …) were new strings at every token, each hashed again.
 */
const MARKS: readonly string[] = (() => {
  // Filled, then set at the marks alone: a callback for each of the 8,400 units cost 10-20 M instructions at start-up.
  const marks = new Array<string>(PUNCTUATION_FROM + PUNCTUATION_CLASSES.length).fill('');
  const put = (unit: number, cls: number): void => {
    if (!(cls & (WORD_CHAR | SPACE | CASED))) marks[unit] = String.fromCharCode(unit);
  };
  for (let unit = 0; unit < LOW_UNIT_CLASSES.length; unit++) put(unit, LOW_UNIT_CLASSES[unit]!);
  for (let k = 0; k < PUNCTUATION_CLASSES.length; k++) put(PUNCTUATION_FROM + k, PUNCTUATION_CLASSES[k]!);
  return marks;
})();

/**
 * The classes of a character past the low table, with its width in UTF-16
 * units shifted left by 8: rare, so one call site in each of tokenize's
 * loops (a call site an optimized function reaches first costs a deoptimization).
 */
function rareClassAndWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit - PUNCTUATION_FROM >>> 0 < PUNCTUATION_CLASSES.length) return PUNCTUATION_CLASSES[unit - PUNCTUATION_FROM]! | 0x100;
  return classAt(text, i) | (widthAt(text, i) << 8);
}

/** A name after a lower-case particle: "el-Baradei", "al-Rashid", "d'Italia". */
const PARTICLE_NAME = /^\p{Ll}{1,3}['’-]\p{Lu}/u;
/** A web address used as a name: "bildblog.de", "heise.de", "golem.de". */
const WEB_ADDRESS = /^(?:\p{L}|\p{N}|-){3,}(?:\.(?:\p{L}|\p{N}|-)+)*\.(?:de|at|ch|com|org|net|eu|info|fr|it|nl|uk|io|tv)$/u;

/** A web address written as a name ("laut bildblog.de"); the pattern is tried only on a joined word with a dot. */
export const isWebAddress = (t: Token): boolean => t.isWord && t.joined && t.lower.includes('.') && WEB_ADDRESS.test(t.lower);

/** The pattern of a name after a particle, tried only on a word with one of its joiners (rare: most words are asked). */
const isParticleName = (text: string): boolean => (text.includes('-') || text.includes("'") || text.includes('’')) && PARTICLE_NAME.test(text);

/**
 * A name written without a capital: after a particle ("el-Baradei") or a web address ("bildblog.de"), both joined
 * words. Most words are asked, so their strings are searched only where joined: a method read on the strings of
 * tokens (sliced, two-byte, internalized: more shapes than V8 keeps apart) is a megamorphic look-up each time.
 */
export const isLowerCaseName = (t: Token): boolean => t.isWord && !t.isCapitalized && (t.isName === true || (t.joined && (isParticleName(t.text) || isWebAddress(t))));

/** Marks the lower-case words inside named mentions ("laut dpa", "berichtet die taz") as names; both lists in text order. */
export function markNames(tokens: Token[], mentions: readonly { start: number; end: number }[]): void {
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < m.end; j++) {
      const t = tokens[j]!;
      if (t.isWord && !t.isCapitalized && t.start >= m.start && t.end <= m.end) t.isName = true;
    }
  }
}

/**
 * String.prototype.charCodeAt, called on a string with `call`: `s.charCodeAt` read on the strings of tokens
 * (sliced, two-byte, internalized: more shapes than V8 keeps apart) is a megamorphic look-up at each call.
 */
const charCodeAt = String.prototype.charCodeAt;

/** Whether a string begins with an ASCII digit (`/^\d/`): a test of one unit, not a pattern run (asked of many tokens). */
export function startsWithDigit(s: string): boolean {
  const unit = charCodeAt.call(s, 0);
  return unit >= 0x30 && unit <= 0x39;
}

/** Whether a string is ASCII digits only, at least one (`/^\d+$/`), read without a pattern run. */
export function isDigits(s: string): boolean {
  // Read to the first unit that is no digit: past the end a unit reads as NaN (the string's length is not read).
  for (let k = 0; ; k++) {
    const unit = charCodeAt.call(s, k);
    if (unit >= 0x30 && unit <= 0x39) continue;
    return k > 0 && Number.isNaN(unit);
  }
}

/** Characters that join two runs of word characters into one word: ' ’ . - */
const isJoiner = (unit: number): boolean => unit === 0x27 || unit === 0x2019 || unit === 0x2e || unit === 0x2d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** The text between two tokens (inclusive), exactly as in the document. */
export function spanOf(text: string, tokens: readonly Token[], from: number, to: number): { text: string; start: number; end: number } {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { text: text.slice(start, end), start, end };
}

/**
 * A few words with characters past the low table („…“, a CJK word), read
 * when the module loads: tokenize's calls for such characters then have type
 * feedback before it is optimized. Otherwise a batch whose first texts have
 * none (English) gets a tokenize that is thrown away at the first German
 * quotation mark and optimized again (2 of its 3 compiles in a corpus run).
 */
const FEEDBACK_WARM_UP: Sentence = { index: 0, start: 0, end: 12, text: '„Wort“ 語彙 x', paragraph: 0, isTitle: false };
/** The same for `tokenizeWords`, with words joined by a hyphen and a comma between digits. */
const WORDS_WARM_UP: Sentence = { index: 0, start: 0, end: 23, text: '„Wort“ 語彙 x KI-Wort 1,5', paragraph: 0, isTitle: false };
const WARM_UP_WORDS = scanWords(WORDS_WARM_UP.text);
for (let n = 0; n < 10; n++) {
  tokenize(FEEDBACK_WARM_UP);
  tokenizeWords(WORDS_WARM_UP, WORDS_WARM_UP.text, WARM_UP_WORDS, 0);
}
