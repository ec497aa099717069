import { describe, expect, it } from 'vitest';
import { forEachInOrder, inProcessExecutor, OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED, WorkerPool, WORKERS_START_AT_BYTES, type Started } from '../../src/cli/run.js';
import type { TaskResult } from '../../src/cli/task.js';
import type { TaskSettings } from '../../src/cli/settings.js';
import type { Task } from '../../src/cli/task.js';
import { progressLine, progressReporter } from '../../src/cli/progress.js';
import { encodedForPosting, renderingAt } from '../../src/cli/renderings.js';
import { articleStats } from '../../src/stats/index.js';

const later = <T>(value: T, ms: number): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('ordered runner', () => {
  it('emits results in the order work was started, however it finishes', async () => {
    const delays = [30, 1, 20, 0, 15, 5, 25, 2];
    async function* started(): AsyncGenerator<Started<number>> {
      for (const [i, ms] of delays.entries()) yield { pending: later(i, ms) };
    }
    const seen: number[] = [];
    expect(await forEachInOrder(started(), 3, async (n) => void seen.push(n))).toBe(true);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('never has more than `window` pieces of work in flight', async () => {
    let inFlight = 0;
    let most = 0;
    async function* started(): AsyncGenerator<Started<number>> {
      for (let i = 0; i < 50; i++) {
        inFlight++;
        most = Math.max(most, inFlight);
        yield { pending: later(i, i % 3) };
      }
    }
    await forEachInOrder(started(), 4, async () => void inFlight--);
    expect(most).toBe(4);
  });

  it('stops pulling work once its signal is aborted', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* started(): AsyncGenerator<Started<number>> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield { pending: Promise.resolve(i) };
      }
    }
    const seen: number[] = [];
    const done = await forEachInOrder(started(), 2, async (n) => {
      seen.push(n);
      if (n === 4) controller.abort();
    }, controller.signal);
    expect(done).toBe(false);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(pulled).toBeLessThan(10);
  });
});

describe('progress line', () => {
  it('shows done of total, the rate and the time left, fitted to the terminal', () => {
    expect(progressLine(50, 200, 10, 80)).toBe(`[${'█'.repeat(8)}${'░'.repeat(22)}] 50/200 · 5.0 articles/s · ETA 0:30`);
    expect(progressLine(50, null, 10, 80)).toBe('50 files · 5.0 articles/s');
    expect(progressLine(7200, 10800, 1, 20).length).toBeLessThan(20);
  });
});

describe('progress reporter', () => {
  it('draws a bar even where the terminal reports no width (script, some CI terminals)', () => {
    const written: string[] = [];
    const reporter = progressReporter({ write: (chunk) => void written.push(chunk) || true, isTTY: true, columns: 0 }, () => 1000);
    reporter.setTotal(4);
    reporter.advance();
    expect(written.join('')).toContain('1/4 · ');
    reporter.message('claims: a.txt: warning: something');
    reporter.finish();
    expect(written.at(-1)).toBe('\r\u001b[2K');
    expect(written.join('')).toContain('\r\u001b[2Kclaims: a.txt: warning: something\n');
  });
});

describe('renderings from a worker', () => {
  it('cross as transferable UTF-8 bytes and read back as the same text, umlauts and quotes included', () => {
    const first = '„Die Preise steigen um 5 %“, sagte Jürgen Weiß.\n';
    const later = ',\n„Die Preise steigen um 5 %“, sagte Jürgen Weiß.\n';
    const { result, transfer } = encodedForPosting({ seq: 3, ok: true, texts: [first, later], stats: articleStats({ claims: [] }), warnings: [] });
    expect(result.ok && result.texts.every((t) => t instanceof Uint8Array)).toBe(true);
    expect(transfer).toHaveLength(2);
    const texts = result.ok ? result.texts : [];
    expect(renderingAt(texts, 0)).toBe(first);
    expect(renderingAt(texts, 1)).toBe(later);
  });

  it('leave a failure as it is', () => {
    const failure = { seq: 1, ok: false as const, reason: 'not UTF-8' };
    expect(encodedForPosting(failure)).toEqual({ result: failure, transfer: [] });
  });
});

