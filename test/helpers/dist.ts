/**
 * Worker threads and the bin/ shim run the compiled dist/ (bin/ its bundle),
 * never src/. Tests that reach them call ensureBuilt() first: it compiles and
 * bundles when any source is newer than its output (a fresh clone is built by
 * `npm ci` already). A lock keeps test files running side by side from
 * compiling at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './shared.js';

const src = join(repoRoot, 'src');
const dist = join(repoRoot, 'dist');
const lock = join(repoRoot, 'node_modules', '.claims-build-lock');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

function stale(): boolean {
  // bin/ runs the bundle made from dist/ (scripts/bundle.mjs): it must be newer than every source too.
  const bundle = statSync(join(dist, 'bundle', 'main.js'), { throwIfNoEntry: false });
  if (!bundle) return true;
  for (const file of sources(src)) {
    const built = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
    const changed = statSync(file).mtimeMs;
    if (!existsSync(built) || statSync(built).mtimeMs < changed || bundle.mtimeMs < changed) return true;
  }
  return false;
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureBuilt(): void {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is compiling; a lock older than two minutes is left over from a killed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      sleep(100);
    }
  }
  try {
    if (stale()) {
      execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: repoRoot, stdio: 'inherit' });
      execFileSync(process.execPath, [join(repoRoot, 'scripts/bundle.mjs')], { cwd: repoRoot, stdio: 'inherit' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The CLI as a user runs it. */
export const bin = join(repoRoot, 'bin/claims.js');
