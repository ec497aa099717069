/**
 * A language is a typed configuration object: the slots every language fills.
 * Stages read these slots and never branch on the language code. Each slot's
 * type is owned by the stage that reads it.
 */
import type { LanguageCode } from '../types.js';
import type { HeaderConfig } from '../stages/header.js';
import type { SentenceRules } from '../stages/sentences.js';
import type { CompiledEntities } from '../stages/entities/compiled.js';
import type { Grammar } from '../stages/amounts/grammar.js';
import type { CompiledAttributions } from '../stages/attributions/config.js';
import { storeFields } from '../core/shape.js';

export interface Locale {
  code: LanguageCode;
  header: HeaderConfig;
  sentences: SentenceRules;
  /** Compiled from the language's EntityConfig when its module loads. */
  entities: CompiledEntities;
  /** Compiled from the language's AmountConfig when its module loads. */
  amounts: Grammar;
  /** Compiled from the language's AttributionConfig when its module loads. */
  attributions: CompiledAttributions;
}

/** Holds one language's Locale with field types that stay narrow (see core/shape). */
// Declaration merging: the class has the fields of Locale (storeFields stores them).
interface LocaleTables extends Locale {}
class LocaleTables {
  constructor(fields: Locale) { storeFields(this, fields); }
}

/** The Locale a language module exports, built from its slots. */
export function assembleLocale(fields: Locale): Locale {
  return new LocaleTables(fields);
}

/** What language detection needs; loaded eagerly, unlike the full Locale. */
export interface LanguageProfile {
  code: LanguageCode;
  /** Frequent short words that mark running text of this language (a set: looked up for every word of a sample). */
  functionWords: ReadonlySet<string>;
}
