/**
 * A text of many megabytes on one line, as the CLI reads it in a child
 * process: every claim found and every span the text at its offsets, CPU
 * time in proportion to the size, peak memory a few bytes per input byte
 * (the document model alone holds ~50), and Ctrl-C heard between two
 * windows. The files are made at test time; CLAIMS_HUGE_MB sets the size of
 * the large one (default 6; the 50 takes a few minutes), the small
 * one is a tenth of it. Costs are compared within one run, never against
 * fixed times.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt } from '../helpers/dist.js';
import { violations } from '../robustness/invariants.js';
import type { ClaimsDocument } from '../../src/types.js';
import { scratchDir } from '../helpers/scratch.js';

const LARGE_BYTES = Number(process.env.CLAIMS_HUGE_MB ?? 6) * 1_000_000;

const SENTENCES = [
  'Der Chipkonzern Nvidia will in Sachsen rund 5 Milliarden Euro investieren, sagte ein Sprecher am Montag.',
  'Laut Insidern sollen dort mehr als 2.000 Menschen arbeiten; Huawei bestritt, Interesse an dem Standort zu haben.',
  'Die Zahl der Beschäftigten sank um 3 Prozent, teilte das Unternehmen mit.',
  'Anna Brenner, Sprecherin von Siemens, sagte, der Umsatz sei um 4,5 Prozent gestiegen.',
];

/** Sentences, each a claim, on one line of at least `length` characters. */
function oneLine(length: number): { text: string; sentences: number } {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const sentence = SENTENCES[parts.length % SENTENCES.length]!;
    parts.push(sentence);
    size += sentence.length + 1;
  }
  return { text: `${parts.join(' ')}\n`, sentences: parts.length };
}

/** Run in the child: its CPU time and peak memory, as the last line on stderr. */
const REPORT_USAGE = `data:text/javascript,process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('usage ' + JSON.stringify({ rssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }) + '\\n'); })`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  usage: { rssKb: number; cpuMs: number };
  wallMs: number;
  /** Milliseconds from the interruption to the exit (interrupted runs only). */
  stoppedAfterMs?: number;
}

/**
 * Runs the CLI; `interruptWhen` is polled every 20 ms and, once true, the
 * child gets SIGINT. `stopReading`: the reader goes away after the first
 * output (`claims large.txt | head -c 100`).
 */
function run(args: string[], interruptWhen?: (stdout: string) => boolean, stopReading = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_USAGE, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: string[] = [];
    let outLength = 0;
    let err = '';
    let interruptedAt: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      // Only the first bytes are kept for the poll; all of them for the result.
      out.push(chunk);
      outLength += chunk.length;
      if (stopReading) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const poll = interruptWhen && setInterval(() => {
      if (interruptedAt === undefined && interruptWhen(outLength > 0 ? out[0]! : '')) {
        interruptedAt = performance.now();
        child.kill('SIGINT');
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ended = performance.now();
      const usageLine = err.split('\n').find((line) => line.startsWith('usage '));
      resolve({
        code, stdout: out.join(''), stderr: err.replace(/^usage .*\n/m, ''),
        usage: usageLine ? JSON.parse(usageLine.slice('usage '.length)) : { rssKb: NaN, cpuMs: NaN },
        wallMs: ended - started,
        stoppedAfterMs: interruptedAt === undefined ? undefined : ended - interruptedAt,
      });
    });
  });
}

let dir: string;
const large = oneLine(LARGE_BYTES);
const small = oneLine(LARGE_BYTES / 10);
let largeRun: Run;

beforeAll(() => {
  ensureBuilt();
  dir = scratchDir('huge');
  writeFileSync(join(dir, 'large.txt'), large.text);
  writeFileSync(join(dir, 'small.txt'), small.text);
});

