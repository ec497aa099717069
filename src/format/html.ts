/**
 * The report a journalist reads: one self-contained HTML page with the article
 * as written, its claims, sources, figures and entities highlighted, and a
 * panel listing the claims with who stands behind each.
 *
 * Safety: every piece of article text goes through escapeHtml, and the page's
 * Content-Security-Policy allows no script at all and only our own stylesheet
 * (by hash), no network. Navigation between text and panel is plain fragment
 * links, so the page needs no script to be usable.
 */
import { type Attribution, type Claim, type ClaimsDocument, type ExtractedArticle, type Money, type Quantity, isSourced } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { STYLESHEET } from './html-style.js';
import { sha256Base64 } from './sha256.js';
import { STANCE_VERB, TONES, attributionParts, describeAttribution, describeFigure, laterSources, sourcingSummary, toneOf, type Tone } from './sourcing.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

let policy: string | undefined;

/** Computed on first use: hashing the stylesheet costs every run ~30 ms of start-up otherwise (all formatters load). */
export function contentSecurityPolicy(): string {
  policy ??= [
    "default-src 'none'",
    `style-src 'sha256-${sha256Base64(STYLESHEET)}'`,
    "script-src 'none'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return policy;
}

function pageStart(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="claims">
<title>${escapeHtml(title)}</title>
<style>${STYLESHEET}</style>
</head>
<body>
`;
}
const PAGE_END = '</body>\n</html>\n';

const TONE_LABEL: Record<Tone, string> = {
  anonymous: 'anonymous', person: 'person', spokesperson: 'spokesperson', organization: 'organization',
  media: 'media', document: 'document', none: 'no source',
};

/** A highlight over [start, end) of the text; split where it crosses another, so `first`/`last` say which piece. */
interface Mark {
  start: number;
  end: number;
  /** Nesting order for equal spans: lower encloses higher. */
  layer: number;
  open(first: boolean): string;
  close(last: boolean): string;
}

/** An attribute; line breaks (hover text) as character references, so that each paragraph stays one line of HTML. */
const attr = (name: string, value: string | undefined): string => (value ? ` ${name}="${escapeHtml(value).replace(/\n/g, '&#10;')}"` : '');
const hint = (text: string, rule: string | undefined, o: FormatOptions): string => (o.explain && rule ? `${text}\nrule: ${rule}` : text);

/** Renders text[from, to) with marks as properly nested elements. */
function renderMarked(text: string, from: number, to: number, marks: readonly Mark[]): string {
  const inside = marks.filter((m) => m.start < to && m.end > from && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  const cuts = [...new Set([from, to, ...inside.flatMap((m) => [Math.max(from, m.start), Math.min(to, m.end)])])].sort((a, b) => a - b);
  let out = '';
  let open: Mark[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const wanted = inside.filter((m) => m.start <= a && m.end >= b);
    let keep = 0;
    while (keep < open.length && open[keep] === wanted[keep]) keep++;
    for (let j = open.length - 1; j >= keep; j--) out += open[j]!.close(open[j]!.end === a);
    for (let j = keep; j < wanted.length; j++) out += wanted[j]!.open(wanted[j]!.start === a);
    open = wanted;
    out += escapeHtml(text.slice(a, b));
  }
  for (let j = open.length - 1; j >= 0; j--) out += open[j]!.close(open[j]!.end === to);
  return out;
}

/** Blocks of non-blank lines, trimmed: the article's paragraphs. */
export function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let start = -1;
  let end = 0;
  let pos = 0;
  for (const line of text.split('\n')) {
    const lineEnd = pos + line.length;
    if (line.trim() === '') {
      if (start >= 0) blocks.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = pos + line.length - line.trimStart().length;
      end = lineEnd - (line.length - line.trimEnd().length);
    }
    pos = lineEnd + 1;
  }
  if (start >= 0) blocks.push({ start, end });
  return blocks;
}

const figuresOf = (claim: Claim): Array<Quantity | Money> => [...claim.quantities, ...claim.money].sort((a, b) => a.start - b.start);

function marksOf(doc: ClaimsDocument, id: string, o: FormatOptions): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<string>();
  const once = (key: string): boolean => !seen.has(key) && !!seen.add(key);
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  for (const claim of doc.claims) {
    const tone = toneOf(claim, byId);
    const sourceLines = [...claim.attributions.map(describeAttribution), ...laterSources(claim, byId).map((l) => `${describeAttribution(l.attribution)} (in ${l.in})`)].join('\n') || 'no source';
    marks.push({
      start: claim.start, end: claim.end, layer: 0,
      open: (first) => first
        ? `<span class="claim t-${tone}" id="${id}-${claim.id}"${attr('title', `${claim.id} · ${sourceLines}`)}><a class="cid" href="#${id}-li-${claim.id}" aria-label="claim ${claim.id}">${claim.id}</a>`
        : `<span class="claim t-${tone}"${attr('title', `${claim.id} · ${sourceLines}`)}>`,
      close: () => '</span>',
    });
    const phrases = new Map<string, Attribution[]>();
    for (const a of claim.attributions) {
      if (a.inherited) continue;
      const key = `${a.start}:${a.end}`;
      phrases.set(key, [...(phrases.get(key) ?? []), a]);
      const at = a.source.text ? a.text.indexOf(a.source.text) : -1;
      if (at >= 0 && once(`s${a.start + at}:${a.source.text.length}`)) {
        marks.push({ start: a.start + at, end: a.start + at + a.source.text.length, layer: 2, open: () => `<span class="src t-${a.source.type}">`, close: () => '</span>' });
      }
    }
    for (const [key, sharing] of phrases) if (once(`a${key}`)) marks.push(attributionMark(sharing, o));
    for (const entityId of claim.entities) {
      const e = entities.get(entityId);
      if (!e) continue;
      const about = [`${e.type}: ${e.name}`, e.vendor && `vendor: ${e.vendor}`, e.organization && `organization: ${e.organization}`, e.role && `role: ${e.role}`].filter(Boolean).join('\n');
      for (const m of e.mentions) {
        if (m.start < claim.start || m.end > claim.end || !once(`e${m.start}:${m.end}`)) continue;
        marks.push({ start: m.start, end: m.end, layer: 3, open: () => `<span class="ent"${attr('title', hint(about, e.rule, o))}>`, close: () => '</span>' });
      }
    }
    const unsourced = !isSourced(claim);
    for (const f of figuresOf(claim)) {
      if (!once(`f${f.start}:${f.end}`)) continue;
      marks.push({
        start: f.start, end: f.end, layer: 4,
        open: () => `<mark class="fig${unsourced ? ' unsourced' : ''}"${attr('title', hint(`${describeFigure(f)}${unsourced ? '\nunsourced figure' : ''}`, f.rule, o))}>`,
        close: (last) => `${last && unsourced ? '<span class="sr"> (unsourced figure)</span>' : ''}</mark>`,
      });
    }
  }
  return marks;
}

/** One attribution phrase; several sources may share it ("Neither A nor B responded"). */
function attributionMark(sharing: readonly Attribution[], o: FormatOptions): Mark {
  const [a] = sharing as [Attribution];
  const stances = [...new Set(sharing.map((x) => x.stance))].filter((stance) => stance !== 'asserts');
  const badges = stances.map((stance) => `<span class="badge ${stance}">${STANCE_VERB[stance]}</span>`).join('');
  const title = sharing.map((x) => hint(describeAttribution(x), x.rule, o)).join('\n');
  return {
    start: a.start, end: a.end, layer: 1,
    open: () => `<span class="attr t-${a.source.type} ${a.stance}"${attr('title', title)}>`,
    close: (last) => `</span>${last ? badges : ''}`,
  };
}

function renderText(article: ExtractedArticle, id: string, o: FormatOptions): string {
  const { text, doc } = article;
  const marks = marksOf(doc, id, o);
  let headline = false;
  return paragraphsOf(text).map((p) => {
    const body = renderMarked(text, p.start, p.end, marks);
    if (!headline && doc.title !== null && text.slice(p.start, p.end) === doc.title) {
      headline = true;
      return `<h1 id="${id}-title">${body}</h1>`;
    }
    return `<p>${body}</p>`;
  }).join('\n');
}

function renderPanel(doc: ClaimsDocument, id: string, o: FormatOptions): string {
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const counts = new Map<Tone, number>();
  for (const c of doc.claims) counts.set(toneOf(c, byId), (counts.get(toneOf(c, byId)) ?? 0) + 1);
  const legend = TONES.map((t) => `<li class="t-${t}"><span class="swatch" aria-hidden="true"></span>${TONE_LABEL[t]} <span class="count">${counts.get(t) ?? 0}</span></li>`).join('')
    + '<li><mark class="fig">12</mark> figure</li><li><mark class="fig unsourced">12</mark> unsourced figure</li><li><span class="ent">Name</span> entity</li>'
    + `<li><span class="badge denies">${STANCE_VERB.denies}</span></li><li><span class="badge declines">${STANCE_VERB.declines}</span></li>`;
  const items = doc.claims.map((claim) => {
    const sourceItem = (a: Attribution, where: string | null): string => {
      const { who, act } = attributionParts(a);
      const said = a.stance === 'asserts' ? escapeHtml(act) : `<span class="badge ${a.stance}">${escapeHtml(act)}</span>`;
      const link = where ? ` <a class="in" href="#${id}-${where}">(in ${where})</a>` : '';
      return `<li class="t-${a.source.type}"${attr('title', o.explain ? `rule: ${a.rule}` : undefined)}><span class="who">${escapeHtml(who)}</span> — ${said}${link}</li>`;
    };
    const later = laterSources(claim, byId);
    const sources = claim.attributions.length || later.length
      ? [...claim.attributions.map((a) => sourceItem(a, null)), ...later.map((l) => sourceItem(l.attribution, l.in))].join('')
      : '<li><span class="who">no source</span></li>';
    const figures = figuresOf(claim);
    const unsourced = !isSourced(claim);
    const figureLine = figures.length
      ? `<p class="figures${unsourced ? ' unsourced' : ''}">${unsourced ? '<span class="unsourced">Unsourced figures:</span>' : 'Figures:'} ${figures.map((f) => escapeHtml(f.text)).join(' · ')}</p>`
      : '';
    return `<li id="${id}-li-${claim.id}" class="t-${toneOf(claim, byId)}"><a class="goto" href="#${id}-${claim.id}"><span class="cid">${claim.id}</span> <span class="sentence">${escapeHtml(claim.text.replace(/\s+/g, ' '))}</span></a><ul class="sources">${sources}</ul>${figureLine}</li>`;
  }).join('\n');
  return `<aside class="panel" id="${id}-panel" aria-labelledby="${id}-sourcing">
<h2 id="${id}-sourcing">Sourcing</h2>
<p class="summary">${escapeHtml(sourcingSummary(doc))}</p>
<h2>Legend</h2>
<ul class="legend">${legend}</ul>
<h2 id="${id}-claims">Claims (${doc.claims.length})</h2>
${doc.claims.length ? `<ol class="claims" aria-labelledby="${id}-claims">\n${items}\n</ol>` : '<p>No claims found.</p>'}
</aside>`;
}

function renderArticle(article: ExtractedArticle, index: number, o: FormatOptions): string {
  const { doc } = article;
  const id = `a${index + 1}`;
  const meta = [`<span class="file">${escapeHtml(doc.source)}</span>`, doc.published && escapeHtml(doc.published), doc.language].filter(Boolean).join(' · ');
  const text = renderText(article, id, o);
  const heading = text.includes(`id="${id}-title"`) ? '' : `<h1 id="${id}-title">${escapeHtml(doc.title ?? doc.source)}</h1>\n`;
  const warnings = doc.warnings.map((w) => `<p class="warning" role="note">Warning: ${escapeHtml(w)}</p>`).join('\n');
  return `<article class="report" id="${id}" aria-labelledby="${id}-title">
<a class="skip" href="#${id}-panel">Skip to the claims</a>
<header class="meta"><p>${meta}</p>${warnings}</header>
<div class="layout">
<section class="text" lang="${doc.language}" aria-label="Article text">
${heading}${text}
</section>
${renderPanel(doc, id, o)}
</div>
</article>
`;
}

/**
 * Streams like every formatter: the page head is written with the first
 * article so that a single article's page carries its title.
 */
export const htmlFormatter: Formatter = {
  fileExtension: '.html',
  index: {
    fileName: 'index.html',
    entry: (file, source, article) => (article ? indexEntry(article.doc, file) : { path: file, title: null, source, summary: 'unchanged since an earlier run' }),
    render: renderIndex,
  },
  begin: () => '',
  document: (article, index, o) => {
    const start = index === 0 ? `${pageStart(o.multiple ? 'claims report' : `${article.doc.title ?? article.doc.source} — claims`)}<main>\n` : '';
    return start + renderArticle(article, index, o);
  },
  end: (count) => `${count === 0 ? `${pageStart('claims report')}<main>\n<p>No articles.</p>\n` : ''}</main>\n${PAGE_END}`,
};

/** One article's complete page (what `--out DIR --format html` writes per article). */
export function renderPage(article: ExtractedArticle, options: FormatOptions): string {
  const o: FormatOptions = { ...options, multiple: false };
  return htmlFormatter.begin(o) + htmlFormatter.document(article, 0, o) + htmlFormatter.end(1, o);
}

/** One row of index.html: an article's page and what it says about sourcing. */
export interface IndexEntry {
  /** The article's page, relative to index.html, with "/" between folders. */
  path: string;
  title: string | null;
  /** The article's source path as given. */
  source: string;
  /** The one-line sourcing summary (sourcingSummary). */
  summary: string;
}

export function indexEntry(doc: ClaimsDocument, path: string): IndexEntry {
  return { path, title: doc.title, source: doc.source, summary: sourcingSummary(doc) };
}

/** index.html for a batch: every article with its sourcing summary, linking to its page. */
export function renderIndex(entries: readonly IndexEntry[]): string {
  const href = (path: string): string => path.split('/').map(encodeURIComponent).join('/');
  const rows = entries.map((e) => `<tr><td><a href="${escapeHtml(href(e.path))}">${escapeHtml(e.title ?? e.source)}</a><div class="file">${escapeHtml(e.source)}</div></td><td>${escapeHtml(e.summary)}</td></tr>`).join('\n');
  const count = `${entries.length} ${entries.length === 1 ? 'article' : 'articles'}`;
  return `${pageStart(`claims: ${count}`)}<main class="index">
<h1>Claims and their sources</h1>
<p class="meta">${count}</p>
${entries.length ? `<table>\n<thead><tr><th scope="col">Article</th><th scope="col">Sourcing</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>` : '<p>No articles.</p>'}
</main>
${PAGE_END}`;
}
