/**
 * Runs of capitalized words ("Finanzminister Hans Jörg Schelling", "Drexel
 * Burnham Lambert Inc"): the raw material for names the lexicon does not know.
 */
import type { DocumentContext } from '../../core/model.js';
import type { CompiledEntities } from './compiled.js';
import { documentWords } from '../../core/words.js';
import { matchesAtWordStarts } from '../../core/patterns.js';
import { LOWER, UPPER, WORD_CHAR, classAt, widthAt } from '../../core/chars.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (connectors such as "of", "von" do not). */
  capitalized: boolean;
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

const HAS_LOWER = /\p{Ll}/u;
const isCapitalAt = (text: string, at: number): boolean => (classAt(text, at) & UPPER) !== 0;
const SENTENCE_OPENER = /[\s"'„“‚‘»«(\[–—-]/u;

export function findRuns(doc: DocumentContext, c: CompiledEntities): Run[] {
  const { text } = doc;
  const runs: Run[] = [];
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const capsSentence = doc.sentences.map((s) => !HAS_LOWER.test(s.text) && /\p{Lu}{2}/u.test(s.text));
  // Where each sentence's first word may begin: after its opening quotes, brackets and dashes.
  const afterOpeners = (from: number): number => {
    let i = from;
    while (i < text.length && SENTENCE_OPENER.test(text[i]!)) i++;
    return i;
  };
  const firstWordFrom = sentenceStarts.length ? sentenceStarts.map(afterOpeners) : [afterOpeners(0)];
  let si = 0;
  for (const m of matchesAtWordStarts(c.runRe, text, documentWords(doc).start, isCapitalAt)) {
    const start = m.index;
    while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1]! <= start) si++;
    const sentenceStart = sentenceStarts[si] ?? 0;
    const end = start + m[0].length;
    runs.push({
      start, end, tokens: runTokens(text, start, end),
      opensSentence: start >= sentenceStart && start <= firstWordFrom[si]!,
      inCapsLine: capsSentence[si] ?? false,
    });
  }
  return runs;
}

/**
 * The initials ("E. F."), words ("Hans", "Sei-ichi", "O'Neill") and "&" of a
 * run, in one pass over its characters: the matches of
 * `/\p{Lu}\.(?: ?\p{Lu}\.)*|[\p{L}\p{M}\p{N}'’]+(?:-[\p{L}\p{M}\p{N}]+)*|&/gu` in text[start, end).
 */
export function runTokens(text: string, start: number, end: number): Token[] {
  const classIn = (i: number): number => (i + widthAt(text, i) <= end ? classAt(text, i) : 0);
  const charIn = (i: number): string | undefined => (i < end ? text[i] : undefined);
  const isInitialAt = (i: number): boolean => (classIn(i) & UPPER) !== 0 && charIn(i + widthAt(text, i)) === '.';
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const from = i;
    const cls = classIn(i);
    const ch = text[i];
    if (isInitialAt(i)) {
      i += widthAt(text, i) + 1;
      for (;;) {
        const next = charIn(i) === ' ' ? i + 1 : i;
        if (!isInitialAt(next)) break;
        i = next + widthAt(text, next) + 1;
      }
    } else if (cls & WORD_CHAR || ch === "'" || ch === '’') {
      while (i < end && (classIn(i) & WORD_CHAR || text[i] === "'" || text[i] === '’')) i += widthAt(text, i);
      while (charIn(i) === '-' && classIn(i + 1) & WORD_CHAR) {
        i += 1;
        while (i < end && classIn(i) & WORD_CHAR) i += widthAt(text, i);
      }
    } else if (ch === '&') {
      i += 1;
    } else {
      i += widthAt(text, i);
      continue;
    }
    tokens.push({ text: text.slice(from, i), start: from, end: i, capitalized: (cls & UPPER) !== 0 });
  }
  return tokens;
}

/** Whether a word occurs in the document: the set is made on the first question, which most documents never ask. */
export class DocumentWordSet {
  private set: Set<string> | undefined;

  constructor(private readonly words: readonly string[]) {}

  has(word: string): boolean {
    this.set ??= new Set(this.words);
    return this.set.has(word);
  }
}

/** Every word of the text, and which of them are written in lower case. */
export function wordsOf(doc: DocumentContext): { all: DocumentWordSet; lower: Set<string> } {
  const words = documentWords(doc).text;
  const lower = new Set<string>();
  for (const word of words) if (classAt(word, 0) & LOWER) lower.add(word);
  return { all: new DocumentWordSet(words), lower };
}
