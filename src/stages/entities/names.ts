/**
 * Companies, media, organizations and chips: the lexicon and chip families
 * first, then names the lexicon does not know, told by a legal form ("HIS
 * GmbH"), a head word ("Semiconductor Industry Association",
 * "Finanzministerium"), a context word ("der Konzern X", "X-Chef"), a
 * ticker bracket ("<IBM>") or an abbreviation in brackets after the name.
 */
import { type DocumentContext, type EntityMention, entityMention } from '../../core/model.js';
import type { EntityType } from '../../types.js';
import { type CompiledEntities, FAMILY_FIRST_UNITS, WORD_GATE_SIZE, familyName, isCompanyNoun, isLegalFormWord, isTitle, lookupName, spellingEnd } from './compiled.js';
import { documentWords } from '../../core/words.js';
import { LOW_UNIT_CLASSES, UPPER, WORD_CHAR as WORD_CHAR_CLASS, classAt, classOfUnit } from '../../core/chars.js';
import type { Coverage } from './coverage.js';
import { type DocumentWordSet, type Run, type Token, capsSentences, findRuns, lowerOf, wordHash, wordsOf } from './runs.js';

const SYMBOL = /^\p{Lu}{1,5}$/u;
const TICKER = /<([\p{Lu}][^<>\n]{0,60})>/gu;
const BRACKETED_ABBREVIATION = /^[ \t]*\([ \t]*(\p{Lu}(?:\p{Lu}|\p{N}|&){1,7})[ \t]*\)/u;
const INNER_CAPITAL = /^\p{Lu}(?:\p{Ll}|\p{N})+\p{Lu}|^\p{Lu}{3,}[\p{Ll}]*$/u;
const NAME_START = /^\p{Lu}/u;

interface Context {
  doc: DocumentContext;
  c: CompiledEntities;
  coverage: Coverage;
  mentions: EntityMention[];
  /** The document's words, also to ask which it writes in lower case. */
  words: DocumentWordSet;
}

export interface NamedThings {
  mentions: EntityMention[];
  runs: Run[];
  words: DocumentWordSet;
}

export function findNamedThings(doc: DocumentContext, c: CompiledEntities, coverage: Coverage): NamedThings {
  const ctx: Context = { doc, c, coverage, mentions: [], words: wordsOf(doc) };
  const capsSentence = capsSentences(doc);
  const capsLines = capsLineRanges(doc, capsSentence);
  findFamilies(ctx);
  findLexicon(ctx, capsLines);
  findTickers(ctx, false);
  const runs = findRuns(doc, c, capsSentence);
  for (const run of runs) if (!run.inCapsLine) readRun(ctx, run);
  findTickers(ctx, true);
  findBracketedAbbreviations(ctx, runs);
  findShortNames(ctx);
  return { mentions: ctx.mentions, runs, words: ctx.words };
}

function add(ctx: Context, start: number, end: number, name: string, type: EntityType, rule: string, vendor?: string): boolean {
  if (!name || !ctx.coverage.claim(start, end)) return false;
  ctx.mentions.push(entityMention(ctx.doc.text.slice(start, end), start, end, name, type, rule, vendor));
  return true;
}

function findFamilies(ctx: Context): void {
  const { familyRe, familyMayBegin } = ctx.c;
  if (!familyRe) return;
  const { text } = ctx.doc;
  if (!familyMayBegin) {
    for (const m of text.matchAll(familyRe)) addFamily(ctx, m);
    return;
  }
  const found = familyMatches(ctx.c, text, documentWords(ctx.doc).start);
  for (let k = 0; k < found.length; k++) addFamily(ctx, found[k]!);
}

/**
 * The chip-family matches that begin a word (what the family pattern after a
 * word-start look-behind finds), tried only at word starts that may begin
 * one: a look-behind pattern is tried at every position of the text, which
 * is slow. Most word starts stop at the first-unit table, without a call.
 * `starts`: the text's word starts in order (`scanWords`).
 */
export function familyMatches(c: CompiledEntities, text: string, starts: readonly number[]): RegExpExecArray[] {
  const { familyRe, familyMayBegin, familyFirstUnits } = c;
  const found: RegExpExecArray[] = [];
  if (!familyRe || !familyMayBegin) return found;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < from) continue;
    const unit = text.charCodeAt(at);
    if (unit < FAMILY_FIRST_UNITS && familyFirstUnits[unit] === 0) continue;
    if (!familyMayBegin.test(text, at)) continue;
    familyRe.lastIndex = at;
    const m = familyRe.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    found.push(m);
  }
  return found;
}

