#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
// The CLI bundled (scripts/bundle.mjs): a few modules to load instead of ~95.
import { main } from '../dist/bundle/main.js';
import { nodeIo } from '../dist/bundle/io.js';

// V8 tuning for batch runs, set before any extraction code is optimized and
// before worker threads start (flags are per process), measured on the corpus:
// - The optimizing compiler inlines the extraction's many small helpers into
//   huge functions and compiles them again after every deoptimization, on a
//   background thread: ~40% of the CPU of a cold pass (a whole core with two
//   workers). Without inlining about half of that, and warm passes as fast.
// - Functions are optimized after 4 times the default interrupt budget (bytecode
//   run since the last tier-up check), with more type feedback: each worker of a
//   cold batch compiles and deoptimizes less (corpus: 257 → 136 TurboFan
//   compiles, 75 → 32 deoptimizations; CPU of --jobs 2 3.4 → 2.6 s), and long
//   runs are as fast (10× the corpus: the same CPU time). Not more: with 6
//   times a run over 10× the corpus takes a fifth more CPU; with 8 the main
//   thread of a cold run is slower.
// - The old generation grows by a fixed 30% over what survives a collection
//   instead of up to 4 times: the live set of a worker is ~15 MB, and its heap
//   otherwise kept growing through long runs (10× the corpus: 1.4× the peak
//   memory of 1×; now 1.18×) at no measurable cost in CPU time.
setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--heap-growing-percent=30');
setFlagsFromString('--interrupt-budget=270336');

process.exitCode = await main(process.argv.slice(2), nodeIo());
