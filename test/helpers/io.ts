import { Readable } from 'node:stream';
import type { Io, OutputStream } from '../../src/cli/io.js';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

class Capture implements OutputStream {
  chunks: string[] = [];
  constructor(readonly isTTY: boolean) {}
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
}

/** An Io whose stdout and stderr are captured; stdin is the given text (or a terminal when absent). */
export function fakeIo(options: { stdin?: string; env?: Record<string, string>; cwd?: string; tty?: boolean } = {}): FakeIo {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = options.stdin === undefined;
  return {
    stdout, stderr, stdin,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => stdout.chunks.join(''),
    err: () => stderr.chunks.join(''),
  };
}
