/**
 * Hostile text must cost about what ordinary text of the same length costs:
 * no regular expression or loop that goes quadratic on long runs of digits,
 * dots, capitals, quotes, hyphens or white space. Timed only as ratios
 * measured in the same run, never as an absolute time, so a slow or busy
 * machine does not fail it: against ordinary text of the same length, and,
 * where hostile text costs more than ordinary text, against a quarter of
 * itself (linear time grows 4 times, a quadratic path 16 times).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractWithLocale } from '../../src/pipeline.js';
import type { LanguageCode } from '../../src/types.js';
import { violations } from './invariants.js';
import { extractionTime, fastestExtraction, localesForTiming } from '../helpers/timing.js';

const LENGTH = 40_000;
/** Hostile text costing no more than this many times ordinary text is fine whatever its growth. */
const CHEAP = 3;
/** Dense text (a number every three characters) legitimately costs up to ~100 times ordinary prose. */
const BUDGET = 150;
/** Four times the text may cost this many times as much: linear is 4 (up to 11 with garbage collection), quadratic 16. */
const GROWTH = 12;

const ORDINARY: Record<LanguageCode, string> = {
  de: 'Der Chipkonzern Nvidia will in Sachsen rund 5 Milliarden Euro investieren, sagte ein Sprecher am Montag. '
    + 'Laut Insidern sollen dort mehr als 2.000 Menschen arbeiten; Huawei bestritt, Interesse an dem Standort zu haben.\n\n',
  en: 'The chipmaker Nvidia plans to invest about $5 billion in Texas, a spokesperson said on Monday. '
    + 'According to people familiar with the matter, more than 2,000 people will work there; Huawei denied any interest.\n\n',
};

function fill(unit: string, length = LENGTH): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Repeating units; each is tested at LENGTH and at a quarter of it. */
const HOSTILE: Record<string, string> = {
  'digits': '7',
  'digit groups with dots': '.000',
  'digit groups with commas': ',000',
  'digits and dots': '1.',
  'digits, dots and spaces': '1. ',
  'decimal numbers': '1,5 ',
  'numbers with units': '5 Prozent 3 percent ',
  'scale words': 'Milliarden billion Mrd. ',
  'dots': '.',
  'dots and spaces': '. ',
  'ellipses': '…',
  'capitals': 'A',
  'capital words': 'ABC ',
  'initials': 'A. ',
  'dotted acronyms': 'U.S.',
  'capitalized words': 'Nvidia Huawei Der The ',
  'double quotes': '"',
  'typographic quotes': '„“”',
  'apostrophes': "'",
  'guillemets with spaces': '» « ',
  'hyphens': '-',
  'hyphenated compounds': 'Huawei-',
  'dashes and spaces': '– ',
  'parentheses': '(',
  'ticker brackets': '<ABC> ',
  'names before ticker brackets': 'Nvidia <NVDA> ',
  'capitals before ticker brackets on one line': 'ACME CORP <ACM> ',
  'letters without a space': 'a',
  'one long sentence': 'und der Konzern ',
  'spaces': ' ',
  'line feeds': '\n',
  'CRLF blank lines': '\r\n',
  'space-indented lines': '\n  x',
  'non-breaking spaces': '\u00a0',
  'soft hyphens in a word': 'a\u00ad',
  'cue words': 'sagte said laut according to ',
  'reported speech in one endless sentence': 'der Sprecher sagte, die Lage sei „ernst, ',
  'source words': 'Sprecher spokesperson Insider ',
  'dates': 'am 30. September 2024, Sept. 30, 2024 ',
  'names and numbers in one sentence': 'Nvidia 5 Prozent Huawei 3 percent ',
  'short lines with a name and a number': 'Nvidia baut 5 Chips.\n',
  'short lines without a number': 'Chips.\n',
  'scaled numbers near currencies': '20 Milliarden, 5 Euro und ',
};

const locales = localesForTiming();
const time = extractionTime;
const fastest = fastestExtraction;

describe.each(['de', 'en'] as const)('hostile input costs what ordinary text costs (%s)', (lang) => {
  let ordinary = 0;
  beforeAll(() => {
    const locale = locales[lang]!;
    fastest(ORDINARY[lang], locale, 3); // warm-up
    ordinary = fastest(fill(ORDINARY[lang]), locale, 3);
  });

  it.each(Object.keys(HOSTILE))('%s', (name) => {
    const locale = locales[lang]!;
    const large = `1${fill(HOSTILE[name]!)}`;
    const small = `1${fill(HOSTILE[name]!, LENGTH / 4)}`;
    expect(violations(large, extractWithLocale(large, locale, { source: 'hostile.txt' }))).toEqual([]);
    // Measured again only when over budget: a busy machine gets two more chances.
    let costly = time(large, locale);
    for (let retry = 0; retry < 2 && costly / ordinary >= CHEAP; retry++) costly = Math.min(costly, time(large, locale));
    const ratio = costly / ordinary;
    if (ratio < CHEAP) return;
    let quarter = fastest(small, locale, 3);
    for (let retry = 0; retry < 2 && costly / quarter >= GROWTH; retry++) {
      costly = Math.min(costly, time(large, locale));
      quarter = Math.min(quarter, time(small, locale));
    }
    const growth = costly / quarter;
    const what = `${name}: ${ratio.toFixed(1)} × ordinary text (${ordinary.toFixed(0)} ms for ${LENGTH} characters), ${growth.toFixed(1)} × its own quarter`;
    expect(ratio, what).toBeLessThan(BUDGET);
    expect(growth, what).toBeLessThan(GROWTH);
  });
});
