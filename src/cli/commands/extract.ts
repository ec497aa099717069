/**
 * The main job: `claims [paths...]` prints the claims of every article, or
 * with `--out DIR` writes one result file per article.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { write, writeRendering } from '../io.js';
import { ExitCode, UsageError } from '../errors.js';
import { resolveColorLevel } from '../color.js';
import { countInputs, expandInputs, readJsonlRecords, type InputItem, type InputOptions } from '../inputs.js';
import { OutDir } from '../out.js';
import { plainReporter, progressReporter, type Reporter } from '../progress.js';
import { interruptible, runBatch, type BatchHandlers } from '../batch.js';
import { formatOptions, type TaskSettings } from '../settings.js';
import { FORMAT_NAMES, formatters, type FormatName } from '../../format/index.js';
import { CorpusStats, summaryLine } from '../../stats/index.js';
import type { LanguageCode } from '../../types.js';

export type InputKind = 'files' | 'jsonl';

export interface ExtractCommandOptions {
  /** Absent: text, or json with --out. */
  format?: FormatName;
  lang: LanguageCode | 'auto';
  explain: boolean;
  color: boolean | undefined;
  quiet: boolean;
  jobs: number;
  /** File endings taken from folders. */
  ext: string[];
  input: InputKind;
  out?: string;
  resume: boolean;
  /** The summary line even when stderr is not a terminal. */
  verbose: boolean;
}

/** The articles a run reads: paths, or records on stdin. */
export function inputItems(paths: readonly string[], options: { input: InputKind; ext: string[]; out?: string; quiet: boolean }, io: Io, reporter: Reporter): AsyncIterable<InputItem> {
  if (options.input === 'jsonl') {
    if (paths.some((p) => p !== '-')) throw new UsageError('--input jsonl reads its records from stdin; give no paths');
    return readJsonlRecords(io);
  }
  const onNotice = (text: string): void => (options.quiet ? undefined : reporter.message(`claims: ${text}`));
  return expandInputs(paths, io, { ...inputOptions(options, io), onNotice });
}

/** Folders are walked for the given endings, never into the output folder (its results are no articles). */
function inputOptions(options: { ext: string[]; out?: string }, io: Io): InputOptions {
  return { extensions: options.ext, exclude: options.out === undefined ? undefined : resolve(io.cwd, options.out) };
}

/** More than one article may come: worth workers, a summary, and (json) an array. */
export async function isMany(paths: readonly string[], input: InputKind, io: Io): Promise<boolean> {
  if (input === 'jsonl' || paths.length > 1) return true;
  for (const p of paths) {
    if (p === '-') continue;
    try {
      if ((await stat(resolve(io.cwd, p))).isDirectory()) return true;
    } catch {
      // reported when the path is read
    }
  }
  return false;
}

/**
 * A progress bar only where someone watches stderr on a terminal and the
 * results do not scroll over it on the same screen.
 */
export function chooseReporter(io: Io, options: { quiet: boolean; many: boolean; toStdout: boolean }): Reporter {
  const watched = io.stderr.isTTY === true && !options.quiet && options.many;
  const resultsOnScreen = options.toStdout && io.stdout.isTTY === true;
  return watched && !resultsOnScreen ? progressReporter(io.stderr) : plainReporter(io.stderr);
}

export async function runExtract(paths: readonly string[], options: ExtractCommandOptions, io: Io): Promise<ExitCode> {
  const formatName: FormatName = options.format ?? (options.out === undefined ? 'text' : 'json');
  const formatter = formatters[formatName];
  if (options.out !== undefined && formatter.fileExtension === undefined) {
    const usable = FORMAT_NAMES.filter((name) => formatters[name].fileExtension !== undefined);
    throw new UsageError(`--format ${formatName} is one stream, not a file per article; with --out use ${usable.join(' or ')}`);
  }
  if (options.resume && options.out === undefined) throw new UsageError('--resume needs --out DIR (it skips articles whose result there is up to date)');

  const many = options.out !== undefined || (await isMany(paths, options.input, io));
  const toStdout = options.out === undefined;
  const settings: TaskSettings = {
    lang: options.lang,
    explain: options.explain,
    format: formatName,
    colorLevel: formatName === 'text' && toStdout ? resolveColorLevel(options.color, io.env, io.stdout.isTTY === true) : 0,
    multiple: many,
    standalone: !toStdout,
    width: toStdout && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined,
  };
  const fmt = await formatOptions(settings);
  const reporter = chooseReporter(io, { quiet: options.quiet, many, toStdout });
  const items = inputItems(paths, options, io, reporter);

  const out = options.out === undefined ? null : new OutDir(resolve(io.cwd, options.out), formatter.fileExtension!);
  if (out) {
    try {
      await out.prepare();
    } catch (error) {
      io.stderr.write(`claims: --out ${options.out}: ${error instanceof Error ? error.message : String(error)}\n`);
      return ExitCode.Failed;
    }
  }
  // Index lines are small (a path, a title, a summary) but do add up: only kept when the format has an index page.
  const index: unknown[] | null = out && formatter.index ? [] : null;
  const totals = new CorpusStats();
  const started = performance.now();

  const handlers: BatchHandlers = {
    async done(article, result, text) {
      if (out) await out.writeResult(article.relative, text ?? '');
      else await writeRendering(io.stdout, text ?? '');
      // After writing: a long article's statistics are added up as its parts are written.
      totals.add(result.stats);
      if (index && result.indexLine !== undefined) index.push(result.indexLine);
    },
    skipped(article) {
      if (index) index.push(formatter.index!.entry(out!.nameFor(article.relative), article.source, null));
    },
    failed() {
      totals.failed++;
    },
  };

  if (toStdout) await write(io.stdout, formatter.begin(fmt));
  const outcome = await interruptible(async (signal) => {
    const counting = new AbortController();
    if (reporter.live && options.input === 'files') {
      void countInputs(paths, io, inputOptions(options, io), counting.signal).then((n) => reporter.setTotal(n), () => undefined);
    }
    try {
      return await runBatch(items, {
        settings, jobs: options.jobs, many, reporter, quiet: options.quiet, signal,
        // The text report prints a document's warnings itself; on one terminal with stderr they would show twice.
        warningsShown: formatName === 'text' && toStdout && io.stdout.isTTY === true && io.stderr.isTTY === true,
        skip: out && options.resume ? async (article) => article.source !== '-' && out.isFresh(article.relative, await article.modified()) : undefined,
        fileOf: out ? (article) => out.nameFor(article.relative) : undefined,
      }, handlers);
    } finally {
      counting.abort();
    }
  });
  if (!outcome.interrupted) {
    if (toStdout) await write(io.stdout, formatter.end(outcome.done, fmt));
    if (out && index && formatter.index) await out.writeFile(formatter.index.fileName, formatter.index.render(index));
  }
  // The summary is for someone watching (a terminal, or --verbose); on a plain pipe every stderr line is a problem.
  // An interrupted run always says how far it got.
  const summary = many && !options.quiet && (io.stderr.isTTY === true || options.verbose || outcome.interrupted);
  if (summary) {
    const line = summaryLine(totals.report(), { skipped: outcome.skipped, seconds: (performance.now() - started) / 1000 });
    io.stderr.write(`claims: ${outcome.interrupted ? 'interrupted; so far ' : ''}${line}\n`);
  } else if (outcome.interrupted) {
    io.stderr.write('claims: interrupted\n');
  }
  if (outcome.interrupted) return ExitCode.Interrupted;
  return outcome.failed > 0 ? ExitCode.Failed : ExitCode.Ok;
}
