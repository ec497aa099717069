/**
 * The command line: main(argv, io) parses options with commander and returns
 * an exit code. Commands are imported only when they run, so `--help` loads
 * no extraction code.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { ExitCode, OutputClosedError, UsageError } from './errors.js';
import { FORMAT_NAMES } from '../format/index.js';
import { DEFAULT_EXTENSIONS, parseExtensions } from './inputs.js';
import type { ExtractCommandOptions } from './commands/extract.js';
import type { StatsCommandOptions } from './commands/stats.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { LintCommandOptions } from './commands/lint.js';
import { LINT_FORMATS } from '../lint/report.js';
import { LINT_RULES } from '../lint/index.js';

const EXAMPLES = `
Examples:
  $ claims article.txt                  claims of one article, for reading
  $ pbpaste | claims                    the same from the clipboard (stdin)
  $ claims --format jsonl corpus/ > claims.jsonl
                                        every article below a folder (see --ext), one JSON line each
  $ claims --lang de --explain bericht.txt
                                        force German; name the rule behind every item
  $ claims -j 4 --out results/ --resume archive/
                                        one results/<path>.claims.json per article, 4 threads, skip done ones
  $ claims --format csv corpus/ > claims.csv
                                        one spreadsheet row per claim
  $ claims --input jsonl --format jsonl < records.jsonl
                                        {"id","text"} records in, one document per record out
  $ claims stats corpus/                who is cited how often, across a corpus
  $ claims check fixtures/              compare every article with its .claims.json snapshot
  $ claims lint --format github drafts/ editorial findings as pull-request annotations

Exit codes: 0 success · 1 check/lint findings · 2 usage error or an input that could not be read · 130 interrupted
Color: on a terminal only; --no-color (--color=never) or NO_COLOR=1 turn it off, FORCE_COLOR=1 or --color (--color=always) turn it on.`;

const CHECK_HELP = `
Exit codes: 0 every article matches · 1 some differ (printed in words) · 2 an unreadable article or snapshot, or a missing snapshot (without --update)
Accept a reviewed change: claims check --update fixtures/`;

const LINT_HELP = `
Rules (findings are warnings unless --error names the rule):
${LINT_RULES.map((r) => `  ${r.id.padEnd(18)}${r.summary}`).join('\n')}

Exit codes: 0 no error-level finding · 1 an error-level finding · 2 usage error or an unreadable input`;

/** The version in package.json (beside dist/ and src/ alike): one small read, no JSON module import. */
function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return version;
}

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = new Command('claims')
    .version(packageVersion(), '-V, --version', 'print the version of claims')
    .description('Print the checkable claims in a German or English news article, with who stands behind each one.')
    .argument('[paths...]', 'article files or folders; "-" or nothing (with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: text; json with --out)').choices(FORMAT_NAMES))
    .addOption(new Option('-l, --lang <lang>', 'article language').choices(['auto', 'de', 'en']).default('auto'))
    .option('-o, --out <dir>', 'write one <relative path>.claims.json per article below DIR instead of printing')
    .option('--resume', 'with --out: skip articles whose result is newer than the article', false)
    .option('--explain', 'name the rule that produced every item', false)
    .option('--color', 'color the text output even when not on a terminal')
    .option('--no-color', 'never color the output')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr', false)
    .option('--verbose', 'end a batch with a summary line on stderr even when it is not a terminal', false)
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `claims: ${s}` : s),
    })
    .action(async (paths: string[], options: ExtractCommandOptions) => {
      let inputs = paths;
      if (inputs.length === 0) {
        if (io.stdin.isTTY) {
          program.outputHelp();
          return;
        }
        inputs = ['-'];
      }
      const { runExtract } = await import('./commands/extract.js');
      exitCode = await runExtract(inputs, options, io);
    });
  addBatchOptions(program);

  const stats = program.command('stats')
    .description('a sourcing report over a corpus: source types, stances, unsourced figures, top organizations, anonymous sources per article')
    .argument('[paths...]', 'article files or folders; "-" or nothing (with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .addOption(new Option('-l, --lang <lang>', 'article language').choices(['auto', 'de', 'en']).default('auto'))
    .option('--top <n>', 'organizations to list', positiveInteger, 10)
    .option('-q, --quiet', 'no warnings or progress on stderr', false)
    .action(async (paths: string[], options: StatsCommandOptions) => {
      const { runStats } = await import('./commands/stats.js');
      exitCode = await runStats(paths.length === 0 ? ['-'] : paths, options, io);
    });
  addBatchOptions(stats);

  program.enablePositionalOptions();
  program.command('check')
    .description('compare each article X.txt with its snapshot X.claims.json; tell the differences in words')
    .argument('[paths...]', 'article files or folders (folders: every .txt below them)')
    .option('--expected <dir>', 'snapshots live under this folder, at the same relative paths')
    .option('-u, --update', 'write the snapshots (atomically) and report what changed', false)
    .addHelpText('after', CHECK_HELP)
    .action(async (paths: string[], options: CheckCommandOptions) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(paths, options, io);
    });
  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  program.command('lint')
    .description('editorial checks on drafts: unsourced-figure, anonymous-only, single-source, denial-missing')
    .argument('[paths...]', 'article files or folders; "-" or nothing (with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS).default('text'))
    .option('--disable <rule-id>', 'do not run this rule (repeatable, or comma-separated)', collect, [])
    .option('--error <rule-id>', 'report this rule as an error, failing with exit 1 ("all": every rule)', collect, [])
    .addHelpText('after', LINT_HELP)
    .action(async (paths: string[], options: LintCommandOptions) => {
      if (paths.length === 0 && io.stdin.isTTY) throw new UsageError('lint: name the drafts to check, or pipe one in');
      const { runLint } = await import('./commands/lint.js');
      exitCode = await runLint(paths.length === 0 ? ['-'] : paths, options, io);
    });

  try {
    await program.parseAsync(colorWhen(argv), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return ExitCode.Ok;
      const suggestion = error.code === 'commander.invalidArgument' ? closestChoice(error.message) : null;
      if (suggestion) io.stderr.write(`(Did you mean ${suggestion}?)\n`);
      io.stderr.write(`Run 'claims --help' for usage.\n`);
      return ExitCode.Failed;
    }
    if (error instanceof OutputClosedError) return ExitCode.Ok; // the reader has all it wanted
    if (error instanceof UsageError) {
      io.stderr.write(`claims: ${error.message}\nRun 'claims --help' for usage.\n`);
      return ExitCode.Failed;
    }
    throw error;
  }
  return exitCode;
}