function addFamily(ctx: Context, m: RegExpExecArray | RegExpMatchArray): void {
  const i = m.slice(1).findIndex((g) => g !== undefined);
  const entry = ctx.c.families[i];
  if (!entry) return;
  const start = m.index!;
  add(ctx, start, start + m[0].length, familyName(m[i + 1]!), entry.type, 'entity.family', entry.vendor);
}

/** Where the capitals sentences start and end, two numbers each. */
function capsLineRanges(doc: DocumentContext, capsSentence: readonly boolean[]): number[] {
  const ranges: number[] = [];
  for (let k = 0; k < capsSentence.length; k++) if (capsSentence[k]) ranges.push(doc.sentences[k]!.start, doc.sentences[k]!.end);
  return ranges;
}

function inRanges(ranges: readonly number[], at: number): boolean {
  for (let k = 0; k + 1 < ranges.length; k += 2) if (at >= ranges[k]! && at < ranges[k + 1]!) return true;
  return false;
}

function findLexicon(ctx: Context, capsLines: readonly number[]): void {
  const { lexiconWordBits, lexiconHeads, lexiconWords, lexiconNext, lexiconSpellings } = ctx.c;
  const words = documentWords(ctx.doc);
  const hashes = ctx.words.hashes;
  for (let k = 0; k < words.text.length; k++) {
    // The word gate's hash is the word's hash, masked: most words stop at it.
    const hash = hashes[k]! & (WORD_GATE_SIZE - 1);
    if ((lexiconWordBits[hash >>> 3]! & (1 << (hash & 7))) === 0) continue;
    let entry = lexiconHeads[hash]!;
    // spellingsByWord.get(word), read from its chains: compared with a few keys, the word is never hashed whole.
    const word = words.text[k]!;
    while (entry !== 0 && lexiconWords[entry - 1] !== word) entry = lexiconNext[entry - 1]!;
    if (entry === 0) continue;
    const at = words.start[k]!;
    if (ctx.coverage.isFree(at, at + 1)) addLexiconName(ctx, capsLines, at, lexiconSpellings[entry - 1]!);
  }
}

/** The first (longest) of a word's lexicon spellings that the text spells at `at`, as a mention. */
function addLexiconName(ctx: Context, capsLines: readonly number[], at: number, candidates: readonly string[]): void {
  for (const spelling of candidates) {
    const end = spellingEnd(ctx.doc.text, at, spelling, ctx.c.nameEndings);
    if (end < 0) continue;
    // In a capitals headline "WHO" and "US" may be plain words.
    if (inRanges(capsLines, at) && ctx.c.stopWords.has(spelling.toLowerCase())) return;
    const entry = ctx.c.bySpelling.get(spelling)!;
    add(ctx, at, end, entry.name, entry.type, 'entity.lexicon', entry.vendor);
    return;
  }
}

/**
 * Wire copy marks listed companies as "<IBM>" or "<Toshiba Corp>". After a
 * name the bracket holds its symbol; a bare symbol ("<AHM>") names nothing new.
 * Each bracket looks only at the mentions ending just before it and at the
 * last words of its line, so that many brackets cost no more than many words.
 */
function findTickers(ctx: Context, symbols: boolean): void {
  // Most texts have no bracket at all: nothing to index for them.
  if (ctx.doc.text.indexOf('<') < 0) return;
  const known = new KnownNames(ctx);
  const lines = new LineStarts(ctx.doc.text);
  for (const m of ctx.doc.text.matchAll(TICKER)) {
    const inner = m[1]!.trim();
    if (SYMBOL.test(inner) !== symbols) continue;
    const start = m.index + 1;
    const entry = lookupName(ctx.c, inner);
    const named = entry ? undefined : known.endingBefore(m.index) ?? capsNameBefore(ctx, known, lines.startOf(m.index), m.index);
    if (named) add(ctx, start, start + inner.length, named.name, named.type, 'entity.ticker');
    else if (entry || !SYMBOL.test(inner)) add(ctx, start, start + inner.length, entry?.name ?? stripLegalForm(ctx.c, inner), entry?.type ?? 'company', 'entity.ticker', entry?.vendor);
  }
}

