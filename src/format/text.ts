/**
 * The human-readable report: per article a header and a sourcing summary,
 * then per claim the sentence with figures and entities highlighted and a
 * line that says who stands behind it.
 */
import type { Claim, ClaimsDocument } from '../types.js';
import type { Formatter, FormatOptions } from './types.js';
import type { Paint } from './style.js';
import { describeAttribution, sourcingSummary } from './sourcing.js';

interface Mark {
  start: number;
  end: number;
  priority: number;
  paint: Paint;
}

/** Paints non-overlapping segments of a claim; where marks overlap the higher priority wins. */
function highlight(claim: Claim, doc: ClaimsDocument, o: FormatOptions): string {
  const s = o.style;
  const marks: Mark[] = [];
  for (const a of claim.attributions) if (!a.inherited) marks.push({ start: a.start, end: a.end, priority: 1, paint: s.italic });
  for (const id of claim.entities) {
    const e = doc.entities.find((x) => x.id === id);
    for (const m of e?.mentions ?? []) if (m.start >= claim.start && m.end <= claim.end) marks.push({ start: m.start, end: m.end, priority: 2, paint: s.cyan });
  }
  for (const q of [...claim.quantities, ...claim.money]) marks.push({ start: q.start, end: q.end, priority: 3, paint: (t) => s.bold(s.yellow(t)) });
  const cuts = new Set<number>([claim.start, claim.end]);
  for (const m of marks) {
    cuts.add(Math.max(claim.start, m.start));
    cuts.add(Math.min(claim.end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = claim.text.slice(from - claim.start, to - claim.start);
    const top = marks.filter((m) => m.start <= from && to <= m.end).sort((a, b) => b.priority - a.priority)[0];
    out += top ? top.paint(piece) : piece;
  }
  return out.replace(/\s*\n\s*/g, ' ');
}

function explainLine(claim: Claim, o: FormatOptions): string[] {
  if (!o.explain) return [];
  const items = [...claim.quantities, ...claim.money, ...claim.attributions].map((x) => `${x.text} ← ${x.rule}`);
  return items.length ? [o.style.gray(`      rules: ${items.join(' · ')}`)] : [];
}

export const textFormatter: Formatter = {
  begin: () => '',
  document: ({ doc }, index, o) => {
    const s = o.style;
    const lines: string[] = [];
    if (index > 0) lines.push('');
    lines.push(s.bold(`${doc.source}`) + s.gray(` · ${doc.language}${doc.published ? ` · ${doc.published}` : ''}`));
    if (doc.title) lines.push(s.bold(doc.title));
    lines.push(s.dim(sourcingSummary(doc)));
    for (const w of doc.warnings) lines.push(s.yellow(`warning: ${w}`));
    for (const claim of doc.claims) {
      lines.push('');
      lines.push(`${s.gray(claim.id.padStart(4))}  ${highlight(claim, doc, o)}`);
      const sources = claim.attributions.length
        ? claim.attributions.map((a) => {
            const line = describeAttribution(a);
            const paint = a.stance === 'denies' ? s.red : a.stance === 'declines' ? s.magenta : a.source.type === 'anonymous' ? s.yellow : s.green;
            return paint(line);
          })
        : [s.gray('no source')];
      for (const line of sources) lines.push(`      ${s.dim('↳')} ${line}`);
      lines.push(...explainLine(claim, o));
    }
    return `${lines.join('\n')}\n`;
  },
  end: () => '',
};
