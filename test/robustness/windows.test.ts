/**
 * A long text is read in windows (here a few thousand characters, so that
 * the tests stay small): cut where a paragraph or a sentence ends, every span
 * still the text at its offsets, claims numbered through, one entity per name
 * across windows, and the formats that write a document in parts write what
 * they would write of the whole.
 */
import { describe, expect, it } from 'vitest';
import { extractInWindows, extractWithLocale, windowEnd } from '../../src/pipeline.js';
import { loadLocale } from '../../src/lang/index.js';
import { formatters, plainStyle, type FormatOptions } from '../../src/format/index.js';
import { sourcingSummary } from '../../src/format/sourcing.js';
import type { ClaimsDocument, WindowedArticle } from '../../src/types.js';
import { violations } from './invariants.js';

const WINDOW = 3_000;

const SENTENCES = [
  'Der Chipkonzern Nvidia will in Sachsen rund 5 Milliarden Euro investieren, sagte ein Sprecher am Montag.',
  'Laut Insidern sollen dort mehr als 2.000 Menschen arbeiten.',
  'Huawei bestritt, Interesse an dem Standort zu haben.',
  'Anna Brenner, Sprecherin von Siemens, sagte, der Umsatz sei um 4,5 Prozent gestiegen.',
];

/** Self-contained sentences (each names whom it is about), `count` of them, joined by `between`. */
function article(count: number, between: (i: number) => string): string {
  let text = '';
  for (let i = 0; i < count; i++) text += `${i > 0 ? between(i) : ''}${SENTENCES[i % SENTENCES.length]}`;
  return text;
}

const ONE_LINE = article(200, () => ' ');
const PARAGRAPHS = article(200, (i) => (i % 3 === 0 ? '\n\n' : ' '));

const options: FormatOptions = { explain: false, style: plainStyle, multiple: false };

async function windowed(text: string): Promise<WindowedArticle> {
  return { text, ...extractInWindows(text, await loadLocale('de'), { source: 'long.txt' }, WINDOW) };
}

/** The windows put together into one document. */
async function whole(text: string): Promise<ClaimsDocument> {
  const { head, windows, entities } = await windowed(text);
  const claims = [...windows].flatMap((w) => w.claims);
  const { warnings, ...rest } = head;
  return { ...rest, entities: [...entities()], claims, warnings };
}

const claimSummary = (doc: ClaimsDocument) => doc.claims.map((c) => ({
  text: c.text, start: c.start,
  figures: [...c.quantities, ...c.money].map((f) => f.text),
  sources: c.attributions.map((a) => `${a.source.type} ${a.source.text}`),
}));

