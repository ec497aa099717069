/**
 * The text as a reader sees it: soft hyphens, zero-width spaces and joiners,
 * directional marks and word joiners are invisible, and an editor or a web
 * page may leave them inside a word or number ("Sie\u00ADmens", "100.\u200B000").
 * The stages read the text without them; every span found there is mapped
 * back to the decoded text, covering the invisible characters inside it.
 */
import type { ClaimsDocument, Span } from '../types.js';

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/u;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+/gu;

export interface VisibleText {
  /** The text without its invisible characters. */
  text: string;
  /** Offset in the decoded text of a span that starts at `offset` of `text`. */
  startAt(offset: number): number;
  /** Offset in the decoded text of a span that ends at `offset` of `text` (invisible characters after it stay outside). */
  endAt(offset: number): number;
}

/** The visible text, or null when every character is visible (the common case: nothing to map). */
export function visibleText(original: string): VisibleText | null {
  if (!INVISIBLE.test(original)) return null;
  // Where each removed run starts in the visible text, and how many characters were removed up to and including it.
  const at: number[] = [];
  const removedUpTo: number[] = [];
  const parts: string[] = [];
  let removed = 0;
  let from = 0;
  for (const m of original.matchAll(INVISIBLE_ALL)) {
    parts.push(original.slice(from, m.index));
    at.push(m.index - removed);
    removed += m[0].length;
    removedUpTo.push(removed);
    from = m.index + m[0].length;
  }
  parts.push(original.slice(from));
  const text = parts.join('');
  /** Characters removed before visible offset `offset`, counting a run at `offset` itself when `inclusive`. */
  const removedBefore = (offset: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? at[mid]! <= offset : at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? removedUpTo[lo - 1]! : 0;
  };
  return {
    text,
    startAt: (offset) => offset + removedBefore(offset, true),
    endAt: (offset) => offset + removedBefore(offset, false),
  };
}

/** The document with every span pointing into `original` instead of the visible text. */
export function mapToOriginal(doc: ClaimsDocument, original: string, visible: VisibleText): ClaimsDocument {
  const span = <T extends Span>(s: T): T => {
    const start = visible.startAt(s.start);
    const end = Math.max(start, visible.endAt(s.end));
    return { ...s, text: original.slice(start, end), start, end };
  };
  const range = (r: { start: number; end: number }): { start: number; end: number } => {
    const start = visible.startAt(r.start);
    return { start, end: Math.max(start, visible.endAt(r.end)) };
  };
  return {
    ...doc,
    entities: doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(span) })),
    claims: doc.claims.map((c) => ({
      ...span(c),
      quantities: c.quantities.map(span),
      money: c.money.map(span),
      attributions: c.attributions.map((a) => ({
        ...span(a),
        ...(a.spans ? { spans: {
          source: a.spans.source.map(range), cue: a.spans.cue.map(range), content: a.spans.content.map(range),
          ...(a.spans.frame ? { frame: a.spans.frame.map(range) } : {}),
        } } : {}),
      })),
    })),
  };
}
