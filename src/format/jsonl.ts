import type { Formatter } from './types.js';
import { toContract } from './contract.js';

/** One document per line, for jq, pandas and streaming. */
export const jsonlFormatter: Formatter = {
  begin: () => '',
  document: ({ doc }, _i, o) => `${JSON.stringify(toContract(doc, o.explain))}\n`,
  end: () => '',
};
