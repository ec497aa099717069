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
/** Spaces an empty line may hold, and how many of them are read. */
const LINE_SPACE = new Set([' ', '\t', '\r']);
const BLANK_REACH = 80;

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
 * after a frame does not). The work grows with the number of frame ranges,
 * not with the sentence: a long sentence may hold many attributions.
 */
export function contentRanges(tokens: readonly Token[], frame: ReadonlyArray<readonly [number, number]>, keepStop: boolean): Range[] {
  const stop = keepStop ? -1 : finalStop(tokens);
  const last = (stop >= 0 ? stop : tokens.length) - 1;
  const taken = [...frame].sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  let from = 0;
  for (const [a, b] of [...taken, [last + 1, last + 1] as const]) {
    const piece = trimmedPiece(tokens, from, Math.min(a, last + 1) - 1);
    if (piece) out.push(piece);
    from = Math.max(from, b + 1);
  }
  return out;
}

/**
 * Tokens from..to (inclusive) without joining punctuation at either edge (nor
 * a stop at the start), or null when no word is left. Reads the edges and up
 * to the first word, not the whole piece.
 */
function trimmedPiece(tokens: readonly Token[], from: number, to: number): Range | null {
  let a = from;
  let b = to;
  while (a <= b && (EDGE.has(tokens[a]!.text) || STOPS.has(tokens[a]!.text))) a++;
  while (b >= a && EDGE.has(tokens[b]!.text)) b--;
  let k = a;
  while (k <= b && !tokens[k]!.isWord) k++;
  return k <= b ? rangeOf(tokens, a, b) : null;
}

/**
 * Follows a quotation the content opens but the sentence does not close (or
 * closes but did not open) into the sentences after (or before) it, within
 * the paragraph: "Er sagte: „Wir bleiben. Das ist sicher.“" is one quotation
 * over two sentences. A mark's direction is read where it stands (an opening
 * mark is followed by the word it quotes, a closing one is not), so marks
 * used the other way round (Swiss «…») are not taken for what they are not;
 * every search is bounded.
 */
export function followQuotations(text: string, pieces: Range[], quotes: QuotePairs): Range[] {
  if (!pieces.length) return pieces;
  const marks = new QuoteMarks(text, quotes);
  const out = pieces.map((p) => ({ ...p }));
  const last = out[out.length - 1]!;
  const open = marks.lastIn(last);
  if (open && marks.isOpening(open.at)) {
    const end = marks.closingAfter(last.end, open.mark);
    if (end > 0) last.end = end;
  }
  const first = out[0]!;
  const close = marks.firstIn(first);
  if (close && marks.isClosing(close.at)) {
    const start = marks.openingBefore(first.start, close.mark);
    if (start >= 0) first.start = start;
  }
  return out;
}

/** Quotation marks in a text, each read with its direction from its neighbours. */
class QuoteMarks {
  /**
   * The UTF-16 units of the marks, and the least of them: the scans for a
   * mark compare each character with these (most characters are below the
   * least) instead of searching the text once per mark. Only one-unit marks:
   * a mark is read one unit at a time (`isOpening`, `isClosing`).
   */
  private readonly units: number[] = [];
  private readonly least: number;

  constructor(private readonly text: string, private readonly quotes: QuotePairs) {
    for (const [open, close] of quotes) {
      if (open.length === 1) this.units.push(open.charCodeAt(0));
      if (close.length === 1) this.units.push(close.charCodeAt(0));
    }
    this.least = Math.min(...this.units);
  }

  /** An opening mark: one of the language's, right before a word or another mark ("„Wir", "„»"). */
  isOpening(at: number): boolean {
    return this.quotes.has(this.text[at] ?? '') && QUOTED_START.test(this.text[at + 1] ?? '');
  }

  /** A closing mark: one of the language's, not right before a word ("sicher.“ Danach"). */
  isClosing(at: number): boolean {
    return this.openingAnsweredBy(this.text[at] ?? '') !== undefined && !WORD_CHAR.test(this.text[at + 1] ?? '');
  }

  private isMark(at: number): boolean {
    return this.isOpening(at) || this.isClosing(at);
  }

