/**
 * Reading one amount around a number: finding its span is separate from
 * resolving its value. Each step is a small parser with one job; they run in
 * the order a phrase is written: [qualifier] [sign] [currency] number
 * [fraction] [scale…] [currency | percent | unit noun].
 */
import type { Qualifier } from '../../types.js';
import type { CurrencySpec } from './config.js';
import type { Grammar, PhraseAhead, WordTail } from './grammar.js';
import { GAP_DOT_SPACES, GAP_NONE, GAP_SPACE, GAP_SPACES_AND_HYPHENS, GAP_SPACES_OR_HYPHEN, PAIR_ROW, keyOf } from './grammar.js';
import { parseDigits, parseFraction, scaleValue } from './numerals.js';
import { LATIN1_LOWER, LOWER, NUMBER, SPACE, UNIT_CLASSES, UNKNOWN_CLASS, UPPER, WORD_CHAR, classAt, classBefore, classOfUnit, isLetterOrMark, widthBefore } from '../../core/chars.js';

/** A span the reader must not look into: an entity mention ("Ascend 910B", "G20"). */
export interface Blocked {
  start: number;
  end: number;
  person: boolean;
}

/** What the reader found, before ranges and context are settled. */
export interface Reading {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  /** The number as written, before scale and sign. */
  base: number;
  /** Product of the scale words read ("2 Mrd." → 1e9); 1 when none. */
  scale: number;
  currency: CurrencySpec | null;
  /** `percent` for "%"/"Prozent"/"Prozentpunkte"; `noun` for a counted noun; `none` for a bare number. */
  unitKind: 'percent' | 'noun' | 'none';
  unit: string | null;
  qualifier: Qualifier | null;
  negative: boolean;
  /** A number word with nothing to count ("drei" alone): kept only as the first end of a range. */
  weak: boolean;
  /** How the unit or currency was found, for the rule id. */
  how: 'symbol' | 'word' | 'percent' | 'noun' | 'compound' | 'bare';
}

/** Letters glued to the digits that make a name or an ordinal, not an amount ("910B", "20th", "1990s"). */
const GLUED_WORD = /^(?:\p{L}|\p{M})/u;
/** One character that is a letter or a number. */
const LETTER_OR_NUMBER_UNIT = /(?:\p{L}|\p{N})/u;
const SIGNS = new Set(['-', '−', '–']);
const LEFT_WINDOW = 32;
/** Nothing in the news is counted beyond this; larger readings are typos or digit runs. */
const MAX_VALUE = 1e16;

export interface Context {
  text: string;
  /** Bounds of the sentence being read. */
  start: number;
  end: number;
  grammar: Grammar;
  blocked: readonly Blocked[];
  /** The reading just before this one in the sentence, for ranges and signs. */
  previous: Reading | null;
  /** Where the word starts `starts` (see wordStartsBefore) were last read for: -1 before any. */
  startsAt: number;
  starts: number;
  /** Where `lastWord` and `gapStart` were last read for: -1 before any. */
  gapAt: number;
  /** The last word before `gapAt` (see lastWordBefore) and where the non-word characters after it begin. */
  lastWord: string | null;
  gapStart: number;
}

function stickyAt(re: RegExp, text: string, at: number, limit: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m.index + m[0].length <= limit ? m : null;
}

/** The match of a PhraseAhead at `at` that ends by `limit`; the pattern is run only where its gate lets a phrase begin. */
function aheadAt(ahead: PhraseAhead, text: string, at: number, limit: number): RegExpExecArray | null {
  return mayBeAhead(ahead, text, at) ? stickyAt(ahead.re, text, at, limit) : null;
}

/**
 * Whether a phrase of `ahead` may begin after its gap at `at`, by the first
 * two units there (see PhraseAhead.pairs): the gap stepped over as its
 * pattern reads it; a phrase never begins with a character of the gap.
 */
