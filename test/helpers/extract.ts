import { extractClaims } from '../../src/pipeline.js';
import type { ClaimsDocument, LanguageCode } from '../../src/types.js';

/** Extracts one text as a test would write it: a sentence or a short article. */
export function extract(text: string, lang: LanguageCode): Promise<ClaimsDocument> {
  return extractClaims(text, { source: 'test.txt', lang });
}

/** Every span of a document, with a label saying where it is. */
export function allSpans(doc: ClaimsDocument): Array<{ where: string; text: string; start: number; end: number }> {
  const spans: Array<{ where: string; text: string; start: number; end: number }> = [];
  for (const e of doc.entities) for (const m of e.mentions) spans.push({ where: `entity ${e.id}`, ...m });
  for (const c of doc.claims) {
    spans.push({ where: `claim ${c.id}`, text: c.text, start: c.start, end: c.end });
    for (const q of c.quantities) spans.push({ where: `${c.id} quantity`, text: q.text, start: q.start, end: q.end });
    for (const m of c.money) spans.push({ where: `${c.id} money`, text: m.text, start: m.start, end: m.end });
    for (const a of c.attributions) spans.push({ where: `${c.id} attribution`, text: a.text, start: a.start, end: a.end });
  }
  return spans;
}
