import { describe, expect, it } from 'vitest';
import { describeAttribution, describeFigure, sourcingSummary } from '../../src/format/sourcing.js';
import type { Source } from '../../src/types.js';
import { attribution, claim, document, money, quantity, sampleArticle } from './sample.js';

const TEXT = 'Two insiders said sales rose 5 percent. A source said costs fell 3 percent. '
  + 'TikTok spokesperson Michael Hughes denied it. Neither ByteDance nor Huawei responded to requests. '
  + 'Output grew by 7 units. Prices rose 2 percent. The company paid $4 million. A ministry spokesperson denied it.';

const source = (type: Source['type'], text: string, more: Partial<Source> = {}): Source => ({ text, type, count: null, name: null, organization: null, ...more });

describe('source lines', () => {
  it('say at a glance who stands behind a claim and what they did', () => {
    const line = (phrase: string, src: Source, stance: Parameters<typeof attribution>[3]) => describeAttribution(attribution(TEXT, phrase, src, stance));
    expect(line('Two insiders said', source('anonymous', 'Two insiders', { count: 3 }), 'asserts')).toBe('3 anonymous sources — reported');
    expect(line('A source said', source('anonymous', 'A source', { count: 1 }), 'asserts')).toBe('1 anonymous source — reported');
    expect(line('Two insiders said', source('anonymous', 'Two insiders', { organization: 'ByteDance' }), 'asserts')).toBe('anonymous sources (ByteDance) — reported');
    expect(line('TikTok spokesperson Michael Hughes denied', source('spokesperson', 'TikTok spokesperson Michael Hughes', { name: 'Michael Hughes', organization: 'TikTok' }), 'denies'))
      .toBe('TikTok spokesperson Michael Hughes — denied');
    // Unnamed and of no known body: the phrase keeps what kind of body it was.
    expect(line('A ministry spokesperson denied', source('spokesperson', 'A ministry spokesperson'), 'denies')).toBe('A ministry spokesperson — denied');
    expect(line('Neither ByteDance nor Huawei responded', source('organization', 'ByteDance', { organization: 'ByteDance' }), 'declines')).toBe('ByteDance — did not respond');
  });

  it('read figures back as values', () => {
    expect(describeFigure({ ...quantity(TEXT, '5 percent', 5, 'percent'), qualifier: 'more_than' })).toBe('more than 5 percent');
    expect(describeFigure(money(TEXT, '$4 million', 4e6, 'USD'))).toBe('4,000,000 USD');
  });
});

describe('sourcing summary', () => {
  it('counts sources by type with their stances, and the figures no one stands behind', () => {
    const t = TEXT;
    const doc = document(t, {
      claims: [
        claim(t, 'c1', 'Two insiders said sales rose 5 percent.', { attributions: [attribution(t, 'Two insiders said', source('anonymous', 'Two insiders', { count: 3 }), 'asserts')] }),
        claim(t, 'c2', 'A source said costs fell 3 percent.', { attributions: [attribution(t, 'A source said', source('anonymous', 'A source', { count: 1 }), 'asserts')] }),
        claim(t, 'c3', 'TikTok spokesperson Michael Hughes denied it.', { attributions: [attribution(t, 'TikTok spokesperson Michael Hughes denied', source('spokesperson', 'TikTok spokesperson Michael Hughes'), 'denies')] }),
        claim(t, 'c4', 'Neither ByteDance nor Huawei responded to requests.', {
          attributions: [
            attribution(t, 'Neither ByteDance nor Huawei responded', source('organization', 'ByteDance'), 'declines'),
            attribution(t, 'Neither ByteDance nor Huawei responded', source('organization', 'Huawei'), 'declines'),
          ],
        }),
        claim(t, 'c5', 'Output grew by 7 units.', { quantities: [quantity(t, '7 units', 7, 'units')] }),
        claim(t, 'c6', 'Prices rose 2 percent.', { quantities: [quantity(t, '2 percent', 2, 'percent')] }),
        claim(t, 'c7', 'The company paid $4 million.', { money: [money(t, '$4 million', 4e6, 'USD')] }),
      ],
    });
    expect(sourcingSummary(doc)).toBe('4 claims sourced: 2 anonymous (3 people; 1 source), 1 spokesperson (denied), 2 organizations did not respond · 3 figures unsourced');
    expect(sourcingSummary(sampleArticle().doc)).toBe('4 claims sourced: 1 anonymous (3 people), 1 spokesperson (denied), 1 organization did not respond, 1 media report · 1 figure unsourced');
    expect(sourcingSummary(document('', {}))).toBe('no claims found');
  });

  it('counts a continued source once and unnumbered anonymous sources together', () => {
    const t = 'Insiders said sales rose. Costs fell too. People close to the firm said so. A source said more.';
    const inherited = { ...attribution(t, 'Insiders said', source('anonymous', 'Insiders'), 'asserts'), inherited: true };
    const doc = document(t, {
      claims: [
        claim(t, 'c1', 'Insiders said sales rose.', { attributions: [attribution(t, 'Insiders said', source('anonymous', 'Insiders'), 'asserts')] }),
        claim(t, 'c2', 'Costs fell too.', { attributions: [inherited] }),
        claim(t, 'c3', 'People close to the firm said so.', { attributions: [attribution(t, 'People close to the firm said', source('anonymous', 'People close to the firm'), 'asserts')] }),
        claim(t, 'c4', 'A source said more.', { attributions: [attribution(t, 'A source said', source('anonymous', 'A source', { count: 1 }), 'asserts')] }),
      ],
    });
    expect(sourcingSummary(doc)).toBe('4 claims sourced: 3 anonymous (1 source; 2 unnumbered) · 0 figures unsourced');
  });
});