export function mayBeAhead(ahead: PhraseAhead, text: string, at: number): boolean {
  const pairs = ahead.pairs;
  if (pairs === null) return true;
  const n = text.length;
  let k = at;
  const gap = ahead.gap;
  if (gap === GAP_SPACES_OR_HYPHEN && k < n && text.charCodeAt(k) === HYPHEN) k++;
  else if (gap !== GAP_NONE) {
    if (gap === GAP_DOT_SPACES && k < n && text.charCodeAt(k) === 0x2e) k++;
    const hyphens = gap === GAP_SPACES_AND_HYPHENS;
    for (; k < n; k++) {
      const unit = text.charCodeAt(k);
      const cls = unit < UNIT_CLASSES.length ? UNIT_CLASSES[unit]! : UNKNOWN_CLASS;
      if (!((cls === UNKNOWN_CLASS ? classOfUnit(text, k) : cls) & SPACE) && !(hyphens && unit === HYPHEN)) break;
    }
    if (gap === GAP_SPACE && k === at) return false;
  }
  if (k >= n) return false;
  const first = text.charCodeAt(k);
  if (first > 0xff) return true;
  // pairBit, written out; a second unit beyond Latin-1 or the text reads the same table (column 0x100), not another one.
  const second = k + 1 < n ? text.charCodeAt(k + 1) : 0x100;
  const bit = LATIN1_LOWER[first]! * PAIR_ROW + (second <= 0xff ? LATIN1_LOWER[second]! : 0x100);
  return (pairs[bit >> 3]! & (1 << (bit & 7))) !== 0;
}

/**
 * The match of `tail` ending at `at`, within LEFT_WINDOW characters after
 * `from`: the first position, left to right, that begins a word (as
 * `WORD_START` sees it in that window) and from which the tail runs to `at`.
 */
export function tailBefore(tail: WordTail, text: string, at: number, from: number): RegExpExecArray | null {
  const windowStart = Math.max(from, at - LEFT_WINDOW);
  if (!mayEndTail(tail, text, at, windowStart)) return null;
  const gap = gapBefore(text, at, windowStart);
  if (!mayEndInWord(tail, text, at, gap, lastWordBefore(text, gap, windowStart))) return null;
  return tailAtWordStarts(tail, text, at, windowStart, wordStartsBefore(text, at, windowStart));
}

/** tailBefore in a reading: the word starts before `at` are read once for the tails tried there. */
function tailBeforeIn(ctx: Context, tail: WordTail, at: number): RegExpExecArray | null {
  const windowStart = Math.max(ctx.start, at - LEFT_WINDOW);
  if (!mayEndTail(tail, ctx.text, at, windowStart)) return null;
  if (ctx.gapAt !== at) {
    ctx.gapStart = gapBefore(ctx.text, at, windowStart);
    ctx.lastWord = lastWordBefore(ctx.text, ctx.gapStart, windowStart);
    ctx.gapAt = at;
  }
  if (!mayEndInWord(tail, ctx.text, at, ctx.gapStart, ctx.lastWord)) return null;
  if (ctx.startsAt !== at) {
    ctx.starts = wordStartsBefore(ctx.text, at, windowStart);
    ctx.startsAt = at;
  }
  return tailAtWordStarts(tail, ctx.text, at, windowStart, ctx.starts);
}

/**
 * Whether a tail can end at `at` by the word before it: a match ends in the
 * last word of one of its phrases, then non-word characters, or lies in
 * those characters (a phrase with no word, "$"). Most positions follow a
 * word that ends no phrase of the tail, and are not tried word start by word
 * start. `lastWord` null: not known (let the pattern decide).
 */
function mayEndInWord(tail: WordTail, text: string, at: number, gapStart: number, lastWord: string | null): boolean {
  if (tail.lastWords === null || lastWord === null || tail.lastWords.has(lastWord)) return true;
  const ends = tail.wordlessEnds;
  if (ends.length === 0) return false;
  for (let i = gapStart; i < at; i++) if (ends.includes(text[i]!)) return true;
  return false;
}

/**
 * Where the run of non-word characters (as the window `windowStart`..`at`
 * alone sees them) that ends at `at` begins; -1 when a unit is not known
 * by table (let the pattern decide).
 */
function gapBefore(text: string, at: number, windowStart: number): number {
  const classes = UNIT_CLASSES;
  let p = at;
  while (p > windowStart) {
    const unit = text.charCodeAt(p - 1);
    const cls = unit < classes.length ? classes[unit]! : UNKNOWN_CLASS;
    if (cls === UNKNOWN_CLASS) return -1;
    if (cls & WORD_CHAR) break;
    p--;
  }
  return p;
}

