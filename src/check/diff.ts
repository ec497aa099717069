/**
 * What changed between a snapshot and a new extraction, in words a reviewer
 * reads without opening the JSON: "claim c4: attribution anonymous(3) → none",
 * "new quantity 30000 chip “30.000”", "entity Nvidia: type company → media".
 *
 * Items are paired by what they are, not by position or id: entities by
 * name, claims by sentence, figures and attributions by span. A new claim
 * early in an article therefore shows as one new claim, not as every later
 * claim renumbered.
 */
import type { Attribution, Claim, ClaimsDocument, Entity, Money, Quantity, Span } from '../types.js';

const QUOTE_WIDTH = 60;

/** Every difference between `expected` (the snapshot) and `actual`, one sentence each; empty when they are equal. */
export function diffDocuments(expected: ClaimsDocument, actual: ClaimsDocument): string[] {
  const changes = [
    ...diffHeader(expected, actual),
    ...diffEntities(expected.entities, actual.entities),
    ...diffClaims(expected, actual),
  ];
  if (changes.length === 0) changes.push(...diffFields(expected, actual, ''));
  return changes;
}

function diffHeader(expected: ClaimsDocument, actual: ClaimsDocument): string[] {
  const changes: string[] = [];
  if (expected.language !== actual.language) changes.push(`language ${expected.language} → ${actual.language}`);
  if (expected.title !== actual.title) changes.push(`title ${quoteOrNone(expected.title)} → ${quoteOrNone(actual.title)}`);
  if (expected.published !== actual.published) changes.push(`published ${expected.published ?? 'none'} → ${actual.published ?? 'none'}`);
  const before = new Set(expected.warnings);
  const after = new Set(actual.warnings);
  for (const w of actual.warnings) if (!before.has(w)) changes.push(`new warning ${quote(w)}`);
  for (const w of expected.warnings) if (!after.has(w)) changes.push(`lost warning ${quote(w)}`);
  return changes;
}

function diffEntities(expected: readonly Entity[], actual: readonly Entity[]): string[] {
  const changes: string[] = [];
  const sameName = (a: Entity, b: Entity): boolean => a.name === b.name;
  const pairs = pairBy(expected, actual, [(a, b) => sameName(a, b) && a.type === b.type, sameName], (e) => e.mentions[0]?.start ?? 0);
  for (const { before: old, after: now } of pairs) {
    if (!old && now) changes.push(`new entity ${now.name} (${now.type})`);
    if (old && !now) changes.push(`lost entity ${old.name} (${old.type})`);
    if (!old || !now) continue;
    const prefix = `entity ${old.name}:`;
    for (const field of ['type', 'vendor', 'organization', 'role'] as const) {
      if ((old[field] ?? null) !== (now[field] ?? null)) changes.push(`${prefix} ${field} ${old[field] ?? 'none'} → ${now[field] ?? 'none'}`);
    }
    const key = (m: Span): string => `${m.start}:${m.end}:${m.text}`;
    const oldKeys = new Set(old.mentions.map(key));
    const newKeys = new Set(now.mentions.map(key));
    for (const m of now.mentions) if (!oldKeys.has(key(m))) changes.push(`${prefix} new mention ${quote(m.text)} at ${m.start}`);
    for (const m of old.mentions) if (!newKeys.has(key(m))) changes.push(`${prefix} lost mention ${quote(m.text)} at ${m.start}`);
  }
  return changes;
}

function diffClaims(expected: ClaimsDocument, actual: ClaimsDocument): string[] {
  const changes: string[] = [];
  const pairs = pairClaims(expected.claims, actual.claims);
  const namesBefore = new Map(expected.entities.map((e) => [e.id, e.name]));
  const namesAfter = new Map(actual.entities.map((e) => [e.id, e.name]));
  for (const pair of pairs) {
    const { before, after } = pair;
    if (!before && after) {
      changes.push(`new claim ${after.id} ${quote(after.text)}`);
      continue;
    }
    if (before && !after) {
      changes.push(`lost claim ${before.id} ${quote(before.text)}`);
      continue;
    }
    if (!before || !after) continue;
    const prefix = before.id === after.id ? `claim ${before.id}:` : `claim ${before.id} (now ${after.id}):`;
    const claimChanges: string[] = [];
    if (before.text !== after.text) claimChanges.push(`sentence ${quoteChange(before.text, after.text)}`);
    else if (before.start !== after.start) claimChanges.push(`moved from ${before.start} to ${after.start}`);
    const entitiesBefore = new Set(before.entities.map((id) => namesBefore.get(id) ?? id));
    const entitiesAfter = new Set(after.entities.map((id) => namesAfter.get(id) ?? id));
    for (const name of entitiesAfter) if (!entitiesBefore.has(name)) claimChanges.push(`now mentions ${name}`);
    for (const name of entitiesBefore) if (!entitiesAfter.has(name)) claimChanges.push(`no longer mentions ${name}`);
    claimChanges.push(...diffFigures('quantity', before.quantities, after.quantities, describeQuantity));
    claimChanges.push(...diffFigures('money', before.money, after.money, describeMoney));
    claimChanges.push(...diffAttributions(before.attributions, after.attributions));
    changes.push(...claimChanges.map((c) => `${prefix} ${c}`));
  }
  return changes;
}

interface Pair<T> {
  before?: T;
  after?: T;
}

/** Claims are the same claim when they are the same sentence: same text (and place, if repeated), or overlapping spans. */
function pairClaims(expected: readonly Claim[], actual: readonly Claim[]): Array<Pair<Claim>> {
  const strategies: Array<(a: Claim, b: Claim) => boolean> = [
    (a, b) => a.text === b.text && a.start === b.start,
    (a, b) => a.text === b.text,
    overlaps,
  ];
  return pairBy(expected, actual, strategies, (c) => c.start);
}

