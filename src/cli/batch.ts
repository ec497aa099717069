/**
 * A run over articles, shared by `claims` and `claims stats`: inputs are read
 * as the walk finds them, handed to workers (or the main thread), and their
 * results come back in input order. Failures, warnings and progress go to
 * stderr through the reporter; SIGINT and SIGTERM stop the run between two
 * results, so whatever is written is whole.
 */
import type { Article, InputItem } from './inputs.js';
import type { Rendering } from './io.js';
import { InputError, InterruptedError, OutputClosedError, describeFsError } from './errors.js';
import type { Reporter } from './progress.js';
import type { Task, TaskResult } from './task.js';
import { renderingAt } from './renderings.js';
import { LONG_ARTICLE_BYTES, type TaskSettings } from './settings.js';
import { forEachInOrder, inProcessExecutor, WorkerPool, type Executor, type Started } from './run.js';

export type Done = Extract<TaskResult, { ok: true }>;

export interface BatchConfig {
  settings: TaskSettings;
  /** The main thread and jobs − 1 worker threads; 1 runs everything in the main thread. */
  jobs: number;
  /** False for a single article, where starting a worker would only cost time. */
  many: boolean;
  reporter: Reporter;
  quiet: boolean;
  /** An article's warnings are in its rendering on the terminal the reporter writes to: not told again. */
  warningsShown?: boolean;
  signal: AbortSignal;
  /** True skips an article before it is read (`--resume`). */
  skip?(article: Article): Promise<boolean>;
  /** Under --out: the article's file relative to DIR; throws (a failure, before any work) when its name gives none. */
  fileOf?(article: Article): string;
}

export interface BatchHandlers {
  /**
   * Each extracted article in input order; `text` is its rendering at its
   * place in the output. Reading a rendering in parts throws
   * InterruptedError when the run is stopped between two parts.
   */
  done(article: Article, result: Done, text: Rendering | undefined): Promise<void>;
  skipped?(article: Article): void;
  failed?(source: string, reason: string): void;
}

export interface BatchOutcome {
  done: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
}

type Outcome =
  | { kind: 'done'; article: Article; result: Done }
  /** `task`: it had been sent to a worker (it holds a place in the guess of document positions). */
  | { kind: 'failed'; source: string; reason: string; task?: boolean }
  | { kind: 'skipped'; article: Article };

/**
 * Articles in flight per worker (running, prefetched, finished but waiting for
 * an earlier one). One long article holds up the output behind it; the window
 * must let the other workers go on meanwhile. With 4 a worker sat idle for a
 * fifth of a corpus run; with 16 it idles no more than its start-up. Small
 * articles and their results: a few hundred KB at most.
 */
const WINDOW_PER_JOB = 16;

/**
 * Articles whose reading is started before the one handed on. An asynchronous
 * read (a named pipe; regular files are read at once, see inputs.ts) takes
 * several turns of the event loop, and in the main thread those come only
 * between two extractions: read one at a time, `--jobs 1` sat idle for a
 * fifth of its time. Reads started ahead go on in libuv's thread pool
 * meanwhile. Two articles: a few hundred KB of news.
 */
const READ_AHEAD = 2;

