import type { Span } from '../types.js';
import { SPACE, classOfUnit } from './chars.js';

/** A span whose `text` is exactly `source.slice(start, end)`. */
export function makeSpan(source: string, start: number, end: number): Span {
  return { text: source.slice(start, end), start, end };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Shrinks [start, end) past white space (`\s`, one UTF-16 unit at a time) on both sides. */
export function trimSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && classOfUnit(source, start) & SPACE) start++;
  while (end > start && classOfUnit(source, end - 1) & SPACE) end--;
  return { start, end };
}

/** Throws when a span does not point at its own text: the contract's central invariant. */
export function assertSpan(source: string, span: Span, what = 'span'): void {
  if (source.slice(span.start, span.end) !== span.text) {
    throw new Error(`${what} [${span.start}, ${span.end}) does not match its text ${JSON.stringify(span.text)}`);
  }
}