/** Pairs items by each strategy in turn; the rest stay unpaired. Result in text order. */
function pairBy<T>(expected: readonly T[], actual: readonly T[], strategies: ReadonlyArray<(a: T, b: T) => boolean>, position: (x: T) => number): Array<Pair<T>> {
  const pairs: Array<Pair<T>> = [];
  const unpairedBefore = new Set(expected);
  const unpairedAfter = new Set(actual);
  for (const same of strategies) {
    for (const a of unpairedBefore) {
      const b = [...unpairedAfter].find((x) => same(a, x));
      if (b === undefined) continue;
      pairs.push({ before: a, after: b });
      unpairedBefore.delete(a);
      unpairedAfter.delete(b);
    }
  }
  for (const a of unpairedBefore) pairs.push({ before: a });
  for (const b of unpairedAfter) pairs.push({ after: b });
  const at = (p: Pair<T>): number => position((p.after ?? p.before)!);
  return pairs.sort((x, y) => at(x) - at(y));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function diffFigures<T extends Quantity | Money>(kind: string, before: readonly T[], after: readonly T[], describe: (x: T) => string): string[] {
  const changes: string[] = [];
  for (const { before: a, after: b } of pairBy(before, after, [(x, y) => x.start === y.start && x.end === y.end, overlaps], (x) => x.start)) {
    if (!a && b) changes.push(`new ${kind} ${describe(b)} ${quote(b.text)}`);
    else if (a && !b) changes.push(`lost ${kind} ${describe(a)} ${quote(a.text)}`);
    else if (a && b) {
      if (describe(a) !== describe(b)) changes.push(`${kind} ${quote(a.text)}: ${describe(a)} → ${describe(b)}`);
      if (a.text !== b.text || a.start !== b.start) changes.push(`${kind} ${describe(b)}: ${quote(a.text)} → ${quote(b.text)}`);
    }
  }
  return changes;
}

/** "more_than 250000 chip", "12.5 percent" */
export function describeQuantity(q: Quantity): string {
  return [q.qualifier, String(q.value), q.unit].filter((x) => x !== null).join(' ');
}

/** "about 1200000000 USD" */
export function describeMoney(m: Money): string {
  return [m.qualifier, String(m.value), m.currency].filter((x) => x !== null).join(' ');
}

function diffAttributions(before: readonly Attribution[], after: readonly Attribution[]): string[] {
  const changes: string[] = [];
  // The one attribution of a sentence that changed its span is still that sentence's attribution: pair leftovers in order.
  const pairs = pairBy(before, after, [(x, y) => x.start === y.start && x.end === y.end, overlaps, () => true], (x) => x.start);
  for (const { before: a, after: b } of pairs) {
    if (!a && b) changes.push(before.length === 0 ? `attribution none → ${describeAttribution(b)}` : `new attribution ${describeAttribution(b)}`);
    else if (a && !b) changes.push(after.length === 0 ? `attribution ${describeAttribution(a)} → none` : `lost attribution ${describeAttribution(a)}`);
    else if (a && b) {
      const was = describeAttribution(a);
      if (was !== describeAttribution(b)) changes.push(`attribution ${was} → ${describeAttribution(b)}`);
      if (a.cue !== b.cue) changes.push(`attribution ${was}: cue ${quote(a.cue)} → ${quote(b.cue)}`);
      if (a.source.text !== b.source.text) changes.push(`attribution ${was}: source ${quote(a.source.text)} → ${quote(b.source.text)}`);
      if (a.text !== b.text || a.start !== b.start) changes.push(`attribution ${was}: phrase ${quote(a.text)} → ${quote(b.text)}`);
    }
  }
  return changes;
}

/** "anonymous(3)", "spokesperson Anna Keller (Nvidia) confirms", "organization (Alibaba) declines, inherited" */
export function describeAttribution(a: Attribution): string {
  const { type, count, name, organization } = a.source;
  let text = count === null ? type : `${type}(${count})`;
  if (name) text += ` ${name}`;
  if (organization && organization !== name) text += ` (${organization})`;
  if (a.stance !== 'asserts') text += ` ${a.stance}`;
  if (a.inherited) text += ', inherited';
  return text;
}

/** The fallback for fields the contract may gain: "claims[2].attributions[0].extra: 1 → 2". */
function diffFields(expected: unknown, actual: unknown, path: string): string[] {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  const bothObjects = typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return [`${path || 'document'}: ${JSON.stringify(expected) ?? 'none'} → ${JSON.stringify(actual) ?? 'none'}`];
  }
  const a = expected as Record<string, unknown>;
  const b = actual as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => diffFields(a[k], b[k], Array.isArray(expected) ? `${path}[${k}]` : path ? `${path}.${k}` : k));
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > QUOTE_WIDTH ? `${oneLine.slice(0, QUOTE_WIDTH - 1)}…` : oneLine}”`;
}

/** “…where they part” → “…where they part”: two long texts shown from shortly before their first difference. */
function quoteChange(before: string, after: string): string {
  const a = before.replace(/\s+/g, ' ').trim();
  const b = after.replace(/\s+/g, ' ').trim();
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  const from = same > QUOTE_WIDTH / 2 ? same - 20 : 0;
  const cut = (t: string): string => (from > 0 ? `…${t.slice(from).trimStart()}` : t);
  return `${quote(cut(a))} → ${quote(cut(b))}`;
}

function quoteOrNone(text: string | null): string {
  return text === null ? 'none' : quote(text);
}
