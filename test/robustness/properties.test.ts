/**
 * Property tests: whatever text comes in, extraction does not throw, every
 * span quotes the text exactly, every value is finite, and claims are in
 * text order without overlapping.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractWithLocale } from '../../src/pipeline.js';
import { loadLocale } from '../../src/lang/index.js';
import type { Locale } from '../../src/lang/locale.js';
import type { LanguageCode } from '../../src/types.js';
import { repoRoot } from '../helpers/shared.js';
import { violations } from './invariants.js';

const locales: Partial<Record<LanguageCode, Locale>> = {};
beforeAll(async () => {
  locales.de = await loadLocale('de');
  locales.en = await loadLocale('en');
});

function check(text: string, lang: LanguageCode): void {
  const doc = extractWithLocale(text, locales[lang]!, { source: 'property.txt' });
  expect(violations(text, doc)).toEqual([]);
}

/** Pieces of news text in both languages, and the characters that trip up parsers. */
const WORDS = [
  'Nvidia', 'Huawei', 'ByteDance', 'TikTok', 'Reuters', 'Ascend 910B', 'H20', 'Sprecher', 'spokesperson', 'sagte', 'said',
  'laut', 'according to', 'zufolge', 'bestritt', 'denied', 'declined to comment', 'Insider', 'people familiar with the matter',
  'Mrd.', 'Mio.', 'Milliarden', 'billion', 'million', 'Prozent', 'percent', '%', 'Euro', '€', '$', 'US-Dollar', 'Yuan',
  'mehr als', 'more than', 'rund', 'about', 'bis zu', 'up to', 'z. B.', 'U.S.', 'Inc.', 'am 30. September 2024', 'Sept. 30, 2024',
  'der', 'die', 'und', 'the', 'and', 'Chips', 'Übernahme', 'Größe', 'März',
];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '-', '–', '—', '„', '“', '”', '"', "'", '’', '‘', '‚', '»', '«', '(', ')', '/', '&'];
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t', '\u00a0', '\u202f', '  '];
const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

const number = fc.oneof(
  fc.nat({ max: 10_000_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.stringMatching(/^[0-9]{1,40}$/u),
  fc.stringMatching(/^[0-9.,]{1,30}$/u),
);
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 6, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const newsLike = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** Our own fixture articles: real-looking text to mutate. */
function fixtureArticles(): string[] {
  const dir = join(repoRoot, 'fixtures');
  return ['de', 'en'].flatMap((lang) => readdirSync(join(dir, lang)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, lang, f), 'utf8')));
}

type Edit = { at: number; kind: 'insert' | 'delete' | 'replace'; with: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  with: fc.oneof(piece, fc.constantFrom(...SPACE, ...INVISIBLE)),
});

/** Applies edits at relative positions; "delete" removes up to 20 characters. */
export function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    if (e.kind === 'insert') out = out.slice(0, at) + e.with + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + 1 + (e.with.length % 20));
    else out = out.slice(0, at) + e.with + out.slice(at + Math.max(1, e.with.length));
  }
  return out;
}

describe.each(['de', 'en'] as const)('properties (%s)', (lang) => {
  it('random news-like text', () => {
    fc.assert(fc.property(newsLike, (text) => check(text, lang)), { numRuns: 300 });
  });

  it('arbitrary Unicode, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check(text, lang)), { numRuns: 150 });
  });

  it('mutated fixture articles', () => {
    const articles = fixtureArticles();
    expect(articles.length).toBeGreaterThan(0);
    fc.assert(fc.property(fc.constantFrom(...articles), fc.array(edit, { minLength: 1, maxLength: 12 }), (article, edits) => check(mutate(article, edits), lang)), { numRuns: 60 });
  });

  it('fixture articles with every space, line ending or quote swapped for a look-alike', () => {
    const swaps: Array<[RegExp, string]> = [[/ /gu, '\u00a0'], [/\n/gu, '\r\n'], [/\n/gu, '\r'], [/["“”„]/gu, '"'], [/'/gu, '’'], [/(\p{L})(\p{L})/gu, '$1\u00ad$2'], [/(\p{L})(\p{L})/gu, '$1\u200b$2']];
    for (const article of fixtureArticles()) for (const [from, to] of swaps) check(article.replace(from, to), lang);
  });
});
