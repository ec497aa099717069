/**
 * One article's work in a batch, the same in a worker thread and in the main
 * thread: extract, render with the chosen formatter, reduce to statistics.
 * Only strings and small numbers go back, so the main thread does no more
 * than read, order and write.
 */
import { extractArticle, extractArticleInParts } from './article.js';
import { formatters } from '../format/index.js';
import { addArticleStats, articleStats, type ArticleStats } from '../stats/index.js';
import type { Formatter, FormatOptions } from '../format/index.js';
import type { WindowedArticle } from '../types.js';
import { WINDOW_CHARS } from '../core/windows.js';
import { formatOptions, type TaskSettings } from './settings.js';

export interface Task {
  seq: number;
  source: string;
  bytes: Uint8Array;
  /**
   * The positions among the documents written to render this one at. A
   * formatter may start a document differently when it is not the first (a
   * comma, a blank line); which it is depends on whether earlier articles
   * failed, unknown while they are still running, so early documents are
   * rendered both ways and the writer picks.
   */
  indices: number[];
  /** Under --out: the article's file, relative to DIR (an index page links to it). */
  file?: string;
}

export type TaskResult =
  | {
      seq: number; ok: true;
      /**
       * The renderings for each of `indices`. From a worker they come as
       * UTF-8 bytes, transferred rather than copied: they wait for their turn
       * in the main thread outside its JavaScript heap, and are made strings
       * only when written (see renderingAt).
       */
      texts: Array<string | Uint8Array>;
      /** Complete once `parts` (if any) has been read to its end. */
      stats: ArticleStats;
      warnings: string[]; indexLine?: unknown;
      /**
       * A long article in the main thread (never from a worker): its document
       * in pieces at position `index`, each window extracted as it is read,
       * in place of `texts`.
       */
      parts?(index: number): Iterable<string>;
    }
  | { seq: number; ok: false; reason: string };

/**
 * Returns a function that runs tasks under fixed settings; it never throws.
 * `inParts`: a long article's result is its document in parts (only where
 * the result is used in the same thread: a function does not cross to another).
 */
export async function taskRunner(settings: TaskSettings, inParts = false): Promise<(task: Task) => Promise<TaskResult>> {
  const formatter = settings.format === null ? null : formatters[settings.format];
  const options = await formatOptions(settings);
  return async (task) => {
    try {
      const read = inParts || formatter === null
        ? await extractArticleInParts(task.bytes, task.source, { lang: settings.lang })
        : await extractArticle(task.bytes, task.source, { lang: settings.lang });
      if (!('doc' in read)) return windowedResult(task, read, formatter, options, settings);
      const article = read;
      const doc = article.doc;
      const texts = formatter === null
        ? []
        : settings.standalone
          ? [formatter.begin(options) + formatter.document(article, 0, options) + formatter.end(1, options)]
          : task.indices.map((i) => formatter.document(article, i, options));
      const indexLine = formatter?.index && task.file !== undefined ? formatter.index.entry(task.file, task.source, article) : undefined;
      return { seq: task.seq, ok: true, texts, stats: articleStats(doc), warnings: doc.warnings, indexLine };
    } catch (error) {
      return { seq: task.seq, ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  };
}

/**
 * A long article: statistics only (claims stats) are added up window by
 * window here; a document is written in parts by whoever reads `parts`.
 */
function windowedResult(task: Task, article: WindowedArticle, formatter: Formatter | null, options: FormatOptions, settings: TaskSettings): TaskResult {
  const stats = articleStats({ claims: [] });
  const counted: WindowedArticle = {
    ...article,
    windows: (function* () {
      for (const window of article.windows) {
        addArticleStats(stats, articleStats(window));
        yield window;
      }
    })(),
  };
  const result = { seq: task.seq, ok: true as const, texts: [], stats, warnings: article.head.warnings };
  if (formatter === null) {
    for (const _window of counted.windows);
    return result;
  }
  const inParts = formatter.documentInParts?.bind(formatter);
  if (!inParts) {
    const names = Object.entries(formatters).filter(([, f]) => 'documentInParts' in f).map(([name]) => name);
    const usable = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    return { seq: task.seq, ok: false, reason: `too long for --format ${settings.format} (${article.text.length.toLocaleString('en')} characters; at most ${WINDOW_CHARS.toLocaleString('en')}): use --format ${usable}` };
  }
  return {
    ...result,
    *parts(index) {
      if (settings.standalone) {
        yield formatter.begin(options);
        yield* inParts(counted, 0, options);
        yield formatter.end(1, options);
      } else {
        yield* inParts(counted, index, options);
      }
    },
  };
}

