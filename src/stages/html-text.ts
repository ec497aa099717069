/**
 * The article text of an HTML page: the largest <article> (else <main>, else
 * <body>), without scripts, styles, navigation, forms and footers, with
 * character references decoded. Block elements become paragraphs (blank
 * lines), <br> a line break, runs of white space one space, so the sentence
 * splitter sees the page's structure. A hand-written scanner: one pass, no
 * regular expression that can backtrack over the page.
 */

import { windows1252Char } from '../core/windows-1252.js';

const HTML_ENDING = /\.(?:x?html?|shtml)$/iu;
/** How an HTML document or fragment starts (after white space and comments). */
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>/]/iu;
const SNIFF_LENGTH = 2048;

/** An `.html` file with a tag in it, or text that starts as HTML does and closes a tag. */
export function looksLikeHtml(text: string, path?: string): boolean {
  const head = text.slice(0, SNIFF_LENGTH);
  if (path !== undefined && HTML_ENDING.test(path)) return /<[a-z!/]/iu.test(head);
  let start = skipSpace(head, 0);
  while (head.startsWith('<!--', start)) {
    const end = head.indexOf('-->', start + 4);
    if (end < 0) return false;
    start = skipSpace(head, end + 3);
  }
  if (head.startsWith('<?xml', start)) {
    const end = head.indexOf('?>', start);
    if (end < 0) return false;
    start = skipSpace(head, end + 2);
  }
  return HTML_START.test(head.slice(start, start + 20)) && text.includes('</');
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/u.test(s[i]!)) i++;
  return i;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; selfClosing: boolean }
  | { kind: 'close'; name: string };

/** Elements whose content is not markup; the scanner jumps to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** Elements that are never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'nav', 'aside', 'footer', 'form',
  'iframe', 'button', 'select', 'textarea', 'object', 'canvas', 'audio', 'video', 'dialog', 'menu', 'noembed', 'noframes',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'ul',
]);
/** Elements that end a line. */
const LINE = new Set(['br', 'tr']);
/** Elements that separate words. */
const CELL = new Set(['td', 'th']);

export function htmlToText(html: string): string {
  const tokens = tokenize(html);
  const region = articleRegion(tokens);
  const title = region.hasHeading ? null : headline(tokens);
  return render(tokens, region.from, region.to, title);
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flushText = (): void => {
    if (text.length > 0) tokens.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      // Comments, doctype, CDATA and processing instructions carry no article text.
      const close = html.startsWith('<!--', lt) ? '-->' : '>';
      const end = html.indexOf(close, lt + 2);
      i = end < 0 ? html.length : end + close.length;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd), nameEnd === nameStart)) nameEnd++;
    if (nameEnd === nameStart) {
      // "a < b": a plain less-than sign.
      text += '<';
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(html, nameEnd);
    flushText();
    if (tagEnd < 0) break; // a tag cut off at the end of the input
    i = tagEnd + 1;
    if (closing) {
      tokens.push({ kind: 'close', name });
      continue;
    }
    tokens.push({ kind: 'open', name, selfClosing: html[tagEnd - 1] === '/' });
    if (RAW_TEXT.has(name)) {
      const endTag = findEndTag(html, name, i);
      if (name === 'title' || name === 'textarea') tokens.push({ kind: 'text', text: html.slice(i, endTag.start) });
      tokens.push({ kind: 'close', name });
      i = endTag.end;
    }
  }
  flushText();
  return tokens;
}

function isNameChar(code: number, first: boolean): boolean {
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (first) return letter;
  return letter || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x5f;
}

/** The ">" that ends a tag, skipping quoted attribute values; -1 when the input ends first. */
function findTagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const ch = html[j]!;
    if (ch === '>') return j;
    if ((ch === '"' || ch === "'") && afterEquals) {
      const close = html.indexOf(ch, j + 1);
      if (close < 0) return -1;
      j = close;
      afterEquals = false;
      continue;
    }
    if (ch === '=') afterEquals = true;
    else if (!/\s/u.test(ch)) afterEquals = false;
  }
  return -1;
}

