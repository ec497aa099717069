/**
 * Extraction timed for ratio tests (hostile or long text against ordinary or
 * shorter text in the same run), never for absolute budgets.
 */
import { beforeAll } from 'vitest';
import { extractWithLocale } from '../../src/pipeline.js';
import { loadLocale } from '../../src/lang/index.js';
import type { Locale } from '../../src/lang/locale.js';
import type { LanguageCode } from '../../src/types.js';

/** Both locales, loaded before the file's tests run (the first load is not what a ratio should measure). */
export function localesForTiming(): Partial<Record<LanguageCode, Locale>> {
  const locales: Partial<Record<LanguageCode, Locale>> = {};
  beforeAll(async () => {
    locales.de = await loadLocale('de');
    locales.en = await loadLocale('en');
  });
  return locales;
}

/** Milliseconds one extraction of the text takes. */
export function extractionTime(text: string, locale: Locale): number {
  const t0 = performance.now();
  extractWithLocale(text, locale, { source: 'timed.txt' });
  return performance.now() - t0;
}

/** The fastest of a few runs: the least disturbed by other work on the machine. */
export function fastestExtraction(text: string, locale: Locale, runs: number): number {
  return Math.min(...Array.from({ length: runs }, () => extractionTime(text, locale)));
}
