#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/io.js';

// V8's optimizing compiler inlines the extraction's many small helpers into
// huge functions and compiles them again after every deoptimization, on a
// background thread: over the corpus that was 40% of the CPU of a run (a whole
// core with two workers), for no measurable gain once warm. Set before any
// extraction code is optimized and before worker threads start (flags are
// per process).
setFlagsFromString('--no-turbo-inlining');

process.exitCode = await main(process.argv.slice(2), nodeIo());
