/**
 * Bytes to text. The BOM is removed and nothing else is changed, so every
 * offset the pipeline reports points into exactly this string.
 */
export interface Decoded {
  text: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** The input's name, when it has one: its ending may tell the format. */
  path?: string;
}

export function decode(bytes: Uint8Array, _options: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings };
  } catch {
    warnings.push('input is not valid UTF-8; decoded as windows-1252');
    return { text: new TextDecoder('windows-1252').decode(body), warnings };
  }
}
