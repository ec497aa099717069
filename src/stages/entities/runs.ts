/**
 * Runs of capitalized words ("Finanzminister Hans Jörg Schelling", "Drexel
 * Burnham Lambert Inc"): the raw material for names the lexicon does not know.
 */
import type { DocumentContext } from '../../core/model.js';
import type { CompiledEntities } from './compiled.js';
import { documentWords } from '../../core/words.js';
import { LETTER_OR_NUMBER, LOWER, UPPER, WORD_CHAR, classAt, isLetterOrMark, widthAt } from '../../core/chars.js';

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
  let from = 0;
  for (const start of documentWords(doc).start) {
    if (start < from) continue;
    const end = runEnd(text, start, c.runConnectors);
    if (end < 0) continue;
    from = end;
    while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1]! <= start) si++;
    const sentenceStart = sentenceStarts[si] ?? 0;
    runs.push({
      start, end, tokens: runTokens(text, start, end),
      opensSentence: start >= sentenceStart && start <= firstWordFrom[si]!,
      inCapsLine: capsSentence[si] ?? false,
    });
  }
  return runs;
}

/**
 * Where the run of names starting at `at` ends, -1 where none starts: the
 * match of CompiledEntities.runRe there, read one character at a time
 * instead of running the pattern at each of the many capitalized words. A
 * run is names ("Hans", "E. F.", "O'Neill", "Sei-ichi") with blanks or one
 * line break between them, and up to two connectors between two names
 * ("Ursula von der Leyen"). As no connector begins with a capital or a
 * blank, the pattern has only one way through: the longest names, all the
 * connectors that follow, and a name after them or the run ends before them.
 */
export function runEnd(text: string, at: number, connectors: ReadonlyMap<number, readonly string[]>): number {
  let end = nameEnd(text, at);
  if (end < 0) return -1;
  for (;;) {
    let next = separatorEnd(text, end);
    for (let n = 0; n < 2 && next >= 0; n++) {
      const afterConnector = connectorEnd(text, next, connectors);
      if (afterConnector < 0) break;
      next = afterConnector;
    }
    const after = next < 0 ? -1 : nameEnd(text, next);
    if (after < 0) return end;
    end = after;
  }
}

const isBlank = (text: string, i: number): boolean => text[i] === ' ' || text[i] === '\t';

/** After `[ \t]+|[ \t]*\r?\n[ \t]*` at `at`, taking all the blanks; -1 where there is none. */
function separatorEnd(text: string, at: number): number {
  let i = at;
  while (isBlank(text, i)) i++;
  if (text[i] === '\n') i++;
  else if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
  else return i > at ? i : -1;
  while (isBlank(text, i)) i++;
  return i;
}

/** After a connector and the separator after it at `at`; -1 where none stands there. */
function connectorEnd(text: string, at: number, connectors: ReadonlyMap<number, readonly string[]>): number {
  const candidates = connectors.get(text.charCodeAt(at));
  if (!candidates) return -1;
  for (const word of candidates) {
    if (!text.startsWith(word, at)) continue;
    const end = separatorEnd(text, at + word.length);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * After the initials (`\p{Lu}\.(?: ?\p{Lu}\.)*`) or the capitalized word
 * (`\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]\p{Lu}[\p{L}\p{M}]*)?(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`)
 * at `at`, the initials first; -1 where neither begins.
 */
function nameEnd(text: string, at: number): number {
  if (!(classAt(text, at) & UPPER)) return -1;
  let i = at + widthAt(text, at);
  if (text[i] === '.') {
    i++;
    for (;;) {
      const next = text[i] === ' ' ? i + 1 : i;
      if (!(classAt(text, next) & UPPER) || text[next + widthAt(text, next)] !== '.') return i;
      i = next + widthAt(text, next) + 1;
    }
  }
  while (classAt(text, i) & WORD_CHAR) i += widthAt(text, i);
  if ((text[i] === "'" || text[i] === '’') && classAt(text, i + 1) & UPPER) {
    i += 1 + widthAt(text, i + 1);
    while (isLetterOrMark(classAt(text, i))) i += widthAt(text, i);
  }
  while (text[i] === '-' && classAt(text, i + 1) & LETTER_OR_NUMBER) {
    i += 1;
    while (classAt(text, i) & WORD_CHAR) i += widthAt(text, i);
  }
  return i;
}


/**
 * The initials ("E. F."), words ("Hans", "Sei-ichi", "O'Neill") and "&" of a
 * run, in one pass over its characters: the matches of
 * `/\p{Lu}\.(?: ?\p{Lu}\.)*|[\p{L}\p{M}\p{N}'’]+(?:-[\p{L}\p{M}\p{N}]+)*|&/gu` in text[start, end).
 */
export function runTokens(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const from = i;
    const cls = classWithin(text, i, end);
    const ch = text[i];
    if (isInitialWithin(text, i, end)) {
      i += widthAt(text, i) + 1;
      for (;;) {
        const next = i < end && text[i] === ' ' ? i + 1 : i;
        if (!isInitialWithin(text, next, end)) break;
        i = next + widthAt(text, next) + 1;
      }
    } else if (cls & WORD_CHAR || ch === "'" || ch === '’') {
      while (i < end && (classWithin(text, i, end) & WORD_CHAR || text[i] === "'" || text[i] === '’')) i += widthAt(text, i);
      while (i < end && text[i] === '-' && classWithin(text, i + 1, end) & WORD_CHAR) {
        i += 1;
        while (i < end && classWithin(text, i, end) & WORD_CHAR) i += widthAt(text, i);
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

/** The classes of the character at `i` if it ends by `end`, else none. */
const classWithin = (text: string, i: number, end: number): number => (i + widthAt(text, i) <= end ? classAt(text, i) : 0);

/** A capital and a period, both before `end`: an initial. */
const isInitialWithin = (text: string, i: number, end: number): boolean => {
  if (!(classWithin(text, i, end) & UPPER)) return false;
  const dot = i + widthAt(text, i);
  return dot < end && text[dot] === '.';
};

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
