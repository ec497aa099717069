/**
 * Building blocks for readable, Unicode-aware regular expressions.
 * JavaScript's `\b` and `\w` are ASCII-only: "Übernahme" would have a word
 * boundary after "Ü". These use Unicode letter and number classes instead.
 */

/*
 * Property escapes are tried in turn, (?:\p{L}|\p{N}|\p{M}), never joined in
 * one class [\p{L}\p{N}\p{M}]: the same characters, matched as fast, but V8
 * merges the ranges of a class union at every reading of a pattern that holds
 * one (a literal is read when its module is parsed, when its function is
 * compiled and when it first runs), in every process and batch worker: ~40 M
 * instructions of a one-article run. test/core/unicode-classes proves the
 * forms equal.
 */
/** Not preceded by a letter, number or mark. */
export const WORD_START = '(?<!\\p{L}|\\p{N}|\\p{M})';
/** Not followed by a letter, number or mark. */
export const WORD_END = '(?!\\p{L}|\\p{N}|\\p{M})';

const LETTER_OR_NUMBER = /(?:\p{L}|\p{N})/u;

/**
 * The characters a match of a pattern can begin with, read from its source
 * (leadingStrings of one UTF-16 unit: a character outside the BMP is its high
 * surrogate). Null when any character may begin one: a
 * property escape, `.` or a negated class there, the `i` flag, or a pattern
 * that may match nothing. A superset is fine: it only gates where the
 * pattern is tried.
 */
export function firstCharacters(source: string, flags = ''): Set<string> | null {
  const leads = leadingStrings(source, 1, flags);
  return leads === null || leads.has('') ? null : leads;
}

/**
 * The strings of at most `length` UTF-16 units that the matches of a pattern
 * begin with: every match starts with one of them, and one shorter than
 * `length` is a whole match (anything may follow it). Read from the source:
 * literals, `[…]` classes of literals and ranges, groups, alternatives and
 * quantified items; a look-around or anchor reads as matching
 * nothing, so the set may hold more than the matches begin with, never less.
 * Null where a character within the first `length` may be any (a property
 * escape, `.`, a negated class, a wide range, an escape such as `\d`), for
 * the `i` flag, or when the strings would be too many.
 */
