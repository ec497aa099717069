/**
 * `single-source`: someone in the article denies, and everything asserted or
 * confirmed against that denial comes from one source (one person, one
 * outlet, one document). Sources that continue an earlier one (inherited)
 * are that earlier source; several unnamed people are several sources.
 */
import type { Attribution, Claim, Source } from '../types.js';
import type { LintRule } from './types.js';
import { findingIn, headcount, quote, sameParty, supports } from './claims.js';

export const singleSource: LintRule = {
  id: 'single-source',
  summary: "the article's contested claims rest on one source",
  check(doc) {
    const denials = doc.claims.flatMap((c) => c.attributions.filter((a) => a.stance === 'denies'));
    if (denials.length === 0) return [];
    const deniers = denials.flatMap((a) => [a.source.organization, a.source.name]);
    const fromDenier = (a: Attribution): boolean => deniers.some((d) => sameParty(d, a.source.organization) || sameParty(d, a.source.name));
    const support: Array<{ claim: Claim; attribution: Attribution }> = doc.claims.flatMap((claim) =>
      claim.attributions
        .filter((a) => supports(a) && !a.inherited && !fromDenier(a))
        .map((attribution) => ({ claim, attribution })),
    );
    const first = support[0];
    if (!first) return [];
    const sources = new Set(support.map(({ attribution }) => sourceKey(attribution.source)));
    if (sources.size > 1 || headcount(first.attribution.source) > 1) return [];
    const denier = quote(denials[0]!.source.text, 40);
    return [findingIn(first.claim, first.attribution, `the contested claims rest on one source, ${quote(first.attribution.source.text, 40)}, against the denial of ${denier}`)];
  },
};

function sourceKey(source: Source): string {
  return `${source.type}|${(source.name ?? source.organization ?? source.text).toLowerCase()}`;
}