  /** The last mark in a range (within reach of its end), as the opening it is or answers: read back from the end, character by character. */
  lastIn(r: Range): { at: number; mark: string } | null {
    return this.firstMarkFrom(Math.min(r.end, this.text.length) - 1, Math.max(r.start, r.end - QUOTE_REACH) - 1, -1);
  }

  /** The first mark in a range (within reach of its start), as the opening it is or answers. */
  firstIn(r: Range): { at: number; mark: string } | null {
    return this.firstMarkFrom(r.start, Math.min(r.end, r.start + QUOTE_REACH, this.text.length), 1);
  }

  /** The first mark met from `from` by `step` (1 or -1) before reaching `stop`, as the opening it is or answers. */
  private firstMarkFrom(from: number, stop: number, step: 1 | -1): { at: number; mark: string } | null {
    const { text, units, least } = this;
    for (let at = from; step > 0 ? at < stop : at > stop; at += step) {
      const unit = text.charCodeAt(at);
      if (unit < least) continue;
      // Compared in place, no call per character (umlauts are above the least of „“»«).
      let k = 0;
      while (k < units.length && units[k] !== unit) k++;
      if (k < units.length && this.isMark(at)) return { at, mark: this.openingOf(at) };
    }
    return null;
  }

  /** A line break at `at` followed by an empty line: a paragraph ends. */
  private blankLineAfter(at: number): boolean {
    if (this.text[at] !== '\n') return false;
    let k = at + 1;
    while (k < this.text.length && k < at + BLANK_REACH && LINE_SPACE.has(this.text[k]!)) k++;
    return this.text[k] === '\n';
  }

  /** A line break at `at` after an empty line: a paragraph starts. */
  private blankLineBefore(at: number): boolean {
    if (this.text[at] !== '\n') return false;
    let k = at - 1;
    while (k >= 0 && k > at - BLANK_REACH && LINE_SPACE.has(this.text[k]!)) k--;
    return this.text[k] === '\n';
  }

  /** The opening mark a closing one answers (of two that share it, the later pair's), if it is one of the language's closing marks; a few pairs, read in turn. */
  private openingAnsweredBy(c: string): string | undefined {
    let answered: string | undefined;
    for (const [open, close] of this.quotes) if (close === c) answered = open;
    return answered;
  }

  private openingOf(at: number): string {
    const c = this.text[at]!;
    return this.quotes.has(c) ? c : this.openingAnsweredBy(c)!;
  }

  /** The end (after it) of the closing mark answering `open`, before a paragraph break or another opening; -1 if none. */
  closingAfter(from: number, open: string): number {
    const close = this.quotes.get(open);
    const limit = Math.min(this.text.length, from + QUOTE_REACH);
    for (let k = from; k < limit; k++) {
      if (this.blankLineAfter(k)) return -1;
      if (this.text[k] === close && this.isClosing(k)) return k + 1;
      if (this.text[k] === open && this.isOpening(k)) return -1;
    }
    return -1;
  }

  /** The start of the opening mark `open` answered before `to`, after a paragraph break or an earlier closing; -1 if none. */
  openingBefore(to: number, open: string): number {
    const close = this.quotes.get(open);
    const limit = Math.max(0, to - QUOTE_REACH);
    for (let k = to - 1; k >= limit; k--) {
      if (this.blankLineBefore(k)) return -1;
      if (this.text[k] === open && this.isOpening(k)) return k;
      if (this.text[k] === close && this.isClosing(k)) return -1;
    }
    return -1;
  }
}

/** What may follow an opening mark: a letter, digit or another mark. */
const QUOTED_START = /[\p{L}\p{N}„“”»«‚‘"'(]/u;
const WORD_CHAR = /(?:\p{L}|\p{N})/u;

/** The whole sentence as content (a continuation reports it whole), its quotation followed. */
export function sentenceContent(text: string, tokens: readonly Token[], quotes: QuotePairs): Range[] {
  if (!tokens.length) return [];
  return followQuotations(text, [rangeOf(tokens, 0, tokens.length - 1)], quotes);
}
