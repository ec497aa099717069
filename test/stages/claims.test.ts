/**
 * Claims that a later sentence sources by pointing back to them ("Das teilte
 * das Unternehmen mit."), and how reports show them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.js';
import { textFormatter } from '../../src/format/text.js';
import { htmlFormatter } from '../../src/format/html.js';
import { plainStyle } from '../../src/format/style.js';
import { unsourcedFigure } from '../../src/lint/unsourced-figure.js';
import { articleStats } from '../../src/stats/index.js';

const ARTICLE = [
  'Zulieferer baut Stellen ab',
  '',
  'Der Zulieferer Mahle will bis 2027 rund 7.600 Stellen abbauen. Das teilte das Unternehmen am Mittwoch mit.',
  'Die Fabrik in Stuttgart soll 40 Millionen Euro kosten.',
  '',
].join('\n');

describe('claims sourced by a later sentence', () => {
  it('name the claim whose cue points back to them', async () => {
    const doc = await extract(ARTICLE, 'de');
    const [figures, cue, factory] = doc.claims;
    expect(figures!.attributions).toEqual([]);
    expect(figures!.sourcedIn).toEqual([cue!.id]);
    expect(cue!.attributions.map((a) => a.source.organization)).toEqual(['Mahle']);
    expect(cue!.sourcedIn).toBeUndefined();
    expect(factory!.sourcedIn).toBeUndefined();
  });

  it('are not sourced by a cue with a statement of its own', async () => {
    const doc = await extract('Zulieferer baut Stellen ab\n\nMahle will 7.600 Stellen abbauen. Ein Sprecher sagte, die Lage sei ernst.\n', 'de');
    expect(doc.claims.map((c) => c.sourcedIn)).toEqual([undefined, undefined]);
  });

  it('show their source in the report, and their figures are not unsourced', async () => {
    const doc = await extract(ARTICLE, 'de');
    const report = textFormatter.document({ text: ARTICLE, doc }, 0, { explain: false, style: plainStyle, multiple: false });
    expect(report).toContain('↳ Mahle — said (in c2)');
    expect(report).toContain('· 1 figure unsourced');
    expect(report).toContain('unsourced figure: 40 Millionen Euro');
    expect(report).not.toContain('unsourced figure: rund 7.600 Stellen');
  });

  it('do not show a later source again that they name themselves', async () => {
    const text = 'Zulieferer baut Stellen ab\n\nNach Angaben von Mahle sollen 7.600 Stellen wegfallen. Das teilte Mahle am Dienstag mit.\n';
    const doc = await extract(text, 'de');
    expect(doc.claims[0]!.sourcedIn).toEqual([doc.claims[1]!.id]);
    const report = textFormatter.document({ text, doc }, 0, { explain: false, style: plainStyle, multiple: false });
    expect(report).not.toContain('(in c2)');
    expect(report.match(/↳ Mahle — /gu)).toHaveLength(2);
  });

  it('link to the claim that sources them in the HTML report', async () => {
    const doc = await extract(ARTICLE, 'de');
    const page = htmlFormatter.begin({ explain: false, style: plainStyle, multiple: false })
      + htmlFormatter.document({ text: ARTICLE, doc }, 0, { explain: false, style: plainStyle, multiple: false });
    expect(page).toMatch(/<span class="who">Mahle<\/span> — said <a class="in" href="#[\w-]+-c2">\(in c2\)<\/a>/u);
    expect(page).toContain('<p class="figures">Figures: rund 7.600 Stellen</p>');
  });

  it('count as sourced in stats and lint: the figure with no source is the exception lint names', async () => {
    const doc = await extract(ARTICLE, 'de');
    expect(articleStats(doc).unsourcedFigures).toBe(1);
    expect(unsourcedFigure.check(doc).map((f) => f.sentence.text)).toEqual(['Die Fabrik in Stuttgart soll 40 Millionen Euro kosten.']);
  });
});