export async function runBatch(items: AsyncIterable<InputItem>, config: BatchConfig, handlers: BatchHandlers): Promise<BatchOutcome> {
  const { reporter, signal } = config;
  const parallel = config.many && config.jobs > 1;
  // A long article is extracted in this thread, window by window as its result is written (a worker's result is one message);
  // so is one whose worker ran out of heap.
  let mainThread: Executor | null = null;
  const inMainThread = (): Executor => (mainThread ??= inProcessExecutor(config.settings));
  // The main thread is one of the jobs: it starts extracting at once, while the workers start up beside it.
  const pool = (): WorkerPool =>
    new WorkerPool(config.jobs - 1, config.settings, {
      local: (task) => inMainThread().run(task),
      overflow: (task) => inMainThread().run(task),
      warn: (message) => {
        if (!config.quiet) reporter.message(`claims: warning: ${message}`);
      },
    });
  const executor: Executor = parallel ? pool() : inProcessExecutor(config.settings);
  const executorFor = (task: Task): Executor => {
    if (!parallel || task.bytes.length <= LONG_ARTICLE_BYTES || config.settings.format === null) return executor;
    return inMainThread();
  };
  const stop = (): void => void executor.close();
  signal.addEventListener('abort', stop);

  const outcome: BatchOutcome = { done: 0, failed: 0, skipped: 0, interrupted: false };
  let dispatched = 0;
  let taskFailures = 0;

  /** Skips, names and reads an article: a failure or a skip is its outcome already. */
  const prepare = async (item: InputItem): Promise<Outcome | { article: Article; bytes: Uint8Array; file: string | undefined }> => {
    if ('error' in item) return { kind: 'failed', source: item.error.path, reason: item.error.reason };
    const article = item.article;
    if (config.skip && (await config.skip(article))) return { kind: 'skipped', article };
    try {
      const file = config.fileOf?.(article);
      return { article, bytes: await article.read(), file };
    } catch (error) {
      return failure(article.source, error);
    }
  };

  async function* start(): AsyncGenerator<Started<Outcome>> {
    const now = (o: Outcome): Started<Outcome> => ({ pending: Promise.resolve(o) });
    for await (const prepared of aheadInOrder(items, READ_AHEAD, prepare)) {
      if (signal.aborted) return;
      if ('kind' in prepared) {
        yield now(prepared);
        continue;
      }
      const { article, bytes, file } = prepared;
      const task: Task = { seq: dispatched, source: article.source, bytes, indices: indicesFor(dispatched - taskFailures, outcome.done), file };
      dispatched++;
      yield {
        pending: executorFor(task).run(task).then((result): Outcome => {
          if (result.ok) return { kind: 'done', article, result };
          return { kind: 'failed', source: article.source, reason: result.reason, task: true };
        }),
      };
    }
  }

  const fail = (source: string, reason: string): void => {
    outcome.failed++;
    reporter.message(`claims: ${source}: ${reason}`);
    handlers.failed?.(source, reason);
  };

  const emit = async (o: Outcome): Promise<void> => {
    if (signal.aborted) return;
    switch (o.kind) {
      case 'failed':
        if (o.task) taskFailures++;
        fail(o.source, o.reason);
        break;
      case 'skipped':
        outcome.skipped++;
        handlers.skipped?.(o.article);
        break;
      case 'done': {
        if (!config.quiet && !config.warningsShown) for (const w of o.result.warnings) reporter.message(`claims: ${o.article.source}: warning: ${w}`);
        const texts = o.result.texts;
        const rendering = o.result.parts ? inParts(o.result.parts(outcome.done), signal) : texts.length === 0 ? undefined : renderingAt(texts, outcome.done === 0 ? 0 : texts.length - 1);
        try {
          await handlers.done(o.article, o.result, rendering);
          outcome.done++;
        } catch (error) {
          if (error instanceof OutputClosedError) throw error;
          // Stopped between two parts: not a failure; the run ends as interrupted.
          if (error instanceof InterruptedError) return;
          // Its result could not be written (no name for it under --out, a full disk): this article failed.
          fail(o.article.source, reasonOf(error));
        }
        break;
      }
    }
    reporter.advance();
  };

  try {
    const window = parallel ? config.jobs * WINDOW_PER_JOB : 2;
    outcome.interrupted = !(await forEachInOrder(start(), window, emit, signal));
  } finally {
    signal.removeEventListener('abort', stop);
    await executor.close();
    await (mainThread as Executor | null)?.close();
    reporter.finish();
  }
  return outcome;
}

/**
 * `start(item)` for each item in order, started up to `ahead` items before
 * its result is handed on; results come in the order of the items.
 */
async function* aheadInOrder<T, R>(items: AsyncIterable<T>, ahead: number, start: (item: T) => Promise<R>): AsyncGenerator<R> {
  const started: Array<Promise<R>> = [];
  for await (const item of items) {
    const pending = start(item);
    // Handled here, awaited in turn below: a rejection waiting in the queue is not an unhandled one.
    pending.catch(() => undefined);
    started.push(pending);
    if (started.length > ahead) yield await started.shift()!;
  }
  while (started.length > 0) yield await started.shift()!;
}

/**
 * The parts of a long article's rendering, each window extracted as its part
 * is asked for. Extraction holds the thread; between two parts the event loop
 * turns, so that a Ctrl-C is heard, and the run stops there.
 */
async function* inParts(parts: Iterable<string>, signal: AbortSignal): AsyncGenerator<string> {
  for (const part of parts) {
    yield part;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal.aborted) throw new InterruptedError();
  }
}

/**
 * Where a document will stand among those written, as far as is known when it
 * is sent off: `guess` assumes every article still running succeeds. While no
 * document has been written yet, whether this one comes first depends on the
 * articles before it, so it is rendered both as the first and as a later one.
 */
function indicesFor(guess: number, written: number): number[] {
  if (written > 0) return [Math.max(1, guess)];
  return guess === 0 ? [0] : [0, guess];
}

function failure(source: string, error: unknown): Outcome {
  return { kind: 'failed', source, reason: reasonOf(error) };
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined ? describeFsError(error) : error instanceof Error ? error.message : String(error);
}

/**
 * After SIGINT or SIGTERM, how long the run may take to stop on its own. A
 * read that never returns (a FIFO no one writes to) would keep it waiting
 * for ever; then the process leaves without it. Files under --out are written
 * whole or not at all, so none is left half written.
 */
const STOP_GRACE_MS = 3000;

/** Runs `body` with a signal that SIGINT or SIGTERM aborts; a second Ctrl-C ends the process at once. */
export async function interruptible<T>(body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals): void => {
    controller.abort();
    setTimeout(() => {
      process.stderr.write('claims: interrupted while waiting for input\n');
      // process.exit would wait for the blocked read too; dying of the signal itself does not.
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.kill(process.pid, signal);
    }, STOP_GRACE_MS).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await body(controller.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
