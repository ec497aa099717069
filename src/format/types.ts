import type { ExtractedArticle, WindowedArticle } from '../types.js';
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
  index?: IndexPage;
  begin(options: FormatOptions): string;
  document(article: ExtractedArticle, index: number, options: FormatOptions): string;
  /**
   * A long article's document in pieces, window by window, in place of
   * `document`: the caller writes each piece before the next window is
   * extracted. Absent: the format shows a long article only whole (html).
   */
  documentInParts?(article: WindowedArticle, index: number, options: FormatOptions): Iterable<string>;
  end(count: number, options: FormatOptions): string;
}

/**
 * An index page over the files of `--out DIR`. Lines are made where each
 * article is extracted (a worker thread, so they must be plain data) and
 * rendered together at the end.
 */
export interface IndexPage {
  fileName: string;
  /**
   * The line of the article whose file is `file` (relative to the index, "/"
   * between folders); `article` is null when this run did not extract it
   * (`--resume` found its file up to date).
   */
  entry(file: string, source: string, article: ExtractedArticle | null): unknown;
  render(entries: readonly unknown[]): string;
}
