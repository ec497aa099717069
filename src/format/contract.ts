/** The document as the contract shows it: rule ids only with --explain. */
import type { ClaimsDocument, WindowedDocument } from '../types.js';

const withoutRules = (key: string, value: unknown): unknown => (key === 'rule' ? undefined : value);

export function toContract(doc: ClaimsDocument, explain: boolean): unknown {
  if (explain) return doc;
  return JSON.parse(contractJson(doc, explain));
}

/**
 * The document as contract JSON, written in one pass: a copy without the rule
 * ids first would hold a long article's document twice, and its JSON three times.
 */
export function contractJson(doc: ClaimsDocument, explain: boolean, indent?: number): string {
  return JSON.stringify(doc, explain ? undefined : withoutRules, indent);
}

/**
 * A long document as contract JSON in pieces, one per window, so that no
 * string holds the whole: the head, the claims as they are extracted, then
 * the entities (whole only once every window is read) and the warnings. The
 * same JSON as contractJson but for the place of `entities`.
 */
export function* contractJsonParts(doc: WindowedDocument, explain: boolean, indent?: number): Generator<string> {
  const replacer = explain ? undefined : withoutRules;
  const pad = indent ? ' '.repeat(indent) : '';
  const newline = indent ? '\n' : '';
  /** A value inside one of the document's arrays: two levels deep. */
  const item = (value: unknown): string => {
    const json = JSON.stringify(value, replacer, indent);
    return indent ? json.replace(/\n/g, `\n${pad}${pad}`) : json;
  };
  const key = (name: string): string => `,${newline}${pad}"${name}":${indent ? ' ' : ''}`;
  const { warnings, ...head } = doc.head;
  const opening = JSON.stringify(head, replacer, indent);
  yield opening.slice(0, opening.length - `${newline}}`.length);

  let count = 0;
  const items = (values: Iterable<unknown>): string => {
    let out = '';
    for (const value of values) out += `${count++ > 0 ? ',' : ''}${newline}${pad}${pad}${item(value)}`;
    return out;
  };
  const closing = (): string => (count > 0 ? `${newline}${pad}]` : ']');

  yield `${key('claims')}[`;
  for (const window of doc.windows) yield items(window.claims);
  yield closing();
  count = 0;
  yield `${key('entities')}[`;
  // One entity at a time: one often named holds a mention per sentence.
  for (const entity of doc.entities()) yield items([entity]);
  yield closing();
  const warningsJson = JSON.stringify(warnings, replacer, indent);
  yield `${key('warnings')}${indent ? warningsJson.replace(/\n/g, `\n${pad}`) : warningsJson}${newline}}`;
}
