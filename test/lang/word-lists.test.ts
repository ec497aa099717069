/**
 * Word lists are data a person edits by hand: a word listed twice is a sign
 * that two edits meant different things (or one list grew a copy of another).
 * Every exported list of strings in the language and lexicon modules, also
 * one level inside exported objects, names each word once.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

function repeated(words: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return words.filter((w) => seen.has(w) || !seen.add(w));
}

function stringLists(exports: Record<string, unknown>): Array<[string, readonly string[]]> {
  const lists: Array<[string, readonly string[]]> = [];
  const visit = (name: string, value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every((v) => typeof v === 'string')) lists.push([name, value as string[]]);
    } else if (depth === 0 && value !== null && typeof value === 'object' && !(value instanceof Set) && !(value instanceof Map)) {
      for (const [key, inner] of Object.entries(value)) visit(`${name}.${key}`, inner, 1);
    }
  };
  for (const [name, value] of Object.entries(exports)) visit(name, value, 0);
  return lists;
}

const files = [...modules(join(SRC, 'lang')), ...modules(join(SRC, 'lexicon'))];

describe('word lists name each word once', () => {
  it.each(files.map((f) => relative(SRC, f)))('%s', async (file) => {
    const exports = (await import(join(SRC, file))) as Record<string, unknown>;
    const repeats = stringLists(exports).flatMap(([name, words]) => repeated(words).map((w) => `${name}: ${String(w)}`));
    expect(repeats).toEqual([]);
  });

  it('finds the lists it checks', async () => {
    const { englishEntities } = (await import(join(SRC, 'lang/en/entities.ts'))) as Record<string, unknown>;
    expect(stringLists({ englishEntities }).map(([name]) => name)).toContain('englishEntities.stopWords');
  });
});