const squeeze = (s: string): string => s.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The mentions a ticker may name (neither people nor places), indexed as
 * they are found: by where they end (the first found wins) and by their
 * name's letters (the last found wins). Mentions added meanwhile are taken
 * in before each look-up.
 */
class KnownNames {
  private readonly byEnd = new Map<number, { mention: EntityMention; order: number }>();
  private readonly byLetters = new Map<string, EntityMention>();
  private seen = 0;

  constructor(private readonly ctx: Context) {}

  private update(): void {
    const { mentions } = this.ctx;
    for (; this.seen < mentions.length; this.seen++) {
      const mention = mentions[this.seen]!;
      if (mention.type === 'person' || mention.type === 'place') continue;
      if (!this.byEnd.has(mention.end)) this.byEnd.set(mention.end, { mention, order: this.seen });
      this.byLetters.set(squeeze(mention.name), mention);
    }
  }

  /** The first found mention that ends at most two characters before `at`. */
  endingBefore(at: number): EntityMention | undefined {
    this.update();
    let best: { mention: EntityMention; order: number } | undefined;
    for (let end = at; end >= at - 2; end--) {
      const found = this.byEnd.get(end);
      if (found && (!best || found.order < best.order)) best = found;
    }
    return best?.mention;
  }

  spelledBy(letters: string): EntityMention | undefined {
    this.update();
    return this.byLetters.get(letters);
  }
}

/** Where the line holding an offset starts, for offsets asked in increasing order. */
class LineStarts {
  private scanned = 0;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  startOf(at: number): number {
    for (; this.scanned < at; this.scanned++) if (this.text.charCodeAt(this.scanned) === 10) this.lineStart = this.scanned + 1;
    return this.lineStart;
  }
}

/** Words a capitals name before a ticker may have. */
const CAPS_NAME_WORDS = 4;

/** "HF AHMANSON <AHM>" in a capitals headline: the words before the bracket spell a name found in the text. */
function capsNameBefore(ctx: Context, known: KnownNames, lineStart: number, at: number): EntityMention | undefined {
  const { text } = ctx.doc;
  const words = lastWords(text, lineStart, at, CAPS_NAME_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const named = known.spelledBy(squeeze(tail));
    if (!named) continue;
    const start = text.lastIndexOf(tail, at);
    add(ctx, start, start + tail.length, named.name, named.type, 'entity.ticker');
    return named;
  }
  return undefined;
}

/**
 * The last `count` white-space separated words of text[lineStart, at), read
 * backwards from `at` (a long line is not split whole for each bracket).
 * Fewer when the line has fewer; an empty first word when the line starts
 * with white space and has fewer words than asked (as splitting the line would give).
 */
function lastWords(text: string, lineStart: number, at: number, count: number): string[] {
  let end = at;
  while (end > lineStart && /\s/u.test(text[end - 1]!)) end--;
  const words: string[] = [];
  let pos = end;
  while (words.length < count) {
    let wordStart = pos;
    while (wordStart > lineStart && !/\s/u.test(text[wordStart - 1]!)) wordStart--;
    words.unshift(text.slice(wordStart, pos));
    if (wordStart === lineStart) break;
    pos = wordStart;
    while (pos > lineStart && /\s/u.test(text[pos - 1]!)) pos--;
    if (pos === lineStart) {
      if (words.length < count) words.unshift('');
      break;
    }
  }
  return words;
}

