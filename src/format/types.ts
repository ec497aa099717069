import type { ExtractedArticle } from '../types.js';
import type { Style } from './style.js';

export interface FormatOptions {
  /** Show the rule id of every item. */
  explain: boolean;
  /** Colors for human-readable formats; plainStyle for none. */
  style: Style;
  /** Several documents are coming (json writes an array). */
  multiple: boolean;
  /** Terminal width in columns for the text format to wrap to; absent when unknown (not a terminal). */
  width?: number;
}

/** A pure, streaming formatter: output is begin + document… + end. */
export interface Formatter {
  begin(options: FormatOptions): string;
  document(article: ExtractedArticle, index: number, options: FormatOptions): string;
  end(count: number, options: FormatOptions): string;
}