describe('worker pool', () => {
  const settings: TaskSettings = { lang: 'en', explain: false, format: 'jsonl', colorLevel: 0, multiple: true, standalone: false };
  const task = (seq: number): Task => ({ seq, source: `${seq}.txt`, bytes: new TextEncoder().encode(`The council said on Monday that rents rose by ${seq + 3} percent.\n`), indices: [0] });
  const text = (result: { ok: boolean; texts?: Array<string | Uint8Array> }): string => (result.ok ? renderingAt(result.texts!, 0) : 'failed');
  // A heap far too small for the pipeline: each worker dies of it on its first article.
  const starved = { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 };

  it('hands an article whose worker ran out of heap to its overflow, and the articles queued behind it too', async () => {
    const inProcess = inProcessExecutor(settings);
    const overflowed: number[] = [];
    const pool = new WorkerPool(1, settings, {
      overflow: (t) => {
        overflowed.push(t.seq);
        return inProcess.run(t);
      },
      limits: starved,
    });
    const results = await Promise.all([0, 1, 2].map((i) => pool.run(task(i))));
    await pool.close();
    expect(overflowed.sort()).toEqual([0, 1, 2]);
    const expected = await Promise.all([0, 1, 2].map((i) => inProcessExecutor(settings).run(task(i))));
    expect(results.map(text)).toEqual(expected.map(text));
    expect(text(results[1]!)).toContain('"source":"1.txt"');
  }, 30_000);

  it('without an overflow, fails the article whose worker ran out of heap', async () => {
    const pool = new WorkerPool(1, settings, { limits: starved });
    const result = await pool.run(task(0));
    await pool.close();
    expect(result).toMatchObject({ seq: 0, ok: false, reason: expect.stringContaining('memory limit') });
  }, 30_000);

  it('after a few workers ran out of heap, starts the rest without the old-generation limit and says so once', async () => {
    const articles = Array.from({ length: OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED + 5 }, (_, i) => i);
    const inProcess = inProcessExecutor(settings);
    const overflowed: number[] = [];
    const warnings: string[] = [];
    const pool = new WorkerPool(1, settings, {
      overflow: (t) => {
        overflowed.push(t.seq);
        return inProcess.run(t);
      },
      limits: starved,
      warn: (message) => void warnings.push(message),
    });
    const results = await Promise.all(articles.map((i) => pool.run(task(i))));
    await pool.close();
    // Only the articles of the workers that died went to the main thread; an uncapped worker extracted the rest.
    expect(overflowed.sort()).toEqual(articles.slice(0, OUT_OF_HEAP_DEATHS_BEFORE_UNCAPPED));
    const expected = await Promise.all(articles.map((i) => inProcessExecutor(settings).run(task(i))));
    expect(results.map(text)).toEqual(expected.map(text));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('no old-generation limit');
  }, 30_000);
});

