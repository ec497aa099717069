/**
 * The report for a terminal: per article a header (title; source, date,
 * language; the one-line sourcing summary), then per claim its sentence with
 * figures, entities and the attribution highlighted, and one line per source
 * saying who stands behind it. Wrapped to the terminal's width when known;
 * one line per sentence otherwise, so that grep finds whole sentences.
 * A long article, written window by window, has its summary at the end.
 */
import { type Attribution, type Claim, type DocumentHead, type Entity, type SourceType, type Span, type Stance, isSourced } from '../types.js';
import type { Formatter, FormatOptions } from './types.js';
import type { Paint, Style } from './style.js';
import { attributionParts, describeFigure, laterSources, sourcingSummary, SourcingTally } from './sourcing.js';

const ID_WIDTH = 4;
const INDENT = ' '.repeat(ID_WIDTH + 2);
const SOURCE_INDENT = `${INDENT}  `;
/** Narrower than this, wrapping hurts more than it helps. */
const MIN_WIDTH = 40;

/** A highlight over [start, end) of the sentence as shown (white space collapsed); where marks overlap, the higher priority's color shows. */
interface Mark {
  start: number;
  end: number;
  priority: number;
  paint: Paint;
}

function typePaint(s: Style, type: SourceType): Paint {
  switch (type) {
    case 'anonymous': return s.yellow;
    case 'person': return s.blue;
    case 'spokesperson': return s.magenta;
    case 'organization': return s.green;
    case 'media': return s.cyan;
    case 'document': return s.green;
  }
}

function stancePaint(s: Style, stance: Stance): Paint {
  switch (stance) {
    case 'denies': return (t) => s.bold(s.red(t));
    case 'declines': return (t) => s.bold(s.magenta(t));
    case 'confirms': return s.green;
    case 'asserts': return (t) => t;
  }
}

/**
 * The sentence with runs of white space collapsed to one space, and a map
 * from offsets in the document to offsets in that line.
 */
function collapse(claim: Claim): { line: string; at: (offset: number) => number } {
  const map: number[] = [];
  let line = '';
  let space = false;
  for (let i = 0; i < claim.text.length; i++) {
    map.push(line.length);
    const ch = claim.text[i]!;
    if (/\s/u.test(ch)) {
      if (!space) line += ' ';
      space = true;
    } else {
      line += ch;
      space = false;
    }
  }
  map.push(line.length);
  const clamp = (offset: number): number => Math.min(Math.max(offset - claim.start, 0), claim.text.length);
  return { line, at: (offset) => map[clamp(offset)]! };
}

/** Paints line[from, to) with every mark that covers each piece, outer marks outside. */
function paintRange(line: string, from: number, to: number, marks: readonly Mark[]): string {
  const cuts = [...new Set([from, to, ...marks.flatMap((m) => [m.start, m.end]).filter((p) => p > from && p < to)])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const covering = marks.filter((m) => m.start <= a && b <= m.end).sort((x, y) => y.priority - x.priority);
    out += covering.reduce((text, m) => m.paint(text), line.slice(a, b));
  }
  return out;
}

/** Greedy word wrap: [start, end) ranges of lines no wider than `width` (a longer word gets a line of its own). */
export function wrapRanges(line: string, width: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (line.length - start > width) {
    const lastSpace = line.lastIndexOf(' ', start + width);
    const cut = lastSpace > start ? lastSpace : line.indexOf(' ', start + width);
    if (cut < 0) break;
    ranges.push([start, cut]);
    start = cut + 1;
  }
  ranges.push([start, line.length]);
  return ranges;
}

/** Wraps and paints; the first line after `first`, the others after `rest` (both already laid out by the caller). */
function layout(line: string, marks: readonly Mark[], first: string, rest: string, width: number | undefined): string[] {
  const room = width === undefined ? Infinity : Math.max(width, MIN_WIDTH) - rest.length;
  return wrapRanges(line, room).map(([a, b], i) => `${i === 0 ? first : rest}${paintRange(line, a, b, marks)}`);
}

/** Each entity's mentions by id, in text order. */
type MentionsById = ReadonlyMap<string, readonly Span[]>;

const mentionsById = (entities: readonly Entity[]): MentionsById => new Map(entities.map((e) => [e.id, e.mentions]));

function claimMarks(claim: Claim, mentions: MentionsById, at: (offset: number) => number, s: Style): Mark[] {
  const marks: Mark[] = [];
  const push = (start: number, end: number, priority: number, paint: Paint): void => {
    if (start < claim.end && end > claim.start) marks.push({ start: at(start), end: at(end), priority, paint });
  };
  const seen = new Set<string>();
  const once = (key: string): boolean => !seen.has(key) && !!seen.add(key);
  for (const a of claim.attributions) {
    if (a.inherited) continue;
    if (once(`a${a.start}:${a.end}`)) push(a.start, a.end, 1, s.italic);
    const i = a.source.text ? a.text.indexOf(a.source.text) : -1;
    if (i >= 0 && once(`s${a.start + i}`)) push(a.start + i, a.start + i + a.source.text.length, 3, (t) => s.bold(typePaint(s, a.source.type)(t)));
  }
  for (const id of claim.entities) {
    const all = mentions.get(id) ?? [];
    // Mentions of one entity follow each other without overlapping: the first one ending inside the claim, onwards.
    for (let k = firstEndingAfter(all, claim.start); k < all.length && all[k]!.start < claim.end; k++) push(all[k]!.start, all[k]!.end, 2, s.cyan);
  }
  const unsourced = !isSourced(claim);
  for (const f of [...claim.quantities, ...claim.money]) push(f.start, f.end, 4, unsourced ? (t) => s.bold(s.underline(s.yellow(t))) : (t) => s.bold(s.yellow(t)));
  return marks;
}

