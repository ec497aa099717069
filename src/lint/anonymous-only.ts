/**
 * `anonymous-only`: a claim that rests on anonymous sources alone — no named
 * person, spokesperson, organization, outlet or document stands behind it.
 */
import type { LintRule } from './types.js';
import { findingIn, quote, supports } from './claims.js';

export const anonymousOnly: LintRule = {
  id: 'anonymous-only',
  summary: 'a claim carried only by anonymous sources',
  check(doc) {
    return doc.claims
      .filter((c) => c.attributions.some(supports) && c.attributions.every((a) => a.source.type === 'anonymous'))
      .map((claim) => {
        const first = claim.attributions[0]!;
        const sources = [...new Set(claim.attributions.map((a) => quote(a.source.text, 40)))].join(', ');
        return findingIn(claim, first, `claim rests only on anonymous sources: ${sources}`);
      });
  },
};
