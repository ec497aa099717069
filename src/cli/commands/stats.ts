/** `claims stats PATHS…`: a sourcing report over a corpus, as text or JSON. */
import type { Io } from '../io.js';
import { write } from '../io.js';
import { ExitCode } from '../errors.js';
import { interruptible, runBatch } from '../batch.js';
import { chooseReporter, inputItems, isMany, type InputKind } from './extract.js';
import { CorpusStats, renderStatsText } from '../../stats/index.js';
import type { LanguageCode } from '../../types.js';

export interface StatsCommandOptions {
  format: 'text' | 'json';
  lang: LanguageCode | 'auto';
  quiet: boolean;
  jobs: number;
  ext: string[];
  input: InputKind;
  /** How many organizations the report lists. */
  top: number;
}

export async function runStats(paths: readonly string[], options: StatsCommandOptions, io: Io): Promise<ExitCode> {
  const many = await isMany(paths, options.input, io);
  // The report comes at the end: nothing scrolls over a progress bar meanwhile.
  const reporter = chooseReporter(io, { quiet: options.quiet, many, toStdout: false });
  const items = inputItems(paths, options, io, reporter);
  const totals = new CorpusStats();
  const outcome = await interruptible((signal) =>
    runBatch(items, {
      settings: { lang: options.lang, explain: false, format: null, colorLevel: 0, multiple: many, standalone: false },
      jobs: options.jobs, many, quiet: options.quiet, signal,
      reporter,
    }, {
      done: async (_article, result) => totals.add(result.stats),
      failed: () => void totals.failed++,
    }),
  );
  if (outcome.interrupted) {
    io.stderr.write('claims: interrupted\n');
    return ExitCode.Interrupted;
  }
  const report = totals.report(options.top);
  await write(io.stdout, options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderStatsText(report));
  return outcome.failed > 0 ? ExitCode.Failed : ExitCode.Ok;
}
