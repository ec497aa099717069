/**
 * CSV for spreadsheets: a header, then one row per claim, RFC 4180 (CRLF line
 * ends; a field with a comma, quote, CR or LF is quoted, quotes doubled).
 * A claim with several attributions lists them in three columns, "; "-separated
 * and aligned: the n-th type, source and stance belong together. `sourced_in`
 * names the later claims whose attributions point back to this sentence
 * ("Das teilte das Unternehmen mit."): sourced there, not unsourced.
 */
import type { Claim, Entity } from '../types.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = ['source_file', 'claim', 'sentence', 'figures', 'entities', 'source_type', 'source', 'stance', 'sourced_in'] as const;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The rows of claims; `entities` names at least those the claims mention. */
function rows(source: string, claims: readonly Claim[], entities: readonly Entity[]): string {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  let out = '';
  for (const claim of claims) {
    const figures = [...claim.quantities, ...claim.money].sort((a, b) => a.start - b.start).map((f) => f.text);
    const attributions = claim.attributions;
    out += csvRow([
      source,
      claim.id,
      claim.text,
      figures.join('; '),
      claim.entities.map((id) => names.get(id) ?? id).join('; '),
      attributions.map((a) => a.source.type).join('; '),
      attributions.map((a) => a.source.text).join('; '),
      attributions.map((a) => a.stance).join('; '),
      (claim.sourcedIn ?? []).join('; '),
    ]);
  }
  return out;
}

export const csvFormatter: Formatter = {
  fileExtension: '.claims.csv',
  begin: () => csvRow(CSV_COLUMNS),
  document: ({ doc }) => rows(doc.source, doc.claims, doc.entities),
  *documentInParts(article) {
    for (const window of article.windows) yield rows(article.head.source, window.claims, window.entities);
  },
  end: () => '',
};
