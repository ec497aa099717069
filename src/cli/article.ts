/**
 * One article from bytes to document: decode, then the pipeline. Shared by
 * every command and by batch workers so that they all read articles alike.
 */
import type { ExtractedArticle, LanguageCode } from '../types.js';
import { decode } from '../stages/decode.js';
import { extractClaims } from '../pipeline.js';

export interface ArticleOptions {
  lang: LanguageCode | 'auto';
}

export async function extractArticle(bytes: Uint8Array, source: string, options: ArticleOptions): Promise<ExtractedArticle> {
  const { text, warnings } = decode(bytes, { path: source });
  return { text, doc: await extractClaims(text, { source, lang: options.lang, warnings }) };
}
