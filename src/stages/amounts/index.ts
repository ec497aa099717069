/**
 * Quantities and money. A language-neutral number engine driven by the
 * locale's amount data: `read.ts` finds each amount's span and parts,
 * this module settles what needs neighbours (ranges, a scaled number whose
 * currency was named nearby, an elliptical unit) and builds the items.
 */
import type { DocumentContext, EntityMention, Sentence } from '../../core/model.js';
import type { Money, Quantity } from '../../types.js';
import type { Grammar } from './grammar.js';
import type { Blocked, Reading } from './read.js';
import { grammarFor } from './grammar.js';
import { readAmount, valueOf } from './read.js';

export interface AmountResult {
  quantities: Quantity[];
  money: Money[];
}

interface Placed extends Reading {
  sentence: Sentence;
  rule: string;
}

/** A bare number this large is money when a currency was named close by ("1,7 Milliarden"). */
const CONTEXT_CURRENCY_MIN_SCALE = 1e6;

export function findAmounts(doc: DocumentContext, mentions: readonly EntityMention[] = []): AmountResult {
  const grammar = grammarFor(doc.locale.amounts);
  const blocked: Blocked[] = mentions.map((m) => ({ start: m.start, end: m.end, person: m.type === 'person' }));
  blocked.sort((a, b) => a.start - b.start);
  const longest = blocked.reduce((max, b) => Math.max(max, b.end - b.start), 0);
  const placed: Placed[] = [];
  // The names a sentence overlaps, found by walking both lists once (not sentences × names).
  let firstBlocked = 0;
  for (const sentence of doc.sentences) {
    while (firstBlocked < blocked.length && blocked[firstBlocked]!.start + longest <= sentence.start) firstBlocked++;
    const inSentence: Blocked[] = [];
    for (let i = firstBlocked; i < blocked.length && blocked[i]!.start < sentence.end; i++) {
      if (blocked[i]!.end > sentence.start) inSentence.push(blocked[i]!);
    }
    const found = readSentence(doc.text, sentence, grammar, inSentence);
    const last = placed.at(-1);
    const first = found[0];
    if (last && first && last.sentence.paragraph === sentence.paragraph && last.sentence.index === sentence.index - 1) inheritUnit(last, first);
    for (const item of found) placed.push(item); // push(...found) overflows the stack on a sentence of 100,000 numbers
  }
  settleContextCurrency(placed);
  const quantities: Quantity[] = [];
  const money: Money[] = [];
  for (const p of placed) {
    if (p.weak) continue;
    const span = { text: doc.text.slice(p.start, p.end), start: p.start, end: p.end };
    if (p.currency) money.push({ ...span, value: valueOf(p), currency: p.currency.code, qualifier: p.qualifier, rule: p.rule });
    else quantities.push({ ...span, value: valueOf(p), unit: p.unit, qualifier: p.qualifier, rule: p.rule });
  }
  return { quantities, money };
}

function readSentence(text: string, sentence: Sentence, grammar: Grammar, blocked: readonly Blocked[]): Placed[] {
  const found: Placed[] = [];
  const core = grammar.core;
  // Searched in the text up to the sentence's end only: a search through the
  // whole rest of the text for every sentence without a number is quadratic.
  const upToEnd = text.slice(0, sentence.end);
  core.lastIndex = sentence.start;
  for (let m = core.exec(upToEnd); m; m = core.exec(upToEnd)) {
    const previous = found.at(-1) ?? null;
    const reading = readAmount({ text, start: sentence.start, end: sentence.end, grammar, blocked, previous }, m);
    if (!reading) {
      // "zwischen 31 und 40 Jahren alt", "10 bis 12 Uhr": the first end goes with the second.
      if (previous && isBare(previous) && joinsRange(text, grammar, previous, { ...previous, start: m.index })) found.pop();
      continue;
    }
    const item: Placed = { ...reading, sentence, rule: `amounts.${ruleOf(reading)}` };
    if (previous && joinsRange(text, grammar, previous, item)) shareRange(previous, item);
    else if (previous) inheritUnit(previous, item);
    found.push(item);
    core.lastIndex = Math.max(core.lastIndex, item.end);
  }
  return found;
}

