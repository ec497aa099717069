import { describe, expect, it } from 'vitest';
import { CorpusStats, articleStats, renderStatsText, summaryLine, type ArticleStats } from '../../src/stats/index.js';
import { extract } from '../helpers/extract.js';

function stats(part: Partial<ArticleStats>): ArticleStats {
  return {
    claims: 0, figures: 0, unsourcedFigures: 0, attributions: 0, anonymous: 0, voices: [],
    sourceTypes: { anonymous: 0, person: 0, spokesperson: 0, organization: 0, media: 0, document: 0 },
    stances: { asserts: 0, denies: 0, confirms: 0, declines: 0 },
    ...part,
  };
}

describe('corpus statistics', () => {
  it('adds up counts, the share of unsourced figures and anonymous sources per article', () => {
    const corpus = new CorpusStats();
    corpus.add(stats({ claims: 3, figures: 4, unsourcedFigures: 1, attributions: 2, anonymous: 2,
      sourceTypes: { anonymous: 2, person: 0, spokesperson: 0, organization: 0, media: 0, document: 0 },
      stances: { asserts: 1, denies: 1, confirms: 0, declines: 0 } }));
    corpus.add(stats({ claims: 1, figures: 4, unsourcedFigures: 3 }));
    corpus.add(stats({ anonymous: 7 }));
    const r = corpus.report();
    expect(r).toMatchObject({ articles: 3, claims: 4, figures: 8, unsourcedFigures: 4, unsourcedFigureShare: 0.5, attributions: 2 });
    expect(r.sourceTypes.anonymous).toBe(2);
    expect(r.stances).toEqual({ asserts: 1, denies: 1, confirms: 0, declines: 0 });
    expect(r.anonymousPerArticle).toEqual({ mean: 3, articlesWithAny: 2, histogram: { '0': 1, '1': 0, '2': 1, '3': 0, '4': 0, '5+': 1 } });
  });

  it('ranks organizations by how often they speak, with their spokespeople', () => {
    const corpus = new CorpusStats();
    corpus.add(stats({ voices: [
      { organization: 'TikTok', spokesperson: 'Michael Hughes', viaSpokesperson: true },
      { organization: 'TikTok', spokesperson: null, viaSpokesperson: true },
      { organization: 'Huawei', spokesperson: null, viaSpokesperson: false },
    ] }));
    corpus.add(stats({ voices: [{ organization: 'TikTok', spokesperson: 'Michael Hughes', viaSpokesperson: true }] }));
    const r = corpus.report(1);
    expect(r.organizations).toEqual([{ name: 'TikTok', attributions: 3, spokespeople: [{ name: 'Michael Hughes', attributions: 2 }], unnamedSpokespeople: 1 }]);
    expect(renderStatsText(r)).toContain('  TikTok: 3 — Michael Hughes (2), unnamed spokesperson (1)\n');
  });

  it('reports no share and no mean over nothing', () => {
    const r = new CorpusStats().report();
    expect(r.unsourcedFigureShare).toBeNull();
    expect(r.anonymousPerArticle.mean).toBeNull();
    expect(renderStatsText(r)).toContain('figures: 0, with no source: 0 (n/a)');
  });

  it('counts an article the way its document reads', async () => {
    const doc = await extract('Werk\n\nNvidia will 100 Prozent mehr Chips bauen. Das Werk kostet 2 Milliarden Euro.\n', 'de');
    const s = articleStats(doc);
    expect(s.claims).toBe(doc.claims.length);
    expect(s.figures).toBe(doc.claims.reduce((n, c) => n + c.quantities.length + c.money.length, 0));
    expect(s.attributions).toBe(doc.claims.reduce((n, c) => n + c.attributions.filter((a) => !a.inherited).length, 0));
  });

  it('sums a batch up in one line', () => {
    const corpus = new CorpusStats();
    corpus.add(stats({ claims: 5, attributions: 3, sourceTypes: { anonymous: 2, person: 0, spokesperson: 1, organization: 0, media: 0, document: 0 } }));
    corpus.failed = 1;
    expect(summaryLine(corpus.report(), { skipped: 2, seconds: 1.25 }))
      .toBe('4 files · 2 skipped as up to date · 1 failed · 5 claims · 3 attributions: 2 anonymous, 1 spokesperson · 1.3 s');
  });
});
