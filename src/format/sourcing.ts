/**
 * Plain-language descriptions of who stands behind a claim, shared by the
 * human-readable formats (text, html).
 */
import { type Attribution, type Claim, type ClaimsDocument, type Money, type Qualifier, type Quantity, type SourceType, type Stance, isSourced } from '../types.js';

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
      // Unnamed, but not from nowhere: "analysts at Deutsche Bank".
      if (s.organization) who += ` (${s.organization})`;
      break;
    case 'spokesperson':
      // Of no known body and unnamed, the phrase says most: "a ministry spokesperson", not "spokesperson".
      who = s.organization || s.name ? [s.organization, 'spokesperson', s.name].filter(Boolean).join(' ') : s.text;
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

/**
 * The attributions of later claims that take `claim` as what was said ("Das
 * teilte das Unternehmen mit." after it), with the id of the claim holding
 * each. `byId`: the claims of the document (or of its window) by id.
 */
export function laterSources(claim: Claim, byId: ReadonlyMap<string, Claim>): Array<{ attribution: Attribution; in: string }> {
  const found: Array<{ attribution: Attribution; in: string }> = [];
  for (const id of claim.sourcedIn ?? []) {
    for (const a of byId.get(id)?.attributions ?? []) {
      // A source the claim names itself is said once: "Laut der Zeitung … Das berichtete die Zeitung."
      if (claim.attributions.some((own) => sameSourceAndStance(own, a))) continue;
      if (a.spans?.content.some((c) => c.start < claim.end && c.end > claim.start)) found.push({ attribution: a, in: id });
    }
  }
  return found;
}

/** Whether two attributions show the same line: one source, one stance. */
function sameSourceAndStance(a: Attribution, b: Attribution): boolean {
  const x = a.source;
  const y = b.source;
  if (a.stance !== b.stance || x.type !== y.type || x.name !== y.name || x.organization !== y.organization) return false;
  return x.name !== null || x.organization !== null || x.text.toLowerCase() === y.text.toLowerCase();
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

export function toneOf(claim: Claim, byId?: ReadonlyMap<string, Claim>): Tone {
  return claim.attributions[0]?.source.type ?? (byId && laterSources(claim, byId)[0]?.attribution.source.type) ?? 'none';
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
  const tally = new SourcingTally();
  for (const claim of doc.claims) tally.add(claim);
  return tally.summary();
}

interface TypeTally {
  attributions: number;
  stances: Record<Stance, number>;
  /** Anonymous sources: each one's number of people, where the text gives it, in order. */
  counts: number[];
  unnumbered: number;
}

/**
 * The summary's counts, taken claim by claim: a document written window by
 * window has its summary without keeping its claims.
 */
export class SourcingTally {
  private claims = 0;
  private sourced = 0;
  private unsourcedFigures = 0;
  private readonly types = new Map<SourceType, TypeTally>();

  add(claim: Claim): void {
    this.claims++;
    if (!isSourced(claim)) {
      this.unsourcedFigures += figureCount(claim);
      return;
    }
    this.sourced++;
    // a continued attribution is the same source again, not another one
    for (const a of claim.attributions) {
      if (a.inherited) continue;
      let tally = this.types.get(a.source.type);
      if (!tally) {
        tally = { attributions: 0, stances: { asserts: 0, denies: 0, confirms: 0, declines: 0 }, counts: [], unnumbered: 0 };
        this.types.set(a.source.type, tally);
      }
      tally.attributions++;
      tally.stances[a.stance]++;
      if (a.source.count !== null) tally.counts.push(a.source.count);
      else tally.unnumbered++;
    }
  }

  summary(): string {
    if (this.claims === 0) return 'no claims found';
    const parts: string[] = [];
    for (const type of TYPE_ORDER) {
      const tally = this.types.get(type);
      if (!tally) continue;
      const [one, many] = PLURAL[type];
      const noun = tally.attributions === 1 ? one : many;
      if (tally.stances.declines === tally.attributions) {
        parts.push(`${tally.attributions} ${noun} did not respond`);
        continue;
      }
      const details: string[] = [];
      if (type === 'anonymous') {
        for (const count of tally.counts) details.push(`${count} ${count === 1 ? 'source' : 'people'}`);
        if (tally.unnumbered) details.push(`${tally.unnumbered} unnumbered`);
      }
      for (const stance of ['denies', 'confirms', 'declines'] as const) {
        const n = tally.stances[stance];
        if (n) details.push(tally.attributions === 1 ? STANCE_VERB[stance] : `${n} ${STANCE_VERB[stance]}`);
      }
      parts.push(`${tally.attributions} ${noun}${details.length ? ` (${details.join('; ')})` : ''}`);
    }
    const head = `${this.sourced} ${this.sourced === 1 ? 'claim' : 'claims'} sourced${parts.length ? `: ${parts.join(', ')}` : ''}`;
    return `${head} · ${this.unsourcedFigures} ${this.unsourcedFigures === 1 ? 'figure' : 'figures'} unsourced`;
  }
}
