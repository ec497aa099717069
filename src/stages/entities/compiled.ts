/**
 * Everything the entity stage derives from an EntityConfig: regular
 * expressions, word sets, the lexicon index. A language module builds it once,
 * when it is loaded.
 */
import type { EntityType } from '../../types.js';
import type { EntityConfig, LexiconEntry } from './config.js';
import { CharacterGate, OpenGate, type PositionGate, WORD_END, WORD_START, anyOf, firstCharacters, leadingStrings, prefixGate } from '../../core/patterns.js';
import { SPACE as SPACE_CLASS, UPPER, WORD_CHAR as WORD_CHAR_CLASS, classAt, classOfUnit, leadingWord } from '../../core/chars.js';
import { CANNOT_TELL, ENDS_IN, Endings, WHOLE } from '../../core/endings.js';
import { storeFields } from '../../core/shape.js';
import { RunConnectors, wordHashOf } from './runs.js';

/**
 * What a mention takes from a lexicon entry, every field present in one order: the entries of the
 * lexicon come in many shapes (with aliases, vendor, local names or none), and reading their fields
 * at a mention site made that site megamorphic.
 */
export interface KnownName {
  name: string;
  type: EntityType;
  vendor: string | undefined;
}

const knownName = (entry: LexiconEntry): KnownName => ({ name: entry.name, type: entry.type, vendor: entry.vendor });

export interface CompiledEntities {
  config: EntityConfig;
  /**
   * Lexicon spellings by their first word, longest first, and the one-word
   * spellings under each form a name ending makes of them ("Bundesheeres" →
   * ["Bundesheer"]): one look-up per word of the text.
   */
  spellingsByWord: Map<string, string[]>;
  /**
   * The keys of `spellingsByWord` in chains by their word-gate hash (`wordGateHash`): one more than the
   * index of the chain's last key in `lexiconWords`, 0 for none (most words of a text). Looked up so, a
   * word of the text is compared with a few keys instead of hashed whole, as a Map look-up would.
   */
  lexiconHeads: Int32Array;
  /**
   * A bit per word-gate hash, set where `lexiconHeads` holds a chain: 32 KB, where the heads take 1 MB,
   * so the test asked of every word of a text mostly reads the processor's cache.
   */
  lexiconWordBits: Uint8Array;
  /** The keys of `spellingsByWord`, in `lexiconHeads`' chains. */
  lexiconWords: string[];
  /** The spellings of each of `lexiconWords`. */
  lexiconSpellings: string[][];
  /** One more than the index of the key before each key in its chain, 0 for none. */
  lexiconNext: number[];
  /** Endings an inflected name may carry, longest first. */
  nameEndings: string[];
  bySpelling: Map<string, KnownName>;
  /** Lexicon entries by normalized spelling ("nvidia corp" → Nvidia). */
  byKey: Map<string, KnownName>;
  /**
   * Chip families and other pattern entries; group i+1 is entry i. Sticky,
   * tried at the word starts `familyMayBegin` lets through; global with a
   * word-start look-behind when no gate can be read from the patterns.
   */
  familyRe: RegExp | null;
  familyMayBegin: PositionGate | null;
  /**
   * By UTF-16 unit below FAMILY_FIRST_UNITS, 1 where a family may begin with it: most word starts are
   * turned away by this table before familyMayBegin is called. A unit above it is always let through.
   */
  familyFirstUnits: Uint8Array;
  families: KnownName[];
  /** The connectors and particles that may stand inside a run ("von", "für", "&") by their first UTF-16 unit, longest first. */
  runConnectors: RunConnectors;
  stopWords: Set<string>;
  notNames: Set<string>;
  firstNames: Set<string>;
  /** False for most words that are no given name, never for one: tested before `firstNames` is asked. */
  firstNameGate: WordGate;
  /** The wide list of given names, lower-cased. */
  wideGivenNames: Set<string>;
  titles: Set<string>;
  /** The same for `titles`. */
  titleGate: WordGate;
  legalForms: Set<string>;
  /** The length of the longest of `legalForms` that is one word ("GmbH", not "GmbH & Co KG"): longer words without a dot are none. */
  longestLegalForm: number;
  /** A legal form right after a name, allowing a comma: ", Inc.". */
  legalAfterRe: RegExp;
  /** False where `legalAfterRe` cannot match, told by a few characters; never false where it can. */
  mayBeLegalAfter: (text: string, at: number) => boolean;
  companyNouns: Set<string>;
  /** `companyNouns` read from their ends, for look-ups without lower-casing. */
  listedCompanyNouns: Endings;
  companyCompoundHeads: Set<string>;
  organizationHeads: Set<string>;
  companyHeads: Set<string>;
  /**
   * Roles, lower-cased with single spaces, by their first character, longest
   * first. Looked up rather than matched as one alternation: V8 takes 50-150 ms
   * to compile that case-insensitive alternation, a third of the start-up.
   */
  rolesByFirstChar: Map<string, string[]>;
  /** The last word of each role in rolesByFirstChar: text that ends in none of them ends in no role. */
  roleLastWords: Endings;
  /** Blanks, a linker and blanks, at a position: " at ", " bei ". */
  roleLinkerRe: RegExp;
  /** Whole role words, lower-cased. */
  roles: Set<string>;
  /** `roles` read from their ends: a word is looked up in them without being lower-cased first. */
  listedRoles: Endings;
  /** Ends of compound role words ("…minister", "…sprecher"). */
  roleEndings: Endings;
  /** False for most words that are no role word, never for one: a cheap test before isRoleWord's look-ups. */
  roleWordEnds: WordEndGate;
  /** The same for isCompanyNoun. */
  companyNounEnds: WordEndGate;
  /** Ends of compound company nouns ("…hersteller", "…konzern"). */
  companyNounEndings: Endings;
  /** Ends of common nouns ("…ungen", "…tionen"): no company name after a company noun. */
  commonNounEndings: Endings;
  /** Endings that make one compound word an organization ("…ministerium"); a never-matching RegExp when
   *  the language lists none (not null: both locales' compiled objects then share one hidden class). */
  organizationWordRe: RegExp;
  /** The endings a word must have for `organizationWordRe` to match it (with "es" or "s" after them): tested first, cheaply. */
  organizationWordEndingsFound: Endings;
}

