/**
 * Temporary folders for tests, removed when the importing test file finishes.
 * Without this every run left its folders in /tmp (~1400 had piled up).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Per test file: vitest evaluates this module once for each file that imports it.
const made: string[] = [];

/** A new empty folder named /tmp/claims-PURPOSE-XXXXXX, deleted after the test file's last test. */
export function scratchDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claims-${purpose}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
