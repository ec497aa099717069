/**
 * `unsourced-figure`: a sentence with a quantity or an amount and no source,
 * in an article that does attribute its other figures — the one figure the
 * reader cannot trace back to anyone.
 */
import type { LintRule } from './types.js';
import { findingIn, isHeadline, quote } from './claims.js';

export const unsourcedFigure: LintRule = {
  id: 'unsourced-figure',
  summary: 'a figure with no source where the article attributes its other figures',
  check(doc) {
    const withFigures = doc.claims.filter((c) => !isHeadline(doc, c) && c.quantities.length + c.money.length > 0);
    const attributed = withFigures.filter((c) => c.attributions.length > 0).length;
    if (attributed === 0) return [];
    return withFigures
      .filter((c) => c.attributions.length === 0)
      .map((claim) => {
        const figure = [...claim.quantities, ...claim.money].sort((a, b) => a.start - b.start)[0]!;
        const others = attributed === 1 ? 'the other figure sentence in this article is' : `the ${attributed} other figure sentences in this article are`;
        return findingIn(claim, figure, `figure ${quote(figure.text)} has no source, while ${others} attributed`);
      });
  },
};