describe('a long text read in windows', () => {
  it('cuts a text on one line where a sentence starts, each window at most the window size and at least half', async () => {
    const de = await loadLocale('de');
    let start = 0;
    let windows = 0;
    while (start < ONE_LINE.length) {
      const end = windowEnd(ONE_LINE, start, WINDOW, de);
      expect(end - start).toBeLessThanOrEqual(WINDOW);
      if (end < ONE_LINE.length) {
        expect(end - start).toBeGreaterThanOrEqual(WINDOW / 2);
        expect(ONE_LINE.slice(end - 2, end)).toBe('. ');
        expect(SENTENCES.some((s) => ONE_LINE.startsWith(s, end))).toBe(true);
      }
      start = end;
      windows++;
    }
    expect(windows).toBeGreaterThan(ONE_LINE.length / WINDOW);
  });

  it('cuts at a blank line when the window has one', async () => {
    const de = await loadLocale('de');
    const end = windowEnd(PARAGRAPHS, 0, WINDOW, de);
    expect(PARAGRAPHS.slice(end - 2, end)).toBe('\n\n');
  });

  it('cuts a line with neither spaces nor stops hard, never inside a surrogate pair', async () => {
    const de = await loadLocale('de');
    const emoji = '😀'.repeat(WINDOW);
    const end = windowEnd(emoji, 1, WINDOW, de);
    expect(end).toBe(WINDOW);
    expect(emoji.charCodeAt(end) >= 0xd800 && emoji.charCodeAt(end) <= 0xdbff).toBe(true);
  });

  it.each([['on one line', ONE_LINE], ['in paragraphs', PARAGRAPHS]])('finds the claims the whole text has, %s, every span the text at its offsets', async (_how, text) => {
    const de = await loadLocale('de');
    const doc = await whole(text);
    expect(violations(text, doc)).toEqual([]);
    expect(doc.claims).toHaveLength(200);
    expect(claimSummary(doc)).toEqual(claimSummary(extractWithLocale(text, de, { source: 'long.txt' })));
    expect(doc.warnings.join(' ')).toMatch(/read in windows of up to 3,000: names, pronouns and continued quotes are linked only within a window/);
  });

  it('makes one entity of a name mentioned in every window, with all its mentions in text order', async () => {
    const doc = await whole(ONE_LINE);
    const nvidia = doc.entities.filter((e) => e.name === 'Nvidia');
    expect(nvidia).toHaveLength(1);
    expect(nvidia[0]!.mentions).toHaveLength(50);
    expect(nvidia[0]!.mentions.map((m) => m.start)).toEqual([...nvidia[0]!.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_e, i) => `e${i + 1}`));
    const last = doc.claims[doc.claims.length - 1]!;
    expect(last.entities.map((id) => doc.entities.find((e) => e.id === id)?.name)).toEqual(['Anna Brenner', 'Siemens']);
  });

  it('numbers the claims a later sentence sources (sourcedIn) through, as it numbers the claims', async () => {
    const pair = 'Der Zulieferer Mahle will rund 7.600 Stellen abbauen. Das teilte das Unternehmen am Mittwoch mit.';
    const doc = await whole(`Zulieferer baut ab\n\n${Array.from({ length: 80 }, () => pair).join('\n\n')}`);
    const sourced = doc.claims.filter((c) => c.sourcedIn);
    expect(sourced).toHaveLength(80);
    for (const c of sourced) {
      const next = doc.claims[doc.claims.indexOf(c) + 1]!;
      expect(c.sourcedIn).toEqual([next.id]);
      expect(next.text).toBe('Das teilte das Unternehmen am Mittwoch mit.');
    }
  });

  it('reads the headline and date of the first window, as the whole text has them', async () => {
    const de = await loadLocale('de');
    const text = `Nvidia baut in Sachsen\n\nBERLIN, 3. Mai 2026 – ${PARAGRAPHS}`;
    const { head } = await windowed(text);
    const doc = extractWithLocale(text, de, { source: 'long.txt' });
    expect(head.title).toBe('Nvidia baut in Sachsen');
    expect(head.published).toBe('2026-05-03');
    expect([head.title, head.published]).toEqual([doc.title, doc.published]);
  });

  it('a short text is one window: no warning, and the document extractWithLocale makes', async () => {
    const text = SENTENCES.join(' ');
    const de = await loadLocale('de');
    const { head, windows, entities } = await windowed(text);
    const doc = extractWithLocale(text, de, { source: 'long.txt' });
    expect(head.warnings).toEqual([]);
    expect([...windows].flatMap((w) => w.claims)).toEqual(doc.claims);
    expect([...entities()]).toEqual(doc.entities);
  });
});

describe('a long document written in parts', () => {
  it.each(['json', 'jsonl'] as const)('%s: the same JSON as the whole document, entities after the claims', async (name) => {
    const parts = [...formatters[name].documentInParts!(await windowed(ONE_LINE), 0, options)];
    expect(parts.length).toBeGreaterThan(ONE_LINE.length / WINDOW);
    const json = parts.join('');
    const expected = await whole(ONE_LINE);
    expect(JSON.parse(json)).toEqual(JSON.parse(formatters[name].document({ text: ONE_LINE, doc: expected }, 0, options)));
    expect(Object.keys(JSON.parse(json))).toEqual(['schemaVersion', 'source', 'language', 'title', 'published', 'claims', 'entities', 'warnings']);
    if (name === 'jsonl') expect(json.indexOf('\n')).toBe(json.length - 1);
  });

  it('json: several documents, the long one among them, are one array', async () => {
    const several = { ...options, multiple: true };
    const json = formatters.json;
    const short = await whole(SENTENCES[0]!);
    const output = json.begin(several)
      + json.document({ text: SENTENCES[0]!, doc: short }, 0, several)
      + [...json.documentInParts!(await windowed(ONE_LINE), 1, several)].join('')
      + json.end(2, several);
    const array = JSON.parse(output) as ClaimsDocument[];
    expect(array.map((d) => d.claims.length)).toEqual([1, 200]);
  });

  it('csv: the rows the whole document has', async () => {
    const csv = formatters.csv;
    const parts = [...csv.documentInParts!(await windowed(PARAGRAPHS), 0, options)].join('');
    expect(parts).toBe(csv.document({ text: PARAGRAPHS, doc: await whole(PARAGRAPHS) }, 0, options));
  });

  it('text: the claims the whole document shows, with the sourcing summary at the end', async () => {
    const text = formatters.text;
    const doc = await whole(ONE_LINE);
    const parts = [...text.documentInParts!(await windowed(ONE_LINE), 0, options)].join('');
    const wholeReport = text.document({ text: ONE_LINE, doc }, 0, options);
    const summary = sourcingSummary(doc);
    expect(parts.endsWith(`\n\n${summary}\n`)).toBe(true);
    expect(parts.replace(`\n${summary}\n`, '')).toBe(wholeReport.replace(`${summary}\n`, ''));
  });

  it('html: no parts; a long article is refused where it is extracted', () => {
    expect(formatters.html.documentInParts).toBeUndefined();
  });
});
