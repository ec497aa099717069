/**
 * bin/claims.js runs the bundle scripts/bundle.mjs makes of dist/. What the
 * bundle must keep of the modules' design: commands, the extraction and each
 * language loaded only when needed (the main thread of a parallel batch loads
 * no extraction code), and a worker entry where the pool looks for it, which
 * renders an article as the source does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/dist.js';
import { repoRoot } from './helpers/shared.js';
import { germanArticle } from './helpers/articles.js';
import { taskRunner, type Task, type TaskResult } from '../src/cli/task.js';
import { renderingAt } from '../src/cli/renderings.js';
import type { TaskSettings } from '../src/cli/settings.js';
import type { WorkerMessage } from '../src/cli/run.js';

const bundle = join(repoRoot, 'dist/bundle');

beforeAll(ensureBuilt, 180_000);

const read = (file: string): string => readFileSync(join(bundle, file), 'utf8');

/** The dist/ modules a bundle file holds, as paths without ".js" (esbuild heads each with a `// dist/…` line). */
const modulesIn = (file: string): string[] => [...read(file).matchAll(/^\/\/ dist\/(\S+)\.js$/gm)].map((m) => m[1]!);

/** The bundle file that holds a dist/ module. */
function fileHolding(module: string): string {
  const file = readdirSync(bundle).find((f) => f.endsWith('.js') && modulesIn(f).includes(module));
  if (!file) throw new Error(`no file of dist/bundle holds ${module}`);
  return file;
}

/** The modules `file` and the files it imports statically (not through import()) hold. */
function loadedWith(file: string, seen = new Set<string>()): string[] {
  if (!seen.has(file)) {
    seen.add(file);
    for (const m of read(file).matchAll(/^(?:import|export)\b[^;]*?from "\.\/([^"]+)";$|^import "\.\/([^"]+)";$/gm)) loadedWith(m[1] ?? m[2]!, seen);
  }
  return [...seen].flatMap(modulesIn);
}

const EXTRACTION = /^(?:pipeline|cli\/task|cli\/article)$|^(?:stages|lang|lexicon)\//;

describe('the bundle', () => {
  it('loads no extraction code with the CLI, nor in the main thread of a parallel batch', () => {
    for (const file of ['main.js', fileHolding('cli/commands/extract'), fileHolding('cli/commands/stats')]) {
      const loaded = loadedWith(file);
      expect(loaded.filter((m) => EXTRACTION.test(m)), file).toEqual([]);
    }
    // The imports are followed: main's own chunks, and the batch the extract command runs.
    expect(loadedWith('main.js')).toEqual(expect.arrayContaining(['cli/main', 'cli/inputs', 'format/index']));
    expect(loadedWith(fileHolding('cli/commands/extract'))).toContain('cli/batch');
  });

  it('loads each language only when its text comes', () => {
    const withTask = loadedWith(fileHolding('cli/task'));
    expect(withTask).toContain('pipeline');
    expect(withTask.filter((m) => /^lang\/(?:de|en)\/index$/.test(m))).toEqual([]);
    expect(loadedWith(fileHolding('lang/de/index')).filter((m) => m.startsWith('lang/en/attributions/'))).toEqual([]);
    expect(loadedWith(fileHolding('lang/en/index')).filter((m) => m.startsWith('lang/de/attributions/'))).toEqual([]);
  });

  it('has its worker entry beside the pool, where the pool looks for ./worker.js', () => {
    expect(existsSync(join(bundle, fileHolding('cli/run')))).toBe(true);
    expect(modulesIn('worker.js')).toContain('cli/worker');
  });

  it('runs a worker from its entry that renders an article as the source does', async () => {
    const settings: TaskSettings = { lang: 'auto', explain: false, format: 'jsonl', colorLevel: 0, multiple: true, standalone: false };
    const task: Task = { seq: 7, source: 'werk.txt', bytes: new TextEncoder().encode(germanArticle(3)), indices: [0] };
    const worker = new Worker(join(bundle, 'worker.js'), { workerData: settings });
    try {
      const result = await new Promise<TaskResult>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (message: WorkerMessage) => {
          if ('ready' in message) worker.postMessage(task);
          else resolve(message);
        });
      });
      const expected = await (await taskRunner(settings))({ ...task, bytes: new TextEncoder().encode(germanArticle(3)) });
      expect(result.ok && expected.ok).toBe(true);
      if (!result.ok || !expected.ok) return;
      expect(result.seq).toBe(7);
      const rendered = renderingAt(result.texts, 0);
      expect(JSON.parse(rendered)).toMatchObject({ source: 'werk.txt', language: 'de' });
      expect(rendered).toBe(renderingAt(expected.texts, 0));
    } finally {
      await worker.terminate();
    }
  });
});
