/** The document as the contract shows it: rule ids only with --explain. */
import type { ClaimsDocument } from '../types.js';

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
