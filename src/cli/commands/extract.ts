/** The main job: `claims [paths...]` prints the claims of every article. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { Io } from '../io.js';
import { write } from '../io.js';
import { ExitCode, InputError, OutputClosedError } from '../errors.js';
import { resolveColorLevel } from '../color.js';
import { DEFAULT_EXTENSIONS, expandInputs } from '../inputs.js';
import { formatters, plainStyle, type FormatName, type FormatOptions } from '../../format/index.js';
import { extractArticle } from '../article.js';
import type { LanguageCode } from '../../types.js';

export interface ExtractCommandOptions {
  format: FormatName;
  lang: LanguageCode | 'auto';
  explain: boolean;
  color: boolean | undefined;
  quiet: boolean;
}

export async function runExtract(paths: readonly string[], options: ExtractCommandOptions, io: Io): Promise<ExitCode> {
  const formatter = formatters[options.format];
  const human = options.format === 'text';
  const level = human ? resolveColorLevel(options.color, io.env, io.stdout.isTTY === true) : 0;
  const style = level > 0 ? new Chalk({ level }) : plainStyle;
  const multiple = paths.length > 1 || (await anyDirectory(paths, io));
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
  const formatOptions: FormatOptions = { explain: options.explain, style, multiple, width };

  let failed = false;
  let count = 0;
  await write(io.stdout, formatter.begin(formatOptions));
  for await (const item of expandInputs(paths, io, { extensions: DEFAULT_EXTENSIONS })) {
    if ('error' in item) {
      failed = true;
      await write(io.stderr, `claims: ${item.error.message}\n`);
      continue;
    }
    try {
      const article = await extractArticle(await item.article.read(), item.article.source, { lang: options.lang });
      if (!options.quiet) for (const w of article.doc.warnings) await write(io.stderr, `claims: ${item.article.source}: warning: ${w}\n`);
      await write(io.stdout, formatter.document(article, count++, formatOptions));
    } catch (error) {
      if (error instanceof OutputClosedError) throw error;
      failed = true;
      const message = error instanceof InputError ? error.message : `${item.article.source}: ${error instanceof Error ? error.message : String(error)}`;
      await write(io.stderr, `claims: ${message}\n`);
    }
  }
  await write(io.stdout, formatter.end(count, formatOptions));
  return failed ? ExitCode.Failed : ExitCode.Ok;
}

async function anyDirectory(paths: readonly string[], io: Io): Promise<boolean> {
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
