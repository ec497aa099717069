/**
 * People: a given name and a surname ("Michael Hughes", "Hans Jörg
 * Schelling"), or a title or role and a name ("Finanzminister Schelling",
 * "Mr Chidambaram", "Toshiba President Sei-ichi Takayanagi"). The role and the
 * organization stated next to the name travel with the mention ("TikTok-Sprecher
 * Michael Hughes", "Edward White, analyst at E.F. Hutton"). Later mentions by
 * surname alone are linked to the full name.
 */
import { type DocumentContext, type EntityMention, entityMention } from '../../core/model.js';
import { type CompiledEntities, isFirstName, isRoleWord, isTitle } from './compiled.js';
import type { Coverage } from './coverage.js';
import type { NamedThings } from './names.js';
import { type DocumentWordSet, type Run, type Token, lowerOf, wordHash } from './runs.js';
import { documentWords } from '../../core/words.js';
import { firstStartingAt } from '../../core/sorted.js';
import { LATIN1_LOWER, WORD_CHAR as WORD_CHAR_CLASS, classBefore, classOfUnit, isLetterOrMark, widthBefore } from '../../core/chars.js';

const SINGLE_INITIAL = /^\p{Lu}\.?$|^\p{Lu}\.(?: ?\p{Lu}\.)*$/u;
const SURNAME_ENDINGS = ['s'];
const WORD_CHAR = /(?:\p{L}|\p{M}|\p{N})/u;
const NEXT_CAPITAL_WORD = /^[ \t]+(\p{Lu}(?:\p{L}|\p{M})*)/u;
// Made once, not at every call (a pattern literal makes a new object each time it is evaluated).
const HAS_NUMBER = /\p{N}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const CAPITALS_ONLY = /^\p{Lu}+$/u;

interface Context {
  doc: DocumentContext;
  c: CompiledEntities;
  coverage: Coverage;
  named: NamedThings;
  at: NamedAt;
  people: EntityMention[];
}

export function findPeople(doc: DocumentContext, c: CompiledEntities, coverage: Coverage, named: NamedThings): EntityMention[] {
  const ctx: Context = { doc, c, coverage, named, at: new NamedAt(named.mentions), people: [] };
  for (const run of named.runs) if (!run.inCapsLine && run.tokens.length > 1) readRun(ctx, run);
  if (c.wideGivenNames.size > 0) wideGivenNamePeople(ctx);
  return ctx.people;
}


/** A word that can stand in a person's name here. */
function nameWord(ctx: Context, t: Token | undefined): t is Token {
  if (!t || !t.capitalized || !ctx.coverage.isFree(t.start, t.end)) return false;
  const lower = lowerOf(t);
  return !ctx.c.stopWords.has(lower) && !ctx.c.notNames.has(t.text) && !isTitle(ctx.c, t.text) && !isRoleWord(ctx.c, t.text)
    && !HAS_NUMBER.test(t.text) && !ALL_CAPITALS.test(t.text);
}

function readRun(ctx: Context, run: Run): void {
  const { tokens } = run;
  const { c } = ctx;
  // A person is two tokens at least (a given name and a surname, a title or role and a name): the last
  // token starts none, and a run of one word (most German runs: a capitalized noun) is not read.
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    let first = -1;
    let rule = '';
    if (t.capitalized && isFirstName(c, t.text) && nameWord(ctx, t) && !(i === 0 && run.opensSentence && ctx.named.words.hasLowerCase(lowerOf(t)))) {
      first = i;
      rule = 'entity.person.given-name';
    } else if ((isTitle(c, t.text) || isRoleWord(ctx.c, t.text) && (c.config.capitalizationMarksNames || !CAPITALS_ONLY.test(t.text))) && nameWord(ctx, tokens[i + 1])) {
      first = i + 1;
      rule = isTitle(c, t.text) ? 'entity.person.title' : 'entity.person.role';
    }
    if (first < 0) continue;
    // Given names and initials, then one surname: "Hans Jörg Schelling", "E. F. Smith", "Ursula von der Leyen".
    let j = first;
    while (j + 1 < tokens.length && (isFirstName(c, tokens[j + 1]!.text) || SINGLE_INITIAL.test(tokens[j]!.text)) && nameWord(ctx, tokens[j + 1]) && tokens[j + 2] !== undefined && nameWord(ctx, tokens[j + 2])) j++;
    let last = j;
    if (rule === 'entity.person.given-name' || j > first) {
      let k = j + 1;
      while (k < tokens.length && !tokens[k]!.capitalized && c.config.nameParticles.includes(tokens[k]!.text)) k++;
      if (!nameWord(ctx, tokens[k])) continue;
      last = k;
    } else if (nameWord(ctx, tokens[first + 1]) && (c.config.capitalizationMarksNames || !nameWord(ctx, tokens[first + 2]))) {
      // "President Sei-ichi Takayanagi", "Außenministerin Condoleezza Rice": an unknown given name before the surname.
      last = first + 1;
    }
    if (SINGLE_INITIAL.test(tokens[last]!.text)) continue;
    addPerson(ctx, tokens, first, last, rule);
    i = last;
  }
}

