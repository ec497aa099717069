/**
 * Sentence spans. Boundaries: blank lines and indented lines (paragraphs), the
 * end of the headline line, and terminal punctuation followed by white space
 * and a capital, digit or opening quote, unless the word before the stop is an
 * abbreviation, an initial or an ordinal before a month name ("30. September").
 */
import type { Sentence } from '../core/model.js';
import { trimSpan } from '../core/span.js';
import { storeFields } from '../core/shape.js';
import { LETTER_OR_NUMBER, SPACE, classBefore, classOfUnit } from '../core/chars.js';

export interface SentenceConfig {
  /** Tokens that end in a period without ending a sentence: "z.B.", "Mio.", "Inc.", "U.S.". */
  abbreviations: readonly string[];
  /** Month names: a number with a period before one is an ordinal date ("3. Oktober"). */
  monthNames: readonly string[];
  /** Words after which "3." is an ordinal, not a sentence end ("des 3. Bataillons", "am 20. Mai"). */
  ordinalContext: readonly string[];
  /**
   * Capitalized words that open a sentence and never continue a name, so that
   * a dotted acronym before one ends its sentence: "in the U.S. He said".
   */
  sentenceOpeners?: readonly string[];
}

/**
 * A SentenceConfig with its word lists as sets, made once when a language
 * module is loaded rather than for every document.
 */
export interface SentenceRules {
  abbreviations: ReadonlySet<string>;
  ordinal: OrdinalCues;
  openers: ReadonlySet<string>;
}

/** Hold one language's SentenceRules and OrdinalCues with field types that stay narrow (see core/shape). */
// Declaration merging: the class has the fields of SentenceRules (storeFields stores them).
interface SentenceTables extends SentenceRules {}
class SentenceTables {
  constructor(fields: SentenceRules) { storeFields(this, fields); }
}
// Declaration merging: the class has the fields of OrdinalCues (storeFields stores them).
interface OrdinalTables extends OrdinalCues {}
class OrdinalTables {
  constructor(fields: OrdinalCues) { storeFields(this, fields); }
}

export function sentenceRules(config: SentenceConfig): SentenceRules {
  const ordinal: OrdinalCues = {
    months: new Set(config.monthNames.map((m) => m.toLowerCase())),
    before: new Set(config.ordinalContext.map((w) => w.toLowerCase())),
  };
  const fields: SentenceRules = {
    abbreviations: new Set(config.abbreviations),
    ordinal: new OrdinalTables(ordinal),
    openers: new Set(config.sentenceOpeners ?? []),
  };
  return new SentenceTables(fields);
}

