import type { Span } from '../types.js';

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

/** Shrinks [start, end) past white space on both sides. */
export function trimSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(source[start] ?? '')) start++;
  while (end > start && /\s/u.test(source[end - 1] ?? '')) end--;
  return { start, end };
}

/** Throws when a span does not point at its own text: the contract's central invariant. */
export function assertSpan(source: string, span: Span, what = 'span'): void {
  if (source.slice(span.start, span.end) !== span.text) {
    throw new Error(`${what} [${span.start}, ${span.end}) does not match its text ${JSON.stringify(span.text)}`);
  }
}
