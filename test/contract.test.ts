/** Real output validates against the shared JSON Schema, and every span points at its own text. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describeShared, sharedDir, repoRoot } from './helpers/shared.js';
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

  it('validates against claims.schema.json and keeps every span true to the text', async () => {
    const files = [...articles(), ...fixtureArticles()];
    expect(files.length).toBeGreaterThan(500);
    for (const file of files) {
      const { text, warnings } = decode(readFileSync(file));
      const doc = await extractClaims(text, { source: file, warnings });
      for (const explain of [false, true]) {
        const shown = toContract(doc, explain);
        if (!validate(shown)) throw new Error(`${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      }
      for (const span of allSpans(doc)) {
        if (text.slice(span.start, span.end) !== span.text) throw new Error(`${file}: ${span.where} ${JSON.stringify(span.text)} is not text[${span.start}, ${span.end})`);
      }
      for (const c of doc.claims) for (const id of c.entities) expect(doc.entities.some((e) => e.id === id)).toBe(true);
    }
  });
});
