/**
 * Editorial lint: rules are pure functions over a ClaimsDocument. They read
 * the document's types (source types, stances, figures, entity types), never
 * its words, so every rule works alike for every language.
 */
import type { ClaimsDocument } from '../types.js';

export type Severity = 'warning' | 'error';

/** What a rule reports: where (an offset span into the article) and why. */
export interface RuleFinding {
  start: number;
  end: number;
  /** The claim sentence the finding is about. */
  sentence: { start: number; end: number; text: string };
  message: string;
}

export interface LintRule {
  id: string;
  /** One line for `claims lint --help` and the README. */
  summary: string;
  check(doc: ClaimsDocument): RuleFinding[];
}

/** A finding placed in its file: 1-based line and column (in characters). */
export interface Finding {
  file: string;
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sentence: string;
}