function stripLegalForm(c: CompiledEntities, name: string): string {
  const words = name.split(/\s+/u);
  while (words.length > 1 && c.legalForms.has(words[words.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) words.pop();
  return words.join(' ').replace(/,$/u, '');
}

/** A token the run analysis may use: free, not a stop word, not a role. */
function isNameWord(ctx: Context, t: Token): boolean {
  const lower = lowerOf(t);
  return t.capitalized && ctx.coverage.isFree(t.start, t.end) && !ctx.c.stopWords.has(lower) && !ctx.c.notNames.has(t.text)
    && !ctx.c.roles.has(lower) && !isTitle(ctx.c, t.text) && (ctx.c.config.capitalizationMarksNames || !isCompanyNoun(ctx.c, t.text));
}

function readRun(ctx: Context, run: Run): void {
  legalFormNames(ctx, run);
  organizationWords(ctx, run);
  // A headed name is two words at least: a run of one has none.
  if (ctx.c.config.capitalizationMarksNames && run.tokens.length > 1) headedOrganizations(ctx, run, firstNameToken(ctx, run));
  contextNames(ctx, run);
}

/**
 * The first token of the run that may begin a name: 1 where the run opens its sentence with a word seen elsewhere
 * in lower case, an ordinary word ("Shares of …"), else 0. Asked only where a rule has found something to name:
 * most runs need no answer (it lower-cases the word and looks it up twice).
 */
function firstNameToken(ctx: Context, run: Run): number {
  if (!run.opensSentence || !run.tokens[0]) return 0;
  const lower = lowerOf(run.tokens[0]);
  return ctx.c.stopWords.has(lower) || ctx.words.hasLowerCase(lower) ? 1 : 0;
}

function legalFormNames(ctx: Context, run: Run): void {
  const { tokens } = run;
  const { text } = ctx.doc;
  const legal = ctx.c.legalForms;
  // firstNameToken, asked at the first legal form: a name ends before one at tokens[first] or later.
  let first = -1;
  for (let k = 1; k <= tokens.length; k++) {
    let legalStart: number;
    let legalEnd: number;
    let nameLast = k - 1;
    if (k < tokens.length) {
      const t = tokens[k]!;
      if (!t.capitalized || !isLegalFormWord(ctx.c, t.text)) continue;
      legalStart = t.start;
      legalEnd = t.end;
      // "and Co", "& Co.": the connector belongs to the legal form.
      const prev = tokens[k - 1]!;
      if (!prev.capitalized && legal.has(lowerOf(prev))) {
        legalStart = prev.start;
        nameLast = k - 2;
      }
    } else {
      const after = ctx.c.mayBeLegalAfter(text, run.end) ? ctx.c.legalAfterRe.exec(text.slice(run.end, run.end + 24)) : null;
      if (!after) continue;
      legalStart = run.end;
      legalEnd = run.end + after[0].length;
    }
    if (first < 0) first = firstNameToken(ctx, run);
    if (nameLast < first) continue;
    const nameEnd = tokens[nameLast]!.end;
    let j = nameLast;
    while (j >= first && j > nameLast - 4 && (isNameWord(ctx, tokens[j]!) || (!tokens[j]!.capitalized && ctx.c.config.capitalizationMarksNames && j > first))) j--;
    j++;
    while (j <= nameLast && !tokens[j]!.capitalized) j++;
    // Where every noun is capitalized, an article marks the noun after it as a common one: "die Brauerei Kleinhuber GmbH";
    // not where only a company head would be left: "die Halvard Semiconductor GmbH".
    if (!ctx.c.config.capitalizationMarksNames && j < nameLast && ctx.c.stopWords.has(wordBefore(ctx, run, j).toLowerCase())
      && !(j + 1 === nameLast && ctx.c.companyHeads.has(tokens[nameLast]!.text))) j++;
    if (j > nameLast || legalStart < nameEnd) continue;
    const nameStart = tokens[j]!.start;
    const spelled = text.slice(nameStart, nameEnd).replace(/\s+/gu, ' ');
    const entry = lookupName(ctx.c, spelled);
    add(ctx, nameStart, legalEnd, entry?.name ?? spelled, entry?.type ?? 'company', 'entity.legal-form', entry?.vendor);
  }
}

/**
 * Whether the word (letters and hyphens) right before a run, separated from it by spaces only, is a company
 * noun in lower case ("chipmaker Acme"). Read where it stands: most runs have a word before them, few a
 * company noun, so the word is cut out of the text only when the noun gate lets it through.
 */
function companyNounBeforeRun(c: CompiledEntities, text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  if (end === at) return false;
  // The noun gate reads the last three units at most: the rest of the word is read only where it lets the word through.
  let start = end;
  while (start > 0 && end - start < 3 && at - start < 40) {
    // inNounBefore, with the class of a unit the table holds read from it: asked before every run.
    const unit = text.charCodeAt(start - 1);
    if (unit !== 0x2d && !((unit < LOW_UNITS ? LOW_UNIT_CLASSES[unit]! : classOfUnit(text, start - 1)) & WORD_CHAR_CLASS)) break;
    start--;
  }
  if (start === end || !c.companyNounEnds.mayEndIn(text, start, end)) return false;
  while (start > 0 && at - start < 40 && inNounBefore(text, start)) start--;
  const nounBefore = text.slice(start, end);
  return isCompanyNoun(c, nounBefore) && !NAME_START.test(nounBefore);
}

/** Whether the unit before `i` may belong to a company noun before a run: a word character or a hyphen. */
const LOW_UNITS = LOW_UNIT_CLASSES.length;

function inNounBefore(text: string, i: number): boolean {
  return (classOfUnit(text, i - 1) & WORD_CHAR_CLASS) !== 0 || text.charCodeAt(i - 1) === 0x2d;
}

function wordBefore(ctx: Context, run: Run, i: number): string {
  if (i > 0) return run.tokens[i - 1]!.text;
  return /((?:\p{L}|\p{M})+)[^\p{L}\p{M}]*$/u.exec(ctx.doc.text.slice(Math.max(0, run.start - 30), run.start))?.[1] ?? '';
}

/** "Finanzministerium", "Bundesministerium für Bildung und Forschung". */
function organizationWords(ctx: Context, run: Run): void {
  if (ctx.c.config.organizationWordEndings.length === 0) return;
  const re = ctx.c.organizationWordRe;
  const { tokens } = run;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || !ctx.c.organizationWordEndingsFound.endsIn(t.text, 1) || !re.test(t.text) || !ctx.coverage.isFree(t.start, t.end)) continue;
    let end = i;
    // "… für Bildung und Forschung": the body's remit belongs to its name.
    if (tokens[i + 1] && !tokens[i + 1]!.capitalized && ctx.c.config.nameConnectors.includes(tokens[i + 1]!.text)) {
      let j = i + 2;
      while (j < tokens.length && (tokens[j]!.capitalized ? isNameWord(ctx, tokens[j]!) : ctx.c.config.nameConnectors.includes(tokens[j]!.text) && tokens[j + 1]?.capitalized)) j++;
      if (j > i + 2) end = j - 1;
    }
    const name = end === i ? withoutGenitive(ctx, t.text) : ctx.doc.text.slice(t.start, tokens[end]!.end).replace(/\s+/gu, ' ');
    add(ctx, t.start, tokens[end]!.end, name, 'organization', 'entity.organization-word');
    i = end;
  }
}