export function leadingStrings(source: string, length: number, flags = ''): Set<string> | null {
  if (flags.includes('i') || length < 1) return null;
  /** The strings an item begins with; null: any character. */
  type Leads = Set<string> | null;
  const EMPTY = (): Set<string> => new Set(['']);
  let i = 0;
  const fail = (): never => { throw new Error('unreadable pattern'); };
  /** The strings of `a` followed by those of `b`, cut to `n` units. */
  const concat = (a: Set<string>, b: Leads, n: number): Set<string> => {
    const out = new Set<string>();
    for (const x of a) {
      if (x.length >= n) out.add(x.slice(0, n));
      else if (b === null) fail();
      else for (const y of b) out.add((x + y).slice(0, n));
    }
    if (out.size > LEADING_STRINGS_LIMIT) fail();
    return out;
  };
  const union = (a: Leads, b: Leads): Leads => {
    if (a === null || b === null) return null;
    for (const y of b) a.add(y);
    return a;
  };
  const star = (x: Leads, n: number): Leads => {
    if (x === null) return n === 0 ? EMPTY() : null;
    let all = EMPTY();
    for (let k = 0; k < n; k++) all = union(concat(all, x, n), all)!;
    return all;
  };
  // Each item is read for as many units as the strings before it may still need: few strings however long the pattern.
  const alternation = (n: number): Leads => {
    let leads: Leads = sequence(n);
    while (source[i] === '|') {
      i++;
      leads = union(leads, sequence(n));
    }
    return leads;
  };
  const sequence = (n: number): Leads => {
    let leads = EMPTY();
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let shortest = n;
      for (const x of leads) shortest = Math.min(shortest, x.length);
      const need = n - shortest;
      const item = atom(need);
      const q = source[i];
      if (q === '?') { i++; leads = concat(leads, union(item, EMPTY()), n); }
      else if (q === '*') { i++; leads = concat(leads, star(item, need), n); }
      else if (q === '+') { i++; leads = concat(concat(leads, item, n), star(item, need), n); }
      else if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) ?? fail();
        i += m[0].length;
        const min = Number(m[1]);
        for (let k = 0; k < Math.min(min, n); k++) leads = concat(leads, item, n);
        if (m[2] !== undefined && m[3] === '') leads = concat(leads, star(item, need), n);
        else {
          const extra = m[2] === undefined ? 0 : Number(m[3]) - min;
          for (let k = 0; k < Math.min(extra, n); k++) leads = concat(leads, union(item === null ? null : new Set(item), EMPTY()), n);
        }
      } else leads = concat(leads, item, n);
      if (source[i] === '?') i++; // lazy
    }
    return leads;
  };
  /** A literal character after a backslash, or null for an escape that stands for many (\d, \p{…}, a back-reference). */
  const escaped = (): string | null => {
    const next = source[i + 1] ?? fail();
    i += 2;
    if (next === 'p' || next === 'P' || next === 'u' || next === 'x') {
      if (source[i] === '{') i = source.indexOf('}', i) + 1 || fail();
      else if (next !== 'p' && next !== 'P') i += next === 'u' ? 4 : 2;
      return null;
    }
    // \d, \s, \w, \b, back-references: any character, as far as this reading goes.
    // ASCII read by code (a Unicode-class test per escape cost more than the rest of the reading).
    const unit = next.charCodeAt(0);
    if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) ? null : next;
    return LETTER_OR_NUMBER.test(next) ? null : next;
  };
  const atom = (n: number): Leads => {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i, i + 3))) { zeroWidth = true; i += source[i + 1] === '<' ? 3 : 2; }
      else if (source[i] === '?') i = source.indexOf('>', i) + 1 || fail(); // a named group
      // A look-around consumes nothing: what follows it begins the match. Passed over unread.
      const inner = zeroWidth ? skipToGroupEnd() : alternation(n);
      if (source[i] !== ')') fail();
      i++;
      return zeroWidth ? EMPTY() : inner;
    }
    if (ch === '[') return charClass();
    if (ch === '\\') {
      const lit = escaped();
      return lit === null ? null : new Set([lit]);
    }
    if (ch === '^' || ch === '$') { i++; return EMPTY(); }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') fail();
    const cp = String.fromCodePoint(source.codePointAt(i)!);
    i += cp.length;
    return cp === '.' ? null : new Set([cp]);
  };
  /** To the `)` closing the group `i` is in, past nested groups, classes and escapes. */
  const skipToGroupEnd = (): null => {
    let depth = 0;
    while (i < source.length) {
      const ch = source[i];
      if (ch === '\\') i += 2;
      else if (ch === '[') charClass();
      else if (ch === '(') { depth++; i++; }
      else if (ch !== ')') i++;
      else if (depth === 0) return null;
      else { depth--; i++; }
    }
    return fail();
  };
  const charClass = (): Leads => {
    i++;
    let any = false;
    if (source[i] === '^') { any = true; i++; }
    const chars = new Set<string>();
    const literal = (): string | null => {
      if (source[i] === '\\') return escaped();
      const cp = String.fromCodePoint(source.codePointAt(i) ?? fail());
      i += cp.length;
      return cp;
    };
    while (i < source.length && source[i] !== ']') {
      const from = literal();
      if (source[i] === '-' && source[i + 1] !== ']') {
        i++;
        const to = literal();
        if (from === null || to === null || to.codePointAt(0)! - from.codePointAt(0)! > 1000) { any = true; continue; }
        for (let cp = from.codePointAt(0)!; cp <= to.codePointAt(0)!; cp++) chars.add(String.fromCodePoint(cp));
      } else if (from === null) any = true;
      else chars.add(from);
    }
    if (source[i] !== ']') fail();
    i++;
    return any ? null : chars;
  };
  try {
    const all = alternation(length);
    return i === source.length && all !== null ? all : null;
  } catch {
    return null;
  }
}

/** leadingStrings gives up past this many strings: a gate of so many is hardly one. */
const LEADING_STRINGS_LIMIT = 5000;

/**
 * A test of a position of a text, for where a pattern may begin. Gates are
 * objects of a few classes, not closures made per language: a call site that
 * sees the second language's gate calls the same code, and its optimized
 * code stays.
 */
