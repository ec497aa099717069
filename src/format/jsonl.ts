import type { Formatter } from './types.js';
import { contractJson, contractJsonParts } from './contract.js';

/** One document per line, for jq, pandas and streaming. */
export const jsonlFormatter: Formatter = {
  begin: () => '',
  document: ({ doc }, _i, o) => `${contractJson(doc, o.explain)}\n`,
  *documentInParts(article, _i, o) {
    yield* contractJsonParts(article, o.explain);
    yield '\n';
  },
  end: () => '',
};
