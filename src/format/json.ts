import type { Formatter } from './types.js';
import { contractJson, contractJsonParts } from './contract.js';

const indent = (s: string): string => s.replace(/\n/g, '\n  ');

/** One pretty-printed document, or an array of them for several inputs. */
export const jsonFormatter: Formatter = {
  fileExtension: '.claims.json',
  begin: (o) => (o.multiple ? '[' : ''),
  document: ({ doc }, i, o) => {
    const body = contractJson(doc, o.explain, 2);
    return o.multiple ? `${i > 0 ? ',' : ''}\n  ${indent(body)}` : body;
  },
  *documentInParts(article, i, o) {
    if (o.multiple) yield `${i > 0 ? ',' : ''}\n  `;
    for (const part of contractJsonParts(article, o.explain, 2)) yield o.multiple ? indent(part) : part;
  },
  end: (count, o) => (o.multiple ? (count > 0 ? '\n]\n' : ']\n') : count > 0 ? '\n' : ''),
};
