/** The lint rules, and a document's findings placed at their lines and columns. */
import type { ClaimsDocument } from '../types.js';
import type { Finding, LintRule, Severity } from './types.js';
import { LineIndex } from './position.js';
import { unsourcedFigure } from './unsourced-figure.js';
import { anonymousOnly } from './anonymous-only.js';
import { singleSource } from './single-source.js';
import { denialMissing } from './denial-missing.js';

export type { Finding, LintRule, RuleFinding, Severity } from './types.js';

export const LINT_RULES: readonly LintRule[] = [unsourcedFigure, anonymousOnly, singleSource, denialMissing];
export const LINT_RULE_IDS: readonly string[] = LINT_RULES.map((r) => r.id);

export interface LintConfig {
  /** Rules not run. */
  disabled: ReadonlySet<string>;
  /** Rules whose findings are errors; the others' are warnings. */
  errors: ReadonlySet<string>;
}

/** Findings of every enabled rule, in text order; `text` is the decoded article the document's offsets point into. */
export function lintDocument(doc: ClaimsDocument, text: string, config: LintConfig): Finding[] {
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  for (const rule of LINT_RULES) {
    if (config.disabled.has(rule.id)) continue;
    const severity: Severity = config.errors.has(rule.id) ? 'error' : 'warning';
    for (const f of rule.check(doc)) {
      const from = lines.positionOf(f.start);
      const to = lines.positionOf(f.end);
      findings.push({
        file: doc.source, rule: rule.id, severity, message: f.message,
        line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
        sentence: f.sentence.text,
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
