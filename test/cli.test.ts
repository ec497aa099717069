import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { resolveColorLevel } from '../src/cli/color.js';
import { fakeIo } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

const ARTICLE = 'Nvidia baut neues Werk\n\nDer Konzern Nvidia will 100 Prozent mehr Chips bauen, sagte ein Sprecher.\n';

function tempDir(): string {
  return scratchDir('cli');
}

describe('claims (main)', () => {
  it('prints help when run on a terminal with no input', async () => {
    const io = fakeIo();
    expect(await main([], io)).toBe(0);
    expect(io.out()).toContain('Usage: claims');
    expect(io.out()).toContain('Examples:');
  });

  it('prints the version of package.json with --version and -V', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const io = fakeIo();
      expect(await main([flag], io)).toBe(0);
      expect(io.out()).toBe(`${version}\n`);
    }
  });

  it('tells a warning once on a terminal, where the text report shows it, and on stderr when the report goes elsewhere', async () => {
    const dir = tempDir();
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><article><h1>Werk</h1><p>Der Konzern Nvidia baut 3 Werke, sagte ein Sprecher.</p></article></body></html>');
    const onTerminal = fakeIo({ tty: true });
    expect(await main([page], onTerminal)).toBe(0);
    expect(onTerminal.out()).toContain('warning: input is HTML');
    expect(onTerminal.err()).not.toContain('warning');
    const piped = fakeIo();
    expect(await main([page], piped)).toBe(0);
    expect(piped.err()).toContain('page.html: warning: input is HTML');
  });

  it('reads piped stdin when no path is given', async () => {
    const io = fakeIo({ stdin: ARTICLE });
    expect(await main(['--format', 'jsonl'], io)).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.source).toBe('-');
    expect(doc.language).toBe('de');
    expect(doc.title).toBe('Nvidia baut neues Werk');
    expect(doc.claims[0]).not.toHaveProperty('rule');
  });

  it('names the rule of every item with --explain', async () => {
    const io = fakeIo({ stdin: ARTICLE });
    await main(['--format', 'json', '--explain'], io);
    const doc = JSON.parse(io.out());
    expect(doc.entities[0].rule).toMatch(/^entity\./);
  });

  it('reports an unreadable path with exit 2 and still processes the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const io = fakeIo({ cwd: dir });
    expect(await main(['--format', 'jsonl', 'missing.txt', 'a.txt'], io)).toBe(2);
    expect(io.err()).toBe('claims: missing.txt: no such file or directory\n');
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  it('writes a JSON array for a folder, files in sorted order', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'b.txt'), ARTICLE);
    writeFileSync(join(dir, 'in', 'sub', 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'in', '.hidden.txt'), ARTICLE);
    writeFileSync(join(dir, 'in', 'notes.pdf'), 'x');
    const io = fakeIo({ cwd: dir });
    expect(await main(['--format', 'json', 'in'], io)).toBe(0);
    expect(JSON.parse(io.out()).map((d: { source: string }) => d.source)).toEqual([join('in', 'b.txt'), join('in', 'sub', 'a.txt')]);
  });

  it('rejects an unknown format with a hint and exit 2', async () => {
    const io = fakeIo({ stdin: ARTICLE });
    expect(await main(['--format', 'xml'], io)).toBe(2);
    expect(io.err()).toContain("argument 'xml' is invalid");
    expect(io.err()).toContain("Run 'claims --help'");
  });

  it('colors text only when asked or on a terminal', async () => {
    const plain = fakeIo({ stdin: ARTICLE });
    await main([], plain);
    expect(plain.out()).not.toContain('\u001b[');
    const forced = fakeIo({ stdin: ARTICLE });
    await main(['--color'], forced);
    expect(forced.out()).toContain('\u001b[');
  });

  it('takes --color=always, never and auto as ls and git spell them', async () => {
    const always = fakeIo({ stdin: ARTICLE });
    expect(await main(['--color=always'], always)).toBe(0);
    expect(always.out()).toContain('\u001b[');
    const never = fakeIo({ stdin: ARTICLE, tty: true });
    expect(await main(['--color=never'], never)).toBe(0);
    expect(never.out()).not.toContain('\u001b[');
    const autoOnTerminal = fakeIo({ stdin: ARTICLE, tty: true });
    expect(await main(['--color=auto'], autoOnTerminal)).toBe(0);
    expect(autoOnTerminal.out()).toContain('\u001b[');
    const autoOnPipe = fakeIo({ stdin: ARTICLE });
    expect(await main(['--color=auto'], autoOnPipe)).toBe(0);
    expect(autoOnPipe.out()).not.toContain('\u001b[');
    const wrong = fakeIo({ stdin: ARTICLE });
    expect(await main(['--color=sometimes'], wrong)).toBe(2);
    expect(wrong.err()).toContain('--color=sometimes: say always, never or auto');
  });
});

describe('color level', () => {
  it('follows flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(resolveColorLevel(false, { FORCE_COLOR: '3' }, true)).toBe(0);
    expect(resolveColorLevel(undefined, { NO_COLOR: '1' }, true)).toBe(0);
    expect(resolveColorLevel(undefined, { FORCE_COLOR: '1' }, false)).toBe(1);
    expect(resolveColorLevel(undefined, {}, true)).toBe(2);
    expect(resolveColorLevel(undefined, {}, false)).toBe(0);
    expect(resolveColorLevel(true, { NO_COLOR: '1' }, false)).toBeGreaterThan(0);
  });
});
