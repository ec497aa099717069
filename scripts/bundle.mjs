#!/usr/bin/env node
// The CLI as a few ES modules, in dist/bundle/: what bin/claims.js runs.
//
// Node 20 loads each module of an ES import graph with a file read of its own,
// handed to libuv's thread pool and awaited; one article's run loads ~95 of
// dist/'s modules, and each batch worker most of them again. Bundled, one
// German article takes 377 ms end to end instead of 456 (median of 20
// alternating runs; `node -e 0`: 116 ms). The bundle is made from tsc's output,
// so it holds the same JavaScript as dist/, which stays the library.
//
// Splitting keeps what is loaded lazily lazy: each command, the extraction of
// a batch (the main thread of a parallel run loads none of it) and each
// language are chunks of their own, imported when first needed. The worker
// entry sits beside the chunks, where run.ts looks for `./worker.js`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Chunks are named by their content's hash: last build's would stay beside this one's.
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', io: 'dist/cli/io.js', worker: 'dist/cli/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander and chalk stay in node_modules, loaded as they are.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
