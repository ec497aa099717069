/** Real output validates against the shared JSON Schema, and every span points at its own text. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describeShared, hasShared, sharedDir, repoRoot } from './helpers/shared.js';
import { allSpans } from './helpers/extract.js';
import { extractClaims } from '../src/pipeline.js';
import { decode } from '../src/stages/decode.js';
import { toContract } from '../src/format/contract.js';

function articles(): string[] {
  const dirs = ['corpus/de', 'corpus/en', 'corpus/chips-de', 'seeds'].map((d) => join(sharedDir, d));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
}

function fixtureArticles(): string[] {
  return ['de', 'en'].flatMap((l) => readdirSync(join(repoRoot, 'fixtures', l)).filter((f) => f.endsWith('.txt')).map((f) => join(repoRoot, 'fixtures', l, f)));
}

describeShared('output contract over every shared article', () => {
  const schema = JSON.parse(readFileSync(join(sharedDir, 'contract/claims.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  const files = hasShared ? [...articles(), ...fixtureArticles()] : [];

  it('covers every corpus article and fixture', () => {
    expect(files.length).toBeGreaterThan(500);
  });

  // One test per article: a failure names the article, and no single test runs long.
  it.each(files.map((file) => [relative(sharedDir, file), file]))('%s validates and keeps every span true to the text', async (_name, file) => {
    const { text, warnings } = decode(readFileSync(file));
    const doc = await extractClaims(text, { source: file, warnings });
    for (const explain of [false, true]) {
      const shown = toContract(doc, explain);
      if (!validate(shown)) throw new Error(`${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    for (const span of allSpans(doc)) {
      if (text.slice(span.start, span.end) !== span.text) throw new Error(`${file}: ${span.where} ${JSON.stringify(span.text)} is not text[${span.start}, ${span.end})`);
    }
    const ids = new Set(doc.entities.map((e) => e.id));
    expect(doc.claims.flatMap((c) => c.entities).filter((id) => !ids.has(id))).toEqual([]);
  });
});
