/**
 * Cheaper-to-compile forms of character classes, checked over every code
 * point: each must match exactly the characters the form it replaces matched.
 */
import { describe, expect, it } from 'vitest';

/** The code points (as strings) where two single-character patterns disagree. */
function disagreements(a: RegExp, b: RegExp): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const ch = String.fromCodePoint(cp);
    if (a.test(ch) !== b.test(ch)) out.push(cp.toString(16));
  }
  return out;
}

describe('class unions as alternatives of property escapes, without the i flag', () => {
  it('[\\p{L}\\p{M}] under iu is (?:\\p{L}|\\p{M}) under u', () => {
    expect(disagreements(/^[\p{L}\p{M}]$/iu, /^(?:\p{L}|\p{M})$/u)).toEqual([]);
  });
  it('[\\p{L}\\p{M}\\p{N}] under iu is (?:\\p{L}|\\p{M}|\\p{N}) under u', () => {
    expect(disagreements(/^[\p{L}\p{M}\p{N}]$/iu, /^(?:\p{L}|\p{M}|\p{N})$/u)).toEqual([]);
  });
  it("[-'’] under iu is the same under u", () => {
    expect(disagreements(/^[-'’]$/iu, /^[-'’]$/u)).toEqual([]);
  });
});

describe('class unions as alternatives of property escapes, same flags', () => {
  it('match the same characters as the classes they replace', () => {
    expect(disagreements(/^[\p{L}\p{N}]$/u, /^(?:\p{L}|\p{N})$/u)).toEqual([]);
    expect(disagreements(/^[\p{L}\p{M}]$/u, /^(?:\p{L}|\p{M})$/u)).toEqual([]);
    expect(disagreements(/^[\p{Ll}\p{N}]$/u, /^(?:\p{Ll}|\p{N})$/u)).toEqual([]);
    expect(disagreements(/^[\p{Lu}\p{N}&]$/u, /^(?:\p{Lu}|\p{N}|&)$/u)).toEqual([]);
  });
});
