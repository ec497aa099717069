/**
 * The language registry. Detection profiles are tiny and loaded eagerly; a
 * full Locale (word lists, rules, the English tagger) is imported only when
 * a text of that language is processed.
 */
import type { LanguageCode } from '../types.js';
import type { LanguageProfile, Locale } from './locale.js';
import { germanProfile } from './de/function-words.js';
import { englishProfile } from './en/function-words.js';

export const profiles: readonly LanguageProfile[] = [germanProfile, englishProfile];

const loaders = {
  de: async () => (await import('./de/index.js')).german,
  en: async () => (await import('./en/index.js')).english,
} satisfies Record<LanguageCode, () => Promise<Locale>>;

export function loadLocale(code: LanguageCode): Promise<Locale> {
  return loaders[code]();
}
