/**
 * A small language-neutral tokenizer for attribution rules: words (letters and
 * numbers, joined by inner hyphens, apostrophes, periods, ampersands and
 * slashes: "E.F", "Trump’s", "Under-Secretary") and single punctuation marks,
 * with offsets into the document text.
 */
import type { Sentence } from '../../core/model.js';

export interface WordToken {
  text: string;
  /** Lower-cased text, for word-list look-ups. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCapitalized: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&/][\p{L}\p{M}\p{N}]+)*|\S/gu;
const CAPITALIZED = /^\p{Lu}/u;
const WORDLIKE = /^[\p{L}\p{M}\p{N}]/u;

const cache = new WeakMap<Sentence, readonly WordToken[]>();

/** The sentence's tokens, computed once per sentence and shared by every rule. */
export function sentenceTokens(sentence: Sentence): readonly WordToken[] {
  let tokens = cache.get(sentence);
  if (!tokens) {
    tokens = tokenize(sentence.text, sentence.start);
    cache.set(sentence, tokens);
  }
  return tokens;
}

export function tokenize(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    tokens.push({
      text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length,
      isWord: WORDLIKE.test(m[0]), isCapitalized: CAPITALIZED.test(m[0]),
    });
  }
  return tokens;
}