function withoutGenitive(ctx: Context, word: string): string {
  for (const ending of ctx.c.config.organizationWordEndings) {
    const at = word.lastIndexOf(ending);
    if (at > 0) return word.slice(0, at + ending.length);
  }
  return word;
}

/** English: capitalized phrases that end in "Association", "Fund", or read "Bank of X". */
function headedOrganizations(ctx: Context, run: Run, first: number): void {
  const { tokens } = run;
  let segStart = first;
  for (let i = first; i <= tokens.length; i++) {
    const t = tokens[i];
    const breaks = !t || (t.capitalized && !isNameWord(ctx, t));
    if (!breaks) continue;
    const seg = tokens.slice(segStart, i);
    segStart = i + 1;
    while (seg.length && !seg[seg.length - 1]!.capitalized) seg.pop();
    if (seg.length < 2) continue;
    const headAt = seg.findIndex((s) => ctx.c.organizationHeads.has(s.text));
    if (headAt < 0) {
      companyHeaded(ctx, seg);
      continue;
    }
    const last = seg[seg.length - 1]!;
    // The head ends the name ("Semiconductor Industry Association") or a connector follows it ("Bank of England").
    if (headAt !== seg.length - 1 && seg[headAt + 1]!.capitalized) continue;
    const name = ctx.doc.text.slice(seg[0]!.start, last.end).replace(/\s+/gu, ' ');
    add(ctx, seg[0]!.start, last.end, name, 'organization', 'entity.organization-head');
  }
}

/** "Nexon Semiconductor", "Acme Technologies": a name-shaped segment that a company head ends. */
function companyHeaded(ctx: Context, seg: readonly Token[]): void {
  const last = seg[seg.length - 1]!;
  if (!ctx.c.companyHeads.has(last.text)) return;
  const spelled = ctx.doc.text.slice(seg[0]!.start, last.end).replace(/\s+/gu, ' ');
  const entry = lookupName(ctx.c, spelled);
  add(ctx, seg[0]!.start, last.end, entry?.name ?? spelled, entry?.type ?? 'company', 'entity.company-head', entry?.vendor);
}

