/**
 * Role spans of an attribution over a sentence's tokens: what was said (the
 * content) is the sentence outside the introducing phrase (the frame), in
 * pieces, and a quotation the sentence opens or closes is followed to its other
 * end in the neighbouring sentences.
 */
import type { Token } from './tokens.js';

export interface Range {
  start: number;
  end: number;
}

/** Quotation marks of a language: each opening mark with its closing one. */
export type QuotePairs = ReadonlyMap<string, string>;

/** Punctuation a content piece sheds at its edges: what joins it to its frame. */
const EDGE = new Set([',', ';', ':', '–', '—', '-']);
const STOPS = new Set(['.', '!', '?']);
/** How far a quotation is followed past its sentence: a few sentences, never a whole text. */
const QUOTE_REACH = 1500;
const PARAGRAPH_BREAK = /\n[ \t]*\n/u;

/** The character range of tokens from..to (inclusive). */
export const rangeOf = (tokens: readonly Token[], from: number, to: number): Range => ({ start: tokens[from]!.start, end: tokens[to]!.end });

/** Whether the sentence ends in a stop of its own (not one inside a closing quotation mark). */
export function finalStop(tokens: readonly Token[]): number {
  const last = tokens.length - 1;
  return last >= 0 && STOPS.has(tokens[last]!.text) ? last : -1;
}

/**
 * The content: the tokens outside the frame (token ranges, inclusive), in
 * contiguous pieces trimmed of joining punctuation; the sentence's own final
 * stop only when `keepStop` (a sentence reported whole keeps it, a clause
 * after a frame does not).
 */
export function contentRanges(tokens: readonly Token[], frame: ReadonlyArray<readonly [number, number]>, keepStop: boolean): Range[] {
  const outside = new Uint8Array(tokens.length).fill(1);
  for (const [from, to] of frame) for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) outside[k] = 0;
  const stop = keepStop ? -1 : finalStop(tokens);
  if (stop >= 0) outside[stop] = 0;
  const out: Range[] = [];
  for (let k = 0; k < tokens.length;) {
    if (!outside[k]) { k++; continue; }
    let a = k;
    while (k < tokens.length && outside[k]) k++;
    let b = k - 1;
    while (a <= b && (EDGE.has(tokens[a]!.text) || STOPS.has(tokens[a]!.text))) a++;
    while (b >= a && EDGE.has(tokens[b]!.text)) b--;
    let words = false;
    for (let m = a; m <= b && !words; m++) words = tokens[m]!.isWord;
    if (words) out.push(rangeOf(tokens, a, b));
  }
  return out;
}

/**
 * Follows a quotation the content opens but the sentence does not close (or
 * closes but did not open) into the sentences after (or before) it, within
 * the paragraph: "Er sagte: „Wir bleiben. Das ist sicher.“" is one quotation
 * over two sentences.
 */
export function followQuotations(text: string, pieces: Range[], quotes: QuotePairs): Range[] {
  if (!pieces.length) return pieces;
  const out = pieces.map((p) => ({ ...p }));
  const last = out[out.length - 1]!;
  const open = unclosedOpening(text, last, quotes);
  if (open) {
    const end = closingAfter(text, last.end, open, quotes.get(open)!);
    if (end > 0) last.end = end;
  }
  const first = out[0]!;
  const close = unopenedClosing(text, first, quotes);
  if (close) {
    const start = openingBefore(text, first.start, close, quotes);
    if (start >= 0) first.start = start;
  }
  return out;
}

/**
 * The opening mark left open at the end of a range, if any. A closing mark
 * before any opening one means the marks are used the other way round
 * (Swiss «…»): then nothing is followed.
 */
function unclosedOpening(text: string, r: Range, quotes: QuotePairs): string | null {
  const closing = new Set(quotes.values());
  const stack: string[] = [];
  for (let k = r.start; k < r.end; k++) {
    const c = text[k]!;
    if (quotes.has(c)) stack.push(c);
    else if (stack.length && quotes.get(stack[stack.length - 1]!) === c) stack.pop();
    else if (closing.has(c)) return null;
  }
  return stack[0] ?? null;
}

/** A closing mark in a range with no opening before it there, if any. */
function unopenedClosing(text: string, r: Range, quotes: QuotePairs): string | null {
  const closing = new Set(quotes.values());
  let depth = 0;
  for (let k = r.start; k < r.end; k++) {
    const c = text[k]!;
    if (quotes.has(c)) depth++;
    else if (closing.has(c)) {
      if (depth === 0) return c;
      depth--;
    }
  }
  return null;
}

/** The end (after the mark) of the closing mark that answers `open`, before a paragraph break or a new quotation; -1 if none. */
function closingAfter(text: string, from: number, open: string, close: string): number {
  const window = text.slice(from, Math.min(text.length, from + QUOTE_REACH));
  const stopAt = window.search(PARAGRAPH_BREAK);
  const limit = stopAt < 0 ? window.length : stopAt;
  for (let k = 0; k < limit; k++) {
    const c = window[k]!;
    if (c === close) return from + k + 1;
    if (c === open) return -1;
  }
  return -1;
}

/** The start of the opening mark that `close` answers, after a paragraph break or an earlier closing; -1 if none. */
function openingBefore(text: string, to: number, close: string, quotes: QuotePairs): number {
  const from = Math.max(0, to - QUOTE_REACH);
  const window = text.slice(from, to);
  let limit = 0;
  for (const m of window.matchAll(new RegExp(PARAGRAPH_BREAK, 'gu'))) limit = m.index + m[0].length;
  for (let k = window.length - 1; k >= limit; k--) {
    const c = window[k]!;
    if (quotes.get(c) === close) return from + k;
    if (c === close) return -1;
  }
  return -1;
}

/** The whole sentence as content (a continuation reports it whole), its quotation followed. */
export function sentenceContent(text: string, tokens: readonly Token[], quotes: QuotePairs): Range[] {
  if (!tokens.length) return [];
  return followQuotations(text, [rangeOf(tokens, 0, tokens.length - 1)], quotes);
}