/**
 * The word that ends at `gapStart`, from no further back than `windowStart`,
 * lower case: the last word of a tail's match there. Null where a unit is
 * not ASCII or Latin-1 (whose case folding is not lower-casing).
 */
function lastWordBefore(text: string, gapStart: number, windowStart: number): string | null {
  if (gapStart < 0) return null;
  let start = gapStart;
  while (start > windowStart) {
    const unit = text.charCodeAt(start - 1);
    const cls = unit < UNIT_CLASSES.length ? UNIT_CLASSES[unit]! : UNKNOWN_CLASS;
    if (cls === UNKNOWN_CLASS) return null;
    if (!(cls & WORD_CHAR)) break;
    if (unit > 0xff || unit === 0xb5) return null;
    start--;
  }
  return text.slice(start, gapStart).toLowerCase();
}

/** Most tails end in white space ("mehr als "): after anything else they cannot match. */
function mayEndTail(tail: WordTail, text: string, at: number, windowStart: number): boolean {
  return !tail.endsInSpace || (at > windowStart && (classBefore(text, at) & SPACE) !== 0);
}

/**
 * The positions of the window `windowStart`..`at` (at most LEFT_WINDOW units)
 * where a word may begin, as `WORD_START` sees them in the window alone: bit
 * p for windowStart + p.
 */
function wordStartsBefore(text: string, at: number, windowStart: number): number {
  const classes = UNIT_CLASSES;
  let starts = at > windowStart ? 1 : 0;
  let window: string | null = null;
  for (let p = 1; p < at - windowStart; p++) {
    // The unit before, read from the text: one the table knows („ “ – € too) is a whole character, the same in the window.
    const before = text.charCodeAt(windowStart + p - 1);
    const cls = before < classes.length ? classes[before]! : UNKNOWN_CLASS;
    if (cls !== UNKNOWN_CLASS) {
      if (cls & WORD_CHAR) continue;
    } else {
      window ??= text.slice(windowStart, at);
      if (classBefore(window, p) & WORD_CHAR || isInsidePair(window, p)) continue;
    }
    starts |= 1 << p;
  }
  return starts;
}

