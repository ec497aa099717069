/**
 * Quantities and money. A language-neutral number engine driven by the
 * locale's amount data: `read.ts` finds each amount's span and parts,
 * this module settles what needs neighbours (ranges, a scaled number whose
 * currency was named nearby, an elliptical unit) and builds the items.
 */
import type { DocumentContext, EntityMention, Sentence } from '../../core/model.js';
import type { Money, Quantity } from '../../types.js';
import type { Grammar } from './grammar.js';
import type { Blocked, NumberCore, Reading } from './read.js';
import { mayBeAhead, readAmount, valueOf } from './read.js';
import { OPENER_MAX_LENGTH, foldsAsLowerCase, keyOf } from './grammar.js';
import { documentWords } from '../../core/words.js';
import { LATIN1_LOWER } from '../../core/chars.js';
import { firstStartingAt } from '../../core/sorted.js';

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
  const grammar = doc.locale.amounts;
  // Small steps rather than one function: each compiles on its own, and a deopt in one recompiles only it.
  const placed = placeAll(doc, grammar, blockedSpans(mentions), findCores(doc, grammar));
  settleContextCurrency(placed);
  return amountItems(doc.text, placed);
}

/** The mentions as spans the reader must not look into, in text order. */
function blockedSpans(mentions: readonly EntityMention[]): Blocked[] {
  const blocked: Blocked[] = [];
  let sorted = true;
  for (const m of mentions) {
    if (blocked.length > 0 && blocked[blocked.length - 1]!.start > m.start) sorted = false;
    blocked.push({ start: m.start, end: m.end, person: m.type === 'person' });
  }
  // The mentions come in text order: the (stable) sort is needed only when they do not.
  if (!sorted) blocked.sort((x, y) => x.start - y.start);
  return blocked;
}

/** The readings of every sentence, in text order, each with the blocked spans and number cores that fall inside it. */
function placeAll(doc: DocumentContext, grammar: Grammar, blocked: readonly Blocked[], cores: readonly NumberCore[]): Placed[] {
  const placed: Placed[] = [];
  let nextCore = 0;
  let nextBlocked = 0;
  const sentences = doc.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (nextCore < cores.length && cores[nextCore]!.start < sentence.start) nextCore++;
    const first = nextCore;
    while (nextCore < cores.length && cores[nextCore]!.start < sentence.end) nextCore++;
    if (first === nextCore) continue;
    while (nextBlocked < blocked.length && blocked[nextBlocked]!.end <= sentence.start) nextBlocked++;
    const inSentence: Blocked[] = [];
    for (let i = nextBlocked; i < blocked.length && blocked[i]!.start < sentence.end; i++) if (blocked[i]!.end > sentence.start) inSentence.push(blocked[i]!);
    const found = readSentence(doc.text, sentence, grammar, inSentence, cores, first, nextCore);
    if (found.length === 0) continue;
    if (placed.length > 0) {
      const last = placed[placed.length - 1]!;
      if (last.sentence.paragraph === sentence.paragraph && last.sentence.index === sentence.index - 1) inheritUnit(last, found[0]!);
    }
    for (let k = 0; k < found.length; k++) placed.push(found[k]!); // push(...found) overflows the stack on a sentence of 100,000 numbers
  }
  return placed;
}

/** The quantities and money of the readings that stand on their own. */
function amountItems(text: string, placed: readonly Placed[]): AmountResult {
  const quantities: Quantity[] = [];
  const money: Money[] = [];
  for (const p of placed) {
    if (p.weak) continue;
    const written = text.slice(p.start, p.end);
    if (p.currency) money.push({ text: written, start: p.start, end: p.end, value: valueOf(p), currency: p.currency.code, qualifier: p.qualifier, rule: p.rule });
    else quantities.push({ text: written, start: p.start, end: p.end, value: valueOf(p), unit: p.unit, qualifier: p.qualifier, rule: p.rule });
  }
  return { quantities, money };
}