/** The end tag of each raw-text element ("</script>"), built with the list. */
const END_TAGS: ReadonlyMap<string, RegExp> = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}(?=[\\s/>])`, 'giu')]));

/** The end tag of a raw-text element ("</script>"), or the end of the input. */
function findEndTag(html: string, name: string, from: number): { start: number; end: number } {
  const re = END_TAGS.get(name)!;
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return { start: html.length, end: html.length };
  const gt = html.indexOf('>', m.index);
  return { start: m.index, end: gt < 0 ? html.length : gt + 1 };
}

interface Region {
  from: number;
  to: number;
  hasHeading: boolean;
}

/** The token range of the article: the <article> with the most text, else <main>, else <body>, else everything. */
function articleRegion(tokens: readonly Token[]): Region {
  for (const name of ['article', 'main', 'body']) {
    let best: Region | null = null;
    let bestLength = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'open' || t.name !== name) continue;
      const to = matchingClose(tokens, i);
      const { length, hasHeading } = measure(tokens, i, to);
      if (length > bestLength) {
        best = { from: i, to, hasHeading };
        bestLength = length;
      }
      if (name !== 'article') break;
      i = to; // nested articles (comments, teasers) belong to the outer one
    }
    if (best && bestLength > 0) return best;
  }
  return { from: 0, to: tokens.length, hasHeading: measure(tokens, 0, tokens.length).hasHeading };
}

function matchingClose(tokens: readonly Token[], open: number): number {
  const name = (tokens[open] as { name: string }).name;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open' && t.name === name && !t.selfClosing) depth++;
    else if (t.kind === 'close' && t.name === name && --depth === 0) return i;
  }
  return tokens.length;
}

function measure(tokens: readonly Token[], from: number, to: number): { length: number; hasHeading: boolean } {
  let length = 0;
  let hasHeading = false;
  walkVisible(tokens, from, to, (t) => {
    if (t.kind === 'text') length += t.text.trim().length;
    else if (t.kind === 'open' && t.name === 'h1') hasHeading = true;
  });
  return { length, hasHeading };
}

/** Calls `visit` for every token between from and to that is not inside a skipped element. */
function walkVisible(tokens: readonly Token[], from: number, to: number, visit: (t: Token) => void): void {
  let skipping: string | null = null;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (skipping !== null) {
      if (t.kind === 'open' && t.name === skipping && !t.selfClosing) depth++;
      else if (t.kind === 'close' && t.name === skipping && --depth === 0) skipping = null;
      continue;
    }
    if (t.kind === 'open' && SKIPPED.has(t.name) && !t.selfClosing) {
      skipping = t.name;
      depth = 1;
      continue;
    }
    visit(t);
  }
}

/** The page's headline when the article region has none: the first <h1>, else the <title>. */
function headline(tokens: readonly Token[]): string | null {
  let title: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'open') continue;
    if (t.name === 'h1') return render(tokens, i, matchingClose(tokens, i), null).trim() || title;
    if (t.name === 'title' && title === null && tokens[i + 1]?.kind === 'text') {
      title = collapse(decodeCharacterReferences((tokens[i + 1] as { text: string }).text)).trim() || null;
    }
  }
  return title;
}

function render(tokens: readonly Token[], from: number, to: number, title: string | null): string {
  const out: string[] = [];
  let pendingBreak: '' | '\n' | '\n\n' = '';
  let pendingSpace = false;
  let preDepth = 0;
  const emit = (chunk: string): void => {
    if (out.length > 0) {
      if (pendingBreak) out.push(pendingBreak);
      else if (pendingSpace) out.push(' ');
    }
    out.push(chunk);
    pendingBreak = '';
    pendingSpace = false;
  };
  const requestBreak = (kind: '\n' | '\n\n'): void => {
    if (kind === '\n\n' || pendingBreak === '') pendingBreak = kind;
  };
  if (title) {
    emit(title);
    requestBreak('\n\n');
  }
  walkVisible(tokens, from, to, (t) => {
    if (t.kind === 'text') {
      const decoded = decodeCharacterReferences(t.text);
      if (preDepth > 0) {
        if (decoded.length > 0) emit(decoded);
        return;
      }
      const text = collapse(decoded);
      const trimmed = text.trim();
      if (trimmed.length === 0) {
        if (text.length > 0) pendingSpace = true;
        return;
      }
      if (text.startsWith(' ')) pendingSpace = true;
      emit(trimmed);
      if (text.endsWith(' ')) pendingSpace = true;
      return;
    }
    if (t.name === 'pre') preDepth = Math.max(0, preDepth + (t.kind === 'open' ? 1 : -1));
    if (BLOCK.has(t.name)) requestBreak('\n\n');
    else if (LINE.has(t.name)) requestBreak('\n');
    else if (CELL.has(t.name)) pendingSpace = true;
    else if (t.kind === 'open' && VOID.has(t.name)) pendingSpace = pendingSpace || t.name === 'img';
  });
  return out.length > 0 ? `${out.join('')}\n` : '';
}

/** Runs of HTML white space (not NBSP, which is content) become one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, ' ');
}

/** Named references an article is likely to use; numeric ones are decoded in general. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '–', mdash: '—', hellip: '…', minus: '−', bull: '•', middot: '·', prime: '′', Prime: '″',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  euro: '€', pound: '£', yen: '¥', cent: '¢', dollar: '$', percnt: '%', permil: '‰', deg: '°', plusmn: '±', times: '×',
  divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', sect: '§', para: '¶',
  copy: '©', reg: '®', trade: '™', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', num: '#', commat: '@',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É',
  Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó',
  Ocirc: 'Ô', Otilde: 'Õ', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Yacute: 'Ý',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é',
  ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò', oacute: 'ó',
  ocirc: 'ô', otilde: 'õ', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', yacute: 'ý', yuml: 'ÿ',
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Zcaron: 'Ž', zcaron: 'ž', Ccaron: 'Č', ccaron: 'č',
};
const CHARACTER_REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));?/gu;

export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    // 0x80–0x9F mean windows-1252 characters (HTML standard): "&#150;" is "–".
    if (code >= 0x80 && code <= 0x9f) return windows1252Char(code);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/** Meta names that give a page's publication time ("article:published_time", schema.org's "datePublished", Dublin Core …). */
const PUBLISHED_META = new Set(['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']);
const META_TAG = /<meta\s[^>]*>/giu;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu;
const JSON_LD_PUBLISHED = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/u;

/**
 * The day a page says it was published, from its meta data (a meta tag's
 * name, property or itemprop, or JSON-LD "datePublished"), as YYYY-MM-DD; null
 * when it says none. The article text seldom repeats the date a page carries here.
 */
export function htmlPublished(html: string): string | null {
  for (const tag of html.matchAll(META_TAG)) {
    let key: string | null = null;
    let content: string | null = null;
    for (const a of tag[0].matchAll(ATTRIBUTE)) {
      const name = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (name === 'content') content = value;
      else if ((name === 'name' || name === 'property' || name === 'itemprop') && PUBLISHED_META.has(value.toLowerCase())) key = value;
    }
    const date = key !== null && content !== null ? validDate(content.trim()) : null;
    if (date) return date;
  }
  const ld = JSON_LD_PUBLISHED.exec(html);
  return ld ? validDate(ld[1]!) : null;
}

function validDate(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1800 ? m[0] : null;
}
