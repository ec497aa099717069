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
  /** The ending of the file one document is written to with `--out DIR` (".claims.json"); none: not for --out. */
  fileExtension?: string;
  /** With `--out DIR`: a page over all the files, written last as DIR/`fileName`. */
  index?: { fileName: string; render(entries: readonly IndexEntry[], options: FormatOptions): string };
  begin(options: FormatOptions): string;
  document(article: ExtractedArticle, index: number, options: FormatOptions): string;
  end(count: number, options: FormatOptions): string;
}

/** One article's line on an index page: what it is and where its file went (relative to the index). */
export interface IndexEntry {
  source: string;
  /** Relative path of the article's own file, "/"-separated; null when it failed. */
  file: string | null;
  title: string | null;
  language: string | null;
  /** Null when not counted in this run (skipped by --resume, or failed). */
  claims: number | null;
  attributions: number | null;
  /** Why the article has no file. */
  failure: string | null;
}
