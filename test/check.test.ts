/** `claims check`: exit codes, the diff in words, --update, --expected, snapshots that do not depend on the cwd. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { snapshotPathFor } from '../src/cli/commands/check.js';
import { fakeIo } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

const ARTICLE = 'Nvidia baut neues Werk\n\nDer Konzern Nvidia will 100 Prozent mehr Chips bauen, sagte ein Sprecher.\n';

/** A folder with articles/a.txt and articles/sub/b.txt. */
function workspace(): string {
  const dir = scratchDir('check');
  mkdirSync(join(dir, 'articles', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'articles', 'sub', 'b.txt'), ARTICLE.replace('100', '200'));
  writeFileSync(join(dir, 'articles', 'README.md'), '# not an article\n');
  return dir;
}

async function run(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ cwd: dir });
  const code = await main(['check', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function editSnapshot(file: string, edit: (doc: { entities: Array<{ type: string; name: string }> }) => void): void {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, JSON.stringify(doc));
}

describe('claims check', () => {
  it('exits 2 naming the missing snapshot, and --update creates it and says so', async () => {
    const dir = workspace();
    const missing = await run(dir, 'articles');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`claims: ${join('articles', 'a.txt')}: no snapshot ${join('articles', 'a.claims.json')} (write it with \`claims check --update\`)`);

    const created = await run(dir, '--update', 'articles');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(new RegExp(`^created ${join('articles', 'a.claims.json')}: \\d+ claims, \\d+ entities$`, 'm'));
    expect(created.out).toContain('check: 2 articles, 0 unchanged, 2 snapshots written');
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(['README.md', 'a.claims.json', 'a.txt', 'sub']);

    const clean = await run(dir, 'articles');
    expect(clean).toEqual({ code: 0, out: 'check: 2 articles, 2 match, 0 differ\n', err: '' });
  });

  it('exits 1 with the differences in words, and --update reports and writes them', async () => {
    const dir = workspace();
    await run(dir, '--update', 'articles');
    const snapshot = join(dir, 'articles', 'a.claims.json');
    const good = readFileSync(snapshot, 'utf8');
    editSnapshot(snapshot, (doc) => { doc.entities[0]!.type = 'media'; });

    const differs = await run(dir, 'articles');
    expect(differs.code).toBe(1);
    expect(differs.out).toContain(`${join('articles', 'a.txt')} differs from ${join('articles', 'a.claims.json')}:\n  entity Nvidia: type media → company\n`);
    expect(differs.out).toContain('check: 2 articles, 1 match, 1 differ (review, then accept with `claims check --update`)');

    const updated = await run(dir, '--update', 'articles');
    expect(updated.code).toBe(0);
    expect(updated.out).toContain(`updated ${join('articles', 'a.claims.json')}:\n  entity Nvidia: type media → company\n`);
    expect(updated.out).toContain('check: 2 articles, 1 unchanged, 1 snapshot written');
    expect(readFileSync(snapshot, 'utf8')).toBe(good);

    writeFileSync(snapshot, JSON.stringify(JSON.parse(good)));
    expect((await run(dir, 'articles')).code).toBe(0);
    const relaid = await run(dir, '--update', 'articles');
    expect(relaid.out).toContain(`rewrote ${join('articles', 'a.claims.json')} (layout only, same content)\n`);
    expect(readFileSync(snapshot, 'utf8')).toBe(good);
    expect(readdirSync(join(dir, 'articles')).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('writes the same snapshot bytes from any working folder: no absolute path, no time', async () => {
    const dir = workspace();
    await run(dir, '--update', 'articles');
    const fromRoot = readFileSync(join(dir, 'articles', 'sub', 'b.claims.json'), 'utf8');
    expect(JSON.parse(fromRoot).source).toBe('b.txt');
    expect(fromRoot).not.toContain(dir);

    expect(await run(join(dir, 'articles', 'sub'), 'b.txt')).toMatchObject({ code: 0, out: 'check: 1 article, 1 match, 0 differ\n' });
    expect(await run(join(dir, 'articles'), 'sub')).toMatchObject({ code: 0 });
    expect(await run(dir, join(dir, 'articles', 'sub', 'b.txt'))).toMatchObject({ code: 0 });
    await run(join(dir, 'articles'), '--update', 'sub');
    expect(readFileSync(join(dir, 'articles', 'sub', 'b.claims.json'), 'utf8')).toBe(fromRoot);
  });

  it('keeps snapshots under --expected DIR at the articles\' relative paths', async () => {
    const dir = workspace();
    const written = await run(dir, '--update', '--expected', 'expected', 'articles');
    expect(written.code).toBe(0);
    const nested = JSON.parse(readFileSync(join(dir, 'expected', 'sub', 'b.claims.json'), 'utf8'));
    expect(nested.source).toBe('../../articles/sub/b.txt');
    expect((await run(dir, '--expected', 'expected', 'articles')).code).toBe(0);
    expect((await run(dir, 'articles')).code).toBe(2);
  });

  it('exits 2 for an unreadable article or snapshot, and still checks the others', async () => {
    const dir = workspace();
    await run(dir, '--update', 'articles');
    writeFileSync(join(dir, 'articles', 'sub', 'b.claims.json'), '{ "claims": [');
    const result = await run(dir, 'articles', 'missing.txt', '-');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`claims: ${join('articles', 'sub', 'b.claims.json')}: not valid JSON`);
    expect(result.err).toContain('claims: missing.txt: no such file or directory');
    expect(result.err).toContain('claims: -: standard input has no snapshot to check against');
    expect(result.out).toContain('check: 2 articles, 1 match, 0 differ, 3 failed');
  });

  it('reports a snapshot whose article is gone (exit 1), and --update removes it', async () => {
    const dir = workspace();
    await run(dir, '--update', 'articles');
    writeFileSync(join(dir, 'articles', 'sub', 'old.claims.json'), readFileSync(join(dir, 'articles', 'a.claims.json')));
    const stale = await run(dir, 'articles');
    expect(stale.code).toBe(1);
    expect(stale.out).toContain(`${join('articles', 'sub', 'old.claims.json')}: stale snapshot, no article for it (--update removes it)\n`);
    expect(stale.out).toContain('check: 2 articles, 2 match, 0 differ, 1 stale');
    const removed = await run(dir, '--update', 'articles');
    expect(removed.out).toContain(`removed ${join('articles', 'sub', 'old.claims.json')}: no article for it\n`);
    expect(readdirSync(join(dir, 'articles', 'sub')).sort()).toEqual(['b.claims.json', 'b.txt']);
    expect((await run(dir, 'articles')).code).toBe(0);
  });

  it('leaves no half-written file when a snapshot cannot be replaced', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'articles', 'a.claims.json'));
    const result = await run(dir, '--update', 'articles');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`claims: ${join('articles', 'a.claims.json')}: cannot write (is a directory)`);
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(['README.md', 'a.claims.json', 'a.txt', 'sub']);
    expect(readFileSync(join(dir, 'articles', 'sub', 'b.claims.json'), 'utf8')).toContain('"source": "b.txt"');
  });

  it('is a usage error without paths', async () => {
    const result = await run(scratchDir('check'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('claims: check: name the articles or folders to check');
  });
});

describe('snapshotPathFor', () => {
  it('puts X.claims.json beside X.txt, or under the expected folder at the path below the root', () => {
    expect(snapshotPathFor(join('fixtures', 'de', 'a.txt'), 'fixtures', undefined)).toBe(join('fixtures', 'de', 'a.claims.json'));
    expect(snapshotPathFor(join('fixtures', 'de', 'a.txt'), 'fixtures', 'expected')).toBe(join('expected', 'de', 'a.claims.json'));
    expect(snapshotPathFor(join('drafts', 'b.md'), 'drafts', 'out')).toBe(join('out', 'b.claims.json'));
  });
});
