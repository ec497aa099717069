import type { LexiconEntry } from '../stages/entities/config.js';
import type { LanguageCode } from '../types.js';
import { chips } from './chips.js';
import { companies } from './companies.js';
import { media } from './media.js';
import { organizations } from './organizations.js';
import { places } from './places.js';

/** Names shared by every language. */
export const sharedLexicon: readonly LexiconEntry[] = [...companies, ...media, ...organizations, ...chips, ...places];

/**
 * The entries under the names `lang` writes them by: an English text names
 * "Singapore", a German one "Singapur". The other names stay aliases.
 */
export function localized(entries: readonly LexiconEntry[], lang: LanguageCode): LexiconEntry[] {
  return entries.map((entry) => {
    const name = entry.localNames?.[lang];
    if (name === undefined || name === entry.name) return entry;
    const aliases = [entry.name, ...(entry.aliases ?? []).filter((a) => a !== name)];
    return { ...entry, name, aliases };
  });
}
