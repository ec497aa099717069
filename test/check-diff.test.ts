/** The snapshot diff says what changed in words, pairing items by what they are. */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../src/check/diff.js';
import { parseSnapshot, serializeSnapshot, snapshotOf } from '../src/check/snapshot.js';
import type { ClaimsDocument } from '../src/types.js';
import { DocumentBuilder } from './helpers/build-document.js';

const ARTICLE = [
  'Huawei baut mehr Chips',
  '',
  'Huawei will in diesem Jahr 30.000 Ascend-Chips bauen, wie drei mit den Plänen vertraute Personen berichten.',
  'Ein Nvidia-Sprecher wollte sich dazu nicht äußern.',
  'Die Fabrik koste rund 2 Milliarden Euro, berichtet das Handelsblatt.',
].join('\n');
const C1 = 'Huawei will in diesem Jahr 30.000 Ascend-Chips bauen, wie drei mit den Plänen vertraute Personen berichten.';
const C2 = 'Ein Nvidia-Sprecher wollte sich dazu nicht äußern.';
const C3 = 'Die Fabrik koste rund 2 Milliarden Euro, berichtet das Handelsblatt.';

const threePeople = { phrase: 'wie drei mit den Plänen vertraute Personen berichten', source: 'drei mit den Plänen vertraute Personen', type: 'anonymous', count: 3, cue: 'berichten' } as const;
const spokesperson = { phrase: 'Ein Nvidia-Sprecher wollte sich dazu nicht äußern', source: 'Ein Nvidia-Sprecher', type: 'spokesperson', count: 1, organization: 'Nvidia', cue: 'wollte sich nicht äußern', stance: 'declines' } as const;
const handelsblatt = { phrase: 'berichtet das Handelsblatt', source: 'das Handelsblatt', type: 'media', organization: 'Handelsblatt', cue: 'berichtet' } as const;

function entities(b: DocumentBuilder, nvidia: 'company' | 'media' = 'company'): DocumentBuilder {
  return b.entity('Huawei', 'company').entity('Nvidia', nvidia).entity('Handelsblatt', 'media');
}

function snapshot(): ClaimsDocument {
  return entities(new DocumentBuilder(ARTICLE, 'de'))
    .claim(C1, (c) => c.quantity('30.000 Ascend-Chips', 30000, 'chip').attribution(threePeople))
    .claim(C2, (c) => c.attribution(spokesperson))
    .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
    .build();
}

