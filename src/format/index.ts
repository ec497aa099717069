/** The formatter registry. Formatters are pure: documents in, text out. */
import type { Formatter } from './types.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { textFormatter } from './text.js';
import { csvFormatter } from './csv.js';
import { htmlFormatter } from './html.js';

export const formatters = {
  text: textFormatter,
  json: jsonFormatter,
  jsonl: jsonlFormatter,
  csv: csvFormatter,
  html: htmlFormatter,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];
export type { Formatter, FormatOptions, IndexPage } from './types.js';
export { plainStyle } from './style.js';
export { renderPage, renderIndex, indexEntry } from './html.js';
export type { IndexEntry } from './html.js';
export type { Style } from './style.js';
