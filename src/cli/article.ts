/**
 * One article from bytes to document: decode, then the pipeline. Shared by
 * every command and by batch workers so that they all read articles alike.
 */
import type { ExtractedArticle, LanguageCode, WindowedArticle } from '../types.js';
import { decode } from '../stages/decode.js';
import { extractClaims, extractClaimsInWindows } from '../pipeline.js';
import { WINDOW_CHARS } from '../core/windows.js';

export interface ArticleOptions {
  lang: LanguageCode | 'auto';
}

export async function extractArticle(bytes: Uint8Array, source: string, options: ArticleOptions): Promise<ExtractedArticle> {
  const { text, warnings, published } = decode(bytes, { path: source });
  return { text, doc: await extractClaims(text, { source, lang: options.lang, warnings, published }) };
}

/**
 * As extractArticle, but a text longer than a window comes as a windowed
 * article, its windows extracted as they are read (for writing it in parts).
 */
export async function extractArticleInParts(bytes: Uint8Array, source: string, options: ArticleOptions): Promise<ExtractedArticle | WindowedArticle> {
  const { text, warnings, published } = decode(bytes, { path: source });
  if (text.length <= WINDOW_CHARS) return { text, doc: await extractClaims(text, { source, lang: options.lang, warnings, published }) };
  return { text, ...(await extractClaimsInWindows(text, { source, lang: options.lang, warnings, published })) };
}
