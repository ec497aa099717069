/**
 * Claims: the sentences that carry a figure, an amount, an attribution or a
 * named company, organization or chip, in text order, with what they carry.
 */
import type { DocumentContext, EntityMention, Sentence } from '../core/model.js';
import type { Claim, EntityType, Money, Quantity } from '../types.js';
import type { SentenceAttribution } from './attributions/config.js';

/** Mentions of these types make a sentence a statement about a named thing. */
const CLAIM_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['company', 'organization', 'chip', 'media', 'product']);

export interface ClaimInputs {
  mentions: readonly EntityMention[];
  entityIdOf: readonly string[];
  quantities: readonly Quantity[];
  money: readonly Money[];
  attributions: readonly SentenceAttribution[];
}

export function buildClaims(doc: DocumentContext, inputs: ClaimInputs): Claim[] {
  const claims: Claim[] = [];
  // Grouped once, so that the work grows with the text, not with sentences × items.
  const mentionsOf = groupBySentence(inputs.mentions.map((m, i) => [m, i] as const), ([m]) => m.start, doc.sentences);
  const quantitiesOf = groupBySentence(inputs.quantities, (q) => q.start, doc.sentences);
  const moneyOf = groupBySentence(inputs.money, (m) => m.start, doc.sentences);
  const attributionsOf = new Map<number, SentenceAttribution['attribution'][]>();
  for (const a of inputs.attributions) {
    const list = attributionsOf.get(a.sentenceIndex) ?? [];
    list.push(a.attribution);
    attributionsOf.set(a.sentenceIndex, list);
  }
  doc.sentences.forEach((sentence, s) => {
    const mentionIdx = mentionsOf[s]!;
    const quantities = quantitiesOf[s]!;
    const money = moneyOf[s]!;
    const attributions = attributionsOf.get(sentence.index) ?? [];
    const namesSomething = mentionIdx.some(([m]) => CLAIM_ENTITY_TYPES.has(m.type));
    if (!quantities.length && !money.length && !attributions.length && !namesSomething) return;
    const entities = [...new Set(mentionIdx.map(([, i]) => inputs.entityIdOf[i]!))];
    claims.push({
      id: `c${claims.length + 1}`,
      text: sentence.text, start: sentence.start, end: sentence.end,
      entities, quantities, money, attributions,
    });
  });
  return claims;
}

/** The items starting inside each sentence (by position in `sentences`), in their given order. */
function groupBySentence<T>(items: readonly T[], startOf: (item: T) => number, sentences: readonly Sentence[]): T[][] {
  // Plain loops, not map() and for-of: the arrays' element kinds vary (empty lists, map() results), and
  // the iterator and map() paths meet them as new maps each time ('wrong map' deopts, recompiles).
  const groups: T[][] = [];
  for (let g = 0; g < sentences.length; g++) groups.push([]);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const start = startOf(item);
    // The last sentence starting at or before the item, by binary search.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= start) lo = mid + 1;
      else hi = mid - 1;
    }
    const s = sentences[hi];
    if (s && start < s.end) groups[hi]!.push(item);
  }
  return groups;
}
