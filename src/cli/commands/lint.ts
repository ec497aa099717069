/** `claims lint [paths...]`: editorial checks on drafts, as text, JSON or GitHub annotations. */
import type { Io } from '../io.js';
import { write } from '../io.js';
import { ExitCode, InputError, UsageError } from '../errors.js';
import { DEFAULT_EXTENSIONS, expandInputs } from '../inputs.js';
import { extractArticle } from '../article.js';
import { LINT_RULE_IDS, lintDocument, type Finding, type LintConfig } from '../../lint/index.js';
import { findingAsGithub, findingAsText, findingsAsJson, summaryAsText, type LintFormat } from '../../lint/report.js';

export interface LintCommandOptions {
  format: LintFormat;
  disable: string[];
  error: string[];
}

export async function runLint(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<ExitCode> {
  const config: LintConfig = { disabled: new Set(ruleIds(options.disable, '--disable')), errors: new Set(ruleIds(options.error, '--error')) };
  const all: Finding[] = [];
  let articles = 0;
  let failed = false;
  for await (const item of expandInputs(paths, io, { extensions: DEFAULT_EXTENSIONS })) {
    if ('error' in item) {
      failed = true;
      await write(io.stderr, `claims: ${item.error.message}\n`);
      continue;
    }
    try {
      const { doc, text } = await extractArticle(await item.article.read(), item.article.source, { lang: 'auto' });
      const findings = lintDocument(doc, text, config);
      articles++;
      all.push(...findings);
      if (options.format === 'text') await write(io.stdout, findings.map(findingAsText).join(''));
      if (options.format === 'github') await write(io.stdout, findings.map(findingAsGithub).join(''));
    } catch (error) {
      failed = true;
      const message = error instanceof InputError ? error.message : `${item.article.source}: ${error instanceof Error ? error.message : String(error)}`;
      await write(io.stderr, `claims: ${message}\n`);
    }
  }
  if (options.format === 'text') await write(io.stdout, summaryAsText(all, articles));
  if (options.format === 'json') await write(io.stdout, findingsAsJson(all));
  if (failed) return ExitCode.Failed;
  return all.some((f) => f.severity === 'error') ? ExitCode.Findings : ExitCode.Ok;
}

/** "a,b" and repeated options both work; "all" names every rule. */
function ruleIds(values: readonly string[], option: string): string[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (ids.includes('all')) return [...LINT_RULE_IDS];
  for (const id of ids) {
    if (!LINT_RULE_IDS.includes(id)) throw new UsageError(`${option}: unknown rule "${id}" (rules: ${LINT_RULE_IDS.join(', ')}, all)`);
  }
  return ids;
}
