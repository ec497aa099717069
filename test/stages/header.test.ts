import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstLines, parseDate, readHeader } from '../../src/stages/header.js';
import { trimSpan } from '../../src/core/span.js';
import { germanHeader } from '../../src/lang/de/header.js';
import { englishHeader } from '../../src/lang/en/header.js';
import { extractClaims } from '../../src/pipeline.js';

describe('header', () => {
  it('skips a date line and a section label above the German headline', () => {
    const text = '12. März, 2025\n\nTech\n\nChipfirma baut neues Werk in Dresden\n\nDer Text beginnt hier.';
    const h = readHeader(text, germanHeader);
    expect(h.title).toBe('Chipfirma baut neues Werk in Dresden');
    expect(h.published).toBe('2025-03-12');
    expect(text.slice(h.titleStart!, h.titleEnd!)).toBe(h.title);
  });
  it('reads bylines and labelled date lines around the headline as no headline and no article text', () => {
    const en = 'By Ann Lowe, Reuters\nPort of Kiel hires 300\nUpdated May 4, 2025 at 3:05 p.m. EST\n\nThe port will hire 300 people.';
    const h = readHeader(en, englishHeader);
    expect(h.title).toBe('Port of Kiel hires 300');
    expect(h.published).toBe('2025-05-04');
    expect(h.meta.map((m) => en.slice(m.start, m.end))).toEqual(['By Ann Lowe, Reuters', 'Updated May 4, 2025 at 3:05 p.m. EST']);
    const de = 'Hafen stellt 300 Leute ein\nVon Anna Berg und Tom Wenz\nAktualisiert am 5. März 2025, 14:03 Uhr\n\nDer Hafen stellt ein.';
    const g = readHeader(de, germanHeader);
    expect(g).toMatchObject({ title: 'Hafen stellt 300 Leute ein', published: '2025-03-05' });
    expect(g.meta.map((m) => de.slice(m.start, m.end))).toEqual(['Von Anna Berg und Tom Wenz\nAktualisiert am 5. März 2025, 14:03 Uhr']);
  });

  it('makes no claim of a byline, also where no blank line ends it', async () => {
    const doc = await extractClaims('Port of Kiel hires 300\nBy Ann Lowe, Reuters\nThe port will hire 300 people, a spokesman said.\n', { source: 'a.txt', lang: 'en' });
    expect(doc.claims.map((c) => c.text)).toEqual(['Port of Kiel hires 300', 'The port will hire 300 people, a spokesman said.']);
    const body = doc.claims[1]!;
    expect(body.start).toBe(doc.claims[0]!.end + '\nBy Ann Lowe, Reuters\n'.length);
    expect(body.attributions[0]!.source.text).toBe('a spokesman');
  });

  it('keeps a headline that opens with the byline word but names no one', () => {
    expect(readHeader('Von Berlin nach Paris in vier Stunden\n\nDie Bahn fährt.', germanHeader)).toMatchObject({ title: 'Von Berlin nach Paris in vier Stunden', meta: [] });
    expect(readHeader('By Land and Sea, Freight Slows\n\nFreight slowed.', englishHeader)).toMatchObject({ title: 'By Land and Sea, Freight Slows', meta: [] });
    // A date label opening a headline that names no date or time.
    expect(readHeader('Stand der Dinge: Hafen stellt 300 Leute ein\n\nDer Hafen stellt ein.', germanHeader)).toMatchObject({ title: 'Stand der Dinge: Hafen stellt 300 Leute ein', meta: [] });
  });

  it('takes a dateline with a place as the date, not the headline', () => {
    const h = readHeader('Berlin, 18. September 2025\n\nKonzern streicht 500 Stellen\n\nDer Text.', germanHeader);
    expect(h.published).toBe('2025-09-18');
    expect(h.title).toBe('Konzern streicht 500 Stellen');
  });
  it('reads an all-caps wire headline with no year as having no date', () => {
    const h = readHeader('ACME SEES HIGHER 1988 PROFIT\n    BOSTON, March 3 - Acme Corp said...', englishHeader);
    expect(h.title).toBe('ACME SEES HIGHER 1988 PROFIT');
    expect(h.published).toBeNull();
  });
  it('reads a date only where the year has four digits', () => {
    expect(parseDate('Berlin, 18. September 2025', germanHeader)).toBe('2025-09-18');
    expect(parseDate('Berlin, 18. September 25', germanHeader)).toBeNull();
    expect(parseDate('Am 3. Mai um 12 Uhr', germanHeader)).toBeNull();
  });
  it('finds no headline when the first line is a whole paragraph', () => {
    const first = 'Der Chipkonzern hat am Dienstag in Dresden ein neues Werk eröffnet, wie der FC St. Pauli ohne Grund meldete, und die Stadt feierte das Ereignis mit einem großen Fest für alle Beschäftigten und ihre Familien.';
    expect(first.length).toBeGreaterThan(200);
    expect(readHeader(`${first}\nZweiter Absatz.`, germanHeader).title).toBeNull();
  });
  it('reads a long first line ending in a full stop as the lead sentence, not a headline', () => {
    const lead = 'Die Stadtwerke Kiel haben am Dienstag nach monatelangen Verhandlungen mit dem Land die Preise für Fernwärme deutlich erhöht.';
    expect(lead.length).toBeGreaterThan(100);
    expect(readHeader(`${lead}\n\nDer Sprecher sagte, die Kosten seien gestiegen.`, germanHeader).title).toBeNull();
    expect(readHeader('Stadtwerke Kiel erhöhen die Preise für Fernwärme deutlich\n\nDer Text.', germanHeader).title)
      .toBe('Stadtwerke Kiel erhöhen die Preise für Fernwärme deutlich');
  });
  it('keeps a short teaser line with a full stop as the headline', () => {
    expect(readHeader('Werk in Dresden eröffnet – Stadt feiert mit einem Fest.\nDer Text beginnt hier.', germanHeader).title)
      .toBe('Werk in Dresden eröffnet – Stadt feiert mit einem Fest.');
  });
  it('reads a text that is one sentence as body, not as a headline over nothing', () => {
    expect(readHeader('Die Firma sagte, sie habe 3 Millionen Euro verloren.', germanHeader).title).toBeNull();
    expect(readHeader('The company said on Monday it lost $3 million.\n', englishHeader).title).toBeNull();
    expect(readHeader('Will the plant open in May?', englishHeader).title).toBeNull();
    const dated = readHeader('12. März 2025\n\nDer Sprecher bestätigte den Verkauf.', germanHeader);
    expect(dated.published).toBe('2025-03-12');
    expect(dated.title).toBeNull();
    // One line without a closing stop is still a headline, and so is a stopped line above a text.
    expect(readHeader('Chipfirma baut neues Werk in Dresden', germanHeader).title).toBe('Chipfirma baut neues Werk in Dresden');
    expect(readHeader('Werk eröffnet.\nDer Text.', germanHeader).title).toBe('Werk eröffnet.');
  });
  it('parses day-month and month-day dates and rejects impossible ones', () => {
    expect(parseDate('Berlin, 3. Oktober 2023 –', germanHeader)).toBe('2023-10-03');
    expect(parseDate('March 6, 1987', englishHeader)).toBe('1987-03-06');
    expect(parseDate('2024-02-30', englishHeader)).toBeNull();
  });
});

describe('first lines', () => {
  it('reads the runs of /[^\r\n]+/u, trimmed, as far as asked', () => {
    const pieces = fc.array(fc.constantFrom('a', 'Ü', ' ', '\t', '\u00a0', '\n', '\r', '\r\n', '\n\n', ' \n ', '😀', '\ud800', 'Titel', '30. September 2024'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(pieces, fc.nat(6), (text, count) => {
      const expected = [...text.matchAll(/[^\r\n]+/gu)].map((m) => trimSpan(text, m.index, m.index + m[0].length)).filter((s) => s.end > s.start).slice(0, count);
      const lines = new FirstLines(text, count);
      const read: Array<{ start: number; end: number }> = [];
      for (let i = 0, line = lines.at(0); line !== undefined; line = lines.at(++i)) read.push(line);
      expect(read).toEqual(expected);
    }), { numRuns: 3000 });
  });
});