/** "der Konzern X", "chipmaker X", "X-Chef". */
function contextNames(ctx: Context, run: Run): void {
  const { tokens } = run;
  const { c } = ctx;
  // A company noun in lower case right before the run ("chipmaker Acme").
  let from = companyNounBeforeRun(c, ctx.doc.text, run.start) ? firstNameToken(ctx, run) : -1;
  // A company noun in the run, from its first token that may begin a name.
  for (let i = 0; i < tokens.length - 1 && from < 0; i++) {
    if (isCompanyNoun(c, tokens[i]!.text) && (i > 0 || firstNameToken(ctx, run) === 0)) from = i + 1;
  }
  if (from >= 0 && from < tokens.length) companyNounName(ctx, tokens, from);
  // "X-Chef", "X-Sprecherin": a name-shaped first part of a compound.
  // A hyphen after the first character (indexOf from 1, not lastIndexOf: a call into the runtime, three times slower).
  // A token that is one of the document's words (its lower case known) holds no hyphen: not searched.
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.lower === null && tokens[k]!.text.indexOf('-', 1) >= 0) compoundHeadName(ctx, tokens[k]!);
}

/** The name after a company noun, starting at tokens[from], if it is one. Apart from contextNames: few runs get here. */
function companyNounName(ctx: Context, tokens: readonly Token[], from: number): void {
  const { c } = ctx;
  const named = tokens[from]!;
  if (!isNameWord(ctx, named) || ctx.words.hasLowerCase(lowerOf(named)) || c.commonNounEndings.endsIn(lowerOf(named), 2)) return;
  let to = from;
  if (c.config.capitalizationMarksNames) while (to + 1 < tokens.length && to - from < 2 && isNameWord(ctx, tokens[to + 1]!)) to++;
  // Where every noun is capitalized, only a given name vouches for the word after it: "die Unternehmensberatung Roland Berger".
  else if (c.firstNames.has(named.text) && from + 1 < tokens.length && isNameWord(ctx, tokens[from + 1]!)) to = from + 1;
  const start = named.start;
  const end = tokens[to]!.end;
  const spelled = ctx.doc.text.slice(start, end).replace(/\s+/gu, ' ');
  const entry = lookupName(c, spelled);
  add(ctx, start, end, entry?.name ?? trimEnding(ctx, spelled), entry?.type ?? 'company', 'entity.company-noun', entry?.vendor);
}

/** "X-Chef": the first part of a hyphen compound with a company head, if it is name-shaped. */
function compoundHeadName(ctx: Context, t: Token): void {
  const { c } = ctx;
  const head = t.text.slice(t.text.lastIndexOf('-') + 1);
  const prefix = t.text.slice(0, t.text.indexOf('-'));
  if (!c.companyCompoundHeads.has(head) || !INNER_CAPITAL.test(prefix) || c.notNames.has(prefix) || c.stopWords.has(prefix.toLowerCase())) return;
  const entry = lookupName(c, prefix);
  add(ctx, t.start, t.start + prefix.length, entry?.name ?? prefix, entry?.type ?? 'company', 'entity.compound-head', entry?.vendor);
}

