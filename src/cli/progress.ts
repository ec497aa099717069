/**
 * The batch's voice on stderr: messages (failures, warnings) and, on a
 * terminal, a progress bar (files done, articles/s, ETA) redrawn in place at
 * most a few times a second. Messages clear the bar, print, and let it redraw.
 */
import type { OutputStream } from './io.js';

export interface Reporter {
  /** True when it draws a bar (worth counting the articles for). */
  readonly live: boolean;
  /** A line on stderr (without its newline). */
  message(line: string): void;
  /** One more article done (or failed or skipped). */
  advance(): void;
  /** The number of articles, once a count has found it. */
  setTotal(total: number): void;
  /** Removes the bar; messages after this go straight to stderr. */
  finish(): void;
}

/** Messages only: a pipe, --quiet, or output on the same terminal. */
export function plainReporter(stderr: OutputStream): Reporter {
  return {
    live: false,
    message: (line) => void stderr.write(`${line}\n`),
    advance: () => undefined,
    setTotal: () => undefined,
    finish: () => undefined,
  };
}

const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[2K';

export function progressReporter(stderr: OutputStream, now: () => number = () => performance.now()): Reporter {
  const started = now();
  let done = 0;
  let total: number | null = null;
  let drawn = false;
  let lastDraw = -Infinity;

  const draw = (): void => {
    lastDraw = now();
    stderr.write(CLEAR_LINE + progressLine(done, total, (lastDraw - started) / 1000, stderr.columns || 80));
    drawn = true;
  };
  const clear = (): void => {
    if (drawn) stderr.write(CLEAR_LINE);
    drawn = false;
  };
  return {
    live: true,
    message(line) {
      clear();
      stderr.write(`${line}\n`);
      draw();
    },
    advance() {
      done++;
      if (now() - lastDraw >= REDRAW_MS) draw();
    },
    setTotal(count) {
      total = count;
    },
    finish: clear,
  };
}

/** "[█████░░░░░] 120/579 · 35.2 articles/s · ETA 0:13", fitted to the terminal's width. */
export function progressLine(done: number, total: number | null, seconds: number, columns: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [total === null ? `${done} files` : `${done}/${total}`, `${rate.toFixed(1)} articles/s`];
  if (total !== null && rate > 0 && done <= total) parts.push(`ETA ${clock((total - done) / rate)}`);
  const text = parts.join(' · ');
  const room = columns - text.length - 4;
  if (total === null || total === 0 || room < 10) return text.slice(0, Math.max(0, columns - 1));
  const width = Math.min(30, room);
  const filled = Math.min(width, Math.round((done / total) * width));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
