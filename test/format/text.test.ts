import { describe, expect, it } from 'vitest';
import { textFormatter, wrapRanges } from '../../src/format/text.js';
import { plainStyle, type Style } from '../../src/format/style.js';
import type { FormatOptions } from '../../src/format/types.js';
import type { ExtractedArticle } from '../../src/types.js';
import { sampleArticle } from './sample.js';

/** A style that writes its paints as visible tags, so tests can read what is highlighted how. */
const tagStyle = Object.fromEntries(
  Object.keys(plainStyle).map((name) => [name, (t: string) => `[${name}:${t}]`]),
) as unknown as Style;

const render = (article: ExtractedArticle, o: Partial<FormatOptions> = {}): string =>
  textFormatter.document(article, 0, { explain: false, style: plainStyle, multiple: false, ...o });

describe('text report', () => {
  it('heads each article with its title, where it comes from and the sourcing summary', () => {
    const lines = render(sampleArticle()).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Chipmaker weighs a new plant in Saxony',
      'fixtures/en/sample.txt · 2026-05-03 · en',
      '4 claims sourced: 1 anonymous (3 people), 1 spokesperson (denied), 1 organization did not respond, 1 media report · 1 figure unsourced',
    ]);
  });

  it('prints every claim with a line per source, on one line each when the width is unknown', () => {
    expect(render(sampleArticle()).split('\n').slice(3).join('\n')).toBe(`
  c1  Orbital Semiconductors plans to invest €2.5 billion in a new plant, three people familiar with the plans said.
      ↳ 3 anonymous sources — reported

  c2  The company employs more than 4,000 people in Germany.
      ↳ no source · unsourced figure: more than 4,000 people

  c3  An Orbital spokesperson, Lena Brandt, denied that the plant was delayed.
      ↳ Orbital spokesperson Lena Brandt — denied

  c4  The ministry declined to comment.
      ↳ the ministry — did not respond

  c5  Local officials expect 1,200 new jobs, according to a report by Handelsblatt.
      ↳ Handelsblatt — reported
`);
  });

  it('wraps to the terminal width with a hanging indent', () => {
    const out = render(sampleArticle(), { width: 48 });
    const lines = out.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(48);
    expect(lines).toContain('  c1  Orbital Semiconductors plans to invest');
    expect(lines).toContain('      €2.5 billion in a new plant, three people');
    expect(lines).toContain('      familiar with the plans said.');
    expect(lines).toContain('      ↳ Orbital spokesperson Lena Brandt —');
    expect(lines).toContain('        denied');
    expect(lines).toContain('4 claims sourced: 1 anonymous (3 people), 1');
  });

  it('highlights figures, entities, the attribution and its source, and makes denials and refusals stand out', () => {
    const out = render(sampleArticle(), { style: tagStyle });
    expect(out).toContain('[cyan:Orbital Semiconductors]');
    expect(out).toContain('[bold:[yellow:€2.5 billion]]');
    expect(out).toContain('[italic:[bold:[yellow:three people familiar with the plans]]][italic: said]');
    expect(out).toContain('[bold:[underline:[yellow:more than 4,000 people]]]');
    expect(out).toContain('[bold:[magenta:Orbital spokesperson Lena Brandt]] — [bold:[red:denied]]');
    expect(out).toContain('[bold:[green:the ministry]] — [bold:[magenta:did not respond]]');
    expect(out).toContain('[gray:no source][yellow: · unsourced figure: more than 4,000 people]');
  });

  it('closes every highlight at the end of a wrapped line', () => {
    const out = render(sampleArticle(), { style: tagStyle, width: 48 });
    for (const line of out.split('\n')) expect(line.split('[').length, line).toBe(line.split(']').length);
    expect(out).toContain('[italic:[bold:[yellow:three people]]]\n      [italic:[bold:[yellow:familiar with the plans]]][italic: said]');
  });

  it('names the rule behind every item with --explain', () => {
    const out = render(sampleArticle(), { explain: true });
    expect(out).toContain('        €2.5 billion = 2,500,000,000 EUR ← test.money');
    expect(out).toContain('        three people familiar with the plans said (cue “said”) ← en.anonymous.familiar-with');
    expect(out).toContain('        Orbital Semiconductors (company) ← test.entity');
  });

  it('separates articles', () => {
    const o: FormatOptions = { explain: false, style: plainStyle, multiple: true };
    expect(textFormatter.document(sampleArticle(), 1, o)).toMatch(/^\n─{72}\n\nChipmaker/);
  });
});

describe('wrapRanges', () => {
  it('breaks at spaces and gives an over-long word a line of its own', () => {
    const line = 'a bb ccc https://example.org/a-very-long-address dd';
    expect(wrapRanges(line, 8).map(([a, b]) => line.slice(a, b))).toEqual(['a bb ccc', 'https://example.org/a-very-long-address', 'dd']);
    expect(wrapRanges('short', 80)).toEqual([[0, 5]]);
  });
});
