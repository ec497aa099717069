/**
 * The layering the design relies on: extraction knows nothing of the process
 * or the terminal, formatters know nothing of extraction, language words live
 * only under src/lang, and nothing loads compromise (its start-up alone is
 * four times that of node).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/shared.js';

const src = join(repoRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = sources(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));
const importsOf = (text: string): string[] => [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('keeps process, terminal and option parsing out of extraction and formatting', () => {
    const pure = files.filter((f) => !f.path.startsWith('cli/'));
    const offenders = pure.flatMap((f) => importsOf(f.text).filter((i) => /^node:|^(fs|path|os|chalk|commander)$/.test(i)).map((i) => `${f.path} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('keeps formatters free of extraction code', () => {
    const offenders = files.filter((f) => f.path.startsWith('format/'))
      .flatMap((f) => importsOf(f.text).filter((i) => /stages\/|lang\/|pipeline|lexicon\//.test(i)).map((i) => `${f.path} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('never imports compromise (only the benchmark runs it, as its baseline)', () => {
    const offenders = files.filter((f) => importsOf(f.text).some((i) => i.startsWith('compromise')));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('never branches on the language outside src/lang', () => {
    const offenders = files.filter((f) => !f.path.startsWith('lang/') && /(?:lang|language|code)\s*===?\s*['"](?:de|en)['"]/.test(f.text));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('loads no extraction code in the main thread of a parallel batch before it needs it', () => {
    // Value imports only: `import type` and `{ type X }` vanish from the compiled JavaScript.
    const valueImportsOf = (text: string): string[] => [...text.matchAll(/^(?:import|export) (?!type\b)([^;]*?) from '(\.[^']+)'/gm)]
      .filter((m) => !/^\{[^}]*\}$/.test(m[1]!.trim()) || m[1]!.replace(/[{}\s]/g, '').split(',').some((name) => name !== '' && !name.startsWith('type')))
      .map((m) => m[2]!);
    const loaded = new Set<string>();
    const visit = (path: string): void => {
      if (loaded.has(path)) return;
      loaded.add(path);
      const text = files.find((f) => f.path === path)?.text ?? '';
      for (const spec of valueImportsOf(text)) visit(join(path, '..', spec).replace(/\.js$/, '.ts'));
    };
    for (const entry of ['cli/main.ts', 'cli/commands/extract.ts', 'cli/commands/stats.ts']) visit(entry);
    // Workers load the pipeline at once; the main thread only reads, orders and writes.
    expect([...loaded].filter((path) => /^(?:pipeline|cli\/task|cli\/article)\.ts$|^(?:stages|lang|lexicon)\//.test(path))).toEqual([]);
    expect(loaded.has('cli/batch.ts')).toBe(true);
  });

  it('uses no ASCII-only word boundaries in regular expressions', () => {
    const offenders = files.filter((f) => /\/[^/\n]*\\b[^/\n]*\/[gimsuy]*|'[^'\n]*\\\\b[^'\n]*'/.test(f.text));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});
