/**
 * Batch runs through main() with a fake Io: folder walking, order across
 * worker threads, failures in the middle, progress and summary on stderr.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo, type FakeIo } from '../helpers/io.js';
import { ensureBuilt } from '../helpers/dist.js';
import { englishArticle, germanArticle } from '../helpers/articles.js';
import { CorpusStats, articleStats, renderStatsText } from '../../src/stats/index.js';
import { scratchDir } from '../helpers/scratch.js';

beforeAll(ensureBuilt, 180_000);

function corpus(files: Record<string, string>): string {
  const dir = scratchDir('batch');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A mixed corpus of `n` articles spread over nested folders. */
function mixedCorpus(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const folder = ['', 'de/', 'en/', 'de/sub/'][i % 4]!;
    files[`${folder}${String(i).padStart(3, '0')}.txt`] = i % 2 === 0 ? germanArticle(i) : englishArticle(i);
  }
  return corpus(files);
}

const sources = (jsonl: string): string[] => jsonl.trim().split('\n').map((line) => JSON.parse(line).source);

async function run(args: string[], io: FakeIo = fakeIo()): Promise<{ code: number; io: FakeIo }> {
  return { code: await main(args, io), io };
}

describe('walking folders', () => {
  it('takes .txt and .md below a folder in sorted order, skipping hidden files and folders and other endings', async () => {
    const dir = corpus({
      'b.md': germanArticle(1), 'a.txt': germanArticle(2), 'c.TXT': germanArticle(3),
      'z/y.txt': germanArticle(4), '.hidden.txt': germanArticle(5), '.git/x.txt': germanArticle(6), 'notes.pdf': 'x',
    });
    const { code, io } = await run(['--format', 'jsonl', '-q', dir]);
    expect(code).toBe(0);
    expect(sources(io.out())).toEqual(['a.txt', 'b.md', 'c.TXT', 'z/y.txt'].map((f) => join(dir, f)));
  });

  it('takes only the endings --ext names', async () => {
    const dir = corpus({ 'a.txt': germanArticle(1), 'b.text': germanArticle(2), 'c.md': germanArticle(3) });
    const { io } = await run(['--format', 'jsonl', '-q', '--ext', 'text,.MD', dir]);
    expect(sources(io.out())).toEqual([join(dir, 'b.text'), join(dir, 'c.md')]);
  });

  it('follows symbolic links and survives a link back up the tree', async () => {
    const dir = corpus({ 'a/x.txt': germanArticle(1), 'b/y.txt': germanArticle(2) });
    symlinkSync(join(dir, 'b'), join(dir, 'a', 'link-to-b'));
    symlinkSync(dir, join(dir, 'b', 'loop'));
    const { code, io } = await run(['--format', 'jsonl', dir]);
    expect(code).toBe(0);
    expect(sources(io.out())).toEqual([join(dir, 'a/link-to-b/y.txt'), join(dir, 'a/x.txt'), join(dir, 'b/y.txt')]);
    expect(io.err()).toContain(`${join(dir, 'a/link-to-b/loop')}: skipped, a symbolic link back into a folder above it`);
  });
});

describe('worker threads', () => {
  it('writes the same output in the same order whatever the number of jobs', async () => {
    const dir = mixedCorpus(40);
    const one = await run(['--format', 'jsonl', '-q', '-j', '1', dir]);
    const three = await run(['--format', 'jsonl', '-q', '-j', '3', dir]);
    expect(one.code).toBe(0);
    expect(sources(one.io.out())).toHaveLength(40);
    expect(sources(one.io.out())).toEqual([...sources(one.io.out())].sort());
    expect(three.io.out()).toBe(one.io.out());
  });

  it('writes one valid JSON array and the same text report with several workers', async () => {
    const dir = mixedCorpus(12);
    const json = await run(['--format', 'json', '-q', '-j', '2', dir]);
    expect(JSON.parse(json.io.out())).toHaveLength(12);
    const text1 = await run(['-q', '-j', '1', dir]);
    const text2 = await run(['-q', '-j', '2', dir]);
    expect(text2.io.out()).toBe(text1.io.out());
  });

  it('reports a failure in the middle on stderr, goes on with the rest, and exits 2', async () => {
    const dir = mixedCorpus(9);
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, '004-broken.txt'));
    const { code, io } = await run(['--format', 'json', '--verbose', '-j', '2', dir]);
    expect(code).toBe(2);
    expect(io.err()).toContain(`claims: ${join(dir, '004-broken.txt')}: no such file or directory\n`);
    const docs = JSON.parse(io.out());
    expect(docs).toHaveLength(9);
    expect(io.err()).toMatch(/claims: 10 files · 1 failed · \d+ claims · /);
  });

  it('keeps the JSON array valid when the first articles fail', async () => {
    const dir = mixedCorpus(5);
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, '!first.txt'));
    const { code, io } = await run(['--format', 'json', '-q', '-j', '2', join(dir, 'missing.txt'), dir]);
    expect(code).toBe(2);
    expect(JSON.parse(io.out())).toHaveLength(5);
  });
});

