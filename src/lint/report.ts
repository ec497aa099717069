/** Lint findings as text for people, JSON for scripts, and GitHub Actions workflow commands. */
import type { Finding } from './types.js';

export const LINT_FORMATS = ['text', 'json', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** "drafts/a.txt:3:15 warning unsourced-figure …" and the sentence below it. */
export function findingAsText(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}  ${f.message}\n    ${f.sentence.replace(/\s+/g, ' ').trim()}\n`;
}

export function summaryAsText(findings: readonly Finding[], articles: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(articles, 'article')}\n`;
}

/** All findings as one JSON array. */
export function findingsAsJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

/**
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, which
 * GitHub Actions shows as an annotation on the pull request's diff.
 */
export function findingAsGithub(f: Finding): string {
  const properties = [
    `file=${escapeProperty(f.file.replaceAll('\\', '/'))}`,
    `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`claims ${f.rule}`)}`,
  ].join(',');
  const message = `${f.message}\n${f.sentence.replace(/\s+/g, ' ').trim()}`;
  return `::${f.severity} ${properties}::${escapeData(message)}\n`;
}

/** Workflow command data: %, CR and LF are encoded (as the Actions toolkit does). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Workflow command properties additionally encode ":" and ",", which delimit them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
