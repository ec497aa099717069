/**
 * The one ordered list of stages: text → language → header → sentences →
 * entities → amounts → attributions → claims. Pure: no I/O.
 */
import type { Claim, ClaimsDocument, DocumentHead, DocumentWindow, Entity, LanguageCode, WindowedDocument } from './types.js';
import type { DocumentContext, Sentence } from './core/model.js';
import type { Locale } from './lang/locale.js';
import { loadLocale, profiles } from './lang/index.js';
import { detectLanguage } from './stages/detect-language.js';
import { readHeader } from './stages/header.js';
import { splitSentences } from './stages/sentences.js';
import { findEntities } from './stages/entities/index.js';
import { findAmounts } from './stages/amounts/index.js';
import { findAttributions } from './stages/attributions/index.js';
import { buildClaims } from './stages/claims.js';
import { scanWords } from './core/words.js';
import { mapToOriginal, visibleText } from './core/visible.js';
import { WINDOW_CHARS } from './core/windows.js';

export { WINDOW_CHARS };

export interface ExtractOptions {
  /** The path as given, or "-" for stdin. */
  source: string;
  /** Forced language; detected when absent or "auto". */
  lang?: LanguageCode | 'auto';
  /** Warnings from decoding, carried into the document. */
  warnings?: readonly string[];
  /** The publication day the input's format states (an HTML page's meta data), taken where the text names none. */
  published?: string | null;
}

export function resolveLanguage(text: string, lang: LanguageCode | 'auto' | undefined): LanguageCode {
  return lang && lang !== 'auto' ? lang : detectLanguage(text, profiles, 'en');
}

/** Extracts a document; loads the language's Locale on first use. */
export async function extractClaims(text: string, options: ExtractOptions): Promise<ClaimsDocument> {
  const locale = await loadLocale(resolveLanguage(text, options.lang));
  return extractWithLocale(text, locale, options);
}

/** Extracts a long text window by window as the windows are asked for (extractInWindows); loads the Locale first. */
export async function extractClaimsInWindows(text: string, options: ExtractOptions): Promise<WindowedDocument> {
  const locale = await loadLocale(resolveLanguage(text, options.lang));
  return extractInWindows(text, locale, options);
}

/**
 * The synchronous pipeline for an already loaded Locale. A text longer than a
 * window is read window by window (see extractInWindows) and the windows'
 * parts put together.
 */
export function extractWithLocale(text: string, locale: Locale, options: ExtractOptions): ClaimsDocument {
  if (text.length <= WINDOW_CHARS) return extractWhole(text, locale, options, true);
  const windowed = extractInWindows(text, locale, options);
  const claims: Claim[] = [];
  for (const part of windowed.windows) for (const claim of part.claims) claims.push(claim);
  const { warnings, ...head } = windowed.head;
  return { ...head, entities: [...windowed.entities()], claims, warnings };
}

/**
 * The stages read the text without invisible characters (soft hyphens,
 * zero-width spaces), so that "Sie\u00ADmens" is Siemens; spans point into
 * `text` all the same. `withHeader` false: a later window, no headline or date.
 */
function extractWhole(text: string, locale: Locale, options: ExtractOptions, withHeader: boolean): ClaimsDocument {
  const visible = visibleText(text);
  if (!visible) return extractVisible(text, locale, options, withHeader);
  return mapToOriginal(extractVisible(visible.text, locale, options, withHeader), text, visible);
}

function extractVisible(text: string, locale: Locale, options: ExtractOptions, withHeader: boolean): ClaimsDocument {
  const header = withHeader ? readHeader(text, locale.header) : { title: null, titleEnd: null, published: null, meta: [] };
  const sentences = withoutMeta(text, splitSentences(text, locale.sentences, header.titleEnd), header.meta);
  const doc: DocumentContext = { text, locale, sentences, words: scanWords(text) };
  const { mentions, entities, entityIdOf } = findEntities(doc);
  const { quantities, money } = findAmounts(doc, mentions);
  const attributions = findAttributions(doc, mentions);
  const claims = buildClaims(doc, { mentions, entityIdOf, quantities, money, attributions });
  return {
    schemaVersion: 1,
    source: options.source,
    language: locale.code,
    title: header.title,
    published: header.published ?? (withHeader ? options.published ?? null : null),
    entities,
    claims,
    warnings: [...(options.warnings ?? [])],
  };
}


/**
 * The sentences that are article text: those of a byline or a date line
 * ("By Jane Roe, Reuters", "Aktualisiert am 5. März 2025") are dropped, a
 * sentence the splitter ran on from such a line into the text ("By Jane
 * Roe\nNvidia will …") starts after it, and the rest are numbered anew.
 * Most texts have no such lines.
 */
function withoutMeta(text: string, sentences: Sentence[], meta: ReadonlyArray<{ start: number; end: number }>): Sentence[] {
  if (meta.length === 0) return sentences;
  const kept: Sentence[] = [];
  for (const s of sentences) {
    const m = meta.find((r) => r.start <= s.start && s.start < r.end);
    if (m && s.end <= m.end) continue;
    if (m) {
      let start = m.end;
      while (start < s.end && /\s/u.test(text[start]!)) start++;
      s.start = start;
      s.text = text.slice(start, s.end);
    }
    s.index = kept.length;
    kept.push(s);
  }
  return kept;
}

interface EntityRecord {
  entity: Entity;
  starts: number[];
  ends: number[];
}

