/**
 * Running many articles: a pool of worker threads (or the main thread alone)
 * and an ordered runner that keeps a bounded number of articles in flight and
 * hands results on in input order. Memory holds at most `window` articles and
 * their results, however many there are.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
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
 * A worker's heap. V8 sizes a worker's young generation for throughput of one
 * big program; per article garbage is short-lived and small. Two workers' peak
 * memory on the shared corpus: default 217 MB, 16 MB young 158 MB, 8 MB young
 * 123 MB, at no measurable cost in CPU time.
 *
 * The old generation: a worker's live heap is ~15 MB through any run, but V8
 * lets the old generation grow by at least 8 MB past what survives a full
 * collection (whatever --heap-growing-percent says), stepwise over a long run:
 * each worker's committed heap went from ~26 MB at the end of 1× the corpus to
 * ~35 MB over 10×, and the run's peak RSS from 1× to 1.25×. With a maximum,
 * V8 also keeps its limit halfway between what survives and the maximum, so
 * that the heap stays near its live size. Peak RSS (two workers), 1× → 10×:
 * no maximum 121 → 151 MB, 48 MB 120 → 146 MB, 32 MB 120 → 144 MB, 24 MB
 * 119 → 135 MB. A worker that reaches the maximum dies; its article is then
 * extracted in the main thread (`overflow`), so a rare article that needs
 * more costs time, never a result. Tried and left: a young generation of 4
 * or 6 MB (both figures ~10 MB lower, the ratio no better), --optimize-for-size
 * (2 MB steps: 10× 138 MB, but CPU over 10× 21 → 26 s), a forced full
 * collection every 64 articles (10×/1× 133/114 MB, CPU 20 → 26 s).
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 32 };

/**
 * Out-of-heap deaths in one run after which workers start without the old
 * generation's maximum. An article that needs more than WORKER_LIMITS is rare;
 * several in a row mean the cap is too small for this run (another Node
 * version, a bigger lexicon), and every article would otherwise be extracted
 * twice (a dying worker, then the main thread) and a worker started for each:
 * correct, but many times slower. Three tells the two apart at the cost of
 * three such articles.
 */
export const OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED = 3;

/** A worker prefetches one task beyond the one it runs, so it never waits for the main thread between articles. */
const TASKS_PER_WORKER = 2;

interface Assignment {
  task: Task;
  resolve(result: TaskResult): void;
  retried?: boolean;
}

interface Slot {
  worker: Worker;
  /** In the order sent; the first is the one running. */
  assigned: Map<number, Assignment>;
}

export interface PoolOptions {
  /** Runs an article whose worker ran out of heap elsewhere; without it that article fails. */
  overflow?: (task: Task) => Promise<TaskResult>;
  /** A worker's heap; WORKER_LIMITS by default. */
  limits?: ResourceLimits;
  /** Told once (a line for stderr) when workers go on without the old generation's maximum. */
  warn?: (message: string) => void;
}

/**
 * Worker threads running the compiled dist/cli/worker.js, started as work
 * arrives, up to `size`. An article whose worker ran out of heap (see
 * WORKER_LIMITS) goes to `overflow`; after OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED
 * such deaths, workers started from then on have no old-generation maximum.
 */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Assignment[] = [];
  private closing = false;
  private outOfHeapDeaths = 0;
  private readonly script: URL;

  constructor(
    private readonly size: number,
    private readonly settings: TaskSettings,
    private readonly options: PoolOptions = {},
  ) {
    this.script = workerScript();
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
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
      // The article's bytes are copied (a few KB), not transferred: this thread keeps them
      // until the result is back, so the article can go elsewhere if the worker dies.
      slot.assigned.set(item.task.seq, item);
      slot.worker.postMessage(item.task);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.settings, resourceLimits: this.limits() });
    const slot: Slot = { worker, assigned: new Map() };
    worker.on('message', (result: TaskResult) => {
      const item = slot.assigned.get(result.seq);
      slot.assigned.delete(result.seq);
      item?.resolve(result);
      this.pump();
    });
    worker.on('error', (error) => this.lose(slot, `worker failed: ${error.message}`, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => this.lose(slot, `worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /**
   * A worker died: its running article fails, or, when the worker ran out of
   * heap, goes to `overflow`; articles waiting behind it go to another worker.
   */
  private lose(slot: Slot, reason: string, outOfMemory = false): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    if (outOfMemory) this.countOutOfHeap();
    const running = slot.assigned.values().next().value as Assignment | undefined;
    const { overflow } = this.options;
    const overflowed = outOfMemory && running !== undefined && overflow !== undefined && !this.closing;
    if (overflowed) {
      slot.assigned.delete(running.task.seq);
      void overflow(running.task).then(running.resolve);
    }
    this.fail(slot, reason, !overflowed);
    this.pump();
  }

  /** The heap for a worker started now: without the old generation's maximum once too many workers died of it. */
  private limits(): ResourceLimits {
    const limits = { ...(this.options.limits ?? WORKER_LIMITS) };
    if (this.outOfHeapDeaths >= OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED) delete limits.maxOldGenerationSizeMb;
    return limits;
  }

  private countOutOfHeap(): void {
    this.outOfHeapDeaths++;
    if (this.outOfHeapDeaths !== OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED) return;
    this.options.warn?.(`${this.outOfHeapDeaths} workers ran out of heap; workers started from now on have no old-generation limit`);
  }

  /** `running`: the first article assigned was running (it fails; the others may go to another worker). */
  private fail(slot: Slot, reason: string, running = true): void {
    let first = running;
    for (const item of slot.assigned.values()) {
      if (!first && !item.retried && !this.closing) {
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