function isBare(r: Reading): boolean {
  return r.unitKind === 'none' && !r.currency && r.scale === 1;
}

function ruleOf(r: Reading): string {
  if (r.currency) return r.how === 'symbol' ? 'money-symbol' : 'money-word';
  if (r.how === 'bare' && r.scale !== 1) return 'scaled-number';
  return r.how === 'bare' ? 'bare-number' : r.how === 'percent' ? 'percent' : r.how === 'compound' ? 'compound-unit' : 'counted-noun';
}

/** "10 bis 20 Prozent", "10-20 pct", "20 or 30 years", "zwischen 2 und 3 Milliarden": two ends of one range. */
function joinsRange(text: string, grammar: Grammar, a: Placed, b: { start: number }): boolean {
  const between = text.slice(a.end, b.start);
  if (grammar.range.test(between)) return true;
  if (!grammar.betweenJoin.test(between)) return false;
  const opener = grammar.betweenOpen.exec(text.slice(Math.max(a.sentence.start, a.start - 20), a.start));
  return opener !== null;
}

/** The first end of a range takes what it leaves unsaid from the second ("10 bis 20 Prozent"). */
function shareRange(a: Placed, b: Placed): void {
  const aOpen = a.unitKind === 'none' && !a.currency;
  if (!aOpen && !(a.currency && b.unitKind === 'none')) return;
  if (a.scale === 1 && b.scale !== 1) a.scale = b.scale;
  if (!a.currency && b.currency) a.currency = b.currency;
  if (!b.currency && a.currency && b.unitKind === 'none') b.currency = a.currency;
  if (a.unitKind === 'none' && !a.currency) {
    a.unitKind = b.unitKind;
    a.unit = b.unit;
  }
  a.qualifier ??= null;
  a.weak = false;
  a.rule = 'amounts.range';
  if (b.rule.endsWith('scaled-number') && b.currency) b.rule = 'amounts.range';
}

/**
 * "121 Straftaten in Bayern, 119 in Hessen": a bare number counts what the
 * number just before it counted, in its sentence or the one before.
 */
function inheritUnit(last: Placed, item: Placed): void {
  if (item.unitKind !== 'none' || item.currency || item.scale !== 1 || item.weak) return;
  if (last.unitKind === 'noun' && !last.currency) {
    item.unit = last.unit;
    item.rule = 'amounts.elliptical-unit';
  }
}

/**
 * A scaled number with no unit ("20 Milliarden", "780.2 mln") is money when
 * the same or a neighbouring sentence of the paragraph names a currency.
 */
function settleContextCurrency(placed: Placed[]): void {
  // Amounts with a currency by sentence, each list in text order, so that the
  // nearest one is found by binary search (not every amount × every currency).
  const withCurrency = new Map<number, Placed[]>();
  for (const q of placed) {
    if (!q.currency || q.scale < 1) continue;
    const list = withCurrency.get(q.sentence.index) ?? [];
    list.push(q);
    withCurrency.set(q.sentence.index, list);
  }
  for (const p of placed) {
    if (p.currency || p.unitKind !== 'none' || p.scale < CONTEXT_CURRENCY_MIN_SCALE || p.weak) continue;
    let best: Placed | null = null;
    for (let index = p.sentence.index - 1; index <= p.sentence.index + 1; index++) {
      const list = withCurrency.get(index);
      if (!list || list[0]!.sentence.paragraph !== p.sentence.paragraph) continue;
      for (const q of nearestByStart(list, p.start)) {
        if (!best || Math.abs(q.start - p.start) < Math.abs(best.start - p.start)) best = q;
      }
    }
    if (best?.currency) {
      p.currency = { code: best.currency.code };
      p.rule = 'amounts.money-context';
    }
  }
}

/** The items just before and just after `at` in a list ordered by start. */
function nearestByStart(list: readonly Placed[], at: number): Placed[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return [list[lo - 1], list[lo]].filter((q): q is Placed => q !== undefined);
}
