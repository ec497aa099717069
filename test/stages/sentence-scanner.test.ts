/**
 * The sentence splitter reads stops, line breaks and paragraph breaks by
 * hand; on any text it cuts exactly where the patterns it replaces cut
 * (the reference below, as the splitter was written with them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/model.js';
import { splitSentences, type SentenceRules } from '../../src/stages/sentences.js';
import { germanSentences } from '../../src/lang/de/sentences.js';
import { englishSentences } from '../../src/lang/en/sentences.js';
import { LETTER_OR_NUMBER, SPACE, classBefore, classOfUnit } from '../../src/core/chars.js';
import { trimSpan } from '../../src/core/span.js';

const BREAK = '(?:\\r\\n|\\r(?!\\n)|\\n)';
const PARAGRAPH_BREAK = new RegExp(`${BREAK}[ \\t\\u00a0]*${BREAK}\\s*|${BREAK}(?=[ \\t\\u00a0]{2,}|\\t)`, 'gu');
const STOP = /(?<![.!?…])[.!?…]+["'“”»«‘’)\]]*(?=\s)/gu;
const NEXT_STARTS_SENTENCE = /^\s+["'„“‚‘»«(\[]?[\p{Lu}\p{N}]/u;
const LINE_END = /\r\n?|\n/gu;
const LINE_FINISHED = '.!?…:;"\'“”»«)';
const NEXT_WORD = /^\s+(\p{L}+)/u;

function referenceSplit(text: string, rules: SentenceRules, titleEnd: number | null): Sentence[] {
  const { abbreviations, ordinal, openers } = rules;
  const cuts: Array<{ at: number; paragraph: boolean }> = [];
  for (const m of text.matchAll(PARAGRAPH_BREAK)) cuts.push({ at: m.index, paragraph: true });
  if (titleEnd !== null) cuts.push({ at: titleEnd, paragraph: true });
  for (const m of text.matchAll(STOP)) {
    const end = m.index + m[0].length;
    if (!NEXT_STARTS_SENTENCE.test(text.slice(end, end + 4))) continue;
    if (m[0][0] === '.' && m[0].length === 1 && !referenceEndsSentence(text, m.index, end, abbreviations, ordinal, openers)) continue;
    cuts.push({ at: end, paragraph: false });
  }
  let lineStart = 0;
  let previousLineFinished = true;
  for (const m of text.matchAll(LINE_END)) {
    let lineEnd = m.index;
    while (lineEnd > lineStart && classOfUnit(text, lineEnd - 1) & SPACE) lineEnd--;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const nextStartsLower = /^[ \t]*\p{Ll}/u.test(next);
    const isHeading = previousLineFinished && lineEnd > lineStart && (classBefore(text, lineEnd) & LETTER_OR_NUMBER) !== 0 && /^[ \t]*\p{Lu}/u.test(next);
    if (!nextStartsLower && (m.index - lineStart > 100 || isHeading)) cuts.push({ at: m.index, paragraph: true });
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

function referenceEndsSentence(
  text: string, dot: number, after: number, abbreviations: ReadonlySet<string>, ordinal: SentenceRules['ordinal'], openers: ReadonlySet<string>,
): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !(classOfUnit(text, wordStart - 1) & SPACE)) wordStart--;
  const raw = text.slice(wordStart, dot + 1);
  const token = raw.replace(/^["'„“‚‘»«(\[]+/u, '');
  const acronym = /^(?:\p{L}\.){2,}$/u.test(token) && token.length <= 8;
  if (acronym && openers.has(NEXT_WORD.exec(text.slice(after, after + 20))?.[1] ?? '')) return true;
  if (abbreviations.has(token)) return false;
  if (/^(?:\p{L}\.)+$/u.test(token) && token.length <= 8) return false;
  if (/^\d{1,3}\.$/u.test(token)) {
    const next = NEXT_WORD.exec(text.slice(after, after + 20));
    if (next && ordinal.months.has(next[1]!.toLowerCase())) return false;
    const previous = /(\p{L}+)[\s„"»]*$/u.exec(text.slice(Math.max(0, wordStart - 20), wordStart));
    if (previous && ordinal.before.has(previous[1]!.toLowerCase())) return false;
    if (raw !== token) return false;
  }
  return true;
}

const PIECES = [
  'a', 'Wort', 'Z', 'Ü', 'ß', 'é', 'Ω', 'ж', 'Ж', '5', '12', '2024', '٣', '½', '\u0301', '中', '𝐀', '𝐚', '𝟙', '😀', '\ud800', '\udc00',
  '.', '.', '.', '!', '?', '…', '...', ',', ':', ';', '-', '"', "'", '„', '“', '”', '‚', '‘', '’', '»', '«', '(', ')', '[', ']',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u00a0', '\u2028', '\u3000', '\u1680',
  // A capital or lower-case letter of two units right at the edge of the windows read after a stop and a line break.
  '   𝐀', '  „𝐀', '\n      𝐚', '\n       𝐚', '\n       𝐀',
  'z.B.', 'Dr.', 'Mrd.', 'U.S.', 'E.', 'E.F.', 'Inc.', '3.', '30.', '1234.', 'September', 'des', 'am', 'He', 'The', 'Der', 'sagte',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 60 }));
/** Long lines, so that the wrapped-line rule (over 100 units) is met too. */
const longLines = fc.array(fc.oneof(text, fc.constantFrom('x'.repeat(101), 'Wort '.repeat(21))), { maxLength: 6 }).map((parts) => parts.join(''));

describe('sentence splitter', () => {
  for (const [lang, rules] of [['German', germanSentences], ['English', englishSentences]] as const) {
    it(`cuts a ${lang} text where the stop, line and paragraph patterns cut`, () => {
      fc.assert(fc.property(fc.oneof(anyText, longLines), fc.option(fc.nat(80), { nil: null }), (s, titleEnd) => {
        const title = titleEnd === null ? null : Math.min(titleEnd, s.length);
        expect(splitSentences(s, rules, title)).toEqual(referenceSplit(s, rules, title));
      }), { numRuns: 4000 });
    });
  }
});
