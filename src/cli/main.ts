/**
 * The command line: main(argv, io) parses options with commander and returns
 * an exit code. Commands are imported only when they run, so `--help` loads
 * no extraction code.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './io.js';
import { ExitCode, OutputClosedError, UsageError } from './errors.js';
import { FORMAT_NAMES } from '../format/index.js';
import type { ExtractCommandOptions } from './commands/extract.js';

const EXAMPLES = `
Examples:
  $ claims article.txt                  claims of one article, for reading
  $ pbpaste | claims                    the same from the clipboard (stdin)
  $ claims --format jsonl corpus/ > claims.jsonl
                                        every .txt/.md article below a folder, one JSON line each
  $ claims --lang de --explain bericht.txt
                                        force German; name the rule behind every item

Exit codes: 0 success · 2 usage error or an input that could not be read
Color: on a terminal only; --no-color or NO_COLOR=1 turn it off, FORCE_COLOR=1 or --color turn it on.`;

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = new Command('claims')
    .description('Print the checkable claims in a German or English news article, with who stands behind each one.')
    .argument('[paths...]', 'article files or folders; "-" or nothing (with piped input) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('text'))
    .addOption(new Option('-l, --lang <lang>', 'article language').choices(['auto', 'de', 'en']).default('auto'))
    .option('--explain', 'name the rule that produced every item', false)
    .option('--color', 'color the text output even when not on a terminal')
    .option('--no-color', 'never color the output')
    .option('-q, --quiet', 'no warnings on stderr', false)
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

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return ExitCode.Ok;
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