/**
 * `--color=always|never|auto`, as ls, grep and git spell it, in the flags
 * commander reads (`--color`, `--no-color`, none). Options end at `--`.
 */
function colorWhen(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.flatMap((arg, i) => {
    if ((end >= 0 && i > end) || !arg.startsWith('--color=')) return [arg];
    const when = arg.slice('--color='.length);
    if (when === 'always') return ['--color'];
    if (when === 'never') return ['--no-color'];
    if (when === 'auto') return [];
    throw new UsageError(`--color=${when}: say always, never or auto (or --color, --no-color)`);
  });
}

/**
 * The allowed choice a mistyped value was meant to be ("jsno" → "json"), as
 * commander suggests for a mistyped option: read from its message, which
 * names the value and the choices; null when none is close.
 */
function closestChoice(message: string): string | null {
  const m = /argument '([^']*)' is invalid\. Allowed choices are ([^.]+)\./u.exec(message);
  if (!m) return null;
  const given = m[1]!.toLowerCase();
  let best: { choice: string; distance: number } | null = null;
  for (const choice of m[2]!.split(', ')) {
    const distance = editDistance(given, choice);
    if (distance <= Math.max(1, Math.floor(choice.length / 4)) && (!best || distance < best.distance)) best = { choice, distance };
  }
  return best?.choice ?? null;
}

/** Insertions, deletions, substitutions and swaps of two neighbours that turn a into b. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
}

/** Options of every command that reads many articles. */
function addBatchOptions(command: Command): void {
  command
    .option('-j, --jobs <n>', 'jobs: the main thread and n - 1 worker threads', positiveInteger, availableParallelism())
    .addOption(new Option('--ext <list>', 'file endings read from folders').argParser(parseExtensions).default([...DEFAULT_EXTENSIONS], DEFAULT_EXTENSIONS.join(',')))
    .addOption(new Option('--input <kind>', 'files (paths, folders, stdin) or jsonl ({"id","text"} records on stdin)').choices(['files', 'jsonl']).default('files'));
}