describe('the main thread as one of the jobs', () => {
  const fakeWorker = new URL('../helpers/fake-worker.mjs', import.meta.url);
  const settings = (extra: Record<string, unknown> = {}): TaskSettings => ({ lang: 'en', explain: false, format: 'jsonl', colorLevel: 0, multiple: true, standalone: false, ...extra });
  // Articles of 4 KB, a typical news article.
  const task = (seq: number, source = `${seq}.txt`): Task => ({ seq, source, bytes: new Uint8Array(4096), indices: [0] });
  const text = (result: TaskResult): string => (result.ok ? renderingAt(result.texts, 0) : `failed: ${result.reason}`);

  /**
   * The main thread's share: each article takes a few ms of this thread, as an extraction would;
   * `blocking` false waits instead, letting the worker take most articles whenever it starts.
   */
  function mainThread(msPerArticle = 3, blocking = true): { ran: string[]; run(task: Task): Promise<TaskResult> } {
    const ran: string[] = [];
    return {
      ran,
      async run(t) {
        ran.push(t.source);
        if (blocking) {
          const until = performance.now() + msPerArticle;
          while (performance.now() < until);
        } else {
          await new Promise((resolve) => setTimeout(resolve, msPerArticle));
        }
        if (t.source === 'fail') return { seq: t.seq, ok: false, reason: 'failed in the main thread' };
        return { seq: t.seq, ok: true, texts: [`main:${t.source}`], stats: articleStats({ claims: [] }), warnings: [] };
      },
    };
  }

  /** Runs `sources` through the pool as a batch does: in order, a window at a time; returns what was written. */
  async function batch(pool: WorkerPool, sources: string[]): Promise<string[]> {
    const written: string[] = [];
    async function* started(): AsyncGenerator<Started<TaskResult>> {
      for (const [seq, source] of sources.entries()) yield { pending: pool.run(task(seq, source)) };
    }
    await forEachInOrder(started(), 32, async (result) => void written.push(text(result)));
    await pool.close();
    return written;
  }

  it('shares the work with the worker once it is ready and keeps the input order', async () => {
    // 5 ms an article: the main thread alone would take 1.5 s, time enough for a worker to start on a loaded machine.
    const main = mainThread(5);
    const sources = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? 'slow' : `${i}.txt`));
    const written = await batch(new WorkerPool(1, settings(), { local: main.run, script: fakeWorker }), sources);
    expect(written.map((w) => w.replace(/^(main|worker):/, ''))).toEqual(sources);
    expect(written.filter((w) => w.startsWith('main:')).length).toBe(main.ran.length);
    expect(main.ran.length).toBeGreaterThan(0);
    expect(written.filter((w) => w.startsWith('worker:')).length).toBeGreaterThan(0);
  }, 30_000);

  it('never waits for a worker that is slow to start: the main thread does the work meanwhile', async () => {
    const main = mainThread();
    const sources = Array.from({ length: 20 }, (_, i) => `${i}.txt`);
    const startedAt = performance.now();
    const written = await batch(new WorkerPool(1, settings({ readyAfterMs: 10_000 }), { local: main.run, script: fakeWorker }), sources);
    expect(written).toEqual(sources.map((s) => `main:${s}`));
    expect(performance.now() - startedAt).toBeLessThan(5_000);
  }, 30_000);

  it('puts a failure in the middle at its place, from either side, and goes on', async () => {
    const main = mainThread();
    const sources = Array.from({ length: 120 }, (_, i) => (i % 10 === 5 ? 'fail' : `${i}.txt`));
    const written = await batch(new WorkerPool(1, settings(), { local: main.run, script: fakeWorker }), sources);
    expect(written).toHaveLength(120);
    written.forEach((w, i) => {
      if (i % 10 === 5) expect(w).toMatch(/^failed: failed in the (main thread|worker)$/);
      else expect(w).toMatch(new RegExp(`^(main|worker):${i}\\.txt$`));
    });
  }, 30_000);

  it('when a worker dies, fails only the article it was running; the rest are done by the main thread or a new worker', async () => {
    // A worker dies on "die". The main thread takes 50 ms an article without holding the thread, so the
    // workers take most articles however long one takes to start on a loaded machine (the main thread alone: 20 s).
    const main = mainThread(50, false);
    const dies = (i: number): boolean => i >= 150 && i % 20 === 10;
    const sources = Array.from({ length: 400 }, (_, i) => (dies(i) ? 'die' : `${i}.txt`));
    const written = await batch(new WorkerPool(1, settings(), { local: main.run, script: fakeWorker }), sources);
    expect(written).toHaveLength(400);
    written.forEach((w, i) => {
      if (dies(i)) expect(w).toMatch(/^(failed: worker stopped \(exit code 3\)|main:die)$/);
      else expect(w).toMatch(new RegExp(`^(main|worker):${i}\\.txt$`));
    });
    expect(written.filter((w) => w.startsWith('failed: worker stopped')).length).toBeGreaterThan(0);
    expect(written.filter((w, i) => i > 350 && w.startsWith('worker:')).length).toBeGreaterThan(0);
  }, 30_000);

  it('starts no worker for a few articles: the main thread is done with them before one would be ready', async () => {
    // Slow enough that a worker, had it started, would have taken some.
    const main = mainThread(80);
    const sources = Array.from({ length: Math.floor(WORKERS_START_AT_BYTES / 4096) - 2 }, (_, i) => `${i}.txt`);
    const written = await batch(new WorkerPool(1, settings(), { local: main.run, script: fakeWorker }), sources);
    expect(written).toEqual(sources.map((s) => `main:${s}`));
  }, 30_000);

  it('goes on in the main thread alone, saying so once, when no worker can start', async () => {
    // Slow enough that the run outlasts the worker's failed start.
    const main = mainThread(25);
    const warnings: string[] = [];
    const sources = Array.from({ length: 60 }, (_, i) => `${i}.txt`);
    const pool = new WorkerPool(1, settings({ throwAtStart: true }), { local: main.run, script: fakeWorker, warn: (m) => void warnings.push(m) });
    const written = await batch(pool, sources);
    expect(written).toEqual(sources.map((s) => `main:${s}`));
    expect(warnings).toEqual([expect.stringContaining('no worker thread could start (worker failed: cannot load)')]);
  }, 30_000);
});
