/**
 * The project's own fixture articles, checked the way a CI job checks them:
 * `claims check fixtures/`. When extraction changes on purpose, review the
 * words this prints, then `node bin/claims.js check --update fixtures/`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ClaimsDocument } from '../src/types.js';
import { allSpans } from './helpers/extract.js';
import { fakeIo } from './helpers/io.js';
import { repoRoot } from './helpers/shared.js';

const fixturesDir = join(repoRoot, 'fixtures');

function articles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? articles(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []);
}

describe('fixtures', () => {
  it('every article matches its snapshot (claims check fixtures/)', async () => {
    const io = fakeIo({ cwd: repoRoot });
    const code = await main(['check', 'fixtures'], io);
    expect(`${io.out()}${io.err()}`, 'review, then: node bin/claims.js check --update fixtures/').toMatch(/^check: \d+ articles, \d+ match, 0 differ\n$/);
    expect(code).toBe(0);
  });

  it('has articles in both languages, each snapshot\'s spans quoting its article exactly', () => {
    const found = articles(fixturesDir);
    expect(found.filter((f) => f.includes(`${join('fixtures', 'de')}`)).length).toBeGreaterThanOrEqual(3);
    expect(found.filter((f) => f.includes(`${join('fixtures', 'en')}`)).length).toBeGreaterThanOrEqual(3);
    for (const article of found) {
      const text = readFileSync(article, 'utf8');
      const snapshot = JSON.parse(readFileSync(article.replace(/\.txt$/, '.claims.json'), 'utf8')) as ClaimsDocument;
      expect(snapshot.source).toBe(relative(join(article, '..'), article));
      for (const span of allSpans(snapshot)) expect(text.slice(span.start, span.end), `${relative(repoRoot, article)} ${span.where}`).toBe(span.text);
    }
  });
});
