/**
 * One article's work in a batch, the same in a worker thread and in the main
 * thread: extract, render with the chosen formatter, reduce to statistics.
 * Only strings and small numbers go back, so the main thread does no more
 * than read, order and write.
 */
import { extractArticle } from './article.js';
import { formatters } from '../format/index.js';
import { articleStats, type ArticleStats } from '../stats/index.js';
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
  | { seq: number; ok: true; texts: string[]; stats: ArticleStats; warnings: string[]; indexLine?: unknown }
  | { seq: number; ok: false; reason: string };

/** Returns a function that runs tasks under fixed settings; it never throws. */
export async function taskRunner(settings: TaskSettings): Promise<(task: Task) => Promise<TaskResult>> {
  const formatter = settings.format === null ? null : formatters[settings.format];
  const options = await formatOptions(settings);
  return async (task) => {
    try {
      const article = await extractArticle(task.bytes, task.source, { lang: settings.lang });
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
