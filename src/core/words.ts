/**
 * The words of a document (runs of letters, marks and digits), found in one
 * pass and shared by every stage that looks words up (lexicon names,
 * surnames, abbreviations, words seen in lower case).
 */
import type { DocumentContext } from './model.js';
import { LETTER, LOWER, NUMBER, UPPER, WORD_CHAR, classAt, classBefore, widthAt, widthBefore } from './chars.js';

export interface Words {
  /** Each word as written, in text order. */
  readonly text: readonly string[];
  /** Where each word starts; it ends at start + text.length. */
  readonly start: readonly number[];
}

/** The document's words, made once with it and shared, so callers must not change them. */
export function documentWords(doc: DocumentContext): Words {
  return doc.words;
}

/** The matches of `/[\p{L}\p{M}\p{N}]+/gu`, one character at a time. */
export function scanWords(text: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(classAt(text, i) & WORD_CHAR)) { i += widthAt(text, i); continue; }
    const start = i;
    do i += widthAt(text, i); while (i < n && classAt(text, i) & WORD_CHAR);
    words.push(text.slice(start, i));
    starts.push(start);
  }
  return { text: words, start: starts };
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
