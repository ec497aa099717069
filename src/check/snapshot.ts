/**
 * Snapshots: the contract document of an article (no rule ids), written in a
 * canonical form so that the same extraction always gives the same bytes:
 * fields in contract order whatever order the pipeline built them in, short
 * flat objects and arrays on one line so that reviews read like the article.
 */
import type { ClaimsDocument } from '../types.js';

/**
 * The contract's field order per kind of object, told apart by a field only
 * that kind has; fields the contract does not name follow, alphabetically.
 */
const FIELD_ORDERS: ReadonlyArray<{ has: string; order: readonly string[] }> = [
  { has: 'schemaVersion', order: ['schemaVersion', 'source', 'language', 'title', 'published', 'entities', 'claims', 'warnings'] },
  { has: 'mentions', order: ['id', 'name', 'type', 'vendor', 'organization', 'role', 'mentions'] },
  { has: 'attributions', order: ['id', 'text', 'start', 'end', 'entities', 'quantities', 'money', 'attributions'] },
  { has: 'value', order: ['text', 'start', 'end', 'value', 'unit', 'currency', 'qualifier'] },
  { has: 'cue', order: ['text', 'start', 'end', 'cue', 'stance', 'inherited', 'source'] },
  { has: 'count', order: ['text', 'type', 'count', 'name', 'organization'] },
  { has: 'start', order: ['text', 'start', 'end'] },
];
const INLINE_WIDTH = 130;

/** The document as a snapshot stores it: contract fields only, `source` as the snapshot names it. */
export function snapshotOf(doc: ClaimsDocument, source: string): ClaimsDocument {
  const contract = JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === 'rule' ? undefined : value))) as ClaimsDocument;
  return { ...contract, source };
}

/** Canonical JSON text of a snapshot, ending in a newline. */
export function serializeSnapshot(value: unknown): string {
  return `${render(value, '')}\n`;
}

/** Parses a snapshot file's text; throws an Error saying what is wrong with it. */
export function parseSnapshot(text: string): ClaimsDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const doc = value as Partial<ClaimsDocument> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a claims document (expected a JSON object)');
  for (const field of ['entities', 'claims', 'warnings'] as const) {
    if (!Array.isArray(doc[field])) throw new Error(`not a claims document (no "${field}" array)`);
  }
  return doc as ClaimsDocument;
}

function orderFields(value: object): Array<[string, unknown]> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const order = FIELD_ORDERS.find((kind) => kind.has in value)?.order ?? [];
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
  return entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function isFlat(value: object): boolean {
  return Object.values(value).every((v) => typeof v !== 'object' || v === null);
}

function render(value: unknown, indent: string): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => render(v, inner));
    const oneLine = `[${items.join(', ')}]`;
    if (value.every((v) => typeof v !== 'object' || v === null || isFlat(v)) && !oneLine.includes('\n') && indent.length + oneLine.length <= INLINE_WIDTH) return oneLine;
    return `[\n${items.map((s) => inner + s).join(',\n')}\n${indent}]`;
  }
  const entries = orderFields(value);
  if (entries.length === 0) return '{}';
  const fields = entries.map(([k, v]) => `${JSON.stringify(k)}: ${render(v, inner)}`);
  const oneLine = `{ ${fields.join(', ')} }`;
  if (isFlat(value) && indent.length + oneLine.length <= INLINE_WIDTH) return oneLine;
  return `{\n${fields.map((s) => inner + s).join(',\n')}\n${indent}}`;
}
