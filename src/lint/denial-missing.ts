/**
 * `denial-missing`: others make a claim about a company or organization, and
 * the article never lets it answer — no response, denial, confirmation or
 * statement of its own, not even "did not respond".
 *
 * A claim is about the first party it names outside its source phrase
 * ("Samsung is close to a deal with Nvidia, Bloomberg reported" is about
 * Samsung): order, not grammar, so the rule reads no words of any language.
 */
import type { Attribution, Claim, ClaimsDocument, Entity, EntityType, Span } from '../types.js';
import type { LintRule, RuleFinding } from './types.js';
import { findingIn, quote, sameParty, supports } from './claims.js';

/** Parties that can be asked to answer; outlets are sources, chips and people are not parties here. */
const PARTY_TYPES: ReadonlySet<EntityType> = new Set(['company', 'organization']);
/** Source types through which a party speaks when its name appears in the source phrase ("Alibaba", "an Alibaba spokesman"). */
const SPEAKING_TYPES: ReadonlySet<string> = new Set(['organization', 'spokesperson', 'person']);

export const denialMissing: LintRule = {
  id: 'denial-missing',
  summary: 'a claim about an organization that the article never lets answer',
  check(doc) {
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    for (const claim of doc.claims) {
      const supporting = claim.attributions.find(supports);
      if (!supporting) continue;
      const subject = subjectOf(claim, doc);
      if (!subject || reported.has(subject.entity.id)) continue;
      if (doc.claims.some((c) => c.attributions.some((a) => speaksFor(a, subject.entity)))) continue;
      reported.add(subject.entity.id);
      findings.push(findingIn(claim, subject.mention,
        `${subject.entity.name} is the subject of a claim by ${quote(supporting.source.text, 40)} but never answers in the article (no response, denial or confirmation)`));
    }
    return findings;
  },
};

/** The party named first in the claim, outside its attribution phrases. */
function subjectOf(claim: Claim, doc: ClaimsDocument): { entity: Entity; mention: Span } | undefined {
  let first: { entity: Entity; mention: Span } | undefined;
  for (const entity of doc.entities) {
    if (!PARTY_TYPES.has(entity.type) || !claim.entities.includes(entity.id)) continue;
    const mention = entity.mentions.find((m) => m.start >= claim.start && m.end <= claim.end && !insideAttribution(claim, m));
    if (mention && (!first || mention.start < first.mention.start)) first = { entity, mention };
  }
  return first;
}

function speaksFor(a: Attribution, entity: Entity): boolean {
  if (a.source.type === 'anonymous' || a.source.type === 'media') return false;
  if (sameParty(a.source.organization, entity.name) || sameParty(a.source.name, entity.name)) return true;
  if (!SPEAKING_TYPES.has(a.source.type)) return false;
  const at = a.text.indexOf(a.source.text);
  if (at === -1 || a.source.text === '') return false;
  const sourceStart = a.start + at;
  const sourceEnd = sourceStart + a.source.text.length;
  return entity.mentions.some((m) => m.start >= sourceStart && m.end <= sourceEnd);
}

function insideAttribution(claim: Claim, span: Span): boolean {
  return claim.attributions.some((a) => span.start >= a.start && span.end <= a.end);
}