export interface PositionGate {
  test(text: string, at: number): boolean;
}

/** Lets every position through: a gate where nothing narrower can be told. */
export class OpenGate implements PositionGate {
  test(_text: string, _at: number): boolean {
    return true;
  }
}

/**
 * Whether the text at a position begins with one of `strings` (of 1 to 7
 * UTF-16 units; leadingStrings'): true for each of them, false for most
 * others. A bit per length in a table keyed by a hash of the text's first
 * units, and one for the first units the strings begin with: most positions
 * are turned away by one unit and one table entry.
 */
export class PrefixGate implements PositionGate {
  private readonly bits = new Uint8Array(PREFIX_GATE_SIZE);
  private readonly longest: number;

  constructor(strings: ReadonlySet<string>) {
    let longest = 0;
    for (const s of strings) {
      if (s.length === 0 || s.length > 7) throw new Error('PrefixGate: strings of 1 to 7 units');
      let hash = 0;
      for (let k = 0; k < s.length; k++) {
        hash = (hash * PREFIX_HASH_FACTOR + s.charCodeAt(k) + 1) & (PREFIX_GATE_SIZE - 1);
        this.bits[hash] = this.bits[hash]! | (k === 0 ? BEGINS_ONE : 0) | (k === s.length - 1 ? 1 << k : 0);
      }
      longest = Math.max(longest, s.length);
    }
    this.longest = longest;
  }

  test(text: string, at: number): boolean {
    const bits = this.bits;
    // The hash step written out (a call per unit is a real one without inlining); plain products, not Math.imul,
    // which optimized code multiplied three times slower, measured.
    let hash = (text.charCodeAt(at) + 1) & (PREFIX_GATE_SIZE - 1);
    const first = bits[hash]!;
    if (!(first & BEGINS_ONE) || first & 1) return (first & 1) !== 0;
    const end = Math.min(text.length, at + this.longest);
    for (let i = at + 1; i < end; i++) {
      hash = (hash * PREFIX_HASH_FACTOR + text.charCodeAt(i) + 1) & (PREFIX_GATE_SIZE - 1);
      if (bits[hash]! & (1 << (i - at))) return true;
    }
    return false;
  }
}

/** A gate on the text's leading strings: a PrefixGate, or open where a string is empty or longer than it takes. */
export function prefixGate(strings: ReadonlySet<string>): PositionGate {
  for (const s of strings) if (s.length === 0 || s.length > 7) return new OpenGate();
  return new PrefixGate(strings);
}

/** prefixGate's table size, a power of two; a hash is masked to it after each unit. Small, to stay in the processor's cache. */
const PREFIX_GATE_SIZE = 1 << 12;
/** Above 256, so that two Latin-1 units make distinct hashes. */
const PREFIX_HASH_FACTOR = 257;
/** In prefixGate's table: a string begins with the unit whose one-unit hash this is. */
const BEGINS_ONE = 0x80;

/** Whether the character at a position is one of `chars`. */
export class CharacterGate implements PositionGate {
  // Keyed by the first UTF-16 unit (a character outside the BMP by its high surrogate): a superset, as a gate may be.
  private readonly table = new Uint8Array(0x800);
  private readonly others = new Set<number>();

  constructor(chars: ReadonlySet<string>) {
    for (const ch of chars) {
      const unit = ch.charCodeAt(0);
      if (unit < this.table.length) this.table[unit] = 1;
      else this.others.add(unit);
    }
  }

  test(text: string, at: number): boolean {
    const unit = text.charCodeAt(at);
    return unit < this.table.length ? this.table[unit] === 1 : this.others.has(unit);
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of literal words, longest first so that "mehr als" wins
 * over "mehr"; spaces in a word match any run of white space.
 */
export function anyOf(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  // Longest first; ties in code-unit order (localeCompare's collator costs ~25 ms to start and 100 ms per 3,000 words).
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => escapeRegExp(w).replace(/ +/g, '\\s+')).join('|')})`;
}

/** A whole-word pattern over a word list, case-sensitive unless flags say otherwise. */
export function wordsRegExp(words: Iterable<string>, flags = 'gu'): RegExp {
  return new RegExp(`${WORD_START}${anyOf(words)}${WORD_END}`, flags);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

export function isUpperInitial(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
