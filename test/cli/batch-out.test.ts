/**
 * `--out DIR`: a result file per article mirroring the input tree, written
 * atomically (a killed run leaves only whole files), `--resume`, and names
 * from inputs that can never put a file outside DIR.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { outputName } from '../../src/cli/out.js';
import { fakeIo } from '../helpers/io.js';
import { bin, ensureBuilt } from '../helpers/dist.js';
import { englishArticle, germanArticle } from '../helpers/articles.js';
import { scratchDir } from '../helpers/scratch.js';

beforeAll(ensureBuilt, 180_000);

function workspace(articles: number): { root: string; input: string; out: string } {
  const root = scratchDir('out');
  const input = join(root, 'in');
  for (let i = 0; i < articles; i++) {
    const folder = join(input, i % 2 === 0 ? 'de' : 'en', i % 3 === 0 ? 'deep' : '');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), i % 2 === 0 ? germanArticle(i) : englishArticle(i));
  }
  return { root, input, out: join(root, 'out') };
}

/** Every file below `dir`, relative, "/"-separated, sorted; hidden ones included. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name));
      else files.push(relative(dir, join(d, e.name)).split('\\').join('/'));
    }
  };
  visit(dir);
  return files.sort();
}

describe('--out DIR', () => {
  it('writes one .claims.json per article, mirroring the input tree, each the document --format json prints', async () => {
    const { input, out } = workspace(5);
    const io = fakeIo();
    expect(await main(['-q', '-j', '2', '--out', out, input], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(tree(out)).toEqual(['de/0002.txt.claims.json', 'de/0004.txt.claims.json', 'de/deep/0000.txt.claims.json', 'en/0001.txt.claims.json', 'en/deep/0003.txt.claims.json']);
    const single = fakeIo();
    await main(['--format', 'json', join(input, 'de/deep/0000.txt')], single);
    const written = readFileSync(join(out, 'de/deep/0000.txt.claims.json'), 'utf8');
    expect(JSON.parse(written)).toEqual({ ...JSON.parse(single.out()), source: join(input, 'de/deep/0000.txt') });
    expect(written.endsWith('}\n')).toBe(true);
  });

  it('names a file given by itself after its own name, and writes csv files with --format csv', async () => {
    const { input, out } = workspace(2);
    expect(await main(['-q', '--format', 'csv', '--out', out, join(input, 'en/0001.txt')], fakeIo())).toBe(0);
    expect(tree(out)).toEqual(['0001.txt.claims.csv']);
    expect(readFileSync(join(out, '0001.txt.claims.csv'), 'utf8')).toMatch(/^source_file,claim,sentence,/);
  });

  it('writes a page per article and an index.html linking to each with --format html, also after --resume', async () => {
    const { input, out } = workspace(3);
    expect(await main(['-q', '--format', 'html', '--out', out, input], fakeIo())).toBe(0);
    expect(tree(out)).toEqual(['de/0002.txt.html', 'de/deep/0000.txt.html', 'en/0001.txt.html', 'index.html']);
    expect(readFileSync(join(out, 'de/0002.txt.html'), 'utf8')).toContain('Werk Nummer 2');
    const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => !h!.startsWith('#'));
    const first = readFileSync(join(out, 'index.html'), 'utf8');
    expect(links(first)).toEqual(['de/0002.txt.html', 'de/deep/0000.txt.html', 'en/0001.txt.html']);
    expect(await main(['-q', '--resume', '--format', 'html', '--out', out, input], fakeIo())).toBe(0);
    expect(links(readFileSync(join(out, 'index.html'), 'utf8'))).toEqual(links(first));
  });

  it('refuses formats that are one stream, and --resume without --out', async () => {
    const { input, out } = workspace(1);
    const jsonl = fakeIo();
    expect(await main(['--format', 'jsonl', '--out', out, input], jsonl)).toBe(2);
    expect(jsonl.err()).toContain('with --out use json or csv or html');
    const resume = fakeIo();
    expect(await main(['--resume', input], resume)).toBe(2);
    expect(resume.err()).toContain('--resume needs --out');
  });

  it('never walks into the output folder when it lies inside the input', async () => {
    const { input } = workspace(3);
    const inner = join(input, 'results');
    await main(['-q', '--ext', 'txt,json', '--out', inner, input], fakeIo());
    const again = fakeIo();
    await main(['--verbose', '--ext', 'txt,json', '--out', inner, input], again);
    expect(again.err()).toMatch(/^claims: 3 files ·/);
    expect(tree(inner)).toHaveLength(3);
  });
});

describe('--resume', () => {
  it('skips articles whose result is newer, and redoes changed and missing ones', async () => {
    const { input, out } = workspace(6);
    expect(await main(['-q', '--out', out, input], fakeIo())).toBe(0);
    const results = tree(out).map((f) => join(out, f));
    const past = new Date(Date.now() - 60_000);
    const older = new Date(Date.now() - 120_000);
    for (const f of results) utimesSync(f, past, past);
    for (const f of tree(input)) utimesSync(join(input, f), older, older);
    const changed = join(input, 'de/0002.txt');
    writeFileSync(changed, germanArticle(99));
    const removed = join(out, 'en/0001.txt.claims.json');
    await import('node:fs/promises').then((fs) => fs.rm(removed));

    const io = fakeIo();
    expect(await main(['--verbose', '--resume', '--out', out, input], io)).toBe(0);
    expect(io.err()).toMatch(/^claims: 6 files · 4 skipped as up to date · \d+ claims/);
    expect(JSON.parse(readFileSync(join(out, 'de/0002.txt.claims.json'), 'utf8')).title).toBe('Werk Nummer 99');
    expect(existsSync(removed)).toBe(true);
    const untouched = results.filter((f) => f !== removed && !f.endsWith('0002.txt.claims.json'));
    for (const f of untouched) expect(Math.abs(statSync(f).mtimeMs - past.getTime())).toBeLessThan(1);
  });
});

describe('path safety', () => {
  it('maps any input name to a path below the output folder', () => {
    expect(outputName('de/a.txt', '.x')).toBe('de/a.txt.x');
    expect(outputName('../../etc/passwd', '.x')).toBe('%2E%2E/%2E%2E/etc/passwd.x');
    expect(outputName('/etc/passwd', '.x')).toBe('etc/passwd.x');
    expect(outputName('a/./b//c', '.x')).toBe('a/b/c.x');
    expect(outputName('..', '.x')).toBe('%2E%2E.x');
    expect(outputName('C:\\Windows\\x', '.x')).toBe('C%3A%5CWindows%5Cx.x');
    expect(outputName('line\nbreak\u0000%', '.x')).toBe('line%0Abreak%00%25.x');
    expect(outputName('', '.x')).toBeNull();
    expect(outputName('/./', '.x')).toBeNull();
  });

  it('writes records with hostile ids only inside --out, and fails those that cannot be named', async () => {
    const root = scratchDir('safety');
    const out = join(root, 'box', 'out');
    mkdirSync(join(root, 'box'));
    const ids = ['../escaped', '../../escaped', '/tmp/absolute', 'a/../../escaped', '..', 'ok/./fine', 'nul\u0000byte', '', '.'];
    const stdin = ids.map((id, i) => JSON.stringify({ id, text: germanArticle(i) })).join('\n');
    const io = fakeIo({ stdin });
    expect(await main(['--input', 'jsonl', '-q', '--out', out], io)).toBe(2);
    expect(readdirSync(root)).toEqual(['box']);
    expect(readdirSync(join(root, 'box'))).toEqual(['out']);
    expect(tree(out)).toEqual([
      '%2E%2E.claims.json', '%2E%2E/%2E%2E/escaped.claims.json', '%2E%2E/escaped.claims.json',
      'a/%2E%2E/%2E%2E/escaped.claims.json', 'nul%00byte.claims.json', 'ok/fine.claims.json', 'tmp/absolute.claims.json',
    ]);
    expect(io.err()).toContain('claims: : its name gives no file name under --out');
    expect(io.err()).toContain('claims: .: its name gives no file name under --out');
  });

  it('does not write through a symbolic link inside the output folder', async () => {
    const root = scratchDir('safety');
    const out = join(root, 'out');
    const outside = join(root, 'outside');
    mkdirSync(out);
    mkdirSync(outside);
    symlinkSync(outside, join(out, 'trap'));
    const io = fakeIo({ stdin: `${JSON.stringify({ id: 'trap/x', text: germanArticle(1) })}\n${JSON.stringify({ id: 'safe', text: germanArticle(2) })}\n` });
    expect(await main(['--input', 'jsonl', '-q', '--out', out], io)).toBe(2);
    expect(readdirSync(outside)).toEqual([]);
    expect(io.err()).toContain('claims: trap/x: trap in the output folder is a symbolic link; not writing through it');
    expect(tree(out)).toEqual(['safe.claims.json', 'trap']);
  });
});

describe('an interrupted run', () => {
  /** Starts the CLI over `articles` articles and signals it once `after` results exist. */
  async function interrupt(signal: NodeJS.Signals, articles: number, after: number) {
    const { input, out } = workspace(articles);
    const child = spawn(process.execPath, [bin, '-j', '1', '--out', out, input], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (;;) {
      if (tree(out).filter((f) => f.endsWith('.claims.json')).length >= after) break;
      if (child.exitCode !== null) throw new Error(`finished before it could be interrupted: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill(signal);
    return { input, out, code: await exited, stderr: () => stderr };
  }

  const results = (out: string) => tree(out).filter((f) => !f.split('/').some((s) => s.startsWith('.')));

  it('leaves only whole result files when killed, and --resume completes it', async () => {
    const { input, out } = await interrupt('SIGKILL', 400, 20);
    const written = results(out);
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(written.length).toBeLessThan(400);
    for (const f of written) {
      expect(f.endsWith('.claims.json')).toBe(true);
      expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
    }
    const io = fakeIo();
    expect(await main(['--verbose', '--resume', '--out', out, input], io)).toBe(0);
    expect(io.err()).toContain(`claims: 400 files · ${written.length} skipped as up to date · `);
    expect(tree(out)).toHaveLength(400);
    expect(tree(out).every((f) => f.endsWith('.claims.json') && !f.split('/').some((s) => s.startsWith('.')))).toBe(true);
  });

  it('stops cleanly on Ctrl-C: exit 130, whole files, no temporary left', async () => {
    const { out, code, stderr } = await interrupt('SIGINT', 400, 10);
    expect(code).toBe(130);
    expect(stderr()).toMatch(/claims: interrupted; so far \d+ files/);
    const all = tree(out);
    expect(all.length).toBeLessThan(400);
    for (const f of all) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
  });
});