/**
 * Reads a long text in windows cut at paragraph breaks, else sentence ends
 * (a text on one line), else line breaks, each at most `windowChars` long
 * and at least half that. Each window is extracted alone, its offsets
 * shifted into the text; claims are numbered through, and entities with the
 * same type and name are one entity across windows. The trade-off: a
 * surname, pronoun or a continued attribution is linked only to what its own
 * window says, and a headline or date only in the first window. Nothing is
 * extracted before the windows are asked for.
 */
export function extractInWindows(text: string, locale: Locale, options: ExtractOptions, windowChars = WINDOW_CHARS): WindowedDocument {
  const firstEnd = windowEnd(text, 0, windowChars, locale);
  // The head as the first window's extraction reads it (from its visible text), without extracting it yet.
  const firstText = text.slice(0, firstEnd);
  const header = readHeader(visibleText(firstText)?.text ?? firstText, locale.header);
  const warnings = [...(options.warnings ?? [])];
  if (firstEnd < text.length) {
    warnings.push(`a long text (${text.length.toLocaleString('en')} characters) is read in windows of up to ${windowChars.toLocaleString('en')}: names, pronouns and continued quotes are linked only within a window`);
  }
  const head: DocumentHead = {
    schemaVersion: 1, source: options.source, language: locale.code,
    title: header.title, published: header.published ?? options.published ?? null, warnings,
  };
  const records = new Map<string, EntityRecord>();
  let claimCount = 0;

  /** The window's document, made for it alone, is moved into the text in place: copies cost a tenth of the time. */
  const shiftWindow = (doc: ClaimsDocument, offset: number): DocumentWindow => {
    const moved = new SpanMover(offset);
    const globalId = new Map<string, string>();
    const entities: Entity[] = [];
    for (const e of doc.entities) {
      const key = `${e.type}\u0000${e.name}`;
      let record = records.get(key);
      if (!record) {
        // The key order of a document's entities: id, name, type, mentions, rule, then what is known of it.
        const { id: _local, mentions: _mentions, name, type, rule, ...known } = e;
        record = { entity: { id: `e${records.size + 1}`, name, type, mentions: [], rule, ...known }, starts: [], ends: [] };
        records.set(key, record);
      }
      if (e.organization && !record.entity.organization) record.entity.organization = e.organization;
      if (e.role && !record.entity.role) record.entity.role = e.role;
      const mentions = e.mentions;
      for (const m of mentions) {
        moved.shift(m);
        record.starts.push(m.start);
        record.ends.push(m.end);
      }
      globalId.set(e.id, record.entity.id);
      entities.push({ ...record.entity, mentions });
    }
    const claims = doc.claims;
    // A window numbers its claims c1, c2, …: the document numbers them through.
    const numberedBefore = claimCount;
    const throughId = (id: string): string => `c${numberedBefore + Number(id.slice(1))}`;
    for (const c of claims) {
      moved.shift(c);
      c.id = `c${++claimCount}`;
      if (c.sourcedIn) c.sourcedIn = c.sourcedIn.map(throughId);
      c.entities = c.entities.map((id) => globalId.get(id) ?? id);
      for (const q of c.quantities) moved.shift(q);
      for (const m of c.money) moved.shift(m);
      for (const a of c.attributions) {
        moved.shift(a);
        if (a.spans) for (const ranges of Object.values(a.spans) as Array<Array<{ start: number; end: number }> | undefined>) for (const r of ranges ?? []) moved.shift(r);
      }
    }
    return { claims, entities };
  };

  function* windows(): Generator<DocumentWindow> {
    yield shiftWindow(extractWhole(firstText, locale, options, true), 0);
    for (let start = firstEnd; start < text.length;) {
      const end = windowEnd(text, start, windowChars, locale);
      yield shiftWindow(extractWhole(text.slice(start, end), locale, options, false), start);
      start = end;
    }
  }

  function* entities(): Generator<Entity> {
    for (const { entity, starts, ends } of records.values()) {
      yield { ...entity, mentions: starts.map((start, i) => ({ text: text.slice(start, ends[i]), start, end: ends[i]! })) };
    }
  }

  return { head, windows: windows(), entities };
}

/** Moves spans by an offset, each object once however often the document refers to it. */
class SpanMover {
  private readonly moved = new Set<object>();

  constructor(private readonly offset: number) {}

  shift(span: { start: number; end: number }): void {
    if (this.offset === 0 || this.moved.has(span)) return;
    this.moved.add(span);
    span.start += this.offset;
    span.end += this.offset;
  }
}

/** Line breaks, possibly with white space between them: a blank line ends a paragraph. */
const BLANK_LINE = /\n[ \t\u00a0\r]*\n/gu;
const SPACE = /\s/u;

/**
 * Where the window starting at `start` ends: the text's end when it fits;
 * otherwise the last paragraph break, sentence start, line break or space in
 * the window's second half, in that order of preference; a hard cut (never
 * inside a surrogate pair) when there is none.
 */
export function windowEnd(text: string, start: number, windowChars: number, locale: Locale): number {
  if (text.length - start <= windowChars) return text.length;
  const limit = start + windowChars;
  const half = start + Math.ceil(windowChars / 2);
  const region = text.slice(half, limit);
  let paragraph = -1;
  for (const m of region.matchAll(BLANK_LINE)) paragraph = half + m.index + m[0].length;
  if (paragraph > half) return paragraph;
  // A line break may fall inside a wrapped sentence; a sentence start never does.
  const sentences = splitSentences(text.slice(start, limit), locale.sentences, null);
  for (let i = sentences.length - 1; i > 0; i--) {
    const at = start + sentences[i]!.start;
    if (at >= half && at < limit) return at;
    if (at < half) break;
  }
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= half) return line + 1;
  for (let at = limit - 1; at >= half; at--) if (SPACE.test(text[at]!)) return at + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
