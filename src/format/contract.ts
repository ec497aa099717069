/** The document as the contract shows it: rule ids only with --explain. */
import type { ClaimsDocument } from '../types.js';

export function toContract(doc: ClaimsDocument, explain: boolean): unknown {
  if (explain) return doc;
  return JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === 'rule' ? undefined : value)));
}
