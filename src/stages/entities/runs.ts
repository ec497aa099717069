/**
 * Runs of capitalized words ("Finanzminister Hans Jörg Schelling", "Drexel
 * Burnham Lambert Inc"): the raw material for names the lexicon does not know.
 */
import type { DocumentContext } from '../../core/model.js';
import type { CompiledEntities } from './compiled.js';
import { documentWords } from '../../core/words.js';

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

const TOKEN = /\p{Lu}\.(?: ?\p{Lu}\.)*|[\p{L}\p{M}\p{N}'’]+(?:-[\p{L}\p{M}\p{N}]+)*|&/gu;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SENTENCE_OPENER = /[\s"'„“‚‘»«(\[–—-]/u;

export function findRuns(doc: DocumentContext, c: CompiledEntities): Run[] {
  const { text } = doc;
  const runs: Run[] = [];
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const capsSentence = doc.sentences.map((s) => !LOWER.test(s.text) && /\p{Lu}{2}/u.test(s.text));
  // Where each sentence's first word may begin: after its opening quotes, brackets and dashes.
  const afterOpeners = (from: number): number => {
    let i = from;
    while (i < text.length && SENTENCE_OPENER.test(text[i]!)) i++;
    return i;
  };
  const firstWordFrom = sentenceStarts.length ? sentenceStarts.map(afterOpeners) : [afterOpeners(0)];
  let si = 0;
  c.runRe.lastIndex = 0;
  for (const m of text.matchAll(c.runRe)) {
    const start = m.index;
    while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1]! <= start) si++;
    const sentenceStart = sentenceStarts[si] ?? 0;
    const tokens: Token[] = [];
    for (const t of m[0].matchAll(TOKEN)) {
      tokens.push({ text: t[0], start: start + t.index, end: start + t.index + t[0].length, capitalized: CAPITAL.test(t[0]) });
    }
    runs.push({
      start, end: start + m[0].length, tokens,
      opensSentence: start >= sentenceStart && start <= firstWordFrom[si]!,
      inCapsLine: capsSentence[si] ?? false,
    });
  }
  return runs;
}

/** Every word of the text once, and which of them are written in lower case. */
export function wordsOf(doc: DocumentContext): { all: Set<string>; lower: Set<string> } {
  const all = new Set<string>();
  const lower = new Set<string>();
  for (const word of documentWords(doc).text) {
    all.add(word);
    if (LOWER_INITIAL.test(word)) lower.add(word);
  }
  return { all, lower };
}

const LOWER_INITIAL = /^\p{Ll}/u;