/** Every number of the text in order, tried only at the start of a word that can begin one. */
function findCores(doc: DocumentContext, grammar: Grammar): NumberCore[] {
  const words = documentWords(doc);
  const text = doc.text;
  const cores: NumberCore[] = [];
  const openerUnits = grammar.openerUnits;
  const openerPairs = grammar.openerPairs;
  const lower = LATIN1_LOWER;
  const n = text.length;
  let readTo = 0;
  for (let k = 0; k < words.text.length; k++) {
    const at = words.start[k]!;
    if (at < readTo) continue;
    // openerPairBit and its table, written out: the text's units, read in order, before the word's string is.
    const firstUnit = text.charCodeAt(at);
    const secondUnit = at + 1 < n ? text.charCodeAt(at + 1) : 0x100;
    if (firstUnit <= 0xff && secondUnit <= 0xff) {
      const bit = (lower[firstUnit]! << 8) | lower[secondUnit]!;
      if ((openerPairs[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
    }
    const word = words.text[k]!;
    // openerKey and its table, written out: this runs for every word of the text.
    const first = word.charCodeAt(0);
    if (word.length <= OPENER_MAX_LENGTH && first <= 0xff && openerUnits[(word.length << 8) | first] === 0) continue;
    if (first >= 0x30 && first <= 0x39) {
      // The core pattern's digit run, read by hand: at a word start its look-behind holds.
      const spacedEnd = spacedGroupsEnd(text, at, grammar.spacedGroupUnits);
      const end = digitRunEnd(text, spacedEnd > at ? spacedEnd - 3 : at);
      const digits = spacedEnd > at ? withGroupSeparators(text.slice(at, end), grammar) : text.slice(at, end);
      cores.push({ start: at, end, digits, word: null, key: null, readable: true });
      readTo = end;
      continue;
    }
    // The word's lower case as scanWords made it: a number word is looked up in lower case.
    const lowerWord = words.lower[k]!;
    if (!grammar.opensNumber(word, lowerWord)) continue;
    const alone = grammar.scaleOnlyOpeners.get(lowerWord);
    // "ein Mann": a word that counts only before a scale, with none after it, is no amount (the pattern is not run).
    // Latin-1 only: there the pattern's case folding is the lower case the word was looked up by.
    if (alone !== undefined && foldsAsLowerCase(word) && !mayBeAhead(grammar.scaleOnlyFollow, text, at + word.length)) {
      if (alone) {
        cores.push({ start: at, end: at + word.length, digits: null, word, key: lowerWord, readable: false });
        readTo = at + word.length;
      }
      continue;
    }
    grammar.core.lastIndex = at;
    const core = grammar.core.exec(text);
    if (!core) continue;
    const end = core.index + core[0].length;
    const numberWord = core[2] ?? null;
    // A number word that is the document's word ("ein", most; not "eine halbe") has its lower case, keyOf's key, made.
    const key = numberWord === null ? null : numberWord === word ? words.lower[k]! : keyOf(numberWord);
    cores.push({ start: core.index, end, digits: core[1] ?? null, word: numberWord, key, readable: true });
    readTo = end;
  }
  return cores;
}

const isDigitAt = (text: string, k: number): boolean => {
  const unit = k < text.length ? text.charCodeAt(k) : 0;
  return unit >= 0x30 && unit <= 0x39;
};

/**
 * The end of digit groups joined by a space or apostrophe ("100 000", "1 250 000",
 * "250'000") from `at`: a first group of one to three digits, not opening with 0
 * where it has more than one ("030 123 456" is a phone number), and groups of
 * exactly three; `at` where there are none.
 */
function spacedGroupsEnd(text: string, at: number, separators: readonly number[]): number {
  // Right after another digit group ("030 123 456"): that run was no number, nor is its rest.
  if (separators.length === 0 || (at >= 2 && separators.includes(text.charCodeAt(at - 1)) && isDigitAt(text, at - 2))) return at;
  let first = at;
  while (isDigitAt(text, first)) first++;
  if (first - at > 3 || (first - at > 1 && text.charCodeAt(at) === 0x30)) return at;
  let end = first;
  while (end < text.length && separators.includes(text.charCodeAt(end)) && isDigitAt(text, end + 1) && isDigitAt(text, end + 2) && isDigitAt(text, end + 3) && !isDigitAt(text, end + 4)) end += 4;
  return end > first ? end : at;
}

/** Digits with spaced group separators written with the language's own ("100 000" → "100.000" in German). */
function withGroupSeparators(digits: string, grammar: Grammar): string {
  let out = '';
  for (let k = 0; k < digits.length; k++) {
    const unit = digits.charCodeAt(k);
    out += grammar.spacedGroupUnits.includes(unit) ? grammar.config.groupSeparator : digits[k];
  }
  return out;
}

/** The end of `\d+(?:[.,]\d+)*` from `at`, where an ASCII digit stands (read in bounds: no deoptimization at the end of a text). */
function digitRunEnd(text: string, at: number): number {
  const n = text.length;
  let end = at;
  for (;;) {
    for (let unit = text.charCodeAt(end); end < n && unit >= 0x30 && unit <= 0x39; unit = ++end < n ? text.charCodeAt(end) : 0);
    if (end + 1 >= n) return end;
    const separator = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    if ((separator !== 0x2e && separator !== 0x2c) || next < 0x30 || next > 0x39) return end;
    end++;
  }
}

/** Reads the amounts of one sentence from its number cores, found once for the whole text. */
function readSentence(text: string, sentence: Sentence, grammar: Grammar, blocked: readonly Blocked[], cores: readonly NumberCore[], from: number, to: number): Placed[] {
  const found: Placed[] = [];
  let consumedTo = sentence.start;
  for (let k = from; k < to; k++) {
    const m = cores[k]!;
    if (m.start < consumedTo) continue;
    const previous = found.length > 0 ? found[found.length - 1]! : null;
    const reading = m.readable ? readAmount({ text, start: sentence.start, end: sentence.end, grammar, blocked, previous, startsAt: -1, starts: 0, gapAt: -1, lastWord: null, gapStart: -1 }, m) : null;
    if (!reading) {
      // "zwischen 31 und 40 Jahren alt", "10 bis 12 Uhr": the first end goes with the second.
      if (previous && isBare(previous) && joinsRange(text, grammar, previous, { start: m.start })) found.pop();
      continue;
    }
    const item = placed(reading, sentence);
    if (previous && joinsRange(text, grammar, previous, item)) shareRange(previous, item);
    else if (previous && isPartOf(text, grammar, previous, item)) takePartitiveUnit(previous, item);
    else if (previous) inheritUnit(previous, item);
    found.push(item);
    consumedTo = item.end;
  }
  return found;
}

function isBare(r: Reading): boolean {
  return r.unitKind === 'none' && !r.currency && r.scale === 1;
}

/** A reading placed in its sentence with its rule: every field written out, as a spread of the reading costs several times more. */
function placed(r: Reading, sentence: Sentence): Placed {
  return {
    start: r.start, end: r.end, coreStart: r.coreStart, coreEnd: r.coreEnd, base: r.base, scale: r.scale, currency: r.currency,
    unitKind: r.unitKind, unit: r.unit, qualifier: r.qualifier, negative: r.negative, weak: r.weak, how: r.how,
    sentence, rule: ruleOf(r),
  };
}

function ruleOf(r: Reading): string {
  if (r.currency) return r.how === 'symbol' ? 'amounts.money-symbol' : 'amounts.money-word';
  if (r.how === 'bare' && r.scale !== 1) return 'amounts.scaled-number';
  return r.how === 'bare' ? 'amounts.bare-number' : r.how === 'percent' ? 'amounts.percent' : r.how === 'compound' ? 'amounts.compound-unit' : 'amounts.counted-noun';
}

/** "900 of its 4,200 jobs", "900 der rund 4.200 Stellen": a bare number, then the counted whole it is part of. */
function isPartOf(text: string, grammar: Grammar, part: Placed, whole: Placed): boolean {
  return isBare(part) && whole.unitKind === 'noun' && !whole.currency && grammar.partitive.test(text.slice(part.end, whole.start));
}

/** The part counts what the whole counts. */
function takePartitiveUnit(part: Placed, whole: Placed): void {
  part.unitKind = whole.unitKind;
  part.unit = whole.unit;
  part.weak = false;
  part.rule = 'amounts.partitive-unit';
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
  const moneyBySentence = new Map<number, Placed[]>();
  for (const p of placed) {
    if (!p.currency) continue;
    const list = moneyBySentence.get(p.sentence.index) ?? [];
    list.push(p);
    moneyBySentence.set(p.sentence.index, list);
  }
  for (const p of placed) {
    if (p.currency || p.unitKind !== 'none' || p.scale < CONTEXT_CURRENCY_MIN_SCALE || p.weak) continue;
    let best: Placed | null = null;
    for (let i = p.sentence.index - 1; i <= p.sentence.index + 1; i++) {
      const list = moneyBySentence.get(i);
      if (!list || list[0]!.sentence.paragraph !== p.sentence.paragraph) continue;
      // Each list is in text order: the nearest amount is next to p, found by binary search
      // (not every amount × every currency of a long sentence).
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
  const lo = firstStartingAt(list, at);
  return [list[lo - 1], list[lo]].filter((q): q is Placed => q !== undefined);
}
