/**
 * Renderings on their way from a worker to the output: sent as UTF-8 bytes,
 * made strings again only when written. Light on purpose: the main thread of
 * a parallel run imports this and never the pipeline.
 */
import type { TaskResult } from './task.js';

/** The rendering of a result at one of its task's `indices` (by position in them), as a string. */
export function renderingAt(texts: ReadonlyArray<string | Uint8Array>, at: number): string {
  const text = texts[at]!;
  return typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8');
}

/**
 * A worker's result ready to post: its renderings as UTF-8 bytes, with the
 * buffers to transfer. Posting strings copies them into the main thread's
 * heap, where a run's waiting results made its young generation grow
 * (4 → 17 MB over 10× the corpus).
 */
export function encodedForPosting(result: TaskResult): { result: TaskResult; transfer: ArrayBuffer[] } {
  if (!result.ok || result.texts.length === 0) return { result, transfer: [] };
  const encoder = new TextEncoder();
  const texts = result.texts.map((text) => (typeof text === 'string' ? encoder.encode(text) : text));
  return { result: { ...result, texts }, transfer: texts.map((bytes) => bytes.buffer as ArrayBuffer) };
}
