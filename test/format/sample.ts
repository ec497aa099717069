/**
 * A short article of our own and the document the pipeline is meant to make
 * of it, built by hand so that formatter tests do not depend on extraction.
 */
import type { Attribution, ClaimsDocument, Entity, ExtractedArticle, Money, Quantity, Source, Span } from '../../src/types.js';

export const SAMPLE_TEXT = `Chipmaker weighs a new plant in Saxony

BERLIN, May 3, 2026 - Orbital Semiconductors plans to invest €2.5 billion in a new plant, three people familiar with the plans said.

The company employs more than 4,000 people in Germany. An Orbital spokesperson, Lena Brandt, denied that the plant was delayed.

The ministry declined to comment. Local officials expect 1,200 new jobs, according to a report by Handelsblatt.
`;

/** The span of the n-th occurrence of `needle` in `text` (n from 0). */
export function spanOf(text: string, needle: string, n = 0): Span {
  let start = -1;
  for (let i = 0; i <= n; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (${n}) is not in the text`);
  }
  return { text: needle, start, end: start + needle.length };
}

function source(type: Source['type'], text: string, more: Partial<Source> = {}): Source {
  return { text, type, count: null, name: null, organization: null, ...more };
}

export function attribution(text: string, phrase: string, src: Source, stance: Attribution['stance'], rule = 'test.attribution'): Attribution {
  return { ...spanOf(text, phrase), source: src, cue: phrase.split(' ').at(-1)!, stance, inherited: false, rule };
}

export function quantity(text: string, phrase: string, value: number, unit: string | null, rule = 'test.quantity'): Quantity {
  return { ...spanOf(text, phrase), value, unit, qualifier: null, rule };
}

export function money(text: string, phrase: string, value: number, currency: string, rule = 'test.money'): Money {
  return { ...spanOf(text, phrase), value, currency, qualifier: null, rule };
}

export function entity(text: string, id: string, name: string, type: Entity['type'], mentions: string[]): Entity {
  return { id, name, type, mentions: mentions.map((m) => spanOf(text, m)), rule: 'test.entity' };
}

export function claim(text: string, id: string, sentence: string, parts: { entities?: string[]; quantities?: Quantity[]; money?: Money[]; attributions?: Attribution[] } = {}) {
  return { id, ...spanOf(text, sentence), entities: parts.entities ?? [], quantities: parts.quantities ?? [], money: parts.money ?? [], attributions: parts.attributions ?? [] };
}

export function document(text: string, fields: Partial<ClaimsDocument>): ClaimsDocument {
  return { schemaVersion: 1, source: 'sample.txt', language: 'en', title: null, published: null, entities: [], claims: [], warnings: [], ...fields };
}

export function sampleArticle(): ExtractedArticle {
  const t = SAMPLE_TEXT;
  const doc = document(t, {
    source: 'fixtures/en/sample.txt',
    title: 'Chipmaker weighs a new plant in Saxony',
    published: '2026-05-03',
    entities: [
      entity(t, 'e1', 'Orbital Semiconductors', 'company', ['Orbital Semiconductors']),
      entity(t, 'e2', 'Handelsblatt', 'media', ['Handelsblatt']),
    ],
    claims: [
      claim(t, 'c1', 'Orbital Semiconductors plans to invest €2.5 billion in a new plant, three people familiar with the plans said.', {
        entities: ['e1'],
        money: [money(t, '€2.5 billion', 2.5e9, 'EUR')],
        attributions: [attribution(t, 'three people familiar with the plans said', source('anonymous', 'three people familiar with the plans', { count: 3 }), 'asserts', 'en.anonymous.familiar-with')],
      }),
      claim(t, 'c2', 'The company employs more than 4,000 people in Germany.', {
        quantities: [{ ...quantity(t, 'more than 4,000 people', 4000, 'people'), qualifier: 'more_than' }],
      }),
      claim(t, 'c3', 'An Orbital spokesperson, Lena Brandt, denied that the plant was delayed.', {
        attributions: [attribution(t, 'An Orbital spokesperson, Lena Brandt, denied', source('spokesperson', 'An Orbital spokesperson, Lena Brandt', { name: 'Lena Brandt', organization: 'Orbital' }), 'denies')],
      }),
      claim(t, 'c4', 'The ministry declined to comment.', {
        attributions: [attribution(t, 'The ministry declined to comment', source('organization', 'The ministry', { organization: 'the ministry' }), 'declines')],
      }),
      claim(t, 'c5', 'Local officials expect 1,200 new jobs, according to a report by Handelsblatt.', {
        entities: ['e2'],
        quantities: [quantity(t, '1,200 new jobs', 1200, 'jobs')],
        attributions: [attribution(t, 'according to a report by Handelsblatt', source('media', 'Handelsblatt', { organization: 'Handelsblatt' }), 'asserts')],
      }),
    ],
  });
  return { text: t, doc };
}