describe('progress and summary on stderr', () => {
  /** stderr on a terminal, stdout redirected to a file. */
  const terminalStderr = (): FakeIo => {
    const io = fakeIo({ tty: true });
    Object.defineProperty(io.stdout, 'isTTY', { value: false });
    return io;
  };

  it('draws a progress bar only when stderr is a terminal', async () => {
    const dir = mixedCorpus(6);
    const piped = await run(['--format', 'jsonl', dir]);
    expect(piped.io.err()).not.toMatch(/[\r\u001b]/);
    const watched = await run(['--format', 'jsonl', dir], terminalStderr());
    expect(watched.io.err()).toMatch(/\r\u001b\[2K.*articles\/s/);
    expect(watched.io.out()).not.toMatch(/[\r\u001b]/);
  });

  it('draws no bar and prints no summary with --quiet', async () => {
    const dir = mixedCorpus(6);
    const { io } = await run(['--format', 'jsonl', '--quiet', dir], terminalStderr());
    expect(io.err()).toBe('');
  });

  it('ends a batch with a one-line summary on a terminal or with --verbose, never for a single article or on a plain pipe', async () => {
    const dir = mixedCorpus(3);
    const watched = await run(['--format', 'jsonl', dir], terminalStderr());
    expect(watched.io.err()).toMatch(/\r\u001b\[2Kclaims: 3 files · \d+ claims · \d+ attributions.* · \d+\.\d s\n$/);
    const verbose = await run(['--format', 'jsonl', '--verbose', dir]);
    expect(verbose.io.err()).toMatch(/^claims: 3 files · \d+ claims · \d+ attributions.* · \d+\.\d s\n$/);
    expect((await run(['--format', 'jsonl', dir])).io.err()).toBe('');
    const single = await run(['--format', 'jsonl', '--verbose', join(dir, '000.txt')]);
    expect(single.io.err()).toBe('');
  });
});

describe('--input jsonl', () => {
  const records = (lines: unknown[]): string => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

  it('writes one document per record, with the record id as source, in record order', async () => {
    const stdin = records([{ id: 'b-7', text: germanArticle(7) }, { id: 42, text: englishArticle(2) }, { id: 'a-1', text: germanArticle(1) }]);
    const { code, io } = await run(['--input', 'jsonl', '--format', 'jsonl', '-q'], fakeIo({ stdin }));
    expect(code).toBe(0);
    const docs = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source)).toEqual(['b-7', '42', 'a-1']);
    expect(docs.map((d) => d.language)).toEqual(['de', 'en', 'de']);
    expect(docs[0].title).toBe('Werk Nummer 7');
  });

  it('reads a record that is one sentence as body text: its source is found, no headline is made of it', async () => {
    const stdin = records([{ id: 's1', text: 'Der Betreiber teilte mit, er habe 2,5 Millionen Euro investiert.' }, { id: 's2', text: 'A spokeswoman for the firm said it lost $3 million.' }]);
    const { code, io } = await run(['--input', 'jsonl', '--format', 'jsonl', '-q'], fakeIo({ stdin }));
    expect(code).toBe(0);
    const docs = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.title)).toEqual([null, null]);
    expect(docs.map((d) => d.claims[0].attributions.map((a: { source: { text: string } }) => a.source.text))).toEqual([['Der Betreiber'], ['A spokeswoman for the firm']]);
  });

  it('names a bad line by its number and goes on with the other records', async () => {
    const stdin = records([{ id: 'one', text: germanArticle(1) }, '{not json', { id: 'x' }, { text: 'no id' }, '', { id: 'two', text: germanArticle(2) }]);
    const { code, io } = await run(['--input', 'jsonl', '--format', 'jsonl'], fakeIo({ stdin }));
    expect(code).toBe(2);
    expect(sources(io.out())).toEqual(['one', 'two']);
    expect(io.err()).toContain('claims: stdin:2: not a JSON record\n');
    expect(io.err()).toContain('claims: stdin:3 (x): the record has no "text" string\n');
    expect(io.err()).toContain('claims: stdin:4: the record has no "id" (a string or a number)\n');
  });

  it('writes nothing and succeeds on empty input (an empty partition)', async () => {
    const { code, io } = await run(['--input', 'jsonl', '--format', 'jsonl', '-q'], fakeIo({ stdin: '' }));
    expect(code).toBe(0);
    expect(io.out()).toBe('');
  });

  it('refuses paths: records come from stdin', async () => {
    const { code, io } = await run(['--input', 'jsonl', 'a.txt'], fakeIo({ stdin: '' }));
    expect(code).toBe(2);
    expect(io.err()).toContain('--input jsonl reads its records from stdin');
  });
});

describe('--format csv', () => {
  it('writes one header and one row per claim over a batch', async () => {
    const dir = mixedCorpus(4);
    const csv = await run(['--format', 'csv', '-q', dir]);
    const jsonl = await run(['--format', 'jsonl', '-q', dir]);
    const claims = jsonl.io.out().trim().split('\n').reduce((n, l) => n + JSON.parse(l).claims.length, 0);
    const lines = csv.io.out().split('\r\n');
    expect(lines[0]).toBe('source_file,claim,sentence,figures,entities,source_type,source,stance,sourced_in');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(claims);
  });
});

describe('claims stats', () => {
  it('reports over a corpus what its documents hold, as JSON and as text', async () => {
    const dir = mixedCorpus(8);
    const json = await run(['stats', '--format', 'json', '-q', dir]);
    expect(json.code).toBe(0);
    const docs = (await run(['--format', 'jsonl', '-q', dir])).io.out().trim().split('\n').map((l) => JSON.parse(l));
    const expected = new CorpusStats();
    for (const doc of docs) expected.add(articleStats(doc));
    expect(JSON.parse(json.io.out())).toEqual(expected.report());
    const text = await run(['stats', '-q', '-j', '1', dir]);
    expect(text.io.out()).toBe(renderStatsText(expected.report()));
  });

  it('counts failures and exits 2 when an article cannot be read', async () => {
    const dir = mixedCorpus(2);
    const { code, io } = await run(['stats', '--format', 'json', dir, join(dir, 'missing.txt')]);
    expect(code).toBe(2);
    expect(JSON.parse(io.out())).toMatchObject({ articles: 2, failed: 1 });
    expect(io.err()).toContain('missing.txt: no such file or directory');
  });
});
