/**
 * One article from bytes to document: decode, then the pipeline. Shared by
 * every command and by batch workers so that they all read articles alike.
 */
import type { ClaimsDocument, LanguageCode } from '../types.js';
import { decode } from '../stages/decode.js';
import { extractClaims } from '../pipeline.js';

export interface ArticleOptions {
  lang: LanguageCode | 'auto';
}

export async function extractArticle(bytes: Uint8Array, source: string, options: ArticleOptions): Promise<ClaimsDocument> {
  return (await extractArticleWithText(bytes, source, options)).doc;
}

/** The document and the decoded text its offsets point into (for line and column numbers). */
export async function extractArticleWithText(bytes: Uint8Array, source: string, options: ArticleOptions): Promise<{ doc: ClaimsDocument; text: string }> {
  const { text, warnings } = decode(bytes, { path: source });
  return { doc: await extractClaims(text, { source, lang: options.lang, warnings }), text };
}
