/**
 * ../shared holds research-licensed data that is never committed. Tests that
 * read it run where it is present (this workspace, CI) and skip with a printed
 * reason on a fresh clone.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(repoRoot, process.env.CLAIMS_SHARED ?? '../shared');
export const hasShared = existsSync(join(sharedDir, 'contract/claims.schema.json'));

/** `describe` when ../shared is present, else a skip that says why. */
export function describeShared(name: string, body: () => void): void {
  if (!hasShared) {
    console.warn(`skipping "${name}": ${sharedDir} is absent (shared data is not part of the repository)`);
    // The body is not even collected: it may read ../shared at definition time.
    describe.skip(name, () => {
      it.skip(`needs ${sharedDir}`, () => undefined);
    });
    return;
  }
  describe(name, body);
}
