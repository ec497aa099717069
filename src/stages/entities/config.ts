import type { EntityType } from '../../types.js';

/** A known name with its spellings. */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  /** For chips: the maker's canonical name. */
  vendor?: string;
}

/** The entity slot of a Locale. */
export interface EntityConfig {
  /** Known companies, media, organizations and chips, shared and language-specific. */
  lexicon: readonly LexiconEntry[];
}