describe(`a ${LARGE_BYTES / 1e6} MB article on one line`, () => {
  it('every sentence a claim, every span the text at its offsets; time and memory in proportion to the size', async () => {
    const smallRun = await run(['--quiet', '--format', 'jsonl', join(dir, 'small.txt')]);
    largeRun = await run(['--quiet', '--format', 'jsonl', join(dir, 'large.txt')]);
    expect(largeRun.stderr).toBe('');
    expect(largeRun.code).toBe(0);
    const doc = JSON.parse(largeRun.stdout) as ClaimsDocument;
    expect(doc.claims).toHaveLength(large.sentences);
    expect(violations(large.text, doc)).toEqual([]);
    expect(doc.warnings.join(' ')).toMatch(/read in windows/);

    const cpu = largeRun.usage.cpuMs / smallRun.usage.cpuMs;
    const bytesPerByte = ((largeRun.usage.rssKb - smallRun.usage.rssKb) * 1024) / (large.text.length - small.text.length);
    const what = `ten times the text: ${cpu.toFixed(1)} times the CPU time (${smallRun.usage.cpuMs.toFixed(0)} → ${largeRun.usage.cpuMs.toFixed(0)} ms), `
      + `peak memory ${smallRun.usage.rssKb >> 10} → ${largeRun.usage.rssKb >> 10} MB (${bytesPerByte.toFixed(1)} bytes per added byte)`;
    // Linear is 10 (less: start-up counts in both); quadratic 100.
    expect(cpu, what).toBeLessThan(16);
    // A document model of the whole text: ~50 bytes per byte; windows: under 10.
    expect(bytesPerByte, what).toBeLessThan(20);
  }, 300_000);

  it('Ctrl-C while it is written stops within a window, exit 130', async () => {
    const interrupted = await run(['--format', 'jsonl', join(dir, 'large.txt')], (stdout) => stdout.length > 0);
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/claims: interrupted\n$/);
    expect(interrupted.stdout.length).toBeLessThan(largeRun.stdout.length);
    // A window is a twelfth of the text (6 MB); the whole run took `largeRun.wallMs`.
    expect(interrupted.stoppedAfterMs!, `stopped ${interrupted.stoppedAfterMs!.toFixed(0)} ms after Ctrl-C; the whole run took ${largeRun.wallMs.toFixed(0)} ms`).toBeLessThan(largeRun.wallMs / 2);
  }, 300_000);

  it('a reader that goes away after the first bytes ends the run quietly, without reading the rest', async () => {
    const closed = await run(['--quiet', '--format', 'jsonl', join(dir, 'large.txt')], undefined, true);
    expect(closed.code).toBe(0);
    expect(closed.stderr).toBe('');
    expect(closed.usage.cpuMs, `${closed.usage.cpuMs.toFixed(0)} ms of CPU time; the whole run took ${largeRun.usage.cpuMs.toFixed(0)} ms`).toBeLessThan(largeRun.usage.cpuMs / 2);
  }, 300_000);

  it('Ctrl-C with --out leaves no file, neither the result nor its temporary', async () => {
    const out = join(dir, 'out');
    // Interrupted once the result's temporary file is there: its first part is written.
    const started = (): boolean => {
      try {
        return readdirSync(out).length > 0;
      } catch {
        return false;
      }
    };
    const interrupted = await run(['--out', out, join(dir, 'large.txt')], started);
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/claims: interrupted; so far 0 files/);
    expect(readdirSync(out)).toEqual([]);
  }, 300_000);

  it('--out writes a long article whole, part by part, under its name', async () => {
    const out = join(dir, 'whole');
    const written = await run(['--quiet', '--out', out, join(dir, 'small.txt')]);
    expect(written.code).toBe(0);
    expect(readdirSync(out)).toEqual(['small.txt.claims.json']);
    const doc = JSON.parse(readFileSync(join(out, 'small.txt.claims.json'), 'utf8')) as ClaimsDocument;
    expect(doc.claims).toHaveLength(small.sentences);
    expect(violations(small.text, doc)).toEqual([]);
  }, 300_000);

  it('--format html refuses it, naming the file, the length and the formats that can', async () => {
    const html = await run(['--format', 'html', join(dir, 'large.txt')]);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain(`claims: ${join(dir, 'large.txt')}: too long for --format html (${large.text.length.toLocaleString('en')} characters; at most 500,000): use --format text, json, jsonl or csv\n`);
  }, 300_000);
});
