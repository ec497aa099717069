import type { Formatter } from './types.js';
import { contractJson } from './contract.js';

/** One document per line, for jq, pandas and streaming. */
export const jsonlFormatter: Formatter = {
  begin: () => '',
  document: ({ doc }, _i, o) => `${contractJson(doc, o.explain)}\n`,
  end: () => '',
};
