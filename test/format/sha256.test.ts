import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../../src/format/sha256.js';

describe('sha256Base64', () => {
  it('matches node:crypto on empty, block-boundary and non-ASCII input', () => {
    for (const input of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'Grüße €😀 '.repeat(40)]) {
      expect(sha256Base64(input)).toBe(createHash('sha256').update(input, 'utf8').digest('base64'));
    }
  });
});
