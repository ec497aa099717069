/**
 * The layering the design relies on: extraction knows nothing of the process
 * or the terminal, formatters know nothing of extraction, language words live
 * only under src/lang, and nothing loads compromise (its start-up alone is
 * four times that of node).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
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

  it('keeps no module-level caches or side channels: no module-level Map or Set is written inside a function', () => {
    expect(files.flatMap((f) => writesAfterLoad(f.path, f.text))).toEqual([]);
  });
});

const COLLECTION = /^(?:Weak)?(?:Map|Set)$/;
const WRITES = new Set(['set', 'add', 'delete', 'clear']);

/**
 * "file: name.set" for each write to a module-level `new Map/Set/WeakMap/WeakSet`
 * made inside a function: that can run after load, so the collection is a
 * cache or a side channel. Tables filled by top-level code at load are fine.
 */
function writesAfterLoad(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const collections = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer && ts.isNewExpression(d.initializer)
        && ts.isIdentifier(d.initializer.expression) && COLLECTION.test(d.initializer.expression.text)) collections.add(d.name.text);
    }
  }
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (inFunction && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
      && ts.isIdentifier(node.expression.expression) && collections.has(node.expression.expression.text)
      && WRITES.has(node.expression.name.text)) found.push(`${path}: ${node.expression.getText(source)}`);
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(source, false);
  return found;
}
