/**
 * Running many articles: a pool of worker threads beside the main thread (or
 * the main thread alone) and an ordered runner that keeps a bounded number of
 * articles in flight and hands results on in input order. Memory holds at
 * most `window` articles and their results, however many there are.
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

/**
 * Articles a worker holds at once: the one it runs and those waiting behind
 * it. When the main thread is a job too, it hands out work only between two
 * of its own articles; the worker's queue must last it meanwhile.
 */
const TASKS_PER_WORKER = 2;

/**
 * Bytes of articles waiting for a job before workers start, when the main
 * thread is a job too. A worker costs a core ~0.2 s of CPU to load the
 * pipeline before its first article, and as much again to warm up; until
 * then the main thread, warming up itself, extracts ~64 KB. Below that a
 * worker would only take CPU time from the main thread (5 articles, 17 KB,
 * on the shared machine: 0.58 s with --jobs 1, 0.89 s with a worker).
 */
export const WORKERS_START_AT_BYTES = 64 * 1024;

/** What a worker posts: ready once its pipeline is loaded, then a result per task. */
export type WorkerMessage = TaskResult | { ready: true };

interface Assignment {
  task: Task;
  resolve(result: TaskResult): void;
  retried?: boolean;
}

interface Slot {
  worker: Worker;
  /** Loaded and listening (it posted `ready`). */
  ready: boolean;
  /** Started with the old generation's maximum. */
  capped: boolean;
  /** In the order sent; the first is the one running. */
  assigned: Map<number, Assignment>;
}

export interface PoolOptions {
  /**
   * The main thread as one more job: it takes the next article whenever it
   * is free, and workers get articles only once they are ready, so a run
   * never waits for a worker's start-up.
   */
  local?: (task: Task) => Promise<TaskResult>;
  /** Runs an article whose worker ran out of heap elsewhere; without it that article fails. */
  overflow?: (task: Task) => Promise<TaskResult>;
  /** A worker's heap; WORKER_LIMITS by default. */
  limits?: ResourceLimits;
  /** Told once (a line for stderr) when workers go on without the old generation's maximum, or none could start. */
  warn?: (message: string) => void;
  /** The worker's module; the compiled dist/cli/worker.js by default. */
  script?: URL;
}

/**
 * Worker threads running the compiled dist/cli/worker.js, `size` of them,
 * started with the first article, and (with `local`) the main thread beside
 * them; work is handed out as each becomes free, so the faster takes more.
 * An article whose worker ran out of heap (see WORKER_LIMITS) goes to
 * `overflow`; after OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED such deaths, workers
 * started from then on have no old-generation maximum. A worker that dies
 * before it is ready for another reason is not started again: the main
 * thread (if it is a job) does the rest, or the articles fail.
 */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Assignment[] = [];
  private closing = false;
  private outOfHeapDeaths = 0;
  /** Why workers are no longer started. */
  private noWorkers: string | null = null;
  private localBusy = false;
  /** Bytes of the articles in `queue`. */
  private queuedBytes = 0;
  private readonly script: URL;

  constructor(
    private readonly size: number,
    private readonly settings: TaskSettings,
    private readonly options: PoolOptions = {},
  ) {
    this.script = options.script ?? workerScript();
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.queuedBytes += task.bytes.length;
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.fail(slot, 'interrupted');
    this.queuedBytes = 0;
    for (const item of this.queue.splice(0)) item.resolve({ seq: item.task.seq, ok: false, reason: 'interrupted' });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    if (this.closing) return;
    if (this.slots.length < this.size && this.noWorkers === null && this.queue.length > 0 && (!this.options.local || this.queuedBytes >= WORKERS_START_AT_BYTES)) {
      while (this.slots.length < this.size) this.spawn();
    }
    while (this.queue.length > 0) {
      const idle = this.slots.find((s) => this.takesWork(s) && s.assigned.size === 0);
      if (idle) this.assign(idle);
      else if (this.options.local && !this.localBusy) this.runLocally(this.take());
      else {
        const room = this.slots.find((s) => this.takesWork(s) && s.assigned.size < TASKS_PER_WORKER);
        if (room) this.assign(room);
        else break;
      }
    }
    if (this.slots.length === 0 && this.noWorkers !== null && !this.options.local) {
      this.queuedBytes = 0;
      for (const item of this.queue.splice(0)) item.resolve({ seq: item.task.seq, ok: false, reason: this.noWorkers });
    }
  }

  /** Without the main thread as a job, a worker is sent work before it is ready (the messages wait for it). */
  private takesWork(slot: Slot): boolean {
    return slot.ready || !this.options.local;
  }

  private take(): Assignment {
    const item = this.queue.shift()!;
    this.queuedBytes -= item.task.bytes.length;
    return item;
  }

  private assign(slot: Slot): void {
    const item = this.take();
    // The article's bytes are copied (a few KB), not transferred: this thread keeps them
    // until the result is back, so the article can go elsewhere if the worker dies.
    slot.assigned.set(item.task.seq, item);
    slot.worker.postMessage(item.task);
  }

  private runLocally(item: Assignment): void {
    this.localBusy = true;
    void this.options.local!(item.task).then((result) => {
      item.resolve(result);
      // The event loop turns before the next article: the workers' results that came
      // meanwhile are handed on and the workers given more.
      setImmediate(() => {
        this.localBusy = false;
        this.pump();
      });
    });
  }

  private spawn(): void {
    const resourceLimits = this.limits();
    const worker = new Worker(this.script, { workerData: this.settings, resourceLimits });
    const slot: Slot = { worker, ready: false, capped: resourceLimits.maxOldGenerationSizeMb !== undefined, assigned: new Map() };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
      } else {
        const item = slot.assigned.get(message.seq);
        slot.assigned.delete(message.seq);
        item?.resolve(message);
      }
      this.pump();
    });
    worker.on('error', (error) => this.lose(slot, `worker failed: ${error.message}`, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => this.lose(slot, `worker stopped (exit code ${code})`));
    this.slots.push(slot);
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
    // Dying before it is ready for any reason other than its capped heap, a worker would die again.
    if (!slot.ready && !(outOfMemory && slot.capped) && !this.closing) this.giveUpWorkers(reason);
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

  private giveUpWorkers(reason: string): void {
    if (this.noWorkers !== null) return;
    this.noWorkers = reason;
    if (this.options.local) this.options.warn?.(`no worker thread could start (${reason}); going on in the main thread alone`);
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
    const again: Assignment[] = [];
    for (const item of slot.assigned.values()) {
      if (!first && !item.retried && !this.closing) {
        item.retried = true;
        again.push(item);
      } else {
        item.resolve({ seq: item.task.seq, ok: false, reason });
      }
      first = false;
    }
    this.queue.unshift(...again);
    for (const item of again) this.queuedBytes += item.task.bytes.length;
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
