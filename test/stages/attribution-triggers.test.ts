/**
 * The attribution stage reads a rule only in sentences that hold one of its
 * trigger words: it must find exactly what reading every rule in every
 * sentence finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../src/lang/index.js';
import type { Locale } from '../../src/lang/locale.js';
import { extractWithLocale } from '../../src/pipeline.js';
import { compileAttributions } from '../../src/stages/attributions/config.js';
import { markTriggers } from '../../src/stages/attributions/index.js';
import type { LanguageCode } from '../../src/types.js';

/** The same language with every rule reading every sentence. */
async function untriggered(lang: LanguageCode): Promise<Locale> {
  const locale = await loadLocale(lang);
  const rules = locale.attributions.rules.map(({ triggers: _triggers, ...rule }) => rule);
  return { ...locale, attributions: compileAttributions({ rules, refiners: locale.attributions.refiners }) };
}

const GERMAN = [
  'Der Sprecher der Stadtwerke sagte, die Preise würden im Herbst steigen.',
  'Am Montag teilte das Unternehmen mit, dass das Werk in Linz schließt.',
  'Laut dem Bericht der Kammer sind die Mieten gestiegen.',
  'Gemäß der Studie des Instituts sinkt der Verbrauch.',
  'Dem Gutachten zufolge ist die Brücke marode.',
  'Gerüchten zu Folge verlässt der Trainer den Verein.',
  'Die Zahl der Fälle steigt, so eine Sprecherin des Ministeriums.',
  'Nach Angaben der Polizei wurde niemand verletzt.',
  'Seiner Einschätzung nach wird die Lage besser.',
  'Das geht aus dem Jahresbericht der Behörde hervor.',
  'Es gab Berichte, wonach die Firma verkauft wird.',
  'Demnach habe der Vorstand den Plan gebilligt.',
  'In einer Mitteilung hieß es, die Lage sei ernst.',
  'Wie am Montag bekannt wurde, schließt das Werk.',
  'Hier sparte die Präsidentin nicht mit Kritik: „Das ist zu wenig.“',
  'Angeblich soll der Vertrag schon unterschrieben sein.',
  'Die Erklärung des Ministeriums: „Wir prüfen den Fall.“',
  'Die Forderung des Verbands, die Steuern zu senken, fand keine Mehrheit.',
];

const ENGLISH = [
  'The spokesman said the plant would close in June.',
  'According to the report, prices rose sharply.',
  'The company declined to comment on the sale.',
  'Jane Doe, the mayor: "We will rebuild the bridge."',
];

describe('rules woken by their trigger words', () => {
  it('find what every rule reading every sentence finds, in German sentences of every rule', async () => {
    const [triggered, all] = [await loadLocale('de'), await untriggered('de')];
    const text = `Meldung des Tages\n\n${GERMAN.join(' ')}`;
    const options = { source: 'test.txt', lang: 'de' as const };
    const found = extractWithLocale(text, triggered, options);
    expect(found.claims.flatMap((c) => c.attributions).length).toBeGreaterThanOrEqual(GERMAN.length);
    expect(found).toEqual(extractWithLocale(text, all, options));
  });

  it('find what every rule reading every sentence finds, in English sentences', async () => {
    const [triggered, all] = [await loadLocale('en'), await untriggered('en')];
    const text = `News of the day\n\n${ENGLISH.join(' ')}`;
    const options = { source: 'test.txt', lang: 'en' as const };
    expect(extractWithLocale(text, triggered, options)).toEqual(extractWithLocale(text, all, options));
  });

  it('find what every rule reading every sentence finds, in German sentences mixed from their words', async () => {
    const [triggered, all] = [await loadLocale('de'), await untriggered('de')];
    const words = [...new Set(GERMAN.join(' ').split(/\s+/u))];
    // Trigger words capitalized, as a sentence may open with them.
    const capitalized = triggered.attributions.rules.flatMap((r) => r.triggers ?? []).slice(0, 400).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    const sentence = fc.array(fc.constantFrom(...words, ...capitalized, ',', ':', '„', '“'), { minLength: 3, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
    const options = { source: 'test.txt', lang: 'de' as const };
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
      const text = `Meldung des Tages\n\n${sentences.join(' ')}`;
      expect(extractWithLocale(text, triggered, options)).toEqual(extractWithLocale(text, all, options));
    }), { numRuns: 150 });
  });
});

describe('trigger marking', () => {
  // markTriggers writes config's triggerSketch out for speed: a trigger whose inline sketch differed would never wake its rules.
  it.each(['de', 'en'] as const)('%s: every trigger word wakes every rule it belongs to', async (lang) => {
    const compiled = (await loadLocale(lang)).attributions;
    for (const [trigger, rules] of compiled.rulesByTrigger) {
      const triggered: number[][] = compiled.rules.map(() => []);
      markTriggers(compiled, [{ lower: 'x' }, { lower: trigger }], triggered);
      expect(triggered.flatMap((at, r) => (at.length ? [r] : [])), trigger).toEqual([...rules].sort((a, b) => a - b));
      expect(triggered.every((at) => at.every((k) => k === 1)), trigger).toBe(true);
    }
  });
});
