/**
 * Plain-language descriptions of who stands behind a claim, shared by the
 * human-readable formats (text, html).
 */
import type { Attribution, Claim, ClaimsDocument, Money, Qualifier, Quantity, SourceType, Stance } from '../types.js';

export const STANCE_VERB: Record<Stance, string> = {
  asserts: 'said',
  denies: 'denied',
  confirms: 'confirmed',
  declines: 'did not respond',
};

/** Who stands behind a claim and what they did: { who: "3 anonymous sources", act: "reported" }. */
export function attributionParts(a: Attribution): { who: string; act: string } {
  const s = a.source;
  let who: string;
  switch (s.type) {
    case 'anonymous':
      who = s.count === 1 ? '1 anonymous source' : s.count ? `${s.count} anonymous sources` : 'anonymous sources';
      break;
    case 'spokesperson':
      who = [s.organization, 'spokesperson', s.name].filter(Boolean).join(' ');
      break;
    case 'person':
      who = s.name ? (s.organization ? `${s.name} (${s.organization})` : s.name) : s.text;
      break;
    case 'organization':
    case 'media':
      who = s.organization ?? s.text;
      break;
    case 'document':
      who = `document: ${s.text}`;
      break;
  }
  const act = a.stance === 'asserts' && (s.type === 'anonymous' || s.type === 'media' || s.type === 'document') ? 'reported' : STANCE_VERB[a.stance];
  return { who, act: `${act}${a.inherited ? ' (continued)' : ''}` };
}

/** "3 anonymous sources — reported", "TikTok spokesperson Michael Hughes — denied". */
export function describeAttribution(a: Attribution): string {
  const { who, act } = attributionParts(a);
  return `${who} — ${act}`;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  more_than: 'more than', less_than: 'less than', about: 'about', at_least: 'at least', at_most: 'at most', up_to: 'up to',
};

/** A figure as read: "more than 100,000 Chips", "2,000,000,000 USD" — to check against the text. */
export function describeFigure(figure: Quantity | Money): string {
  const unit = 'currency' in figure ? figure.currency : figure.unit;
  return [figure.qualifier ? QUALIFIER_WORDS[figure.qualifier] : null, figure.value.toLocaleString('en-US'), unit].filter(Boolean).join(' ');
}

export const TYPE_ORDER: readonly SourceType[] = ['anonymous', 'person', 'spokesperson', 'organization', 'media', 'document'];

/** How a claim is colored: by the type of its first source, "none" when it has none. */
export type Tone = SourceType | 'none';
export const TONES: readonly Tone[] = [...TYPE_ORDER, 'none'];

export function toneOf(claim: Claim): Tone {
  return claim.attributions[0]?.source.type ?? 'none';
}
const PLURAL: Record<SourceType, [string, string]> = {
  anonymous: ['anonymous', 'anonymous'],
  person: ['person', 'people'],
  spokesperson: ['spokesperson', 'spokespeople'],
  organization: ['organization', 'organizations'],
  media: ['media report', 'media reports'],
  document: ['document', 'documents'],
};

export function figureCount(claim: Claim): number {
  return claim.quantities.length + claim.money.length;
}

/**
 * "4 claims sourced: 2 anonymous (3 people; 1 source), 1 spokesperson
 * (denied), 2 organizations did not respond · 3 figures unsourced".
 */
export function sourcingSummary(doc: ClaimsDocument): string {
  if (doc.claims.length === 0) return 'no claims found';
  const sourced = doc.claims.filter((c) => c.attributions.length > 0);
  const unsourcedFigures = doc.claims.filter((c) => c.attributions.length === 0).reduce((n, c) => n + figureCount(c), 0);
  const all = sourced.flatMap((c) => c.attributions);
  const parts: string[] = [];
  for (const type of TYPE_ORDER) {
    const ofType = all.filter((a) => a.source.type === type);
    if (ofType.length === 0) continue;
    const [one, many] = PLURAL[type];
    const noun = ofType.length === 1 ? one : many;
    if (ofType.every((a) => a.stance === 'declines')) {
      parts.push(`${ofType.length} ${noun} did not respond`);
      continue;
    }
    const details: string[] = [];
    if (type === 'anonymous') {
      for (const a of ofType) details.push(a.source.count === null ? 'unnumbered' : `${a.source.count} ${a.source.count === 1 ? 'source' : 'people'}`);
    }
    for (const stance of ['denies', 'confirms', 'declines'] as const) {
      const n = ofType.filter((a) => a.stance === stance).length;
      if (n) details.push(ofType.length === 1 ? STANCE_VERB[stance] : `${n} ${STANCE_VERB[stance]}`);
    }
    parts.push(`${ofType.length} ${noun}${details.length ? ` (${details.join('; ')})` : ''}`);
  }
  const head = `${sourced.length} ${sourced.length === 1 ? 'claim' : 'claims'} sourced${parts.length ? `: ${parts.join(', ')}` : ''}`;
  return `${head} · ${unsourcedFigures} ${unsourcedFigures === 1 ? 'figure' : 'figures'} unsourced`;
}