function addPerson(ctx: Context, tokens: Token[], first: number, last: number, rule: string): void {
  const { text } = ctx.doc;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (!ctx.coverage.claim(start, end)) return;
  let name = text.slice(start, end).replace(/\s+/gu, ' ');
  name = name.replace(/['’]s$/u, '');
  // A genitive "Obamas" names Obama where the text also writes the bare surname.
  if (name.endsWith('s') && name.includes(' ') && ctx.named.words.has(name.slice(name.lastIndexOf(' ') + 1, -1))) name = name.slice(0, -1);
  const mention = entityMention(text.slice(start, end), start, end, name, 'person', rule, undefined);
  attachRoleBefore(ctx, mention, text.slice(Math.max(0, start - 80), start), start);
  attachRoleAfter(ctx, mention, end);
  ctx.people.push(mention);
}

function mentionEndingAt(ctx: Context, at: number): EntityMention | undefined {
  const { text } = ctx.doc;
  // "Nvidia spokeswoman", "Oxfam's adviser", "TikTok-Sprecher": the organization touches the role.
  let pos = at;
  while (pos > 0 && /[ \t\r\n-]/u.test(text[pos - 1]!)) pos--;
  if (text.slice(pos - 2, pos) === "'s" || text.slice(pos - 2, pos) === '’s') pos -= 2;
  let first: { index: number; mention: EntityMention } | undefined;
  for (let end = pos - 1; end <= at; end++) {
    const found = ctx.at.end.get(end);
    if (found && (end === pos || found.mention.start < pos) && (!first || found.index < first.index)) first = found;
  }
  return first?.mention ?? ctx.at.covering(pos);
}

/**
 * The lexicon's and the run analysis' mentions by where they start and end,
 * so that a person's organization is looked up next to the person rather
 * than searched for through every mention of the text. The mentions do not
 * overlap (each claimed its characters), so one starts and one ends at an
 * offset at most; `index` is the place in the list, whose first match wins.
 */
class NamedAt {
  readonly start = new Map<number, { index: number; mention: EntityMention }>();
  readonly end = new Map<number, { index: number; mention: EntityMention }>();
  private readonly byStart: EntityMention[];

  constructor(mentions: readonly EntityMention[]) {
    mentions.forEach((mention, index) => {
      if (!this.start.has(mention.start)) this.start.set(mention.start, { index, mention });
      if (!this.end.has(mention.end)) this.end.set(mention.end, { index, mention });
    });
    this.byStart = [...mentions].sort((a, b) => a.start - b.start);
  }

  /** The mention with start < pos <= end. */
  covering(pos: number): EntityMention | undefined {
    const m = this.byStart[firstStartingAt(this.byStart, pos) - 1];
    return m && m.end >= pos ? m : undefined;
  }
}

function attachRoleBefore(ctx: Context, mention: EntityMention, before: string, start: number): void {
  const at = roleEndingText(ctx.c, before);
  let roleStart: number;
  if (at >= 0) {
    mention.role = before.slice(at).replace(TRAILING_BLANKS, '');
    roleStart = start - (before.length - at);
  } else {
    // German compounds: "TikTok-Sprecher", "Finanzminister", "Vorstandschef".
    const last = lastWordBeforeBlanks(before);
    if (!last || !isRoleWord(ctx.c, last.word)) return;
    const dash = last.word.lastIndexOf('-');
    mention.role = dash >= 0 ? last.word.slice(dash + 1) : last.word;
    roleStart = start - last.length + (dash >= 0 ? dash + 1 : 0);
  }
  const org = mentionEndingAt(ctx, roleStart);
  if (org && org.type !== 'place' && org.type !== 'person' && org.type !== 'chip' && roleStart - org.end <= 3) mention.organization = org.name;
}

/**
 * The word (letters, marks, digits, hyphens) that `before` ends in, before
 * its trailing blanks, and the length from it to the end: what
 * `/([\p{L}\p{M}\p{N}-]+)[ \t\r\n]+$/u` finds, read backwards from the end
 * instead of tried at every position.
 */
export function lastWordBeforeBlanks(before: string): { word: string; length: number } | null {
  let end = before.length;
  while (end > 0 && BLANK.has(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return null;
  let start = end;
  while (start > 0) {
    if (before.charCodeAt(start - 1) === HYPHEN) start--;
    else if (classBefore(before, start) & WORD_CHAR_CLASS) start -= widthBefore(before, start);
    else break;
  }
  return start === end ? null : { word: before.slice(start, end), length: before.length - start };
}

const BLANK = new Set([0x20, 0x09, 0x0d, 0x0a]);
const HYPHEN = 0x2d;

function attachRoleAfter(ctx: Context, mention: EntityMention, end: number): void {
  const after = ctx.doc.text.slice(end, end + 120);
  const m = roleOpening(ctx.c, after);
  if (!m) return;
  if (!mention.role) mention.role = after.slice(m.start, m.end);
  if (mention.organization || m.linkerEnd < 0) return;
  const orgAt = end + m.linkerEnd;
  let org: { index: number; mention: EntityMention } | undefined;
  for (let start = orgAt; start <= orgAt + 4; start++) {
    const found = ctx.at.start.get(start);
    if (found && found.mention.type !== 'place' && found.mention.type !== 'chip' && (!org || found.index < org.index)) org = found;
  }
  if (org) mention.organization = org.mention.name;
}

const TRAILING_BLANKS = /[ \t\r\n]+$/u;
const BLANKS = /[ \t\r\n]+/uy;
const ARTICLE = /(?:a|an|the|der|die|das|ein|eine)[ \t\r\n]+/iuy;
const LOWER_WORD = /[\p{Ll}-]+[ \t\r\n]+/iuy;

/** The end of `text` matched from `at` after a sticky pattern, or -1. */
function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * The end of the longest role written at `at` (any case, any blanks between
 * its words), or -1. `wordEnd`: it must not run on into a letter or digit.
 */
function roleAt(c: CompiledEntities, text: string, at: number, wordEnd: boolean): number {
  if (at >= text.length) return -1;
  const firstUnit = text.charCodeAt(at);
  // The first character's lower case by table where it is ASCII or Latin-1 (most): no string made per position.
  const candidates = c.rolesByFirstChar.get(firstUnit <= 0xff ? LATIN1_LOWER_CHARS[firstUnit]! : text[at]!.toLowerCase());
  if (!candidates) return -1;
  for (const role of candidates) {
    let i = at;
    for (let k = 0; k < role.length && i >= 0; k++) {
      const ch = role.charCodeAt(k);
      if (ch === SPACE_UNIT) {
        const from = i;
        while (i < text.length && /\s/u.test(text[i]!)) i++;
        if (i === from) i = -1;
      } else if (i < text.length && unitLowerEquals(text, i, ch)) {
        i++;
      } else {
        i = -1;
      }
    }
    if (i >= 0 && (!wordEnd || !WORD_CHAR.test(text[i] ?? ''))) return i;
  }
  return -1;
}

/**
 * Whether the UTF-16 unit at `i`, lower-cased (as `text[i].toLowerCase()`), is the one unit `unit`: read by
 * table for ASCII and Latin-1, which lower-case unit for unit; other units are lower-cased as strings.
 */
function unitLowerEquals(text: string, i: number, unit: number): boolean {
  const own = text.charCodeAt(i);
  if (own <= 0xff) return LATIN1_LOWER[own] === unit;
  const lower = text[i]!.toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) === unit;
}

const SPACE_UNIT = 0x20;
/** Each ASCII and Latin-1 unit's lower case, as a string (a role list's key). */
const LATIN1_LOWER_CHARS: readonly string[] = Array.from(LATIN1_LOWER, (unit) => String.fromCharCode(unit));

/**
 * Where a role begins that ends `text` before its closing blanks ("… Nvidia
 * spokeswoman "), or -1: the leftmost, so the longest ("chief executive
 * officer", not "officer"). It starts the text or follows a non-letter
 * ("TikTok-Sprecher").
 */
function roleEndingText(c: CompiledEntities, text: string): number {
  // Where the closing blanks (`[ \t\r\n]+$`) begin, read from the end.
  let blanks = text.length;
  while (blanks > 0 && BLANK.has(text.charCodeAt(blanks - 1))) blanks--;
  if (blanks === text.length) return -1;
  // Before the blanks stands a role's last word, or no role ends there (most texts before a name).
  if (c.roleLastWords.matchLowerCase(text.slice(0, blanks), 0, 0) === 0) return -1;
  for (let at = 0; at < blanks; at++) {
    // `[^\p{L}\p{M}]` before it: no letter or mark (half of a surrogate pair is neither).
    if (at > 0 && isLetterOrMark(classOfUnit(text, at - 1))) continue;
    if (roleAt(c, text, at, false) === blanks) return at;
  }
  return -1;
}


/**
 * A role opening the text after a name (", analyst at "): after a comma and
 * blanks, maybe an article, and up to three lower-case words ("a senior
 * analyst"), fewest first; with the linker to its organization, if one
 * follows. `linkerEnd` is -1 without one.
 */
function roleOpening(c: CompiledEntities, text: string): { start: number; end: number; linkerEnd: number } | null {
  const open = stickyEnd(BLANKS, text, text[0] === ',' ? 1 : 0);
  if (open < 0) return null;
  const article = stickyEnd(ARTICLE, text, open);
  for (const first of article >= 0 ? [article, open] : [open]) {
    let at = first;
    for (let skipped = 0; skipped <= 3 && at >= 0; skipped++) {
      const end = roleAt(c, text, at, true);
      if (end >= 0) return { start: at, end, linkerEnd: stickyEnd(c.roleLinkerRe, text, end) };
      at = stickyEnd(LOWER_WORD, text, at);
    }
  }
  return null;
}

/**
 * "Rod Eddington", "Dawn Hochsprung": a run of two or three capitalized words
 * that nothing else explained, that the text never writes in lower case, and
 * that starts with a name of the wide list. Not across a line break (a
 * headline's end), not ending in an initial, not ending in a word that makes
 * it an organization ("Baker International", "Madison Square Garden").
 */
function wideGivenNamePeople(ctx: Context): void {
  const { c } = ctx;
  const { text } = ctx.doc;
  for (const run of ctx.named.runs) {
    const { tokens } = run;
    if (run.inCapsLine || tokens.length < 2 || tokens.length > 3) continue;
    if (!c.wideGivenNames.has(givenPart(tokens[0]!.text).toLowerCase())) continue;
    if (!tokens.every((t) => t.capitalized && !ctx.named.words.hasLowerCase(lowerOf(t)) && nameWord(ctx, t))) continue;
    const last = tokens[tokens.length - 1]!.text;
    if (SINGLE_INITIAL.test(last) || tokens.slice(1).some((t) => isOrganizationWord(c, t.text))) continue;
    const words = text.slice(run.start, run.end);
    if (/[\r\n]/u.test(words) || !ctx.coverage.isFree(run.start, run.end)) continue;
    ctx.coverage.take(run.start, run.end);
    const mention = entityMention(words, run.start, run.end, words.replace(/\s+/gu, ' '), 'person', 'entity.person.wide-given-name', undefined);
    attachRoleBefore(ctx, mention, text.slice(Math.max(0, run.start - 80), run.start), run.start);
    attachRoleAfter(ctx, mention, run.end);
    ctx.people.push(mention);
  }
}

/** "Jo" of "Jo-Renee": a double given name is known by its first part. */
function givenPart(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 ? word.slice(0, dash) : word;
}

/** A word that makes a capitalized phrase a company or a body: "Group", "Inc", "Association". */
function isOrganizationWord(c: CompiledEntities, word: string): boolean {
  const lower = word.toLowerCase();
  return c.organizationHeads.has(word) || c.companyNouns.has(lower) || c.legalForms.has(lower.replace(/[.,]/gu, ''));
}

/** The length of "'s", "’s" or a bare apostrophe closing a word at `at`, else 0. */
function possessiveLength(text: string, at: number): number {
  const quote = at < text.length ? text.charCodeAt(at) : -1;
  if (quote !== APOSTROPHE && quote !== RIGHT_QUOTE) return 0;
  const length = at + 1 < text.length && text.charCodeAt(at + 1) === LOWER_S ? 2 : 1;
  return at + length < text.length && classOfUnit(text, at + length) & WORD_CHAR_CLASS ? 0 : length;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 0x73;

/** The known surname a word spells with a genitive ending ("Schellings"), if any. */
function surnameWithEnding(known: ReadonlySet<string>, word: string): string | undefined {
  for (let k = 0; k < SURNAME_ENDINGS.length; k++) {
    const ending = SURNAME_ENDINGS[k]!;
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, word.length - ending.length);
    if (known.has(base)) return base;
  }
  return undefined;
}

/** The size of linkSurnames' gate table, a power of two. */
const SURNAME_GATE_SIZE = 1024;

/**
 * Joins people named by surname alone to the one full name with that surname,
 * adds every later bare surname as a mention, and shares role and organization
 * among a person's mentions.
 */
export function linkSurnames(doc: DocumentContext, c: CompiledEntities, coverage: Coverage, mentions: EntityMention[], wordSet: DocumentWordSet): EntityMention[] {
  const people: EntityMention[] = [];
  for (let k = 0; k < mentions.length; k++) if (mentions[k]!.type === 'person') people.push(mentions[k]!);
  const fullBySurname = new Map<string, string | null>();
  for (const p of people) {
    const words = p.name.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    const known = fullBySurname.get(surname);
    fullBySurname.set(surname, known === undefined || known === p.name ? p.name : null);
  }
  for (const p of people) {
    const full = fullBySurname.get(p.name.replace(/s$/u, '')) ?? fullBySurname.get(p.name);
    if (!p.name.includes(' ') && full) p.name = full;
  }
  const added = fullBySurname.size > 0 ? bareSurnames(doc, c, coverage, fullBySurname, wordSet) : [];
  shareRoles([...people, ...added]);
  return added;
}

/**
 * The later mentions of a surname alone, as mentions of its full name. The
 * one pass over every word of the text, apart from the once-per-document
 * work around it (which so stays small for the optimizing compiler).
 */
function bareSurnames(doc: DocumentContext, c: CompiledEntities, coverage: Coverage, fullBySurname: ReadonlyMap<string, string | null>, wordSet: DocumentWordSet): EntityMention[] {
  const added: EntityMention[] = [];
  const known = new Set<string>();
  // A word spells a surname, bare or with an ending, only if its hash (its first two and last units and its
  // length, DocumentWordSet's) does: most words are turned away by a table look-up (a collision only lets one by).
  const gate = new Uint8Array(SURNAME_GATE_SIZE);
  let anyWord = false;
  for (const [surname, full] of fullBySurname) {
    if (full === null) continue;
    known.add(surname);
    if (surname.length === 0) anyWord = true;
    else gate[wordHash(surname) & (SURNAME_GATE_SIZE - 1)] = 1;
    for (let e = 0; e < SURNAME_ENDINGS.length; e++) gate[wordHash(surname + SURNAME_ENDINGS[e]!) & (SURNAME_GATE_SIZE - 1)] = 1;
  }
  if (known.size === 0) return added;
  const words = documentWords(doc);
  const hashes = wordSet.hashes;
  for (let k = 0; k < words.text.length; k++) {
    if (!anyWord && gate[hashes[k]! & (SURNAME_GATE_SIZE - 1)] !== 1) continue;
    const word = words.text[k]!;
    const surname = known.has(word) ? word : surnameWithEnding(known, word);
    if (!surname) continue;
    const start = words.start[k]!;
    const end = start + word.length + possessiveLength(doc.text, start + word.length);
    // "White House" is not Mr White: a capitalized word right after continues another name.
    const next = NEXT_CAPITAL_WORD.exec(doc.text.slice(end, end + 30));
    if (c.config.capitalizationMarksNames && next && !c.stopWords.has(next[1]!.toLowerCase())) continue;
    if (!coverage.claim(start, end)) continue;
    added.push(entityMention(doc.text.slice(start, end), start, end, fullBySurname.get(surname)!, 'person', 'entity.person.surname', undefined));
  }
  return added;
}

/** A role or organization stated at one mention of a person holds for all of them. */
function shareRoles(all: readonly EntityMention[]): void {
  const stated = new Map<string, { role?: string; organization?: string }>();
  for (const p of all) {
    const s = stated.get(p.name) ?? {};
    s.role ??= p.role;
    s.organization ??= p.organization;
    stated.set(p.name, s);
  }
  for (const p of all) {
    const s = stated.get(p.name)!;
    if (!p.role && s.role) p.role = s.role;
    if (!p.organization && s.organization) p.organization = s.organization;
  }
}
