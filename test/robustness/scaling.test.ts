/**
 * A long text costs in proportion to its length: a document-level pass that
 * looks at every earlier attribution, mention or person for each new one
 * (surname look-ups, pronoun resolution, duplicate checks) is quadratic and
 * makes a text of a few megabytes take minutes. Measured as a ratio in the
 * same run, never as an absolute time: dense news text (a person, a company,
 * a figure and an attribution in nearly every sentence) four times as long
 * must cost about four times as much, not sixteen.
 */
import { describe, expect, it } from 'vitest';
import { extractWithLocale } from '../../src/pipeline.js';
import type { LanguageCode } from '../../src/types.js';
import { extractionTime, localesForTiming } from '../helpers/timing.js';

const LENGTH = 40_000;
/** Linear time grows 4 times (up to ~10 with garbage collection and a busy machine), quadratic 16 times. */
const GROWTH = 11;

const FIRST = ['Anna', 'Michael', 'Thomas', 'Julia', 'Stefan', 'Katrin', 'Peter', 'Laura'];
const LAST = ['Brenner', 'Kowalski', 'Lindqvist', 'Haberland', 'Ostrowski', 'Feldmann', 'Tiedemann', 'Quandt', 'Varga'];
/** Surnames the text never writes with a given name: each look-up for a full name finds none. */
const ALONE = ['Okonkwo', 'Marchetti', 'Szabo', 'Yilmaz'];
const COMPANY = ['Siemens', 'Nvidia', 'Infineon', 'Bosch', 'SAP', 'Huawei', 'Intel', 'Volkswagen'];

type Template = (person: string, surname: string, company: string, n: number, alone: string) => string;

const TEMPLATES: Record<LanguageCode, Template[]> = {
  de: [
    (p, _s, c, n) => `Der Konzern ${c} will in Sachsen rund ${n} Milliarden Euro investieren, sagte ${p} am Montag.`,
    (p, _s, c, n) => `Laut ${p} stieg der Umsatz von ${c} um ${n},5 Prozent auf ${n * 3}.${100 + n} Millionen Euro.`,
    (p, _s, c, n) => `„Wir rechnen mit mehr als ${n}.000 neuen Stellen“, sagte ${c}-Sprecherin ${p}.`,
    (_p, s, _c, n) => `${s} sagte, die Preise seien zwischen ${n} und ${n + 5} Prozent gestiegen.`,
    (_p, _s, c, n) => `Nach Angaben von Insidern prüft ${c} eine Übernahme für ${n} Mrd. Dollar.`,
    (_p, _s, _c, n) => `Die Zahl der Beschäftigten sank um ${n} Prozent, teilte das Unternehmen mit.`,
    (p, _s, c, n) => `${p} bestritt, dass ${c} rund ${n * 10} Mitarbeiter entlassen wolle.`,
    (_p, s, _c, n) => `Er habe ${n} Angebote erhalten, sagte ${s}.`,
    (_p, _s, _c, n, a) => `${a} sagte, der Absatz sei um ${n} Prozent gesunken.`,
  ],
  en: [
    (p, _s, c, n) => `The chipmaker ${c} plans to invest about $${n} billion in Texas, ${p} said on Monday.`,
    (p, _s, c, n) => `According to ${p}, revenue at ${c} rose ${n}.5 percent to $${n * 3},${100 + n} million.`,
    (p, _s, c, n) => `"We expect more than ${n},000 new jobs," said ${c} spokeswoman ${p}.`,
    (_p, s, _c, n) => `${s} said prices had risen between ${n} and ${n + 5} percent.`,
    (_p, s, _c, n) => `Mr ${s} said the plant would employ ${n * 100} people.`,
    (_p, _s, c, n) => `People familiar with the matter said ${c} is weighing a ${n} billion euro takeover.`,
    (_p, _s, _c, n) => `He said sales fell ${n} percent, and the company said it expected a recovery.`,
    (p, _s, c, n) => `${p} denied that ${c} planned to cut about ${n * 10} jobs.`,
    (_p, _s, _c, n, a) => `Mr ${a} said demand fell ${n} percent.`,
  ],
};

/**
 * Short attributed sentences, most of the text: many attributions for few
 * characters, each looked up by surname (one introduced with a given name, one never).
 */
const SHORT: Record<LanguageCode, Template[]> = {
  de: [
    (_p, s, _c, n) => `Es seien ${n} Prozent, sagte ${s}.`,
    (_p, _s, _c, n, a) => `Es seien ${n} Prozent, sagte ${a}.`,
  ],
  en: [
    (_p, s, _c, n) => `It was ${n} percent, ${s} said.`,
    (_p, _s, _c, n, a) => `It was ${n} percent, Mr ${a} said.`,
  ],
};

/** Dense news sentences on one line, the same at every length (a fixed sequence, no randomness). */
function denseText(lang: LanguageCode, length: number): string {
  const sentences: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const surname = LAST[(i * 7) % LAST.length]!;
    const person = `${FIRST[(i * 5) % FIRST.length]} ${surname}`;
    const templates = i % 4 === 0 ? TEMPLATES[lang] : SHORT[lang];
    const company = COMPANY[(i * 11) % COMPANY.length]!;
    const sentence = templates[(i * 3) % templates.length]!(person, surname, company, 2 + ((i * 13) % 40), ALONE[i % ALONE.length]!);
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ');
}

const locales = localesForTiming();
const time = extractionTime;

describe.each(['de', 'en'] as const)('dense text costs in proportion to its length (%s)', (lang) => {
  it('four times the text, about four times the time', () => {
    const locale = locales[lang]!;
    const small = denseText(lang, LENGTH);
    const large = denseText(lang, LENGTH * 4);
    time(small, locale); // warm-up
    // The fastest of a few runs: the least disturbed by other work on the machine.
    let quarter = Math.min(time(small, locale), time(small, locale));
    let whole = time(large, locale);
    for (let retry = 0; retry < 2 && whole / quarter >= GROWTH; retry++) {
      whole = Math.min(whole, time(large, locale));
      quarter = Math.min(quarter, time(small, locale));
    }
    const doc = extractWithLocale(large, locale, { source: 'dense.txt' });
    expect(doc.claims.length).toBeGreaterThan(large.length / 200);
    expect(whole / quarter, `${whole.toFixed(0)} ms for ${large.length} characters, ${quarter.toFixed(0)} ms for ${small.length}`).toBeLessThan(GROWTH);
  });
});
