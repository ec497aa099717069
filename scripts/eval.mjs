#!/usr/bin/env node
// `npm run eval`: scores the built CLI on ../shared/eval/gold (per language and
// the seed alone) and on the peer dev splits, and fails below the floors in
// scripts/eval-floors.json. Floors only ever rise. Skips, saying why, when
// ../shared is absent (a fresh clone outside this project's workspace).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.CLAIMS_SHARED ?? '../shared');
const floors = JSON.parse(readFileSync(join(root, 'scripts/eval-floors.json'), 'utf8'));
const bin = join(root, 'bin/claims.js');

if (!existsSync(join(shared, 'eval/score.mjs'))) {
  console.log(`eval: skipped: ${shared} is absent (the gold and peer data live outside the repository)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('eval: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'claims-eval-'));
const failures = [];
const extract = (files, out) => {
  const jsonl = execFileSync(process.execPath, [bin, '--format', 'jsonl', '--quiet', ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
  writeFileSync(out, jsonl);
};
const node = (args) => {
  try {
    return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
};
const check = (label, values, mins) => {
  for (const [key, min] of Object.entries(mins)) {
    const v = values[key];
    if (typeof v !== 'number' || v + 1e-9 < min) failures.push(`${label} ${key} ${typeof v === 'number' ? v.toFixed(3) : v} < floor ${min}`);
  }
};
const goldScore = (pred, goldDir, extra) => {
  // score.mjs prints its JSON, then a one-line summary.
  const raw = node([join(shared, 'eval/score.mjs'), '--pred', pred, '--gold', goldDir, '--json', ...extra]);
  const out = JSON.parse(raw.slice(0, raw.lastIndexOf('\n}') + 2));
  const s = out.summary;
  return {
    entities_f1: s.entities.f1, quantities_f1: s.quantities.f1, money_f1: s.money.f1, attr_f1: s.attr.f1,
    attr_strict_f1: s.attr_strict.f1, stance_acc: s.stance_acc ?? 0, org_f1: s.org.f1, chip_f1: s.chip.f1, person_f1: s.person.f1,
    unit_acc: s.unit_acc, qualifier_acc: s.qualifier_acc,
  };
};
const fmt = (o) => Object.entries(o).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toFixed(3) : v}`).join(' · ');

try {
  // Gold articles, all in one run.
  const goldDir = join(shared, 'eval/gold');
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ gold: f, ...JSON.parse(readFileSync(join(goldDir, f), 'utf8')) }));
  const article = (file) => [join(shared, file), join(shared, 'corpus', file)].find(existsSync);
  const pred = join(tmp, 'gold.jsonl');
  extract(golds.map((g) => article(g.file)).filter(Boolean), pred);
  for (const lang of ['de', 'en']) {
    const s = goldScore(pred, goldDir, ['--lang', lang]);
    console.log(`gold ${lang}: ${fmt(s)}`);
    check(`gold ${lang}`, s, floors.gold[lang]);
  }
  // The seed alone: the article this product grew from must stay perfect.
  const seedDir = join(tmp, 'seed-gold');
  execFileSync('mkdir', ['-p', seedDir]);
  for (const g of golds.filter((x) => x.file.startsWith('seeds/'))) writeFileSync(join(seedDir, g.gold), JSON.stringify(g));
  if (readdirSync(seedDir).length) {
    const s = goldScore(pred, seedDir, []);
    console.log(`seed: ${fmt(s)}`);
    check('seed', s, floors.seed);
  }

  // Peer dev splits.
  const peer = (name) => join(shared, 'peer', name, 'dev');
  const txts = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const wn = join(tmp, 'wn.jsonl');
  extract(txts(peer('wikinews-de')), wn);
  const w = JSON.parse(node([join(shared, 'peer/score-wikinews.mjs'), '--pred', wn, '--gold', peer('wikinews-de'), '--json']));
  const wv = { speaker_f1: w.full.perPart.speaker.f, cue_f1: w.full.perPart.cue.f, quote_f1: w.full.perPart.quote.f, joint_f1: w.full.joint.f };
  console.log(`wikinews-de dev: ${fmt(wv)}`);
  check('wikinews-de dev', wv, floors.wikinews_dev);
  const pn = join(tmp, 'pn.jsonl');
  extract(txts(peer('polnear-en')), pn);
  const p = JSON.parse(node([join(shared, 'peer/score-polnear.mjs'), '--pred', pn, '--gold', peer('polnear-en'), '--json']));
  const pv = { source_exact_f1: p.source.exact.f, cue_exact_f1: p.cue.exact.f, content_exact_f1: p.content.exact.f };
  console.log(`polnear-en dev: ${fmt(pv)}`);
  check('polnear-en dev', pv, floors.polnear_dev);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`eval: below the floor:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('eval: every score is at or above its floor');
