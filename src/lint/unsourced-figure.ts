/**
 * `unsourced-figure`: a sentence with a quantity or an amount and no source,
 * in an article that attributes its figures as a rule (at least as many
 * figure sentences attributed as not) — the exceptions are the figures the
 * reader cannot trace back to anyone. Articles that attribute few of their
 * figures (results, statistics read off a table) are a different kind of text.
 */
import { isSourced } from '../types.js';
import type { LintRule } from './types.js';
import { findingIn, isHeadline, quote } from './claims.js';

export const unsourcedFigure: LintRule = {
  id: 'unsourced-figure',
  summary: 'a figure with no source where the article attributes its other figures',
  check(doc) {
    const withFigures = doc.claims.filter((c) => !isHeadline(doc, c) && c.quantities.length + c.money.length > 0);
    const unsourced = withFigures.filter((c) => !isSourced(c));
    const attributed = withFigures.length - unsourced.length;
    if (attributed === 0 || attributed < unsourced.length) return [];
    const others = withFigures.length - 1;
    const contrast = attributed < others
      ? `${attributed} of the article's ${others} other figure sentences are`
      : others === 1 ? "the article's other figure sentence is" : `all ${others} other figure sentences in the article are`;
    return unsourced.map((claim) => {
      const figure = [...claim.quantities, ...claim.money].sort((a, b) => a.start - b.start)[0]!;
      return findingIn(claim, figure, `figure ${quote(figure.text)} has no source, while ${contrast} attributed`);
    });
  },
};
