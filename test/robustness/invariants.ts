/** What every document must satisfy whatever the input: the contract's invariants, as a list of violations. */
import type { ClaimsDocument } from '../../src/types.js';
import { allSpans } from '../helpers/extract.js';

export function violations(text: string, doc: ClaimsDocument): string[] {
  const found: string[] = [];
  for (const span of allSpans(doc)) {
    const { where, start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      found.push(`${where}: [${start}, ${end}) outside the text (length ${text.length})`);
    } else if (text.slice(start, end) !== span.text) {
      found.push(`${where}: ${JSON.stringify(span.text)} is not the text at [${start}, ${end}): ${JSON.stringify(text.slice(start, end))}`);
    }
  }
  const entityIds = new Set(doc.entities.map((e) => e.id));
  doc.claims.forEach((claim, i) => {
    if (claim.id !== `c${i + 1}`) found.push(`claim ${i} has id ${claim.id}`);
    const next = doc.claims[i + 1];
    if (next && next.start < claim.end) found.push(`${claim.id} [${claim.start}, ${claim.end}) overlaps or precedes ${next.id} [${next.start}, ${next.end})`);
    for (const id of claim.entities) if (!entityIds.has(id)) found.push(`${claim.id} names unknown entity ${id}`);
    for (const amount of [...claim.quantities, ...claim.money]) {
      if (!Number.isFinite(amount.value)) found.push(`${claim.id}: ${JSON.stringify(amount.text)} has value ${amount.value}`);
    }
    for (const a of claim.attributions) {
      const { count } = a.source;
      if (count !== null && !(Number.isInteger(count) && count > 0)) found.push(`${claim.id}: ${JSON.stringify(a.text)} has count ${count}`);
    }
  });
  if (doc.published !== null && !/^\d{4}-\d{2}-\d{2}$/u.test(doc.published)) found.push(`published ${doc.published}`);
  return found;
}
