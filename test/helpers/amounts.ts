import type { LanguageCode } from '../../src/types.js';
import { extract } from './extract.js';

export interface FoundAmount {
  kind: 'quantity' | 'money';
  text: string;
  value: number;
  /** Unit for a quantity, ISO code for money. */
  of: string | null;
  qualifier: string | null;
  rule: string;
}

/** Every quantity and money item of a text, in text order, with spans checked. */
export async function amountsIn(text: string, lang: LanguageCode): Promise<FoundAmount[]> {
  const doc = await extract(text, lang);
  const found: Array<FoundAmount & { start: number }> = [];
  for (const claim of doc.claims) {
    for (const q of claim.quantities) {
      if (text.slice(q.start, q.end) !== q.text) throw new Error(`span mismatch: ${q.text}`);
      found.push({ kind: 'quantity', text: q.text, value: q.value, of: q.unit, qualifier: q.qualifier, rule: q.rule, start: q.start });
    }
    for (const m of claim.money) {
      if (text.slice(m.start, m.end) !== m.text) throw new Error(`span mismatch: ${m.text}`);
      found.push({ kind: 'money', text: m.text, value: m.value, of: m.currency, qualifier: m.qualifier, rule: m.rule, start: m.start });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ start: _start, ...rest }) => rest);
}

/** Compact form for assertions: [text, value, unit-or-currency, qualifier]. */
export async function amountRows(text: string, lang: LanguageCode): Promise<Array<[string, number, string | null, string | null]>> {
  return (await amountsIn(text, lang)).map((a) => [a.text, a.value, a.of, a.qualifier]);
}
