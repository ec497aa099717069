/**
 * Building blocks for readable, Unicode-aware regular expressions.
 * JavaScript's `\b` and `\w` are ASCII-only: "Übernahme" would have a word
 * boundary after "Ü". These use Unicode letter and number classes instead.
 */

/** Not preceded by a letter, number or mark. */
export const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';
/** Not followed by a letter, number or mark. */
export const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';

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
