/**
 * Every bad input gets one clear line on stderr naming the path and the
 * reason; the other inputs are still processed; the exit code says what happened.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/io.js';
import { repoRoot } from '../helpers/shared.js';
import { utf16, windows1252 } from './encodings.js';
import { scratchDir } from '../helpers/scratch.js';

const ARTICLE = 'Nvidia baut ein Werk\n\nDer Konzern Nvidia will 100 Prozent mehr Chips bauen, sagte ein Sprecher.\n';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]);

function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = scratchDir('robust');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function run(args: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo(options);
  const code = await main(['--format', 'jsonl', ...args], io);
  const docs = io.out().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { source: string; warnings: string[]; claims: unknown[] });
  return { code, docs, err: io.err() };
}

describe('unreadable inputs: one line naming the path and the reason, exit 2, the rest still processed', () => {
  it('a missing file', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const { code, docs, err } = await run(['fehlt.txt', 'a.txt'], { cwd: dir });
    expect(err).toBe('claims: fehlt.txt: no such file or directory\n');
    expect(code).toBe(2);
    expect(docs.map((d) => d.source)).toEqual(['a.txt']);
  });

  it('a folder without articles', async () => {
    const dir = folder({ 'a.txt': ARTICLE, 'leer/bild.png': PNG });
    const { code, docs, err } = await run(['leer', 'a.txt'], { cwd: dir });
    expect(err).toBe('claims: leer: no articles in this folder (looked for .txt, .md, .html, .htm)\n');
    expect(code).toBe(2);
    expect(docs).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission (not testable as root, who may read anything)', async () => {
    const dir = folder({ 'a.txt': ARTICLE, 'geheim.txt': ARTICLE });
    chmodSync(join(dir, 'geheim.txt'), 0o000);
    const { code, docs, err } = await run(['geheim.txt', 'a.txt'], { cwd: dir });
    expect(err).toBe('claims: geheim.txt: permission denied\n');
    expect(code).toBe(2);
    expect(docs).toHaveLength(1);
  });

  describe('a socket', () => {
    let server: Server | undefined;
    afterAll(() => server?.close());

    it('is named as one', async () => {
      const dir = folder({ 'a.txt': ARTICLE });
      server = createServer();
      await new Promise<void>((resolve) => server!.listen(join(dir, 'claims.sock'), resolve));
      const { code, docs, err } = await run(['claims.sock', 'a.txt'], { cwd: dir });
      expect(err).toBe('claims: claims.sock: is a socket, not a file\n');
      expect(code).toBe(2);
      expect(docs).toHaveLength(1);
    });
  });

  it.skipIf(!existsSync('/dev/null'))('a device', async () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const { code, docs, err } = await run(['/dev/null', 'a.txt'], { cwd: dir });
    expect(err).toBe('claims: /dev/null: is a device, not a file\n');
    expect(code).toBe(2);
    expect(docs).toHaveLength(1);
  });

  it('binary files (image, PDF, zip) are skipped as "not a text file" and never printed', async () => {
    const dir = folder({
      'a.txt': ARTICLE,
      'bild.png': PNG,
      'bericht.pdf': '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n',
      'archiv.zip': Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'),
      'ordner/falsch.txt': PNG,
    });
    const { code, docs, err } = await run(['bild.png', 'bericht.pdf', 'archiv.zip', 'ordner', 'a.txt'], { cwd: dir });
    expect(err).toBe([
      'claims: bild.png: not a text file',
      'claims: bericht.pdf: not a text file',
      'claims: archiv.zip: not a text file',
      `claims: ${join('ordner', 'falsch.txt')}: not a text file`,
      '',
    ].join('\n'));
    expect(code).toBe(2);
    expect(docs.map((d) => d.source)).toEqual(['a.txt']);
  });

  it('text output shows no garbage either', async () => {
    const dir = folder({ 'bild.png': PNG });
    const io = fakeIo({ cwd: dir });
    expect(await main(['bild.png'], io)).toBe(2);
    expect(io.out()).not.toMatch(/PNG|\ufffd/);
    expect(io.err()).toBe('claims: bild.png: not a text file\n');
  });
});

describe('odd but readable inputs: exit 0, a warning where the text was changed or guessed', () => {
  it('windows-1252 and UTF-16 files give the same claims as UTF-8, with a warning on stderr and in the document', async () => {
    const dir = folder({ 'utf8.txt': ARTICLE, 'alt.txt': windows1252(ARTICLE.replace('Werk', 'Übernahmewerk'))!, 'utf16.txt': utf16(ARTICLE, 'le') });
    const { code, docs, err } = await run(['utf8.txt', 'alt.txt', 'utf16.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toBe([
      'claims: alt.txt: warning: input is not valid UTF-8; decoded as windows-1252',
      'claims: utf16.txt: warning: input is UTF-16LE; decoded to text',
      '',
    ].join('\n'));
    expect(docs[1]!.warnings).toEqual(['input is not valid UTF-8; decoded as windows-1252']);
    expect(docs[2]!.claims).toEqual(docs[0]!.claims);
    expect(JSON.stringify(docs[1])).toContain('Übernahmewerk');
  });

  it('--quiet keeps the warnings out of stderr but in the document', async () => {
    const dir = folder({ 'alt.txt': windows1252('Größe')! });
    const { code, docs, err } = await run(['--quiet', 'alt.txt'], { cwd: dir });
    expect([code, err]).toEqual([0, '']);
    expect(docs[0]!.warnings).toHaveLength(1);
  });

  it('an HTML page is read as its article text, with a warning', async () => {
    const page = `<html><body><article><h1>Nvidia baut ein Werk</h1><p>Der Konzern <b>Nvidia</b> will 100 Prozent mehr Chips bauen, sagte ein Sprecher.</p></article><script>x()</script></body></html>`;
    const dir = folder({ 'seite.html': page });
    const { code, docs, err } = await run(['seite.html'], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toBe('claims: seite.html: warning: input is HTML; offsets refer to the article text extracted from it\n');
    expect(JSON.stringify(docs[0])).not.toMatch(/<|x\(\)/);
  });

  it('an empty file gives a document without claims and exit 0', async () => {
    const dir = folder({ 'leer.txt': '' });
    const { code, docs, err } = await run(['leer.txt'], { cwd: dir });
    expect([code, err]).toEqual([0, '']);
    expect(docs.map((d) => [d.source, d.claims.length])).toEqual([['leer.txt', 0]]);
  });

  it.each([
    ['empty input', ''],
    ['white space only', ' \n\t\r\n \u00a0\n'],
    ['one word', 'Nvidia'],
    ['one number', '42'],
  ])('%s gives a document without claims and exit 0', async (_name, stdin) => {
    const { code, docs, err } = await run([], { stdin });
    expect([code, err]).toEqual([0, '']);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.source).toBe('-');
  });
});

describe('invalid options and values: commander\'s message, a hint, exit 2', () => {
  it.each([
    [['--frmat', 'json'], /^claims: error: unknown option '--frmat'\n\(Did you mean --format\?\)\n/],
    [['--format', 'xml'], /^claims: error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are text, json, [a-z, ]+\.\n/],
    [['--lang', 'fr'], /^claims: error: option '-l, --lang <lang>' argument 'fr' is invalid\. Allowed choices are auto, de, en\.\n/],
    [['--format'], /^claims: error: option '-f, --format <format>' argument missing\n/],
    [['--format', 'jsno'], /^claims: error: option '-f, --format <format>' argument 'jsno' is invalid\. Allowed choices are [a-z, ]+\.\n\(Did you mean json\?\)\n/],
    [['--lang', 'DE'], /^claims: error: option '-l, --lang <lang>' argument 'DE' is invalid\. Allowed choices are auto, de, en\.\n\(Did you mean de\?\)\n/],
  ])('claims %j', async (args, message) => {
    const io = fakeIo({ stdin: ARTICLE });
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).toMatch(/Run 'claims --help' for usage\.\n$/);
    expect(io.out()).toBe('');
  });
});

describe('output into a closed pipe', () => {
  it('stops writing and exits 0 without a message once the reader is gone', async () => {
    const io = fakeIo({ stdin: ARTICLE });
    let destroyed = false;
    const stdout = {
      get destroyed() { return destroyed; },
      write: () => { destroyed = true; return true; },
    };
    const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
    const code = await main(['a.txt', 'b.txt', 'c.txt'], { ...io, stdout, cwd: dir });
    expect(code).toBe(0);
    expect(io.err()).toBe('');
  });

  it.skipIf(!existsSync(join(repoRoot, 'dist/cli/main.js')))('`claims big.txt | head -1` ends quietly, with no stack trace (bin/claims.js, built)', async () => {
    const paragraph = 'Der Konzern Nvidia will 100 Prozent mehr Chips bauen, sagte ein Sprecher.\n\n';
    const dir = folder({ 'big.txt': `Titel\n\n${paragraph.repeat(4000)}` });
    const child = spawn(process.execPath, [join(repoRoot, 'bin/claims.js'), 'big.txt', 'big.txt'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe.skipIf(!existsSync(join(repoRoot, 'dist/cli/main.js')) || process.platform === 'win32')('a named pipe (FIFO) as input (bin/claims.js, built)', () => {
  const runCli = run;
  function start(dir: string) {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/claims.js'), '--format', 'jsonl', 'pipe'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    return { child, closed, out: () => stdout, err: () => stderr };
  }

  it('is read as the text written into it', async () => {
    const dir = folder({ 'article.txt': ARTICLE });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const run = start(dir);
    writeFileSync(join(dir, 'pipe'), ARTICLE);
    expect(await run.closed).toEqual({ code: 0, signal: null });
    expect(run.err()).toBe('');
    const fromFile = (await runCli(['article.txt'], { cwd: dir })).docs[0]!.claims;
    expect(fromFile.length).toBeGreaterThan(0);
    expect((JSON.parse(run.out()) as { claims: unknown[] }).claims).toEqual(fromFile);
  });

  it.skipIf(!existsSync('/proc/self/task'))('that no one writes to: SIGTERM still ends the run, with a line saying why', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const run = start(dir);
    // Signalled once it waits in open() for a writer (Linux names that wait "wait_for_partner"), not before its handlers exist.
    const waiting = (): boolean => readdirSync(`/proc/${run.child.pid}/task`)
      .some((task) => readFileSync(`/proc/${run.child.pid}/task/${task}/wchan`, 'utf8').includes('wait_for_partner'));
    for (let tries = 0; tries < 200 && !waiting(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    run.child.kill('SIGTERM');
    const ended = await Promise.race([run.closed, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 15_000))]);
    if (ended === 'still running') run.child.kill('SIGKILL');
    expect(ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(run.err()).toBe('claims: interrupted while waiting for input\n');
    expect(run.out()).toBe('');
  }, 20_000);
});
