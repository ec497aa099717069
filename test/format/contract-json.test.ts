/** Contract JSON without rule ids: the compact fast path writes what the replacer writes. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractJson, withoutRuleMembers, withoutRules } from '../../src/format/contract.js';
import { extractClaims } from '../../src/pipeline.js';
import { repoRoot } from '../helpers/shared.js';

/** What JSON.stringify writes with the replacer: the meaning the fast path must keep. */
const byReplacer = (value: unknown): string => JSON.stringify(value, withoutRules);

describe('rule members cut from compact JSON', () => {
  it('cuts a rule member first, in the middle, last and alone, at any depth', () => {
    const value = {
      rule: 'a.first', id: 'c1',
      items: [{ text: 'x', rule: 'b.middle', start: 0 }, { start: 1, rule: 'c.last' }, { rule: 'd.alone' }, { nested: { rule: 'e.deep', n: [{ rule: 'f' }] } }],
    };
    expect(withoutRuleMembers(JSON.stringify(value))).toBe(byReplacer(value));
    expect(withoutRuleMembers(JSON.stringify(value))).toBe('{"id":"c1","items":[{"text":"x","start":0},{"start":1},{},{"nested":{"n":[{}]}}]}');
  });

  it('leaves text that only looks like a rule member, inside strings and keys', () => {
    const value = {
      text: 'Er schrieb: {"rule":"x"}, dann ,"rule":"y" und „rule“: "z".',
      'odd,"rule":"key': 1,
      rule: 'real.one',
      'ends with {': '"rule":"w"',
      list: ['{"rule":"v"}', ',"rule":"u"'],
    };
    expect(withoutRuleMembers(JSON.stringify(value))).toBe(byReplacer(value));
    expect(JSON.parse(withoutRuleMembers(JSON.stringify(value))).text).toBe(value.text);
  });

  it('keeps a value named rule that is not a string, as the replacer does not', () => {
    // The contract's rule ids are strings; a number under that name would be a bug elsewhere, and it shows.
    expect(withoutRuleMembers(JSON.stringify({ rule: 3 }))).toBe('{"rule":3}');
  });

  it('writes every fixture article exactly as the replacer does', async () => {
    const files = ['de', 'en'].flatMap((l) => readdirSync(join(repoRoot, 'fixtures', l)).filter((f) => f.endsWith('.txt')).map((f) => join(repoRoot, 'fixtures', l, f)));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const doc = await extractClaims(readFileSync(file, 'utf8'), { source: file });
      const json = contractJson(doc, false);
      expect(json, file).toBe(byReplacer(doc));
      expect(json, file).not.toContain('"rule":');
      expect(contractJson(doc, true), file).toBe(JSON.stringify(doc));
    }
  });
});
