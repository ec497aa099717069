/** `claims lint`: output formats, GitHub workflow commands, --disable/--error and exit codes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { escapeData, escapeProperty, findingAsGithub, findingAsText } from '../src/lint/report.js';
import type { Finding } from '../src/lint/index.js';
import { fakeIo } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

// The second figure has no source while the first one is attributed.
const DRAFT = 'Alibaba buys chips\n\nAlibaba bought 5,000 chips from Nvidia last year, Huawei said.\nAlibaba plans to buy another 3,000 chips next year.\n';

function drafts(): string {
  const dir = scratchDir('lint');
  writeFileSync(join(dir, 'draft.txt'), DRAFT);
  return dir;
}

async function lint(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ cwd: dir });
  const code = await main(['lint', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const FINDING: Finding = {
  file: 'drafts/q3, final: v2.txt', rule: 'unsourced-figure', severity: 'warning',
  message: 'figure “50 %” has no source', line: 3, column: 7, endLine: 3, endColumn: 11,
  sentence: 'Die Marge stieg um 50 %\r\nim Quartal.',
};

describe('claims lint', () => {
  it('prints findings with file, line, column, rule and sentence, and exits 0 for warnings', async () => {
    const result = await lint(drafts(), 'draft.txt');
    expect(result.code).toBe(0);
    expect(result.out).toContain('draft.txt:4:30 warning unsourced-figure  figure “3,000 chips” has no source');
    expect(result.out).toContain('\n    Alibaba plans to buy another 3,000 chips next year.\n');
    expect(result.out).toMatch(/0 errors, \d+ warnings? in 1 article\n$/);
  });

  it('exits 1 when a rule made an error finds something, 0 when that rule is disabled', async () => {
    const dir = drafts();
    const failing = await lint(dir, '--error', 'unsourced-figure', 'draft.txt');
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('draft.txt:4:30 error unsourced-figure');
    const disabled = await lint(dir, '--error', 'unsourced-figure', '--disable', 'unsourced-figure,denial-missing', 'draft.txt');
    expect(disabled.code).toBe(0);
    expect(disabled.out).not.toContain('unsourced-figure');
    expect((await lint(dir, '--error', 'all', '--format', 'json', 'draft.txt')).code).toBe(1);
  });

  it('writes GitHub Actions workflow commands with --format github', async () => {
    const result = await lint(drafts(), '--format', 'github', '--error', 'unsourced-figure', 'draft.txt');
    expect(result.code).toBe(1);
    const lines = result.out.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^::(warning|error) file=draft\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=claims [a-z-]+::[^\n]+$/);
    expect(lines).toContain('::error file=draft.txt,line=4,col=30,endLine=4,endColumn=41,title=claims unsourced-figure::figure “3,000 chips” has no source, while the article\'s other figure sentence is attributed%0AAlibaba plans to buy another 3,000 chips next year.');
  });

  it('writes one JSON array of findings with --format json', async () => {
    const result = await lint(drafts(), '--format', 'json', 'draft.txt');
    const findings = JSON.parse(result.out) as Finding[];
    expect(findings).toContainEqual(expect.objectContaining({
      file: 'draft.txt', rule: 'unsourced-figure', severity: 'warning', line: 4, column: 30,
      sentence: 'Alibaba plans to buy another 3,000 chips next year.',
    }));
  });

  it('reads a piped draft and reports unreadable paths with exit 2', async () => {
    const io = fakeIo({ stdin: DRAFT });
    expect(await main(['lint', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out())[0].file).toBe('-');
    const missing = await lint(drafts(), 'draft.txt', 'gone.txt');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('claims: gone.txt: no such file or directory\n');
  });

  it('lists every rule with what it finds in its help', async () => {
    const io = fakeIo();
    expect(await main(['lint', '--help'], io)).toBe(0);
    expect(io.out()).toContain('  single-source     the article\'s contested claims rest on one source\n');
    expect(io.out()).toMatch(/Exit codes: 0 no error-level finding/);
  });

  it('rejects an unknown rule id with exit 2, listing the rules', async () => {
    const result = await lint(drafts(), '--disable', 'unsourced-figures', 'draft.txt');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--disable: unknown rule "unsourced-figures" (rules: unsourced-figure, anonymous-only, single-source, denial-missing, all)');
  });
});

describe('github format', () => {
  it('escapes %, CR and LF in the message and also ":" and "," in properties', () => {
    expect(escapeData('50 %\r\nmehr')).toBe('50 %25%0D%0Amehr');
    expect(escapeProperty('a, b: c%')).toBe('a%2C b%3A c%25');
    expect(findingAsGithub(FINDING)).toBe(
      '::warning file=drafts/q3%2C final%3A v2.txt,line=3,col=7,endLine=3,endColumn=11,title=claims unsourced-figure::figure “50 %25” has no source%0ADie Marge stieg um 50 %25 im Quartal.\n',
    );
    expect(findingAsGithub({ ...FINDING, severity: 'error', file: 'drafts\\win.txt' })).toMatch(/^::error file=drafts\/win\.txt,/);
  });

  it('text puts the sentence on one line below the finding', () => {
    expect(findingAsText(FINDING)).toBe('drafts/q3, final: v2.txt:3:7 warning unsourced-figure  figure “50 %” has no source\n    Die Marge stieg um 50 % im Quartal.\n');
  });
});