/** A name read from context loses a genitive ending the lexicon would have removed: "Acmes" → "Acme" only when "Acme" occurs too. */
function trimEnding(ctx: Context, name: string): string {
  if (!name.endsWith('s')) return name.replace(/['’]s$/u, '');
  const base = name.slice(0, -1);
  return ctx.words.has(base) ? base : name;
}

/**
 * "Hochschul-Informations-System (HIS)": the bracketed letters name the
 * entity before them, which may be new if its initials spell them.
 */
function findBracketedAbbreviations(ctx: Context, runs: Run[]): void {
  const { text } = ctx.doc;
  let aliases: Map<string, EntityMention> | undefined;
  // The mentions found before this pass, by where they end: made at the first bracket (most texts have none).
  let byEnd: Map<number, EntityMention> | undefined;
  // The loop over every run stays small (the optimizing compiler compiles it alone); a bracket is rare.
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const m = bracketFollows(text, run.end) ? BRACKETED_ABBREVIATION.exec(text.slice(run.end, run.end + 16)) : null;
    if (!m) continue;
    byEnd ??= new Map(ctx.mentions.map((mention) => [mention.end, mention]));
    const named = abbreviated(ctx, run, m[1]!, byEnd);
    if (named) (aliases ??= new Map()).set(m[1]!, named);
  }
  if (aliases) addAliasMentions(ctx, aliases);
}

/**
 * The organization or thing that `abbr`, in brackets after the run, stands
 * for: the mention ending with the run, else one made of the run's words
 * whose initials end in it ("Hochschul-Informations-System (HIS)"); none for
 * a person or place.
 */
function abbreviated(ctx: Context, run: Run, abbr: string, byEnd: ReadonlyMap<number, EntityMention>): EntityMention | null {
  let named = byEnd.get(run.end);
  if (!named) {
    const words = run.tokens.filter((t) => isNameWord(ctx, t));
    const initials = initialsOf(words);
    if (words.length === 0 || !initials.endsWith(abbr) || abbr.length < 2) return null;
    const startToken = findTokenForInitial(words, initials.length - abbr.length);
    if (!startToken) return null;
    const name = ctx.doc.text.slice(startToken.start, run.end).replace(/\s+/gu, ' ');
    if (!add(ctx, startToken.start, run.end, name, 'organization', 'entity.abbreviation')) return null;
    named = ctx.mentions[ctx.mentions.length - 1]!;
  }
  return named.type === 'person' || named.type === 'place' ? null : named;
}

/**
 * A company named with its legal form or head word ("Nexon Corp.", "Nexon
 * Semiconductor", "die Kleinhuber GmbH") is mostly called by its one
 * distinctive word afterwards ("Nexon declined to comment"): each use of that
 * word is a mention of the company, not a surname. Not where the word is an
 * ordinary one (written in lower case in the text, or with a common noun's
 * ending), a given name, or part of a longer name (partOfLongerName).
 */
function findShortNames(ctx: Context): void {
  /** Each short name by its first word ("Borg" for "Borg-Warner"), with the company it names. */
  let byFirstWord: Map<string, { short: string; parts: number; named: EntityMention }> | undefined;
  for (const mention of ctx.mentions) {
    const short = shortNameOf(ctx, mention);
    if (short === null) continue;
    const parts = short.split('-');
    if (!byFirstWord?.has(parts[0]!)) (byFirstWord ??= new Map()).set(parts[0]!, { short, parts: parts.length, named: mention });
  }
  if (!byFirstWord) return;
  // A word is a short name's first only if its hash is one of theirs: most words are turned away without a Map look-up.
  const gate = new Uint8Array(ALIAS_GATE_SIZE);
  for (const first of byFirstWord.keys()) gate[wordHash(first) & (ALIAS_GATE_SIZE - 1)] = 1;
  const hashes = ctx.words.hashes;
  const words = documentWords(ctx.doc);
  const { text } = ctx.doc;
  for (let k = 0; k < words.text.length; k++) {
    if (gate[hashes[k]! & (ALIAS_GATE_SIZE - 1)] === 0) continue;
    const entry = byFirstWord.get(words.text[k]!);
    if (!entry) continue;
    const start = words.start[k]!;
    const end = start + entry.short.length;
    const last = k + entry.parts - 1;
    // A hyphenated short name is its words with hyphens between them, as the company's name writes it.
    if (last >= words.text.length || words.start[last]! + words.text[last]!.length !== end || !text.startsWith(entry.short, start)) continue;
    if (partOfLongerName(ctx, k, last)) continue;
    add(ctx, start, end, entry.named.name, entry.named.type, 'entity.short-name', entry.named.vendor);
  }
}

function shortNameOf(ctx: Context, mention: EntityMention): string | null {
  if (mention.type !== 'company' || (mention.rule !== 'entity.legal-form' && mention.rule !== 'entity.company-head')) return null;
  const words = stripLegalForm(ctx.c, mention.name).split(' ');
  if (words.length === 2 && ctx.c.companyHeads.has(words[1]!)) words.pop();
  if (words.length !== 1) return null;
  const word = words[0]!;
  const lower = word.toLowerCase();
  if (word.length < 3 || !NAME_START.test(word) || ctx.c.stopWords.has(lower) || ctx.c.notNames.has(word)) return null;
  if (ctx.c.commonNounEndings.endsIn(lower, 2)) return null;
  return ctx.words.hasLowerCase(lower) || ctx.c.firstNames.has(word) || isTitle(ctx.c, word) ? null : word;
}

/**
 * Whether the document's words `first` to `last` are part of a longer name
 * or of a noun phrase, not the company alone: after a given name or title
 * ("Hans Kleinhuber"), inside a hyphen compound ("Bundesländer-Volksbanken"),
 * after or (where capitalization marks names) before another name word
 * ("Continental Illinois", "Holiday Inns"), and, where every noun is
 * capitalized, after an adjective ("die regionalen Volksbanken").
 */
function partOfLongerName(ctx: Context, first: number, last: number): boolean {
  const words = documentWords(ctx.doc);
  const { text } = ctx.doc;
  const { c } = ctx;
  const start = words.start[first]!;
  const end = words.start[last]! + words.text[last]!.length;
  if (text.charCodeAt(start - 1) === HYPHEN || text.charCodeAt(end) === HYPHEN) return true;
  if (first > 0 && spacesOnly(text, words.start[first - 1]! + words.text[first - 1]!.length, start)) {
    const before = words.text[first - 1]!;
    if (c.firstNames.has(before) || isTitle(c, before)) return true;
    // Another name word ("Continental Illinois"); where every noun is capitalized, any word but a function word ("regionalen").
    const capitalized = words.lower[first - 1] !== before;
    if (!c.stopWords.has(words.lower[first - 1]!) && (capitalized || !c.config.capitalizationMarksNames)) return true;
  }
  const next = last + 1;
  if (c.config.capitalizationMarksNames && next < words.text.length && spacesOnly(text, end, words.start[next]!)) {
    return words.lower[next] !== words.text[next] && !c.stopWords.has(words.lower[next]!);
  }
  return false;
}

const HYPHEN = 0x2d;

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09) return false;
  return to > from;
}

