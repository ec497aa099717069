/**
 * What a batch run renders, fixed for the run: plain data, so it can be a
 * worker's workerData. Light on purpose: the main thread of a parallel run
 * imports this and never the pipeline.
 */
import { plainStyle, type FormatName, type FormatOptions } from '../format/index.js';
import type { ColorLevel } from './color.js';
import type { LanguageCode } from '../types.js';
import { WINDOW_CHARS } from '../core/windows.js';

/** Articles of more bytes than this may be long enough to be read in windows: the main thread writes them in parts. */
export const LONG_ARTICLE_BYTES = WINDOW_CHARS;

export interface TaskSettings {
  lang: LanguageCode | 'auto';
  explain: boolean;
  /** Null: statistics only (`claims stats`). */
  format: FormatName | null;
  colorLevel: ColorLevel;
  /** Several documents share one output stream. */
  multiple: boolean;
  /** Each document is a file of its own (--out): begin + document + end. */
  standalone: boolean;
  /** Terminal width for the text format to wrap to. */
  width?: number;
}

/** The formatter's options; chalk is loaded only when there is color to paint. */
export async function formatOptions(settings: TaskSettings): Promise<FormatOptions> {
  const style = settings.colorLevel > 0 ? new (await import('chalk')).Chalk({ level: settings.colorLevel }) : plainStyle;
  return { explain: settings.explain, style, multiple: settings.multiple && !settings.standalone, width: settings.width };
}
