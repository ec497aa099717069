/**
 * `denial-missing`: others make a claim about a company or organization, and
 * the article never lets it answer — no response, denial, confirmation or
 * statement of its own, not even "did not respond".
 */
import type { Attribution, Claim, Entity, EntityType } from '../types.js';
import type { LintRule, RuleFinding } from './types.js';
import { findingIn, quote, supports } from './claims.js';

/** Parties that can be asked to answer; outlets are sources, chips and people are not parties here. */
const PARTY_TYPES: ReadonlySet<EntityType> = new Set(['company', 'organization']);
/** Source types through which a party speaks when its name appears in the source phrase ("Alibaba", "an Alibaba spokesman"). */
const SPEAKING_TYPES: ReadonlySet<string> = new Set(['organization', 'spokesperson', 'person']);

export const denialMissing: LintRule = {
  id: 'denial-missing',
  summary: 'a claim about an organization that the article never lets answer',
  check(doc) {
    const findings: RuleFinding[] = [];
    for (const entity of doc.entities) {
      if (!PARTY_TYPES.has(entity.type)) continue;
      if (doc.claims.some((c) => c.attributions.some((a) => speaksFor(a, entity)))) continue;
      const claim = doc.claims.find((c) => isClaimAbout(c, entity));
      if (!claim) continue;
      const mention = entity.mentions.find((m) => m.start >= claim.start && m.end <= claim.end && !insideAttribution(claim, m)) ?? claim;
      const by = quote(claim.attributions.find(supports)!.source.text, 40);
      findings.push(findingIn(claim, mention, `${entity.name} is the subject of a claim by ${by} but never answers in the article (no response, denial or confirmation)`));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

function speaksFor(a: Attribution, entity: Entity): boolean {
  if (a.source.type === 'anonymous' || a.source.type === 'media') return false;
  if (a.source.organization === entity.name || a.source.name === entity.name) return true;
  if (!SPEAKING_TYPES.has(a.source.type)) return false;
  const at = a.text.indexOf(a.source.text);
  if (at === -1 || a.source.text === '') return false;
  const sourceStart = a.start + at;
  const sourceEnd = sourceStart + a.source.text.length;
  return entity.mentions.some((m) => m.start >= sourceStart && m.end <= sourceEnd);
}

/** Someone else asserts something in a sentence that names the entity outside the source phrase. */
function isClaimAbout(claim: Claim, entity: Entity): boolean {
  if (!claim.entities.includes(entity.id) || !claim.attributions.some(supports)) return false;
  return entity.mentions.some((m) => m.start >= claim.start && m.end <= claim.end && !insideAttribution(claim, m));
}

function insideAttribution(claim: Claim, span: { start: number; end: number }): boolean {
  return claim.attributions.some((a) => span.start >= a.start && span.end <= a.end);
}
