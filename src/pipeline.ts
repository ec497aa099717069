/**
 * The one ordered list of stages: text → language → header → sentences →
 * entities → amounts → attributions → claims. Pure: no I/O.
 */
import type { ClaimsDocument, LanguageCode } from './types.js';
import type { DocumentContext } from './core/model.js';
import type { Locale } from './lang/locale.js';
import { loadLocale, profiles } from './lang/index.js';
import { detectLanguage } from './stages/detect-language.js';
import { readHeader } from './stages/header.js';
import { splitSentences } from './stages/sentences.js';
import { findEntities } from './stages/entities/index.js';
import { findAmounts } from './stages/amounts/index.js';
import { findAttributions } from './stages/attributions/index.js';
import { buildClaims } from './stages/claims.js';
import { mapToOriginal, visibleText } from './core/visible.js';

export interface ExtractOptions {
  /** The path as given, or "-" for stdin. */
  source: string;
  /** Forced language; detected when absent or "auto". */
  lang?: LanguageCode | 'auto';
  /** Warnings from decoding, carried into the document. */
  warnings?: readonly string[];
}

export function resolveLanguage(text: string, lang: LanguageCode | 'auto' | undefined): LanguageCode {
  return lang && lang !== 'auto' ? lang : detectLanguage(text, profiles, 'en');
}

/** Extracts a document; loads the language's Locale on first use. */
export async function extractClaims(text: string, options: ExtractOptions): Promise<ClaimsDocument> {
  const locale = await loadLocale(resolveLanguage(text, options.lang));
  return extractWithLocale(text, locale, options);
}

/**
 * The synchronous pipeline for an already loaded Locale. The stages read the
 * text without invisible characters (soft hyphens, zero-width spaces), so that
 * "Sie\u00ADmens" is Siemens; spans point into `text` all the same.
 */
export function extractWithLocale(text: string, locale: Locale, options: ExtractOptions): ClaimsDocument {
  const visible = visibleText(text);
  if (!visible) return extractVisible(text, locale, options);
  return mapToOriginal(extractVisible(visible.text, locale, options), text, visible);
}

function extractVisible(text: string, locale: Locale, options: ExtractOptions): ClaimsDocument {
  const header = readHeader(text, locale.header);
  const sentences = splitSentences(text, locale.sentences, header.titleEnd);
  const doc: DocumentContext = { text, locale, sentences };
  const { mentions, entities, entityIdOf } = findEntities(doc);
  const { quantities, money } = findAmounts(doc, mentions);
  const attributions = findAttributions(doc, mentions);
  const claims = buildClaims(doc, { mentions, entityIdOf, quantities, money, attributions });
  return {
    schemaVersion: 1,
    source: options.source,
    language: locale.code,
    title: header.title,
    published: header.published,
    entities,
    claims,
    warnings: [...(options.warnings ?? [])],
  };
}
