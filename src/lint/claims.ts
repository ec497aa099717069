/** What several rules ask of a document, in terms of its types. */
import type { Attribution, Claim, ClaimsDocument, Source } from '../types.js';
import type { RuleFinding } from './types.js';

/** The headline states the story without sources; rules about sourcing skip it. */
export function isHeadline(doc: ClaimsDocument, claim: Claim): boolean {
  return doc.title !== null && claim.text.trim() === doc.title.trim();
}

/** A finding on `span` inside `claim`; a span outside the claim (an inherited source) points at the claim. */
export function findingIn(claim: Claim, span: { start: number; end: number }, message: string): RuleFinding {
  const inside = span.start >= claim.start && span.end <= claim.end;
  return {
    start: inside ? span.start : claim.start,
    end: inside ? span.end : claim.end,
    sentence: { start: claim.start, end: claim.end, text: claim.text },
    message,
  };
}

/** Asserting or confirming: the attributions a claim rests on. */
export function supports(a: Attribution): boolean {
  return a.stance === 'asserts' || a.stance === 'confirms';
}

/** How many people a source phrase stands for; unnamed plurals ("sources") count as several. */
export function headcount(source: Source): number {
  return source.count ?? (source.type === 'anonymous' ? 2 : 1);
}

/** One party under two canonical names of different length: "Micron" and "Micron Technology". */
export function sameParty(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === '' || b === '') return false;
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** “text”, on one line, shortened. */
export function quote(text: string, width = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > width ? `${oneLine.slice(0, width - 1)}…` : oneLine}”`;
}
