/**
 * Soft hyphens and zero-width characters inside a name or a number hide
 * nothing: the text is read as if they were absent, and every span still
 * quotes the input exactly, the invisible characters inside it included.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/core/visible.js';
import type { ClaimsDocument } from '../../src/types.js';
import { extract } from '../helpers/extract.js';
import { violations } from './invariants.js';

const SHY = '\u00ad';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const WORD_JOINER = '\u2060';

/** What a document says, without where it says it. */
function content(doc: ClaimsDocument): unknown {
  return {
    entities: doc.entities.map((e) => ({ ...e, mentions: e.mentions.length })),
    claims: doc.claims.map((c) => ({
      entities: c.entities,
      quantities: c.quantities.map((q) => [q.value, q.unit, q.qualifier]),
      money: c.money.map((m) => [m.value, m.currency, m.qualifier]),
      attributions: c.attributions.map((a) => [a.source.type, a.source.name, a.source.organization, a.stance]),
    })),
  };
}

describe('the visible text and its offsets', () => {
  it('is null when nothing is invisible', () => {
    expect(visibleText('Siemens baut 100.000 Chips.')).toBeNull();
  });

  it('maps a span to the input, covering invisible characters inside it but not at its edges', () => {
    const input = `${ZWSP}Sie${SHY}mens${SHY} baut 100.${ZWSP}${WORD_JOINER}000 Chips.`;
    const visible = visibleText(input)!;
    expect(visible.text).toBe('Siemens baut 100.000 Chips.');
    const name = { start: 0, end: 7 };
    expect(input.slice(visible.startAt(name.start), visible.endAt(name.end))).toBe(`Sie${SHY}mens`);
    const number = { start: 13, end: 20 };
    expect(input.slice(visible.startAt(number.start), visible.endAt(number.end))).toBe(`100.${ZWSP}${WORD_JOINER}000`);
    expect(visible.endAt(visible.text.length)).toBe(input.length);
  });
});

describe('invisible characters inside names and numbers (de)', () => {
  const clean = 'Der Chipkonzern Siemens will 100.000 Stellen schaffen, sagte Finanzvorständin Anna Müller am Montag.\n\n'
    + 'Müller zufolge investiert Siemens 2,5 Milliarden Euro.';
  const hidden = clean.replace('Siemens', `Sie${SHY}mens`).replace('100.000', `100.${ZWSP}000`)
    .replace('Anna Müller', `Anna Mül${SHY}ler`).replace('2,5 Milliarden', `2,${ZWJ}5 Milli${SHY}arden`);

  it('finds what it finds without them, at spans that quote the input', async () => {
    const doc = await extract(hidden, 'de');
    expect(violations(hidden, doc)).toEqual([]);
    expect(content(doc)).toEqual(content(await extract(clean, 'de')));
    const siemens = doc.entities.find((e) => e.name === 'Siemens')!;
    expect(siemens.mentions[0]!.text).toBe(`Sie${SHY}mens`);
    expect(doc.entities.find((e) => e.type === 'person')?.name).toBe('Anna Müller');
    const jobs = doc.claims.flatMap((c) => c.quantities).find((q) => q.value === 100_000)!;
    expect(jobs.text).toBe(`100.${ZWSP}000 Stellen`);
    expect(doc.claims.flatMap((c) => c.money).map((m) => [m.text, m.value])).toEqual([[`2,${ZWJ}5 Milli${SHY}arden Euro`, 2.5e9]]);
  });
});

describe('invisible characters inside names and numbers (en)', () => {
  const clean = 'Nvidia to hire in Texas\n\nThe chipmaker Nvidia will hire 12,000 people, spokeswoman Laura Haberland said on Monday.';
  const hidden = clean.replace('chipmaker Nvidia', `chipmaker Nvi${ZWSP}dia`).replace('12,000', `12,${WORD_JOINER}000`).replace('Haberland', `Haber${SHY}land`);

  it('finds what it finds without them, at spans that quote the input', async () => {
    const doc = await extract(hidden, 'en');
    expect(violations(hidden, doc)).toEqual([]);
    expect(content(doc)).toEqual(content(await extract(clean, 'en')));
    expect(doc.entities.find((e) => e.name === 'Nvidia')?.mentions.map((m) => m.text)).toEqual(['Nvidia', `Nvi${ZWSP}dia`]);
    const claim = doc.claims.find((c) => c.quantities.length)!;
    expect(claim.quantities.map((q) => [q.text, q.value])).toEqual([[`12,${WORD_JOINER}000 people`, 12_000]]);
    expect(claim.attributions[0]!.source.name).toBe('Laura Haberland');
  });
});
