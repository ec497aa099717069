/**
 * Claims: the sentences that carry a figure, an amount, an attribution or a
 * named company, organization or chip, in text order, with what they carry.
 */
import type { DocumentContext, EntityMention } from '../core/model.js';
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
  const inSentence = <T extends { start: number }>(items: readonly T[], s: { start: number; end: number }): T[] =>
    items.filter((x) => x.start >= s.start && x.start < s.end);
  for (const sentence of doc.sentences) {
    const mentionIdx = inputs.mentions.map((m, i) => [m, i] as const).filter(([m]) => m.start >= sentence.start && m.start < sentence.end);
    const quantities = inSentence(inputs.quantities, sentence);
    const money = inSentence(inputs.money, sentence);
    const attributions = inputs.attributions.filter((a) => a.sentenceIndex === sentence.index).map((a) => a.attribution);
    const namesSomething = mentionIdx.some(([m]) => CLAIM_ENTITY_TYPES.has(m.type));
    if (!quantities.length && !money.length && !attributions.length && !namesSomething) continue;
    const entities = [...new Set(mentionIdx.map(([, i]) => inputs.entityIdOf[i]!))];
    claims.push({
      id: `c${claims.length + 1}`,
      text: sentence.text, start: sentence.start, end: sentence.end,
      entities, quantities, money, attributions,
    });
  }
  return claims;
}