/** Lower case, no dots, no legal forms: the key two spellings of one company share. */
export function nameKey(name: string, legalForms: ReadonlySet<string>): string {
  const words = name.toLowerCase().replace(/['’]s$/u, '').split(/[^\p{L}\p{N}&]+/u).filter((w) => w.length > 0);
  while (words.length > 1 && legalForms.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Holds one language's CompiledEntities with field types that stay narrow (see core/shape). */
// Declaration merging: the class has the fields of CompiledEntities (storeFields stores them).
interface EntityTables extends CompiledEntities {}
class EntityTables {
  constructor(fields: CompiledEntities) { storeFields(this, fields); }
}

export function compileEntities(config: EntityConfig): CompiledEntities {
  const legalForms = new Set(config.legalForms.map((f) => f.toLowerCase().replace(/[.,]/g, '')).flatMap((f) => [f, ...f.split(/\s+/)]));
  const bySpelling = new Map<string, KnownName>();
  const byKey = new Map<string, KnownName>();
  const familyEntries: LexiconEntry[] = [];
  for (const entry of config.lexicon) {
    if (entry.pattern) {
      familyEntries.push(entry);
      continue;
    }
    const known = knownName(entry);
    const aliases = entry.aliases ?? [];
    for (let k = -1; k < aliases.length; k++) {
      const spelling = k < 0 ? entry.name : aliases[k]!;
      if (!bySpelling.has(spelling)) bySpelling.set(spelling, known);
      const key = nameKey(spelling, legalForms);
      if (!byKey.has(key)) byKey.set(key, known);
    }
  }
  const families = familyEntries.map(knownName);
  // ALL-CAPS headlines ("NVIDIA SAYS …") spell known names in capitals.
  for (const [spelling, entry] of [...bySpelling]) {
    const upper = spelling.toUpperCase();
    if (spelling.length >= 4 && upper !== spelling && !bySpelling.has(upper)) bySpelling.set(upper, entry);
  }
  const endings = config.nameEndings.length ? `(?:${anyOf(config.nameEndings)})?` : '';
  // One alternation of a thousand names is slow in V8; look names up by their first word instead.
  const spellingsByFirstWord = new Map<string, string[]>();
  for (const spelling of bySpelling.keys()) {
    const firstWord = leadingWord(spelling);
    if (!firstWord) continue;
    const list = spellingsByFirstWord.get(firstWord) ?? [];
    list.push(spelling);
    spellingsByFirstWord.set(firstWord, list);
  }
  for (const list of spellingsByFirstWord.values()) list.sort((a, b) => b.length - a.length);
  // The one-word spellings under their first word, as two lists: read once per name ending.
  const oneWordBases: string[] = [];
  const oneWordLists: string[][] = [];
  for (const [firstWord, list] of spellingsByFirstWord) {
    const oneWord = list.filter((s) => !s.includes(' '));
    if (oneWord.length) {
      oneWordBases.push(firstWord);
      oneWordLists.push(oneWord);
    }
  }
  const nameEndings = [...config.nameEndings].sort((a, b) => b.length - a.length);
  const spellingsByWord = new Map(spellingsByFirstWord);
  const lexiconHeads = new Int32Array(WORD_GATE_SIZE);
  const lexiconWordBits = new Uint8Array(WORD_GATE_SIZE >>> 3);
  const lexiconWords: string[] = [];
  const lexiconSpellings: string[][] = [];
  const lexiconNext: number[] = [];
  const chain = (word: string, spellings: string[], hash: number): void => {
    lexiconWords.push(word);
    lexiconSpellings.push(spellings);
    lexiconNext.push(lexiconHeads[hash]!);
    lexiconHeads[hash] = lexiconWords.length;
    lexiconWordBits[hash >>> 3] = lexiconWordBits[hash >>> 3]! | (1 << (hash & 7));
  };
  for (const [word, spellings] of spellingsByFirstWord) chain(word, spellings, wordGateHash(word));
  // Longest ending first: it wins where two endings make the same word.
  for (const ending of nameEndings) {
    if (!ending) continue;
    const lastUnit = ending.charCodeAt(ending.length - 1);
    for (let k = 0; k < oneWordBases.length; k++) {
      const base = oneWordBases[k]!;
      const word = base + ending;
      if (spellingsByWord.has(word)) continue;
      spellingsByWord.set(word, oneWordLists[k]!);
      // wordGateHash(word) from its parts: reading units of the joined string would copy each into a flat one (~7,500 at start).
      chain(word, oneWordLists[k]!, gateHash(base.charCodeAt(0), base.length > 1 ? base.charCodeAt(1) : ending.charCodeAt(0), lastUnit, word.length));
    }
  }
  const familySource = `(?:${familyEntries.map((f) => `(${f.pattern})`).join('|')})(?:${endings})(?=${WORD_END}|-\\p{L})`;
  const familyStarts = firstCharacters(familySource);
  // A third of the word starts begin with a character a family may begin with, hardly any with two ("Xe" of
  // "Xeon", "RT" of "RTX"): the gate reads two. Three would turn away a few more, at ~2 ms more per locale start.
  const familyLeads = leadingStrings(familySource, FAMILY_GATE_UNITS);
  // Every character that may begin a family must be a word character, or word starts would miss it.
  const familyMayBegin = familyStarts && [...familyStarts].every((ch) => classAt(ch, 0) & WORD_CHAR_CLASS)
    ? (familyLeads ? prefixGate(familyLeads) : new CharacterGate(familyStarts))
    : null;
  const familyFirstUnits = new Uint8Array(FAMILY_FIRST_UNITS);
  for (const ch of familyStarts ?? []) if (ch.charCodeAt(0) < FAMILY_FIRST_UNITS) familyFirstUnits[ch.charCodeAt(0)] = 1;
  const familyRe = families.length
    ? new RegExp(familyMayBegin ? familySource : `${WORD_START}${familySource}`, familyMayBegin ? 'uy' : 'gu')
    : null;

  const runConnectors = new Map<number, string[]>();
  for (const word of [...new Set([...config.nameConnectors, ...config.nameParticles])].sort((a, b) => b.length - a.length)) {
    // runEnd reads one way through the pattern: it holds while a connector is one word that cannot begin a name.
    if (!word || /\s/u.test(word) || classAt(word, 0) & UPPER) throw new Error(`a name connector is one word that does not begin with a capital: "${word}"`);
    const list = runConnectors.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    runConnectors.set(word.charCodeAt(0), list);
  }

  const rolesAll = [...config.roles];
  const rolesByFirstChar = new Map<string, string[]>();
  for (const role of new Set(rolesAll.map((r) => r.toLowerCase().replace(/ +/gu, ' ')))) {
    const list = rolesByFirstChar.get(role[0]!) ?? [];
    list.push(role);
    rolesByFirstChar.set(role[0]!, list);
  }
  for (const list of rolesByFirstChar.values()) list.sort((a, b) => b.length - a.length);
  const roleLinkerRe = new RegExp(`[ \\t\\r\\n]+(${anyOf(config.roleLinkers)})[ \\t\\r\\n]+`, 'iuy');
  const orgEndings = config.organizationWordEndings;
  const organizationWordRe = orgEndings.length
    ? new RegExp(`^\\p{Lu}(?:\\p{L}|\\p{M}|-)*(?:${anyOf(orgEndings)})(?:es|s)?$`, 'u')
    : /(?!)/u;
  const legalAlt = anyOf(config.legalForms);
  const legalFormStarts = firstCharacters(legalAlt);
  // Read from the first three units: "e.V." and "eG" begin with "e", and so do many German words after a name ("ein", "es").
  const legalFormLeads = leadingStrings(legalAlt, LEGAL_GATE_UNITS);
  const mayBeginLegalForm: PositionGate = legalFormLeads && !legalFormLeads.has('')
    ? prefixGate(legalFormLeads)
    : legalFormStarts ? new CharacterGate(legalFormStarts) : new OpenGate();
  const fields: CompiledEntities = {
    config, spellingsByWord, lexiconHeads, lexiconWordBits, lexiconWords, lexiconSpellings, lexiconNext, bySpelling, nameEndings, byKey,
    familyRe, familyMayBegin, familyFirstUnits, families, runConnectors: new RunConnectors(runConnectors),
    stopWords: new Set(config.stopWords.map((w) => w.toLowerCase())),
    notNames: new Set(config.notNames),
    firstNames: new Set(config.firstNames),
    firstNameGate: new WordGate(config.firstNames),
    wideGivenNames: new Set(config.wideGivenNames.map((n) => n.toLowerCase())),
    titles: new Set(config.personTitles),
    titleGate: new WordGate(config.personTitles),
    legalForms,
    longestLegalForm: Math.max(0, ...[...legalForms].filter((f) => !/\s/u.test(f)).map((f) => f.length)),
    mayBeLegalAfter: (text, at) => {
      // `^,?[ \t]+` and the legal form's first character.
      let i = text.charCodeAt(at) === COMMA ? at + 1 : at;
      // The blanks read without a call per unit: asked after every run.
      let unit = text.charCodeAt(i);
      if (unit !== 0x20 && unit !== 0x09) return false;
      do unit = text.charCodeAt(++i); while (unit === 0x20 || unit === 0x09);
      return i < text.length && mayBeginLegalForm.test(text, i);
    },
    legalAfterRe: new RegExp(`^,?[ \\t]+(${legalAlt})(?!(?:\\p{L}|\\p{N}))`, 'u'),
    companyNouns: new Set(config.companyNouns.map((w) => w.toLowerCase())),
    listedCompanyNouns: new Endings(config.companyNouns.map((w) => w.toLowerCase())),
    companyCompoundHeads: new Set(config.companyCompoundHeads),
    organizationHeads: new Set(config.organizationHeads),
    companyHeads: new Set(config.companyHeads),
    rolesByFirstChar, roleLinkerRe,
    roleLastWords: new Endings([...rolesByFirstChar.values()].flat().map((role) => role.slice(role.lastIndexOf(' ') + 1))),
    roles: new Set(rolesAll.map((r) => r.toLowerCase())),
    listedRoles: new Endings(rolesAll.map((r) => r.toLowerCase())),
    roleEndings: new Endings(config.roleEndings),
    companyNounEndings: new Endings(config.companyNounEndings),
    commonNounEndings: new Endings(config.commonNounEndings),
    roleWordEnds: new WordEndGate([...rolesAll.map((r) => r.toLowerCase()), ...config.roleEndings]),
    companyNounEnds: new WordEndGate([...config.companyNouns.map((w) => w.toLowerCase()), ...(config.capitalizationMarksNames ? [] : config.companyNounEndings)]),
    organizationWordRe,
    organizationWordEndingsFound: new Endings(orgEndings.flatMap((e) => [e, `${e}es`, `${e}s`])),
  };
  return new EntityTables(fields);
}

/**
 * Maximal runs of capitalized words, initials and connectors between them;
 * sticky, tried at capitalized word starts. `runEnd` reads the same runs
 * character by character, faster; this pattern is their definition. Not
 * built with the locale: extraction never runs it, and parsing its Unicode
 * classes took ~1.3 ms of every locale's start.
 */
export function runRegExp(config: EntityConfig): RegExp {
  const connectors = anyOf([...config.nameConnectors, ...config.nameParticles]);
  const capWord = '\\p{Lu}(?:\\p{L}|\\p{M}|\\p{N})*(?:[\'’]\\p{Lu}(?:\\p{L}|\\p{M})*)?(?:-(?:\\p{L}|\\p{N})(?:\\p{L}|\\p{M}|\\p{N})*)*';
  const initial = '\\p{Lu}\\.(?: ?\\p{Lu}\\.)*';
  const sep = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';
  const unit = `(?:${initial}|${capWord})`;
  return new RegExp(`${unit}(?:${sep}(?:${connectors}${sep}){0,2}${unit})*`, 'uy');
}

/** The units familyFirstUnits holds. */
export const FAMILY_FIRST_UNITS = 0x800;

/** How many UTF-16 units of the text after a run the legal-form gate reads. */
const LEGAL_GATE_UNITS = 3;

/** How many of a word's first UTF-16 units the chip-family gate reads. */
const FAMILY_GATE_UNITS = 2;

/** False for most words that are no key of `spellingsByWord`, never for a key. */
export function mayBeLexiconWord(c: CompiledEntities, word: string): boolean {
  if (word.length === 0) return false;
  const hash = wordGateHash(word);
  return (c.lexiconWordBits[hash >>> 3]! & (1 << (hash & 7))) !== 0;
}

/** A power of two: a hash is masked to it, not divided (a division per word of the text costs). */
export const WORD_GATE_SIZE = 1 << 18;

/**
 * The word gate's hash of a word that is not empty, read from its first two and last UTF-16 units and its
 * length (findLexicon computes the same in its loop, without a call). Over news text the gate lets through
 * one word in twelve, for a list of 9,000 names.
 */
function wordGateHash(word: string): number {
  const last = word.length - 1;
  return gateHash(word.charCodeAt(0), last > 0 ? word.charCodeAt(1) : 0, word.charCodeAt(last), word.length);
}

/** wordGateHash of a word with these first, second (0 for none) and last units and this length: its wordHash, masked. */
function gateHash(first: number, second: number, last: number, length: number): number {
  return wordHashOf(first, second, last, length) & (WORD_GATE_SIZE - 1);
}

const COMMA = 0x2c;

/**
 * Whether a word, lower-cased and without its dots, is a legal form or a word of one ("GmbH", "N.V.", "Co.").
 * A word has no white space but between initials, which have dots ("E. F.", as runTokens makes them).
 */
export function isLegalFormWord(c: CompiledEntities, word: string): boolean {
  // Most words are longer than any one-word legal form: turned away before they are lower-cased.
  if (word.length > c.longestLegalForm && !word.includes('.')) return false;
  const lower = word.toLowerCase();
  return c.legalForms.has(lower.includes('.') ? lower.replace(/\./g, '') : lower);
}

/** A listed company noun ("Konzern") or, where every noun is capitalized, a compound ending in one ("Autokonzern"). */
export function isCompanyNoun(c: CompiledEntities, word: string): boolean {
  if (!c.companyNounEnds.mayEndIn(word, 0, word.length)) return false;
  // Read without lower-casing the word: most words are neither.
  const listed = c.listedCompanyNouns.matchLowerCase(word, 0, 0);
  if (listed !== CANNOT_TELL && listed & WHOLE) return true;
  const ending = c.config.capitalizationMarksNames ? 0 : c.companyNounEndings.matchLowerCase(word, 0, 0);
  if (listed !== CANNOT_TELL && ending !== CANNOT_TELL) return (ending & ENDS_IN) !== 0;
  return isLowerCasedCompanyNoun(c, word.toLowerCase());
}

/** isCompanyNoun for a word read lower-cased (apart, as isLowerCasedRoleWord). */
function isLowerCasedCompanyNoun(c: CompiledEntities, lower: string): boolean {
  return c.companyNouns.has(lower) || (!c.config.capitalizationMarksNames && c.companyNounEndings.endsIn(lower));
}

/**
 * A role word: a listed role, a listed role after the last hyphen
 * ("TikTok-Sprecher"), or a compound ending in a role ending
 * ("Finanzminister"), in any case.
 */
export function isRoleWord(c: CompiledEntities, word: string): boolean {
  if (!c.roleWordEnds.mayEndIn(word, 0, word.length)) return false;
  const head = word.lastIndexOf('-') + 1;
  // Read without lower-casing the word; a word with a character whose lower case that reading does not know is lower-cased.
  const whole = c.listedRoles.matchLowerCase(word, 0, 0);
  if (whole !== CANNOT_TELL) {
    if (whole & WHOLE) return true;
    const listedHead = head === 0 ? whole : c.listedRoles.matchLowerCase(word, head, 0);
    if (listedHead !== CANNOT_TELL) {
      if (listedHead & WHOLE) return true;
      const ending = c.roleEndings.matchLowerCase(word, head, 1);
      if (ending !== CANNOT_TELL) return (ending & ENDS_IN) !== 0;
    }
  }
  return isLowerCasedRoleWord(c, word.toLowerCase());
}

/** isRoleWord for a word read lower-cased: apart, so that the rare words that need it do not make isRoleWord compile again. */
function isLowerCasedRoleWord(c: CompiledEntities, lower: string): boolean {
  if (c.roles.has(lower)) return true;
  const lowerHead = lower.slice(lower.lastIndexOf('-') + 1);
  return c.roles.has(lowerHead) || c.roleEndings.endsIn(lowerHead, 1);
}

/** The lexicon's canonical name for a spelling, if it knows one. */
export function lookupName(c: CompiledEntities, spelling: string): KnownName | undefined {
  return c.bySpelling.get(spelling) ?? c.byKey.get(nameKey(spelling, c.legalForms));
}

/** Pattern names read with single spaces: "Snapdragon-810" → "Snapdragon 810". */
export function familyName(match: string): string {
  return match.replace(/[-\s]+/gu, ' ').trim();
}

/**
 * Where a spelling, with an optional name ending, ends if it stands at `at` as
 * whole words or as the first part of a hyphen compound; -1 if it does not.
 * A space in the spelling matches any run of white space.
 */
export function spellingEnd(text: string, at: number, spelling: string, endings: readonly string[]): number {
  const n = text.length;
  let i = at;
  for (let k = 0; k < spelling.length; k++) {
    const unit = spelling.charCodeAt(k);
    if (unit === 0x20) {
      if (!(i < n && classOfUnit(text, i) & SPACE_CLASS)) return -1;
      do i++; while (i < n && classOfUnit(text, i) & SPACE_CLASS);
    } else if (i < n && text.charCodeAt(i) === unit) i++;
    else return -1;
  }
  for (let k = 0; k < endings.length; k++) {
    const ending = endings[k]!;
    if (text.startsWith(ending, i) && wholeWordAt(text, i + ending.length)) return i + ending.length;
  }
  return wholeWordAt(text, i) ? i : -1;
}

/** Whether a word ends at `end`: the text ends or no word character follows (a hyphen may: "Nvidia-Chef"). */
function wholeWordAt(text: string, end: number): boolean {
  return end >= text.length || (classOfUnit(text, end) & WORD_CHAR_CLASS) === 0;
}

/**
 * A test that a word, lower-cased, may end in one of a list of words and
 * endings: true for every such word and for few others, read from the word's
 * last three UTF-16 units (fewer for shorter entries) without lower-casing it.
 * A word whose last units are not all ASCII or Latin-1 may always end so.
 */
export class WordEndGate {
  /** A bit per key (8 KB, read for most tokens of a text: it stays in the processor's cache). */
  private readonly bits = new Uint8Array((WORD_END_GATE_SIZE + 7) >>> 3);
  /** The length of the shortest entry, at most 3. */
  private readonly shortest: number;
  /** An entry is empty, or has a unit above Latin-1 in its last three: every word may end in it. */
  private readonly open: boolean;

  constructor(entries: Iterable<string>) {
    let shortest = 3;
    let open = false;
    for (const entry of entries) {
      const length = Math.min(3, entry.length);
      if (length === 0) open = true;
      shortest = Math.min(shortest, length);
      let key = length;
      for (let i = entry.length - length; i < entry.length; i++) {
        const unit = entry.charCodeAt(i);
        if (unit > 0xff) open = true;
        key = key * 257 + unit;
      }
      const at = key % WORD_END_GATE_SIZE;
      this.bits[at >>> 3] = this.bits[at >>> 3]! | (1 << (at & 7));
    }
    this.shortest = shortest;
    this.open = open;
  }

  mayEnd(word: string): boolean {
    return this.mayEndIn(word, 0, word.length);
  }

  /** mayEnd for text[start, end), read where it stands. */
  mayEndIn(text: string, start: number, end: number): boolean {
    if (this.open) return true;
    const n = end - start;
    // The keys of the word's last one, two and three units, as the constructor makes them from the entries.
    let key1 = 1;
    let key2 = 2;
    let key3 = 3;
    for (let i = n < 3 ? start : end - 3; i < end; i++) {
      const unit = text.charCodeAt(i);
      if (unit > 0xff) return true;
      const lower = (unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde && unit !== 0xd7) ? unit + 0x20 : unit;
      key3 = key3 * 257 + lower;
      if (i >= end - 2) key2 = key2 * 257 + lower;
      if (i === end - 1) key1 = key1 * 257 + lower;
    }
    const { bits } = this;
    const at3 = key3 % WORD_END_GATE_SIZE;
    if (n >= 3 && bits[at3 >>> 3]! & (1 << (at3 & 7))) return true;
    const at2 = key2 % WORD_END_GATE_SIZE;
    if (this.shortest <= 2 && n >= 2 && bits[at2 >>> 3]! & (1 << (at2 & 7))) return true;
    const at1 = key1 % WORD_END_GATE_SIZE;
    return this.shortest <= 1 && n >= 1 && (bits[at1 >>> 3]! & (1 << (at1 & 7))) !== 0;
  }
}

/** A prime, so that the keys spread over the whole table. */
const WORD_END_GATE_SIZE = 65_521;

/**
 * A test that a word may be one of a list: true for each of them, false for
 * most others, read from its first two and last UTF-16 units and its length.
 * Cheaper than the Set look-up it goes before: a word of the text is hashed
 * whole where it is first looked up (~150 ns), and most words are in no list.
 */
export class WordGate {
  private readonly bits = new Uint8Array(WORD_LIST_GATE_SIZE);
  /** The list holds the empty word. */
  private readonly empty: boolean;

  constructor(words: Iterable<string>) {
    let empty = false;
    for (const word of words) {
      if (word.length === 0) empty = true;
      else this.bits[listGateKey(word, word.length)] = 1;
    }
    this.empty = empty;
  }

  /** Whether word[0, end) may be one of the list. */
  mayBe(word: string, end: number): boolean {
    if (end === 0) return this.empty;
    // listGateKey (wordHashOf, masked) written out: asked of most tokens of the text.
    return this.bits[(((word.charCodeAt(0) * 31 + (end > 1 ? word.charCodeAt(1) : 0)) * 31 + word.charCodeAt(end - 1)) * 31 + end) & (WORD_LIST_GATE_SIZE - 1)] === 1;
  }
}

/** A power of two; a WordGate of 500 words sets one entry in 30. */
const WORD_LIST_GATE_SIZE = 1 << 14;

/** WordGate's key of word[0, end), end > 0: its wordHash, masked. */
function listGateKey(word: string, end: number): number {
  return wordHashOf(word.charCodeAt(0), end > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(end - 1), end) & (WORD_LIST_GATE_SIZE - 1);
}

/** A given name, or a double one known by its first part ("Hans-Jörg"). */
export function isFirstName(c: CompiledEntities, word: string): boolean {
  if (c.firstNameGate.mayBe(word, word.length) && c.firstNames.has(word)) return true;
  const dash = word.indexOf('-');
  return dash >= 0 && c.firstNameGate.mayBe(word, dash) && c.firstNames.has(word.slice(0, dash));
}

/** A courtesy title ("Herr", "Dr."). */
export function isTitle(c: CompiledEntities, word: string): boolean {
  return c.titleGate.mayBe(word, word.length) && c.titles.has(word);
}
