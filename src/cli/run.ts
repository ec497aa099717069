/**
 * Running many articles: a pool of worker threads (or the main thread alone)
 * and an ordered runner that keeps a bounded number of articles in flight and
 * hands results on in input order. Memory holds at most `window` articles and
 * their results, however many there are.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './task.js';
import type { TaskSettings } from './settings.js';

export interface Executor {
  /** Never rejects: a failure is a result. */
  run(task: Task): Promise<TaskResult>;
  /** Stops; tasks still running end as failures. */
  close(): Promise<void>;
}

/** A started piece of work, boxed: an async generator would await a bare promise before handing it on. */
export interface Started<T> {
  pending: Promise<T>;
}

/**
 * Pulls started work from `started` while fewer than `window` pieces are
 * unresolved or unwritten, and emits their results in the order they were
 * started. Returns false when `signal` stopped it early.
 */
export async function forEachInOrder<T>(started: AsyncIterable<Started<T>>, window: number, emit: (result: T) => Promise<void>, signal?: AbortSignal): Promise<boolean> {
  const queue: Array<Promise<T>> = [];
  for await (const { pending } of started) {
    queue.push(pending);
    while (queue.length >= window) {
      await emit(await queue.shift()!);
      if (signal?.aborted) return false;
    }
    if (signal?.aborted) return false;
  }
  while (queue.length > 0) {
    await emit(await queue.shift()!);
    if (signal?.aborted) return false;
  }
  return true;
}

/** Runs tasks one after another in this thread (one job, or a single article where a worker would only cost start-up time). */
export function inProcessExecutor(settings: TaskSettings): Executor {
  // Imported on first use: loading the pipeline is the cost a worker pool spares the main thread.
  // In this thread a long article's result may be its document in parts, written as it is extracted.
  const runner = import('./task.js').then(({ taskRunner }) => taskRunner(settings, true));
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = queue.then(() => runner).then((run) => run(task));
      queue = result;
      return result;
    },
    close: async () => undefined,
  };
}

/**
 * V8 sizes a worker's young generation for throughput of one big program; per
 * article garbage is short-lived and small. Two workers' peak memory on the
 * shared corpus: default 217 MB, 16 MB young 158 MB, 8 MB young 123 MB (10×
 * the corpus: 172 → 152 MB against 16), at no measurable cost in CPU time.
 */
// What still grows over a long run (10× the corpus, two workers): each worker's
// committed heap, ~27 MB at the end of 1× to a plateau of ~34 MB, though its
// live heap stays ~14 MB. V8 lets the old generation grow by at least 8 MB
// past what survives a full collection (whatever --heap-growing-percent says),
// and a 1× run ends before a worker gets there. Tried and left: a young
// generation of 4 or 6 MB (both figures ~10 MB lower, the ratio no better),
// --optimize-for-size (2 MB steps: 10× 138 MB, but CPU over 10× 21 → 26 s),
// a forced full collection every 64 articles (10×/1× 133/114 MB, CPU 20 → 26 s).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** A worker prefetches one task beyond the one it runs, so it never waits for the main thread between articles. */
const TASKS_PER_WORKER = 2;

interface Assignment {
  task: Task;
  resolve(result: TaskResult): void;
  /** Set when the bytes were copied rather than transferred, so the task can go to another worker. */
  resendable: boolean;
  retried?: boolean;
}

interface Slot {
  worker: Worker;
  /** In the order sent; the first is the one running. */
  assigned: Map<number, Assignment>;
}

/** Worker threads running the compiled dist/cli/worker.js, started as work arrives, up to `size`. */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Assignment[] = [];
  private closing = false;
  private readonly script: URL;

  constructor(private readonly size: number, private readonly settings: TaskSettings) {
    this.script = workerScript();
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve, resendable: false });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.fail(slot, 'interrupted');
    for (const item of this.queue.splice(0)) item.resolve({ seq: item.task.seq, ok: false, reason: 'interrupted' });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      let slot = this.slots.find((s) => s.assigned.size === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.assigned.size < TASKS_PER_WORKER);
      if (!slot) return;
      const item = this.queue.shift()!;
      const bytes = item.task.bytes;
      // The first task of an idle worker gets the article's buffer (no copy); a prefetched one
      // is copied and kept, so it can move to another worker if this one dies on the article before.
      const transfer = slot.assigned.size === 0 && !item.resendable && ownsWholeBuffer(bytes);
      item.resendable = !transfer;
      slot.assigned.set(item.task.seq, item);
      slot.worker.postMessage(item.task, transfer ? [bytes.buffer as ArrayBuffer] : []);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.settings, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, assigned: new Map() };
    worker.on('message', (result: TaskResult) => {
      const item = slot.assigned.get(result.seq);
      slot.assigned.delete(result.seq);
      item?.resolve(result);
      this.pump();
    });
    worker.on('error', (error) => this.lose(slot, `worker failed: ${error.message}`));
    worker.on('exit', (code) => this.lose(slot, `worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** A worker died: its running article fails; articles waiting behind it go to another worker. */
  private lose(slot: Slot, reason: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.fail(slot, reason);
    this.pump();
  }

  private fail(slot: Slot, reason: string): void {
    let first = true;
    for (const item of slot.assigned.values()) {
      if (!first && item.resendable && !item.retried && !this.closing) {
        item.retried = true;
        this.queue.unshift(item);
      } else {
        item.resolve({ seq: item.task.seq, ok: false, reason });
      }
      first = false;
    }
    slot.assigned.clear();
  }
}

function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/**
 * Workers always run compiled JavaScript: beside this module in dist/, or,
 * when this module is the TypeScript source (under a test runner), the built
 * copy in ../../dist.
 */
function workerScript(): URL {
  const script = import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) throw new Error(`${fileURLToPath(script)} is missing; run \`npm run build\``);
  return script;
}
