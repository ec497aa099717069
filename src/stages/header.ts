/**
 * The headline and the dateline date, read from the first lines of the text.
 * Wire copy puts a headline on the first line; web copy may put a date line or
 * a one-word section label ("KI", "Tech") above it.
 */
import { trimSpan } from '../core/span.js';

export interface HeaderConfig {
  /** Month names and abbreviations, lower-case, to month number 1–12. */
  months: Readonly<Record<string, number>>;
  /** Words that open a byline: "By Jane Roe, Reuters", "Von Max Muster". */
  bylineLabels: readonly string[];
  /** Words that open a line of publication data: "Updated March 4, 2025 at 3:05 p.m.", "Stand: 03.12.2025". */
  dateLabels: readonly string[];
}

export interface Header {
  title: string | null;
  /** End offset of the headline; the sentence splitter cuts there. */
  titleEnd: number | null;
  titleStart: number | null;
  published: string | null;
  /**
   * Lines around the headline that are no article text: bylines and lines of
   * publication data ("By Jane Roe", "Aktualisiert am 5. März"), each block of
   * adjacent ones as one range. Their sentences carry no claims.
   */
  meta: ReadonlyArray<{ start: number; end: number }>;
}

/** A byline or a labelled date line is this long at most. */
const META_LINE_MAX = 80;

const HEADER_LINES = 5;
const DATELINE_MAX = 40;
/** A one- or two-word line above the headline: a section label, not the headline. */
const LABEL = /^[\p{L}\p{N}&/-]+(?: [\p{L}\p{N}&/-]+)?$/u;
const LABEL_MAX = 25;
/** Longer first lines are body text: the article has no headline line. */
const TITLE_MAX = 200;
/**
 * A headline has no final full stop; a short line with one can still be a
 * teaser above the text, but a longer one is the lead sentence of the body.
 */
