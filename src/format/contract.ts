/** The document as the contract shows it: rule ids only with --explain. */
import type { ClaimsDocument, WindowedDocument } from '../types.js';

export const withoutRules = (key: string, value: unknown): unknown => (key === 'rule' ? undefined : value);

export function toContract(doc: ClaimsDocument, explain: boolean): unknown {
  if (explain) return doc;
  return JSON.parse(contractJson(doc, explain));
}

/**
 * The document as contract JSON, written in one pass: a copy without the rule
 * ids first would hold a long article's document twice, and its JSON three times.
 */
export function contractJson(doc: ClaimsDocument, explain: boolean, indent?: number): string {
  if (explain) return JSON.stringify(doc, undefined, indent);
  // Compact JSON: written whole, its rule members cut out after. A replacer makes V8 call back for every
  // member of every mention (batch output of the shared corpus: 124 → 82 ms per pass, measured).
  if (indent === undefined) return withoutRuleMembers(JSON.stringify(doc));
  return JSON.stringify(doc, withoutRules, indent);
}

/**
 * A `"rule":"…"` member of an object in compact JSON, cut with the comma
 * before it, or (a first member) with the comma after it, keeping the brace.
 * Only a member matches: `,"` and `{"` open a key wherever they stand outside
 * a string, and inside one a quotation mark is always escaped, so neither
 * can be followed there by `rule":"`. Both alternatives open with a literal
 * character, which V8 scans for quickly (a lookbehind first made the pass
 * slower than the replacer). A rule id holds no quotation mark or backslash
 * (ids are dotted words); one that did would stay in, not break the JSON.
 */
const RULE_MEMBER = /,"rule":"[^"\\]*"|(\{)"rule":"[^"\\]*",?/g;

/** Compact JSON without the members named "rule", at any depth: what JSON.stringify with `withoutRules` writes. */
export function withoutRuleMembers(json: string): string {
  return json.replace(RULE_MEMBER, '$1');
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
