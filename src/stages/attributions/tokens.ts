/**
 * Word and punctuation tokens of one sentence, with absolute offsets: the unit
 * attribution rules walk over (one linear regex pass per sentence).
 */
import type { Sentence } from '../../core/model.js';

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
}

// A word: letters/digits, joined inside by apostrophes, hyphens, dots, and
// commas or colons between digits ("Huawei's", "KI-Modelle", "100.000", "1,5", "10:05").
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:(?:['’.-]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const UPPER_START = /^\p{Lu}/u;

/**
 * Every rule of a language walks the same tokens: they are made once per
 * sentence and shared, so callers must not change them. Rules run sentence by
 * sentence, so only the latest sentence's tokens are kept: the tokens of a
 * whole long text at once would take many times its size in memory.
 */
const tokensOf = new WeakMap<Sentence, Token[]>();
/** Held weakly: a strong reference would keep the last document's text alive after it is done. */
let latest: WeakRef<Sentence> | null = null;

export function tokenize(sentence: Sentence): Token[] {
  let tokens = tokensOf.get(sentence);
  if (!tokens) {
    const previous = latest?.deref();
    if (previous) tokensOf.delete(previous);
    tokens = tokenizeText(sentence);
    tokensOf.set(sentence, tokens);
    latest = new WeakRef(sentence);
  }
  return tokens;
}

function tokenizeText(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.text.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = sentence.start + m.index;
    const isWord = /^[\p{L}\p{N}]/u.test(text);
    tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, isWord, isCapitalized: isWord && UPPER_START.test(text) });
  }
  return tokens;
}

/** The text between two tokens (inclusive), exactly as in the document. */
export function spanOf(text: string, tokens: readonly Token[], from: number, to: number): { text: string; start: number; end: number } {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { text: text.slice(start, end), start, end };
}