/** The index of the first span ending after `offset` (spans in text order, ends ascending). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pieces of differently painted text as one line with its marks, for layout. */
function joinPieces(pieces: ReadonlyArray<readonly [string, Paint]>): { line: string; marks: Mark[] } {
  let line = '';
  const marks: Mark[] = [];
  for (const [text, paint] of pieces) {
    marks.push({ start: line.length, end: line.length + text.length, priority: 0, paint });
    line += text;
  }
  return { line, marks };
}

function sourceLines(claim: Claim, byId: ReadonlyMap<string, Claim>, o: FormatOptions): string[] {
  const s = o.style;
  const plain: Paint = (t) => t;
  const line = (a: Attribution, where: string) => {
    const { who, act } = attributionParts(a);
    return joinPieces([[who, (t) => s.bold(typePaint(s, a.source.type)(t))], [' — ', plain], [act, stancePaint(s, a.stance)], [where, s.gray]]);
  };
  const later = laterSources(claim, byId);
  const lines = claim.attributions.length === 0 && later.length === 0
    ? [joinPieces([
        ['no source', s.gray],
        ...figureNote([...claim.quantities, ...claim.money].map((f) => f.text.replace(/\s+/g, ' ')), s),
      ])]
    : [...claim.attributions.map((a) => line(a, '')), ...later.map((l) => line(l.attribution, ` (in ${l.in})`))];
  return lines.flatMap(({ line, marks }) => layout(line, marks, `${INDENT}${s.dim('↳')} `, SOURCE_INDENT, o.width));
}

function figureNote(figures: readonly string[], s: Style): Array<[string, Paint]> {
  return figures.length ? [[` · unsourced ${figures.length === 1 ? 'figure' : 'figures'}: ${figures.join(', ')}`, s.yellow]] : [];
}

function explainLines(claim: Claim, entities: readonly Entity[], o: FormatOptions): string[] {
  if (!o.explain) return [];
  const named = claim.entities.flatMap((id) => entities.filter((e) => e.id === id)).map((e) => `${e.name} (${e.type}) ← ${e.rule}`);
  const figures = [...claim.quantities, ...claim.money].map((f) => `${f.text} = ${describeFigure(f)} ← ${f.rule}`);
  const attributions = claim.attributions.map((a) => `${a.text} (cue “${a.cue}”) ← ${a.rule}`);
  return [...figures, ...attributions, ...named].map((item) => o.style.gray(`${SOURCE_INDENT}${item}`));
}

/** The header; `summary` null leaves the sourcing summary for the end (a long article written in parts). */
function header(doc: DocumentHead, summary: string | null, o: FormatOptions): string[] {
  const s = o.style;
  const lines: string[] = [];
  if (doc.title) lines.push(...wrapPlain(doc.title.replace(/\s+/g, ' '), s.bold, o));
  lines.push(s.gray([doc.source, doc.published, doc.language].filter(Boolean).join(' · ')));
  if (summary !== null) lines.push(...wrapPlain(summary, (t) => t, o));
  for (const w of doc.warnings) lines.push(s.yellow(`warning: ${w}`));
  return lines;
}

const wrapPlain = (text: string, paint: Paint, o: FormatOptions): string[] => layout(text, [{ start: 0, end: text.length, priority: 0, paint }], '', '', o.width);

const separator = (index: number, o: FormatOptions): string[] => (index > 0 ? ['', o.style.dim('─'.repeat(Math.min(o.width ?? 72, 72))), ''] : []);

function claimLines(claims: readonly Claim[], entities: readonly Entity[], o: FormatOptions): string[] {
  const s = o.style;
  const mentions = mentionsById(entities);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const claim of claims) {
    const { line, at } = collapse(claim);
    lines.push('');
    lines.push(...layout(line, claimMarks(claim, mentions, at, s), `${s.gray(claim.id.padStart(ID_WIDTH))}  `, INDENT, o.width));
    lines.push(...sourceLines(claim, byId, o));
    lines.push(...explainLines(claim, entities, o));
  }
  return lines;
}

export const textFormatter: Formatter = {
  begin: () => '',
  document: ({ doc }, index, o) => {
    const lines = [...separator(index, o), ...header(doc, sourcingSummary(doc), o), ...claimLines(doc.claims, doc.entities, o)];
    return `${lines.join('\n')}\n`;
  },
  *documentInParts(article, index, o) {
    yield `${[...separator(index, o), ...header(article.head, null, o)].join('\n')}\n`;
    const tally = new SourcingTally();
    for (const window of article.windows) {
      for (const claim of window.claims) tally.add(claim);
      const lines = claimLines(window.claims, window.entities, o);
      if (lines.length > 0) yield `${lines.join('\n')}\n`;
    }
    yield `\n${wrapPlain(tally.summary(), (t) => t, o).join('\n')}\n`;
  },
  end: () => '',
};