const STOPPED_TITLE_MAX = 100;
const FINAL_STOP = /(?<![.…])\.["“”»«']?$/u;
/**
 * A headline stands above a text. A text that is one line ending as a
 * sentence ends ("The company said it lost $3 million.", piped in or one
 * record of --input jsonl) is body: its attributions are read.
 */
const SENTENCE_END = /[.!?]["“”»«'’]?$/u;

export function readHeader(text: string, config: HeaderConfig): Header {
  const lines = new FirstLines(text, HEADER_LINES);
  let published: string | null = null;
  let title: { start: number; end: number } | null = null;

  const meta: Array<{ start: number; end: number }> = [];
  const addMeta = (line: { start: number; end: number }): void => {
    const last = meta[meta.length - 1];
    if (last && /^\s*$/u.test(text.slice(last.end, line.start))) last.end = line.end;
    else meta.push({ start: line.start, end: line.end });
  };
  let i = 0;
  for (let line = lines.at(0); line !== undefined; line = lines.at(++i)) {
    const content = text.slice(line.start, line.end);
    if (isMetaLine(content, config)) {
      published ??= parseDate(content, config);
      addMeta(line);
      continue;
    }
    // A long line is no date line: its dates are not looked for (a first line is often a whole paragraph).
    if (published === null && isMostlyDate(content)) {
      const date = parseDate(content, config);
      if (date) {
        published = date;
        continue;
      }
    }
    if (content.length <= LABEL_MAX && LABEL.test(content) && !/[.!?]$/u.test(content) && lines.at(i + 1) !== undefined) continue;
    // A first line that is a whole paragraph, or a long sentence, is body text, not a headline.
    if (content.length <= TITLE_MAX && !(content.length > STOPPED_TITLE_MAX && FINAL_STOP.test(content))
      && !(lines.at(i + 1) === undefined && SENTENCE_END.test(content))) title = line;
    break;
  }
  // Bylines and date lines right under the headline.
  if (title) {
    for (let line = lines.at(++i); line !== undefined && isMetaLine(text.slice(line.start, line.end), config); line = lines.at(++i)) {
      published ??= parseDate(text.slice(line.start, line.end), config);
      addMeta(line);
    }
  }
  if (published === null) {
    // A dateline inside the first lines: "Berlin, 30. September 2024 –"
    for (let i = 0, line = lines.at(0); i < 3 && line !== undefined; line = lines.at(++i)) {
      published = parseDate(text.slice(line.start, Math.min(line.end, line.start + 120)), config);
      if (published) break;
    }
  }
  return {
    title: title ? text.slice(title.start, title.end) : null,
    titleStart: title ? title.start : null,
    titleEnd: title ? title.end : null,
    published,
    meta,
  };
}

/**
 * "By Jane Roe, Reuters", "Von Max Muster", "Updated March 4, 2025 at 3:05 p.m.",
 * "Stand: 03.12.2025 14:05 Uhr". A labelled line is a date line only where it
 * holds a date or a time of day ("Stand der Dinge: …" is a headline); a byline
 * is no sentence.
 */
function isMetaLine(line: string, config: HeaderConfig): boolean {
  if (line.length > META_LINE_MAX) return false;
  const labelled = config.dateLabels.some((label) => line.startsWith(label) && /^[\s:]/u.test(line.slice(label.length)));
  if (labelled) return TIME_OF_DAY.test(line) || parseDate(line, config) !== null;
  const space = line.search(/\s/u);
  // A byline names someone: two capitalized words or more after its label ("Von Berlin nach Paris" is a headline).
  return space > 0 && !SENTENCE_END.test(line) && config.bylineLabels.includes(line.slice(0, space)) && BYLINE_NAME.test(line.slice(space));
}

const TIME_OF_DAY = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u;
const BYLINE_NAME = /^\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s*(?:[,|/·•–—]|\s\p{Ll}{2,4}\s\p{Lu}|$)/u;

/**
 * The first `count` lines with text in them (runs of `[^\r\n]`, trimmed),
 * read only as far as asked: in most articles the first lines are whole
 * paragraphs, and the header needs two or three of them.
 */
export class FirstLines {
  private readonly lines: Array<{ start: number; end: number }> = [];
  private readTo = 0;
  /** Where the next line feed and carriage return from readTo stand: -1 when there is none (-2: not looked for yet). */
  private nextLf = -2;
  private nextCr = -2;
  constructor(private readonly text: string, private readonly count: number) {}

  at(i: number): { start: number; end: number } | undefined {
    while (this.lines.length <= i && this.lines.length < this.count && this.readTo < this.text.length) this.readLine();
    return this.lines[i];
  }

  /** The next run of `[^\r\n]` (trimmed, kept if not empty), found by indexOf: the first lines are often long paragraphs. */
  private readLine(): void {
    const text = this.text;
    const n = text.length;
    let start = this.readTo;
    while (start < n && (text.charCodeAt(start) === 0x0a || text.charCodeAt(start) === 0x0d)) start++;
    if (start >= n) {
      this.readTo = n;
      return;
    }
    if (this.nextLf !== -1 && this.nextLf < start) this.nextLf = text.indexOf('\n', start);
    if (this.nextCr !== -1 && this.nextCr < start) this.nextCr = text.indexOf('\r', start);
    const lf = this.nextLf < 0 ? n : this.nextLf;
    const cr = this.nextCr < 0 ? n : this.nextCr;
    this.readTo = lf < cr ? lf : cr;
    const span = trimSpan(text, start, this.readTo);
    if (span.end > span.start) this.lines.push(span);
  }
}

/** A date line, or a dateline with a place: "30. September 2024", "Berlin, 18. September 2025". */
function isMostlyDate(line: string): boolean {
  return line.length <= DATELINE_MAX && line.split(/\s+/u).length <= 5;
}

/** Finds a full calendar date (day, month and year) in a line: ISO, D.M.YYYY, "30. September 2024", "September 30, 2024". */
export function parseDate(line: string, config: HeaderConfig): string | null {
  // Every form below writes the year in four digits: a line without four in a row (most) is not read four times.
  if (!hasFourDigitsInRow(line)) return null;
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(line);
  if (iso) return format(+iso[1]!, +iso[2]!, +iso[3]!);
  const numeric = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u.exec(line);
  if (numeric) return format(+numeric[3]!, +numeric[2]!, +numeric[1]!);
  const dayMonth = /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?!\d)/u.exec(line);
  if (dayMonth) {
    const month = config.months[dayMonth[2]!.toLowerCase()];
    if (month) return format(+dayMonth[3]!, month, +dayMonth[1]!);
  }
  // The month name starts a word, so a long run of letters is read once.
  const monthDay = /(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u.exec(line);
  if (monthDay) {
    const month = config.months[monthDay[1]!.toLowerCase()];
    if (month) return format(+monthDay[3]!, month, +monthDay[2]!);
  }
  return null;
}

function hasFourDigitsInRow(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    run = unit >= 48 && unit <= 57 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

function format(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
