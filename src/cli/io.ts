/** Everything the CLI touches of the process, injectable for tests. */
import { OutputClosedError } from './errors.js';

export interface OutputStream {
  write(chunk: string): boolean;
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  removeListener?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  /** True once the reader went away (`claims big.txt | head -1`). */
  readonly destroyed?: boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function nodeIo(): Io {
  // A reader that stops reading (EPIPE) is not an error of ours: the stream is
  // destroyed, and the next write() ends the run quietly.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', ignoreStreamError);
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

function ignoreStreamError(): void {}

/**
 * Writes and waits for the stream to drain when its buffer is full, so memory
 * stays flat. Throws OutputClosedError once nobody reads the stream any more:
 * it is destroyed, or it closed or failed while we waited (process.stdout on
 * a pipe is never marked destroyed; it closes again with every write).
 */
export async function write(stream: OutputStream, chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (stream.destroyed) throw new OutputClosedError();
  if (!stream.write(chunk) && stream.once) {
    const closed = await new Promise<boolean>((resolve) => {
      const done = (closing: boolean) => (): void => {
        stream.removeListener?.('drain', drained);
        stream.removeListener?.('close', gone);
        stream.removeListener?.('error', gone);
        resolve(closing);
      };
      const drained = done(false);
      const gone = done(true);
      stream.once!('drain', drained);
      stream.once!('close', gone);
      stream.once!('error', gone);
    });
    if (closed || stream.destroyed) throw new OutputClosedError();
  }
}

/** Output as a formatter made it: one string, or (a long article) parts to write one after another. */
export type Rendering = string | AsyncIterable<string>;

/** Writes a rendering part by part, waiting for the stream to drain after each as `write` does. */
export async function writeRendering(stream: OutputStream, rendering: Rendering): Promise<void> {
  if (typeof rendering === 'string') return write(stream, rendering);
  for await (const part of rendering) await write(stream, part);
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