/** Every later use of an alias, bare or with an "s", as a mention of what it stands for. */
function addAliasMentions(ctx: Context, aliases: ReadonlyMap<string, EntityMention>): void {
  // A word is an alias only if its hash is one of theirs: most words are turned away by
  // that, without a Map look-up, which would hash each word whole.
  const gate = new Uint8Array(ALIAS_GATE_SIZE);
  for (const abbr of aliases.keys()) {
    gate[wordHash(abbr) & (ALIAS_GATE_SIZE - 1)] = 1;
    gate[wordHash(`${abbr}s`) & (ALIAS_GATE_SIZE - 1)] = 1;
  }
  const hashes = ctx.words.hashes;
  const words = documentWords(ctx.doc);
  for (let k = 0; k < words.text.length; k++) {
    if (gate[hashes[k]! & (ALIAS_GATE_SIZE - 1)] === 0) continue;
    const word = words.text[k]!;
    const named = aliases.get(word) ?? (word.endsWith('s') ? aliases.get(word.slice(0, -1)) : undefined);
    if (named) add(ctx, words.start[k]!, words.start[k]! + word.length, named.name, named.type, 'entity.abbreviation', named.vendor);
  }
}

/** The size of the alias gates of findBracketedAbbreviations and findShortNames, a power of two. */
const ALIAS_GATE_SIZE = 256;

/** The first letters of the capitalized words and hyphen parts of the tokens: "HIS" of "Hochschul-Informations-System". */
function initialsOf(tokens: readonly Token[]): string {
  // The first unit of each hyphen part that begins with a capital, read in place: no parts split off.
  let initials = '';
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    for (let from = 0; ;) {
      const dash = text.indexOf('-', from);
      const to = dash < 0 ? text.length : dash;
      if (to > from && classAt(text, from) & UPPER) initials += text[from]!;
      if (dash < 0) break;
      from = dash + 1;
    }
  }
  return initials;
}

/** Whether blanks and an opening bracket follow `at`: what BRACKETED_ABBREVIATION needs first. */
function bracketFollows(text: string, at: number): boolean {
  const n = text.length;
  let i = at;
  while (i < n && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i < n && text.charCodeAt(i) === 0x28;
}

/** The token where the initials from `skip` onward begin, counting hyphen parts as words. */
function findTokenForInitial(tokens: Token[], skip: number): Token | undefined {
  let seen = 0;
  for (const t of tokens) {
    if (seen === skip) return t;
    seen += t.text.split('-').filter((w) => NAME_START.test(w)).length;
    if (seen > skip) return undefined;
  }
  return undefined;
}