describe('diffDocuments', () => {
  it('finds nothing between a document and itself, whatever the key order', () => {
    const doc = snapshotOf(snapshot(), 'a.txt');
    const reversed = JSON.parse(JSON.stringify(doc, (_key, value: unknown) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value)) as ClaimsDocument;
    expect(Object.keys(reversed)[0]).toBe('warnings');
    expect(diffDocuments(doc, reversed)).toEqual([]);
    expect(serializeSnapshot(reversed)).toBe(serializeSnapshot(doc));
  });

  it('says a lost attribution as "attribution anonymous(3) → none"', () => {
    const actual = entities(new DocumentBuilder(ARTICLE, 'de'))
      .claim(C1, (c) => c.quantity('30.000 Ascend-Chips', 30000, 'chip'))
      .claim(C2, (c) => c.attribution(spokesperson))
      .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
      .build();
    expect(diffDocuments(snapshot(), actual)).toEqual(['claim c1: attribution anonymous(3) → none']);
  });

  it('says a new figure as "new quantity 30000 chip", with its text', () => {
    const before = entities(new DocumentBuilder(ARTICLE, 'de'))
      .claim(C1, (c) => c.attribution(threePeople))
      .claim(C2, (c) => c.attribution(spokesperson))
      .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
      .build();
    expect(diffDocuments(before, snapshot())).toEqual(['claim c1: new quantity 30000 chip “30.000 Ascend-Chips”']);
    expect(diffDocuments(snapshot(), before)).toEqual(['claim c1: lost quantity 30000 chip “30.000 Ascend-Chips”']);
  });

  it('says an entity type change as "entity Nvidia: type company → media"', () => {
    const actual = entities(new DocumentBuilder(ARTICLE, 'de'), 'media')
      .claim(C1, (c) => c.quantity('30.000 Ascend-Chips', 30000, 'chip').attribution(threePeople))
      .claim(C2, (c) => c.attribution(spokesperson))
      .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
      .build();
    expect(diffDocuments(snapshot(), actual)).toEqual(['entity Nvidia: type company → media']);
  });

  it('says changed values, qualifiers, stances and sources of what is still there', () => {
    const actual = entities(new DocumentBuilder(ARTICLE, 'de'))
      .claim(C1, (c) => c.quantity('30.000 Ascend-Chips', 30, 'chip').attribution({ ...threePeople, count: 2 }))
      .claim(C2, (c) => c.attribution({ ...spokesperson, stance: 'denies' }))
      .claim(C3, (c) => c.money('2 Milliarden Euro', 2e9, 'EUR').attribution({ ...handelsblatt, cue: 'berichtet das' }))
      .build();
    expect(diffDocuments(snapshot(), actual)).toEqual([
      'claim c1: quantity “30.000 Ascend-Chips”: 30000 chip → 30 chip',
      'claim c1: attribution anonymous(3) → anonymous(2)',
      'claim c2: attribution spokesperson(1) (Nvidia) declines → spokesperson(1) (Nvidia) denies',
      'claim c3: money “rund 2 Milliarden Euro”: about 2000000000 EUR → 2000000000 EUR',
      'claim c3: money 2000000000 EUR: “rund 2 Milliarden Euro” → “2 Milliarden Euro”',
      'claim c3: attribution media (Handelsblatt): cue “berichtet” → “berichtet das”',
    ]);
  });

  it('shows a claim found earlier in the article as one new claim, not as every later claim renumbered', () => {
    const actual = entities(new DocumentBuilder(ARTICLE, 'de'))
      .claim('Huawei baut mehr Chips')
      .claim(C1, (c) => c.quantity('30.000 Ascend-Chips', 30000, 'chip').attribution(threePeople))
      .claim(C2, (c) => c.attribution(spokesperson))
      .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
      .build();
    expect(diffDocuments(snapshot(), actual)).toEqual(['new claim c1 “Huawei baut mehr Chips”']);
    expect(diffDocuments(actual, snapshot())).toEqual(['lost claim c1 “Huawei baut mehr Chips”']);
  });

  it('names the new id of a renumbered claim that also changed', () => {
    const actual = entities(new DocumentBuilder(ARTICLE, 'de'))
      .claim('Huawei baut mehr Chips')
      .claim(C1, (c) => c.quantity('30.000 Ascend-Chips', 30000, 'chip'))
      .claim(C2, (c) => c.attribution(spokesperson))
      .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
      .build();
    expect(diffDocuments(snapshot(), actual)).toEqual([
      'new claim c1 “Huawei baut mehr Chips”',
      'claim c1 (now c2): attribution anonymous(3) → none',
    ]);
  });

  it('says sentence boundaries, header fields, new entities and mentions in words', () => {
    const before = snapshot();
    const after = entities(new DocumentBuilder(ARTICLE, 'de'))
      .entity('Ascend', 'chip', ['Ascend'], { vendor: 'Huawei' })
      .claim(`${C1}\n${C2}`, (c) => c.quantity('30.000 Ascend-Chips', 30000, 'chip').attribution(threePeople).attribution(spokesperson))
      .claim(C3, (c) => c.money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about').attribution(handelsblatt))
      .build();
    after.published = '2025-03-14';
    after.warnings = ['input is not valid UTF-8; decoded as windows-1252'];
    expect(diffDocuments(before, after)).toEqual([
      'published none → 2025-03-14',
      'new warning “input is not valid UTF-8; decoded as windows-1252”',
      'new entity Ascend (chip)',
      'claim c1: sentence “…Personen berichten.” → “…Personen berichten. Ein Nvidia-Sprecher wollte sich dazu n…”',
      'claim c1: now mentions Nvidia',
      'claim c1: now mentions Ascend',
      'claim c1: new attribution spokesperson(1) (Nvidia) declines',
      'lost claim c2 “Ein Nvidia-Sprecher wollte sich dazu nicht äußern.”',
    ]);
  });

  it('tells apart two entities of one name by type, and says mentions gained or lost', () => {
    const before = snapshot();
    const after = snapshot();
    after.entities.push({ id: 'e4', name: 'Handelsblatt', type: 'company', mentions: [{ text: 'Handelsblatt', start: 238, end: 250 }] });
    after.entities[0]!.mentions.pop();
    expect(diffDocuments(before, after)).toEqual([
      'entity Huawei: lost mention “Huawei” at 24',
      'new entity Handelsblatt (company)',
    ]);
  });

  it('falls back to field paths for fields the contract may gain', () => {
    const before = snapshot();
    const after = snapshot() as ClaimsDocument & { claims: Array<ClaimsDocument['claims'][number] & { confidence?: number }> };
    after.claims[0]!.confidence = 0.5;
    expect(diffDocuments(before, after)).toEqual(['claims[0].confidence: none → 0.5']);
  });
});

describe('snapshots', () => {
  it('hold no rule ids and name the source as given', () => {
    const doc = snapshotOf(snapshot(), 'chip.txt');
    expect(JSON.stringify(doc)).not.toContain('"rule"');
    expect(doc.source).toBe('chip.txt');
  });

  it('are written in contract key order with short items on one line', () => {
    const text = serializeSnapshot(snapshotOf(snapshot(), 'chip.txt'));
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "source": "chip.txt",\n  "language": "de",')).toBe(true);
    expect(text).toContain('"quantities": [{ "text": "30.000 Ascend-Chips", "start": 51, "end": 70, "value": 30000, "unit": "chip", "qualifier": null }],');
    expect(text).toContain('"mentions": [{ "text": "Nvidia", "start": 136, "end": 142 }]');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reject text that is not a claims document, saying why', () => {
    expect(() => parseSnapshot('{"claims": [')).toThrow(/^not valid JSON/);
    expect(() => parseSnapshot('[]')).toThrow('not a claims document (expected a JSON object)');
    expect(() => parseSnapshot('{"claims": [], "warnings": []}')).toThrow('not a claims document (no "entities" array)');
  });
});