/** The first of the word starts (bits, see wordStartsBefore) from which the tail runs to `at`. */
function tailAtWordStarts(tail: WordTail, text: string, at: number, windowStart: number, starts: number): RegExpExecArray | null {
  const firstUnits = tail.firstUnits;
  const pairs = tail.pairs;
  // Made only when the pattern is tried: most windows have no word start that can begin the tail.
  let window: string | null = null;
  for (let rest = starts; rest !== 0; rest &= rest - 1) {
    const p = 31 - Math.clz32(rest & -rest);
    if (firstUnits !== null) {
      const unit = text.charCodeAt(windowStart + p);
      if (unit < 0x100 && firstUnits[unit] === 0) continue;
    }
    if (pairs !== null && windowStart + p + 1 < at) {
      // The first two units, as the tail's phrases begin (a phrase of one unit: its whole row).
      const first = text.charCodeAt(windowStart + p);
      const second = text.charCodeAt(windowStart + p + 1);
      if (first <= 0xff && second <= 0xff) {
        const bit = LATIN1_LOWER[first]! * PAIR_ROW + LATIN1_LOWER[second]!;
        if ((pairs[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
      }
    }
    window ??= text.slice(windowStart, at);
    tail.re.lastIndex = p;
    const m = tail.re.exec(window);
    if (m) {
      m.index += windowStart;
      return m;
    }
  }
  return null;
}

/**
 * text.charAt(i), "" outside the text: read in bounds, so the optimized code
 * is not dropped the first time a number stands at the start or end of a text.
 */
function charAtOrEmpty(text: string, i: number): string {
  return i >= 0 && i < text.length ? text.charAt(i) : '';
}

/** Between the two halves of a surrogate pair: no position a `u` pattern starts at. */
const isInsidePair = (s: string, i: number): boolean => {
  const unit = s.charCodeAt(i);
  const before = s.charCodeAt(i - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
};

/** A number as the core pattern (Grammar.core) finds it: a digit run or a number word. */
export interface NumberCore {
  start: number;
  end: number;
  /** The digit run (group 1), or null. */
  digits: string | null;
  /** The number word (group 2), or null. */
  word: string | null;
  /** `keyOf(word)`, null with no word: read from the document's words where the number word is one of them. */
  key: string | null;
  /**
   * False for a scale-only number word with no scale after it ("ein Mann"):
   * readAmount would find nothing, and is not asked. It is still a number
   * that ends a range ("2 oder ein"), as readSentence reads it.
   */
  readable: boolean;
}

/** Reads the amount whose number is `core`; null where it is no amount. */
export function readAmount(ctx: Context, core: NumberCore): Reading | null {
  const { text, grammar, blocked } = ctx;
  const { config } = grammar;
  const coreStart = core.start;
  let coreEnd = core.end;
  if (blockedAt(blocked, coreStart, coreEnd)) return null;
  const digits = core.digits;
  let base: number | null;
  let scaleOnly = false;
  let wordNumber = false;
  if (digits !== null) {
    if (digits.length > 1 && digits[0] === '0' && /^\d+$/.test(digits)) return null; // "0171", "007": an id
    base = parseDigits(digits, config);
    if (base === null || !Number.isFinite(base) || base > 1e15) return null;
  } else {
    wordNumber = true;
    const key = core.key!;
    base = grammar.numberWords.get(key) ?? null;
    if (base === null) {
      base = grammar.scaleOnlyNumberWords.get(key) ?? null;
      scaleOnly = true;
    }
    if (base === null) return null;
  }
  if (!wordNumber && isNotAnAmount(ctx, coreStart, coreEnd)) return null;

  // Right: fraction, glued letters, scale words.
  let end = coreEnd;
  if (!wordNumber) {
    // A fraction begins with "-" or "/": most numbers are followed by neither.
    const next = text.charCodeAt(end);
    const fraction = next === 0x2d || next === 0x2f ? stickyAt(grammar.fraction, text, end, ctx.end) : null;
    if (fraction) {
      const whole = fraction[1] === undefined ? null : base;
      const value = fraction[1] === undefined ? parseFraction(String(base), fraction[2]!) : parseFraction(fraction[1], fraction[2]!);
      if (value === null || !Number.isInteger(base)) return null; // "24/7", "2023/24", "089/1234"
      base = whole === null ? value : whole + value;
      coreEnd = end = fraction.index + fraction[0].length;
    }
  }
  let scale = 1;
  let currency: CurrencySpec | null = null;
  let unitKind: Reading['unitKind'] = 'none';
  let unit: string | null = null;
  let how: Reading['how'] = 'bare';
  // GLUED_WORD on the unit at `end`, by its class: no one-character string and pattern per number.
  if (!wordNumber && isLetterOrMark(classOfUnit(text, end))) {
    const attached = stickyAt(grammar.attachedScale, text, end, ctx.end);
    const letters = stickyAt(grammar.attachedLetters, text, end, ctx.end)!;
    const word = keyOf(letters[0]);
    const gluedCurrency = grammar.currencyWords.get(word);
    const gluedUnit = lookupUnit(grammar, word);
    if (attached) {
      scale = grammar.config.attachedScales[keyOf(attached[0])] ?? 1;
      end = attached.index + attached[0].length;
    } else if (gluedCurrency && !GLUED_WORD.test(text.charAt(end + letters[0].length))) {
      currency = gluedCurrency;
      how = 'word';
      end += letters[0].length;
    } else if (gluedUnit && !LETTER_OR_NUMBER_UNIT.test(text.charAt(end + letters[0].length))) {
      unitKind = 'noun';
      unit = gluedUnit;
      how = 'compound';
      end += letters[0].length;
    } else {
      return null;
    }
  }
  if (!currency && unitKind === 'none' && scale === 1) {
    for (let m = aheadAt(grammar.scale, text, end, ctx.end); m; m = aheadAt(grammar.scale, text, end, ctx.end)) {
      scale *= grammar.scales.get(keyOf(m[1]!)) ?? 1;
      end = m.index + m[0].length;
    }
  }
  if (base * scale > MAX_VALUE) return null; // "zwei Billionen Billionen": a slip, not an amount
  const scaled = scale !== 1;
  if (scaleOnly && !scaled) return null;
  if (!scaled && !wordNumber && isTimeOrAge(ctx, coreStart, end)) return null;

  // Left: currency symbol, sign, negative word, qualifier.
  let start = coreStart;
  const prefix = tailBeforeIn(ctx, grammar.currencyPrefix, start);
  if (prefix && !currency) {
    currency = grammar.currencyPrefixes.get(keyOf(prefix[1]!)) ?? null;
    how = 'symbol';
    start = prefix.index;
  }
  let negative = false;
  const before = charAtOrEmpty(text, start - 1);
  if (SIGNS.has(before) && start - 1 >= ctx.start && !wordNumber) {
    const prior = text.charAt(start - 2);
    const joinsRange = ctx.previous !== null && /^\s*$/.test(text.slice(ctx.previous.end, start - 1));
    if (!joinsRange && (start - 1 === ctx.start || /[\s(]/u.test(prior))) {
      negative = true;
      start -= 1;
    }
  }
  if (!negative) {
    const word = tailBeforeIn(ctx, grammar.negative, start);
    if (word) {
      negative = true;
      start = word.index;
    }
  }
  const unqualifiedStart = start;
  let qualifier: Qualifier | null = null;
  const q = tailBeforeIn(ctx, grammar.qualifier, start);
  if (q) {
    qualifier = grammar.qualifiers.get(keyOf(q[1]!)) ?? null;
    start = q.index;
  }

  // Right again: what is counted.
  if (!currency && unitKind === 'none') {
    const money = aheadAt(grammar.currencyWord, text, end, ctx.end);
    const percent = aheadAt(grammar.percent, text, end, ctx.end);
    if (money) {
      currency = grammar.currencyWords.get(keyOf(money[1]!)) ?? null;
      how = 'word';
      end = money.index + money[0].length;
    } else if (percent) {
      unitKind = 'percent';
      unit = grammar.percentWords.get(keyOf(percent[1]!)) ?? 'percent';
      how = 'percent';
      end = percent.index + percent[0].length;
    } else {
      const post = aheadAt(grammar.postQualifier, text, end, ctx.end);
      if (post && !qualifier) {
        qualifier = grammar.postQualifiers.get(keyOf(post[1]!)) ?? null;
        end = post.index + post[0].length;
      }
      const noun = findUnitNoun(ctx, end);
      if (noun) {
        unitKind = 'noun';
        unit = noun.unit;
        how = noun.compound ? 'compound' : 'noun';
        if (noun.end !== null) end = noun.end;
      }
    }
  }
  if (q && unit !== null && grammar.config.durationUnits.includes(unit) && grammar.config.durationPrepositions.includes(keyOf(q[1]!))
    && !tailBeforeIn(ctx, grammar.durationLead, q.index)) {
    // "built up over 20 years": a span of time, not "more than".
    qualifier = null;
    start = unqualifiedStart;
  }
  if (!qualifier) {
    const post = aheadAt(grammar.postQualifier, text, end, ctx.end);
    if (post) {
      qualifier = grammar.postQualifiers.get(keyOf(post[1]!)) ?? null;
      end = post.index + post[0].length;
    }
  }
  const known = unitKind === 'percent' || currency !== null || scaled || (unit !== null && isKnownUnit(grammar, unit));
  // "drei Personen", "two people": a count of sources, not a figure; "fünf Jahre", "five percent" are.
  const countsAlone = unitKind === 'percent' || currency !== null || scaled || (unit !== null && grammar.config.durationUnits.includes(unit));
  if (!wordNumber && !scaled && !currency && unitKind !== 'percent' && isNameOrYear(ctx, coreStart, digits!, base, known, unitKind === 'none' || how === 'compound')) return null;
  const weak = wordNumber && !countsAlone;
  return { start, end, coreStart, coreEnd, base, scale, currency, unitKind, unit, qualifier, negative, weak, how };
}

/** Dates, times, scores, ids and numbers glued into names ("Covid-19", "30.09.", "3:1", "+49"). */
function isNotAnAmount(ctx: Context, start: number, end: number): boolean {
  const { text, grammar } = ctx;
  const before = charAtOrEmpty(text, start - 1);
  const after = charAtOrEmpty(text, end);
  if (before === '+' || before === '#' || before === '/' || before === ':' || before === '=') return true;
  if (before === '(' && LETTER_OR_NUMBER_UNIT.test(text.charAt(start - 2))) return true; // "alert(1)": an argument, not an amount
  if (onlyLeadingBefore(text, ctx.start, start) && onlyBetween(LIST_NUMBER_END, text, end, ctx.end)) return true; // "6." alone: a list number
  // A phone number's part ends in a digit before the separator: most numbers follow a word.
  if (start >= 2 && isAsciiDigit(text.charCodeAt(start - 2)) && isPhoneSeparator(text, start - 1) && PHONE_BEFORE.test(text.slice(Math.max(ctx.start, start - LEFT_WINDOW), start))) return true; // "+43 1 5880"
  if (after === ':' && /\d/.test(text.charAt(end + 1))) return true;
  if ((before === '-' || before === '‑') && /[\p{L}]/u.test(text.charAt(start - 2))) return true; // "Covid-19", "F-16"
  if ((before === '-' || before === '–') && /(?:^|\D)(?:18|19|20)\d\d[-–]$/u.test(text.slice(Math.max(ctx.start, start - 6), start))) return true; // "2005-6": a fiscal year
  if (grammar.config.ordinalDot && after === '.' && isOrdinalDot(ctx, end)) return true;
  if (aheadAt(grammar.monthAfter, text, end, ctx.end)) return true;
  if (tailBeforeIn(ctx, grammar.monthBefore, start)) return true;
  if (tailBeforeIn(ctx, grammar.label, start)) return true;
  // "Michael Hughes (55)": an age after a person's name.
  if (before === '(' && after === ')') {
    const nameEnd = text.slice(0, start - 1).trimEnd().length;
    if (ctx.blocked.some((b) => b.person && b.end === nameEnd)) return true;
  }
  return false;
}

/**
 * Whether `from`..`to` holds nothing but white space and opening quotes or
 * brackets (`[\s"'“‘„»(]*`), read by unit: most sentences begin with a word.
 */
function onlyLeadingBefore(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const unit = text.charCodeAt(k);
    if (unit === 0x22 || unit === 0x27 || unit === 0x201c || unit === 0x2018 || unit === 0x201e || unit === 0xbb || unit === 0x28) continue;
    if (!(classOfUnit(text, k) & SPACE)) return false;
  }
  return true;
}

/** `[\s/-]` at `at`: white space, a slash or a hyphen, by unit. */
function isPhoneSeparator(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit === 0x2f || unit === HYPHEN || (classOfUnit(text, at) & SPACE) !== 0;
}

/** Whether every unit of a string is an ASCII digit (`^\d+$`; the digit runs of cores hold separators too). */
function isAsciiDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Sticky patterns for "nothing but this between two positions", checked without slicing long sentences. */
const TRAILING = /[\s"'“”„»«)]*/uy;
const LIST_NUMBER_END = /[.):]?\s*/uy;

function onlyBetween(filler: RegExp, text: string, from: number, to: number): boolean {
  filler.lastIndex = from;
  const m = filler.exec(text);
  return m !== null && m.index + m[0].length >= to;
}

const PHONE_BEFORE = /\+\d{1,3}(?:[ /-]\d{1,6})*[ /-]$/u;
const isAsciiDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;

/**
 * "im 3. Quartal", "am 30.": a dot after the digits that does not end the
 * sentence, or that the sentence splitter took for an end before a noun that
 * follows ordinals ("3. Quartal").
 */
function isOrdinalDot(ctx: Context, end: number): boolean {
  if (!onlyBetween(TRAILING, ctx.text, end + 1, ctx.end)) return true;
  const next = /^\s+((?:\p{L}|\p{M})+)/u.exec(ctx.text.slice(end + 1, end + 40));
  return next !== null && (/^\p{Ll}/u.test(next[1]!) || ctx.grammar.ordinalNouns.has(keyOf(next[1]!)));
}

function isTimeOrAge(ctx: Context, start: number, end: number): boolean {
  const { text, grammar } = ctx;
  return aheadAt(grammar.time, text, end, ctx.end) !== null
    || aheadAt(grammar.ageAfter, text, end, ctx.end) !== null
    || tailBeforeIn(ctx, grammar.ageBefore, start) !== null;
}

/**
 * A bare year ("2022"), or a number that ends a name ("Windows 11", "Android
 * 6.0", "iOS 9"): right after a capitalized word inside the sentence.
 */
function isNameOrYear(ctx: Context, start: number, digits: string, value: number, knownUnit: boolean, bare: boolean): boolean {
  if (!knownUnit && digits.length === 4 && value >= 1500 && value <= 2100 && isAsciiDigits(digits)) return true;
  const scope = ctx.grammar.config.nameBeforeNumber;
  if (scope === 'bare' && !bare) return false;
  const text = ctx.text;
  const space = start - 1;
  if (space < 0 || (text.charCodeAt(space) !== 0x20 && text.charCodeAt(space) !== 0xa0)) return false;
  const wordStart = lettersBefore(text, space, Math.max(ctx.start, start - LEFT_WINDOW));
  if (wordStart < 0) return false;
  // Title case or camel case ("Nexus", "OnePlus", "iOS"); an all-caps headline word is no name.
  let cases = 0;
  for (let i = wordStart; i < space; i++) cases |= classAt(text, i);
  if ((cases & (UPPER | LOWER)) !== (UPPER | LOWER)) return false;
  if (wordStart === ctx.start || LETTER_OR_NUMBER_UNIT.test(text.charAt(wordStart - 1))) return false;
  if (onlyLeadingBefore(text, ctx.start, wordStart)) return false; // the sentence's first word
  const key = keyOf(text.slice(wordStart, space));
  const g = ctx.grammar;
  return !g.stopWords.has(key) && !g.qualifiers.has(key);
}


/**
 * Where the letters and marks that end at `end` begin, reading no further back than `windowStart`, if the
 * character before them there is no number; -1 where none end there or a number stands before them. What
 * `/(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)$/u` finds in text[windowStart, end), read backwards instead of
 * tried at every position of the window: a surrogate pair cut by the window's start is no character of it.
 */
function lettersBefore(text: string, end: number, windowStart: number): number {
  let at = end;
  while (at > windowStart) {
    const width = widthBefore(text, at);
    if (at - width < windowStart || !isLetterOrMark(classAt(text, at - width))) break;
    at -= width;
  }
  if (at === end) return -1;
  if (at > windowStart) {
    const width = widthBefore(text, at);
    if (at - width >= windowStart && classAt(text, at - width) & NUMBER) return -1;
  }
  return at;
}

function isKnownUnit(grammar: Grammar, unit: string): boolean {
  return grammar.knownUnits.has(unit);
}

/** The contract unit of a noun in the locale's list, trying its inflected endings; null if unknown. */
export function lookupUnit(grammar: Grammar, word: string): string | null {
  return grammar.unitForms.get(word.toLowerCase()) ?? null;
}

const MAX_UNIT_WORDS = 4;
/** A model number after a name: digits with letters, or a short digit run ("910C", "H100", "8"). */
const MODEL_NUMBER = /\s+(?:\p{L}+\d(?:\p{L}|\p{N})*|\d+\p{L}(?:\p{L}|\p{N})*|\d{1,3}(?![\p{N}.,]))(?!(?:\p{L}|\p{N}))/uy;

/**
 * The counted noun after a number: a listed noun among the next few words, or
 * by the locale's rule for unlisted ones (German: the first capitalized word;
 * English: the first plural-looking word). Names inside entity mentions are
 * skipped ("100.000 Ascend 910B Chips" counts chips).
 */
function findUnitNoun(ctx: Context, from: number): UnitNoun | null {
  const { text, grammar } = ctx;
  if (text.charCodeAt(from) === HYPHEN) {
    const compound = /^-((?:\p{L}|\p{M})+)/u.exec(text.slice(from, from + 40));
    if (compound) {
      const part = compound[1]!;
      return { unit: lookupUnit(grammar, part) ?? part.toLowerCase(), compound: true, end: null };
    }
  }
  const run = wordsAfter(ctx, from);
  if (grammar.config.unitNoun === 'capitalized') {
    for (let k = 0; k < run.length; k++) if (run[k]!.unit !== null || run[k]!.capitalized) return noun(grammar, run[k]!);
    return null;
  }
  // English: the noun phrase ends at its first plural ("14 large money center banks").
  const lower = run.filter((w) => !w.capitalized || w.unit !== null);
  const plural = lower.find((w) => /[^s]s$/u.test(w.head) && w.head.length > 3);
  if (plural) return noun(grammar, plural);
  const known = lower.find((w) => w.unit !== null);
  if (known) return noun(grammar, known);
  const plain = lower.find((w) => !grammar.config.notNounEndings.some((e) => w.head.endsWith(e)));
  return plain === undefined ? null : noun(grammar, plain);
}

const HYPHEN = 0x2d;

function noun(grammar: Grammar, w: WordAfter): UnitNoun {
  return { unit: w.unit ?? singularOf(grammar, w.head.toLowerCase()), compound: false, end: w.adjacent ? w.end : null };
}

/** An unlisted noun's singular by the locale's plural endings ("processors" → "processor"); as written where none applies. */
function singularOf(grammar: Grammar, lower: string): string {
  for (const [ending, singular] of grammar.config.unlistedPlurals) {
    if (!lower.endsWith(ending)) continue;
    // An ending kept as it is ("series") keeps the word whole; another leaves two letters at least.
    if (ending === singular) return lower;
    if (lower.length - ending.length >= 2) return lower.slice(0, lower.length - ending.length) + singular;
  }
  return lower;
}

/** Whether a word begins with an upper-case letter (`^\p{Lu}`). */
function isCapitalized(word: string): boolean {
  return (classAt(word, 0) & UPPER) !== 0;
}

interface UnitNoun {
  unit: string;
  compound: boolean;
  /** Where the noun ends when it follows the number directly ("30.000 Stück"): the span takes it in. */
  end: number | null;
}

interface WordAfter {
  word: string;
  /** The last part of a compound ("Huawei-Chips" → "Chips"). */
  head: string;
  end: number;
  /** The first word after the number, with no name or word between. */
  adjacent: boolean;
  /** The unit of `head` (lookupUnit), null if none. */
  unit: string | null;
  /** Whether `word` begins with a capital. */
  capitalized: boolean;
}

/**
 * The words right after a number, up to punctuation, a stop word or another
 * number; names inside entity mentions are stepped over ("100.000 Ascend 910B
 * Chips").
 */
function wordsAfter(ctx: Context, from: number): WordAfter[] {
  const { text, grammar } = ctx;
  const words: WordAfter[] = [];
  let at = from;
  let adjacent = true;
  for (let n = 0; n < MAX_UNIT_WORDS; n++) {
    const m = stickyAt(grammar.nextWord, text, at, ctx.end);
    if (!m) break;
    const wordStart = m.index + m[0].length - m[1]!.length;
    at = m.index + m[0].length;
    let word = m[1]!;
    const name = blockedAt(ctx.blocked, wordStart, at);
    if (name) {
      adjacent = false;
      // "H20-Chips": a compound whose head lies past the name still counts.
      if (at <= name.end || !word.includes('-')) {
        at = Math.max(at, name.end);
        continue;
      }
      word = word.split('-').pop()!;
    }
    // The word has no white space: keyOf is its lower case.
    const key = word.toLowerCase();
    const compound = word.includes('-');
    const head = compound ? word.split('-').pop()! : word;
    const unit = grammar.unitForms.get(compound ? head.toLowerCase() : key) ?? null;
    const capitalized = isCapitalized(word);
    const model = capitalized && (compound ? lookupUnit(grammar, word) : unit) === null ? stickyAt(MODEL_NUMBER, text, at, ctx.end) : null;
    if (model) {
      // "Ascend 910C", "Snapdragon 8": a product name the entity stage did not know.
      at = model.index + model[0].length;
      adjacent = false;
      continue;
    }
    if (grammar.stopWords.has(key) || grammar.numberWords.has(key) || grammar.scaleOnlyNumberWords.has(key)) break;
    words.push({ word, head, end: at, adjacent, unit, capitalized });
    adjacent = false;
    if (capitalized && grammar.config.unitNoun === 'plural-s') break;
    // A capitalized noun language takes the first unit or capitalized word (findUnitNoun): the words after it go unread.
    if ((capitalized || unit !== null) && grammar.config.unitNoun === 'capitalized') break;
  }
  return words;
}

/** The first blocked span that overlaps start..end, if any. */
function blockedAt(blocked: readonly Blocked[], start: number, end: number): Blocked | undefined {
  for (let k = 0; k < blocked.length; k++) if (blocked[k]!.start < end && start < blocked[k]!.end) return blocked[k];
  return undefined;
}

/** The value of a reading, signed and scaled, in the currency's units for money. */
export function valueOf(r: Reading): number {
  const factor = r.scale * (r.currency?.factor ?? 1);
  const value = scaleValue(r.base, factor);
  return r.negative ? -value : value;
}