/** One line break, CRLF counted once (a bare "\r" before "\n" is not a break of its own). */
const BREAK = '(?:\\r\\n|\\r(?!\\n)|\\n)';
/** Paragraph breaks: a blank line, or a line break followed by indentation (wire copy). */
const PARAGRAPH_BREAK = new RegExp(`${BREAK}[ \\t\\u00a0]*${BREAK}\\s*|${BREAK}(?=[ \\t\\u00a0]{2,}|\\t)`, 'gu');
/** A possible sentence end: stops, then closing quotes or brackets, then white space. */
/** Starts only at the first stop of a run, so a long run of dots is read once, not once per dot. */
const STOP = /(?<![.!?…])[.!?…]+["'“”»«‘’)\]]*(?=\s)/gu;
const NEXT_STARTS_SENTENCE = /^\s+["'„“‚‘»«(\[]?[\p{Lu}\p{N}]/u;
const LINE_END = /\r\n?|\n/gu;
/** Wire services wrap lines at about 70 characters; longer lines are paragraphs. */
const WRAPPED_LINE_MAX = 100;
/** The last characters of a line that ends a sentence or a quotation. */
const LINE_FINISHED = '.!?…:;"\'“”»«)';
// A heading ends in a word (a letter or number), not in punctuation (a wrapped line may end in a comma).

export function splitSentences(text: string, rules: SentenceRules, titleEnd: number | null): Sentence[] {
  const { abbreviations, ordinal, openers } = rules;
  const cuts: Array<{ at: number; paragraph: boolean }> = [];

  for (const m of text.matchAll(PARAGRAPH_BREAK)) cuts.push({ at: m.index, paragraph: true });
  if (titleEnd !== null) cuts.push({ at: titleEnd, paragraph: true });

  for (const m of text.matchAll(STOP)) {
    const end = m.index + m[0].length;
    if (!NEXT_STARTS_SENTENCE.test(text.slice(end, end + 4))) continue;
    if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(text, m.index, end, abbreviations, ordinal, openers)) continue;
    cuts.push({ at: end, paragraph: false });
  }

  // A single line break is a paragraph break after a line longer than a
  // wrapped wire-copy line, and after a heading: a line with no stop of its own
  // that stands after a finished sentence. Wrapped lines ("said the\nassociation")
  // stay joined.
  let lineStart = 0;
  let previousLineFinished = true;
  for (const m of text.matchAll(LINE_END)) {
    // The line trimmed, found by its last character that is no white space: no copy of the line.
    let lineEnd = m.index;
    while (lineEnd > lineStart && classOfUnit(text, lineEnd - 1) & SPACE) lineEnd--;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const nextStartsLower = /^[ \t]*\p{Ll}/u.test(next);
    const isHeading = previousLineFinished && lineEnd > lineStart && (classBefore(text, lineEnd) & LETTER_OR_NUMBER) !== 0 && /^[ \t]*\p{Lu}/u.test(next);
    if (!nextStartsLower && (m.index - lineStart > WRAPPED_LINE_MAX || isHeading)) cuts.push({ at: m.index, paragraph: true });
    if (lineEnd > lineStart) previousLineFinished = LINE_FINISHED.includes(text[lineEnd - 1]!);
    lineStart = m.index + m[0].length;
  }

  cuts.sort((a, b) => a.at - b.at);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  let breakPending = false;
  const push = (to: number): void => {
    const { start, end } = trimSpan(text, from, to);
    if (end <= start) return;
    if (breakPending && sentences.length > 0) paragraph++;
    breakPending = false;
    const isTitle = sentences.length === 0 && titleEnd !== null && end <= titleEnd;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph, isTitle });
  };
  for (const cut of cuts) {
    if (cut.at > from) {
      push(cut.at);
      from = cut.at;
    }
    if (cut.paragraph) breakPending = true;
  }
  push(text.length);
  return sentences;
}

/** Decides whether the period at `dot` ends a sentence. */
interface OrdinalCues {
  months: ReadonlySet<string>;
  before: ReadonlySet<string>;
}

const NEXT_WORD = /^\s+(\p{L}+)/u;

function endsSentence(
  text: string, dot: number, after: number, abbreviations: ReadonlySet<string>, ordinal: OrdinalCues, openers: ReadonlySet<string>,
): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !(classOfUnit(text, wordStart - 1) & SPACE)) wordStart--;
  const raw = text.slice(wordStart, dot + 1);
  const token = raw.replace(/^["'„“‚‘»«(\[]+/u, '');
  // A dotted acronym ("U.S.", "D.C.") ends its sentence before a sentence opener ("He", "The");
  // a single capital is an initial ("E. Smith").
  const acronym = /^(?:\p{L}\.){2,}$/u.test(token) && token.length <= 8;
  if (acronym && openers.has(NEXT_WORD.exec(text.slice(after, after + 20))?.[1] ?? '')) return true;
  if (abbreviations.has(token)) return false;
  // Initials and other dotted acronyms: "E.", "E.F.", "U.S.A. Today".
  if (/^(?:\p{L}\.)+$/u.test(token) && token.length <= 8) return false;
  // Ordinals: "30. September", "des 3. Bataillons", "beim „2. Deutschen Klimakongress"
  if (/^\d{1,3}\.$/u.test(token)) {
    const next = NEXT_WORD.exec(text.slice(after, after + 20));
    if (next && ordinal.months.has(next[1]!.toLowerCase())) return false;
    const previous = /(\p{L}+)[\s„"»]*$/u.exec(text.slice(Math.max(0, wordStart - 20), wordStart));
    if (previous && ordinal.before.has(previous[1]!.toLowerCase())) return false;
    if (raw !== token) return false;
  }
  return true;
}
