/**
 * Who a source phrase names: its type, count, name and organization, decided
 * from the phrase's head noun (looked up in the language's source words) and
 * the entity mentions inside it. Language-neutral; the words are data.
 */
import type { EntityMention } from '../../core/model.js';
import type { Source, SourceType } from '../../types.js';
import { type Token, isDigits, isLowerCaseName, isWebAddress, startsWithDigit } from './tokens.js';

/** Head nouns by the kind of source they make, inflected forms included; compounds match by their last part. */
export interface SourceWords {
  /** Unnamed sources: "Insider", "Kreise", "Quelle", "Personen", "Experten". */
  anonymous: readonly string[];
  /** Of these, the forms naming one source when preceded by an indefinite article ("eine Quelle"). */
  singular: readonly string[];
  /** One described individual: "Analyst", "Ökonom", "Ministerin", "Chef". */
  person: readonly string[];
  spokesperson: readonly string[];
  /** A body speaking as itself: "Unternehmen", "Konzern", "Ministerium", "Polizei". */
  organization: readonly string[];
  media: readonly string[];
  /** A filing, study or statement: "Studie", "Bericht", "Mitteilung". */
  document: readonly string[];
  /** Nouns that stand for their complement's statement: "Angaben (der Polizei)", "Worten (des Ministers)". */
  transparent: readonly string[];
  /** Personal pronouns that stand for one person: "er", "sie". */
  pronouns: readonly string[];
  /** Number words by value ("drei" → 3), and indefinite articles as 1. */
  numbers: Readonly<Record<string, number>>;
  /** Words that are never part of a name (determiners, adjectives written lower-case are skipped anyway). */
  determiners: readonly string[];
  /** Nouns of measure that make a counted phrase an amount, never a speaker: "34 Prozent (der Befragten)". */
  measures: readonly string[];
  /**
   * News agencies (canonical names) a spokesperson speaks to, not for: in "wie
   * eine Konzernsprecherin der dpa bestätigte" the agency is the addressee.
   */
  addressedOutlets: readonly string[];
  /**
   * Words before a role that make the body it names a past one: "der frühere
   * Siemens-Manager", "die ehemalige Bosch-Sprecherin". Such a source speaks
   * for no organization. A form ending in "-" is a prefix of the role: "Ex-".
   */
  pastAffiliation: readonly string[];
}

type HeadKind = Exclude<SourceType, 'media'> | 'media' | 'transparent';

/** A small integer for the last three units of a string of 3+ (10 bits of each): the key of its compound ends. */
function endKey(s: string): number {
  const n = s.length;
  return ((s.charCodeAt(n - 3) & 0x3ff) << 20) | ((s.charCodeAt(n - 2) & 0x3ff) << 10) | (s.charCodeAt(n - 1) & 0x3ff);
}

/** A compiled look-up: exact lower-cased forms, and compounds ending in a form of 3+ letters. */
export class SourceLexicon {
  private readonly exact = new Map<string, HeadKind>();
  /** Compound ends of 3+ letters by their text; where lists share one, the first list wins. */
  private readonly suffixes = new Map<string, HeadKind>();
  private readonly longestSuffix: number;
  /**
   * The compound ends with their kinds, longest first, by the key of their
   * last three letters (endKey): a word whose last three letters end no
   * listed word (most words) is looked up once; else the ends of its key are
   * compared with the word's end in place, character by character, with no
   * string made and hashed per length (a key holds up to a dozen ends). Ends
   * whose keys collide share a list (a colliding end does not compare equal).
   */
  private readonly suffixesByEnd = new Map<number, Array<{ end: string; kind: HeadKind }>>();
  private readonly singular: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly determiners: ReadonlySet<string>;
  readonly measures: ReadonlySet<string>;
  readonly addressedOutlets: ReadonlySet<string>;
  private readonly pastWords: ReadonlySet<string>;
  private readonly pastPrefixes: readonly string[];

  constructor(words: SourceWords) {
    const kinds: Array<[HeadKind, readonly string[]]> = [
      ['transparent', words.transparent], ['anonymous', words.anonymous], ['person', words.person],
      ['spokesperson', words.spokesperson], ['organization', words.organization], ['media', words.media], ['document', words.document],
    ];
    for (const [kind, list] of kinds) {
      for (const w of list) {
        const lower = w.toLowerCase();
        this.exact.set(lower, kind);
        if (lower.length >= 3 && !this.suffixes.has(lower)) this.suffixes.set(lower, kind);
      }
    }
    this.longestSuffix = Math.max(0, ...[...this.suffixes.keys()].map((s) => s.length));
    for (const [suffix, kind] of this.suffixes) {
      const key = endKey(suffix);
      const ends = this.suffixesByEnd.get(key) ?? [];
      ends.push({ end: suffix, kind });
      // Of two ends of one length (at most one fits a word), the order does not matter.
      this.suffixesByEnd.set(key, ends.sort((a, b) => b.end.length - a.end.length));
    }
    this.singular = new Set(words.singular.map((w) => w.toLowerCase()));
    this.pronouns = new Set(words.pronouns.map((w) => w.toLowerCase()));
    this.numbers = new Map(Object.entries(words.numbers).map(([k, v]) => [k.toLowerCase(), v]));
    this.determiners = new Set(words.determiners.map((w) => w.toLowerCase()));
    this.measures = new Set(words.measures.map((w) => w.toLowerCase()));
    this.addressedOutlets = new Set(words.addressedOutlets);
    this.pastWords = new Set(words.pastAffiliation.filter((w) => !w.endsWith('-')).map((w) => w.toLowerCase()));
    this.pastPrefixes = words.pastAffiliation.filter((w) => w.endsWith('-')).map((w) => w.toLowerCase());
  }

  /** The kind of source a noun names, by its exact form or as the last part of a compound ("Konzernsprecher", "HIS-Studie"). */
  kindOf(word: string): HeadKind | undefined {
    return this.kindOfLower(word.toLowerCase());
  }

  /** `kindOf` of a word already lower-cased (a token's `lower`): no new string to make and hash per look-up. */
  kindOfLower(lower: string): HeadKind | undefined {
    const exact = this.exact.get(lower);
    if (exact) return exact;
    // The longest listed end, leaving at least two letters before it.
    const longest = Math.min(this.longestSuffix, lower.length - 2);
    if (longest < 3) return undefined;
    const ends = this.suffixesByEnd.get(endKey(lower));
    if (ends === undefined) return undefined;
    const n = lower.length;
    for (let k = 0; k < ends.length; k++) {
      const { end, kind } = ends[k]!;
      const m = end.length;
      if (m > longest) continue;
      // Compared from the end, unit by unit, in place: no string made per length, no call per unit.
      let j = 1;
      while (j <= m && end.charCodeAt(m - j) === lower.charCodeAt(n - j)) j++;
      if (j > m) return kind;
    }
    return undefined;
  }

  /** The kind of a listed word itself (of a word already lower-cased), not of a compound ending in one: `isGeneric` and `kindOf` in one look-up. */
  listedKindOf(lower: string): HeadKind | undefined {
    return this.exact.get(lower);
  }

  /** Whether the role at `head` is a past one: a past word before it in the phrase ("der frühere Siemens-Manager") or a prefix ("Ex-Siemens-Chef"). */
  isPastRole(tokens: readonly Token[], head: number): boolean {
    const role = tokens[head]!.lower;
    if (this.pastPrefixes.some((p) => role.startsWith(p))) return true;
    for (let i = 0; i < head; i++) if (this.pastWords.has(tokens[i]!.lower)) return true;
    return false;
  }

  /**
   * A body's own name in the nominative where the text writes its genitive
   * ("Nach Angaben des Betriebsrats": "Betriebsrat"; "des Verbandes":
   * "Verband"): the word without its "es" or "s", where that is of the same
   * kind. A word the lexicon does not list, or lists only so, stays as written.
   */
  nominative(word: string): string {
    const kind = this.kindOf(word);
    if (kind === undefined) return word;
    for (const ending of GENITIVE_ENDINGS) {
      if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (this.kindOf(stem) === kind) return stem;
    }
    return word;
  }

  /** A listed word itself ("Unternehmen"), not a compound ending in one ("Fiskalrat"). */
  isGeneric(word: string): boolean {
    return this.exact.has(word.toLowerCase());
  }

  isSingular(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.singular.has(lower)) return true;
    for (const s of this.singular) if (s.length >= 4 && lower.endsWith(s)) return true;
    return false;
  }
}

/** A capitalized word that is no determiner and no source noun: part of a name. */
function isNameAfter(t: Token | undefined, lexicon: SourceLexicon): boolean {
  return t !== undefined && t.isWord && t.isCapitalized && !lexicon.determiners.has(t.lower) && !lexicon.kindOfLower(t.lower);
}

/** Genitive endings of a noun, longest first ("des Verbandes", "des Rats"). */
const GENITIVE_ENDINGS = ['es', 's'];

/** A source phrase as a rule found it: its tokens, and where its main part ends (before genitives and appositions). */
export interface SourcePhrase {
  tokens: readonly Token[];
  /** The document text (to cut the phrase exactly). */
  text: string;
}

/** "SPD" for "SPD-Chefin", "TikTok" for "TikTok-Sprecher": the name before a compound's known last part. */
function compoundPrefix(word: string, lexicon: SourceLexicon): string | null {
  const cut = word.lastIndexOf('-');
  if (cut <= 0) return null;
  const prefix = word.slice(0, cut);
  return /^\p{Lu}/u.test(prefix) && lexicon.kindOf(word.slice(cut + 1)) ? prefix : null;
}

/**
 * Whether a hyphenated body's noun is a name as a whole, not a body named by its first part ("SPD-Fraktion": the
 * SPD, "IG-Metall-Bezirksleitung": the IG Metall): the parts before the last are a person's name, capitalized words
 * of lower-case letters ("Robert-Koch-Institut", "Friedrich-Ebert-Stiftung", "Max-Planck-Gesellschaft").
 */
function namesWholeBody(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 3) return false;
  for (let k = 0; k < parts.length - 1; k++) if (!NAME_PART.test(parts[k]!)) return false;
  return true;
}
/** A part of a name: a capital, then lower-case letters only. */
const NAME_PART = /^\p{Lu}\p{Ll}+$/u;

/** The body a hyphenated body noun names: its first part ("SPD-Fraktion": "SPD"), or the noun itself (see namesWholeBody), in the nominative. */
function bodyOfCompound(word: string, lexicon: SourceLexicon): string | null {
  if (namesWholeBody(word)) return lexicon.nominative(word);
  return compoundPrefix(word, lexicon);
}

const MENTION_TYPES: Partial<Record<string, SourceType>> = { person: 'person', media: 'media', company: 'organization', organization: 'organization' };

/** Mentions overlapping [start, end), in text order. */
function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  return mentions.filter((m) => m.start < end && m.end > start);
}

/** Capital letters only (a digit or hyphen inside at most): "NDR", "OSZE", "G8". */
const ACRONYM = /^\p{Lu}{2,}(?:[-\d]\p{Lu}*)?$/u;

/** A source as one object literal, keys in one order: no object spread per classification (measured in the attribution stage). */
function sourceOf(text: string, type: SourceType, count: number | null, name: string | null, organization: string | null): Source {
  return { text, count, name, organization, type };
}

/**
 * Classifies a source phrase. Returns null when the phrase names no plausible
 * source (no noun, no name, no pronoun).
 */
export function classifySource(
  phrase: SourcePhrase, mentions: readonly EntityMention[], lexicon: SourceLexicon, /** Reject a phrase whose head is an unknown noun after a determiner ("ein großer Teil"). */
  options: { knownOnly?: boolean } = {},
): Source | null {
  const { tokens } = phrase;
  if (!tokens.length) return null;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const text = phrase.text.slice(start, end);
  const inside = mentionsIn(mentions, start, end);
  const person = inside.find((m) => m.type === 'person');
  const bodyOf = (from: number) => inside.find((m) => m.type !== 'person' && MENTION_TYPES[m.type] && m.end > from);

  if (tokens.length === 1 && lexicon.pronouns.has(tokens[0]!.lower)) {
    return sourceOf(text, 'person', 1, null, null);
  }

  // The head: the first capitalized word that is not a determiner, number or transparent noun.
  let count: number | null = null;
  let head = -1;
  let kind: HeadKind | undefined;
  let statement = false;
  /** The place the head so far names, which a role after it replaces ("Sachsens Wirtschaftsminister"); null for none. */
  let rolePlace: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    const n = lexicon.numbers.get(t.lower) ?? (isDigits(t.text) ? Number(t.text) : undefined);
    if (n !== undefined && head < 0) { count = n; continue; }
    // A number joined to a source noun heads a phrase however it is written: "der 81-jährige".
    const numbered = startsWithDigit(t.text) && /^\d+-/u.test(t.text) && !tokens[i + 1]?.isCapitalized && lexicon.kindOfLower(t.lower) !== undefined;
    if (!(t.isCapitalized || isLowerCaseName(t) || numbered) || lexicon.determiners.has(t.lower)) continue;
    if (count !== null && head < 0 && lexicon.measures.has(t.lower)) return null;
    const k = lexicon.kindOfLower(t.lower);
    // A sentence-initial adjective before a statement noun: "Ersten Angaben".
    const next = tokens[i + 1];
    if (!k && next?.isCapitalized && lexicon.kindOf(next.text) === 'transparent') continue;
    if (k === 'transparent') { statement = true; continue; }
    const mention = inside.find((m) => m.start <= t.start && m.end >= t.end);
    // A source noun that only opens a longer name is that name: "das Manager Magazin" is an outlet, not a manager.
    if (k && mention && mention.type !== 'person' && mention.end > t.end && mention.start === t.start) {
      head = i; kind = undefined;
      break;
    }
    // A known source noun decides; otherwise the first name or noun does. A place named first may be where a
    // role is held ("Sachsens Wirtschaftsminister Dirk Panter", "Bayerns Ministerpräsident"): a role after it
    // decides; a body after it is the place's, named by it ("Baden-Württembergs Verkehrsministerium").
    if (rolePlace !== null && k !== undefined && k !== 'person' && k !== 'spokesperson' && k !== 'anonymous') break;
    if (k || head < 0) {
      head = i; kind = k;
      if (k || (mention && mention.type !== 'place')) break;
      if (mention) rolePlace = mention.name;
    }
  }
  // Only a statement noun ("ersten Angaben", "dem Vernehmen"): someone unnamed.
  if (head < 0) return statement ? sourceOf(text, 'anonymous', null, null, null) : null;
  const headToken = tokens[head]!;
  const headMention = inside.find((m) => m.start <= headToken.start && m.end >= headToken.end);
  /** `bodyNounLast`: a body's name after its noun may end in a listed noun of its own ("der Fahrgastverband Pro Bahn"). */
  const named = (bodyNounLast = false): string | null => {
    if (person) return person.name;
    const isNameWord = (t: Token) => t.isWord && (t.isCapitalized || isLowerCaseName(t)) && !lexicon.determiners.has(t.lower) && !lexicon.kindOfLower(t.lower);
    // Capitalized words right after a role noun ("Sprecher Michael Hughes"), else an apposition ("…, Klaus Stöhr").
    const words: string[] = [];
    let i = head + 1;
    for (; i < tokens.length && isNameWord(tokens[i]!); i++) words.push(tokens[i]!.text);
    const last = tokens[i];
    if (bodyNounLast && words.length && last?.isWord && last.isCapitalized && !lexicon.determiners.has(last.lower) && i + 1 === tokens.length) words.push(last.text);
    if (words.length) return words.join(' ');
    const comma = tokens.findLastIndex((t) => t.text === ',');
    if (comma > head && comma + 1 < tokens.length && tokens.slice(comma + 1).every(isNameWord)) {
      return tokens.slice(comma + 1).map((t) => t.text).join(' ');
    }
    // A name before its role: "Hans Huber, der Sprecher der Stadtwerke".
    const first = tokens.findIndex((t) => t.text === ',');
    if (first > 0 && first < head && tokens.slice(0, first).every(isNameWord)) return tokens.slice(0, first).map((t) => t.text).join(' ');
    return null;
  };

  // The body a phrase names after its head: a genitive "der Linkspartei", "der FDP-Fraktion", "des Betriebsrats".
  const bodyAfterHead = (): string | null => {
    for (let i = head + 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.text === ',') return null;
      if (!t.isWord || !t.isCapitalized || lexicon.determiners.has(t.lower)) continue;
      const k = lexicon.kindOfLower(t.lower);
      if (k === 'organization' || k === 'media') {
        const prefix = bodyOfCompound(t.text, lexicon);
        if (prefix) return prefix;
        if (!lexicon.isGeneric(t.text)) return lexicon.nominative(t.text);
        // "der Staatsanwaltschaft Dresden", "der Partei To Potami": a generic body named by the name words after it.
        let last = i;
        while (last - i < 3 && isNameAfter(tokens[last + 1], lexicon)) last++;
        return last > i ? tokens.slice(i, last + 1).map((w) => w.text).join(' ') : null;
      }
      return null;
    }
    return null;
  };
  const headPrefix = compoundPrefix(headToken.text, lexicon);

  switch (kind) {
    case 'anonymous': {
      // "eine Quelle" is one anonymous source; "ein Mitarbeiter" is one described person.
      if (count === 1 && !lexicon.isSingular(headToken.text)) {
        return sourceOf(text, 'person', 1, null, bodyOf(start)?.name ?? null);
      }
      return sourceOf(text, 'anonymous', count, null, bodyOf(start)?.name ?? null);
    }
    case 'person':
    case 'spokesperson': {
      const body = kind === 'spokesperson'
        ? inside.find((m) => m.type !== 'person' && MENTION_TYPES[m.type] && m.end > start && !lexicon.addressedOutlets.has(m.name))
        : bodyOf(start);
      // "der frühere Siemens-Manager", "die ehemalige Bosch-Sprecherin": a past role speaks for no organization,
      // whatever it names; a former spokesperson speaks as a person.
      const past = lexicon.isPastRole(tokens, head);
      // The place the role is held in, last: "Russlands Energieminister" speaks for Russia.
      const org = past ? null : person?.organization ?? body?.name ?? headPrefix ?? bodyAfterHead() ?? rolePlace;
      if (kind === 'person' && count !== null && count > 1) return sourceOf(text, 'anonymous', count, null, org);
      return sourceOf(text, past ? 'person' : kind, 1, named(), org);
    }
    case 'organization':
    case 'media': {
      // "die Beratungsgesellschaft PwC", "der Fiskalrat" (a compound names itself), "das Unternehmen" (resolved later).
      // Capitalized adjectives make a generic noun a name: "die Süddeutsche Zeitung".
      let first = head;
      while (first > 0 && tokens[first - 1]!.isCapitalized && !lexicon.determiners.has(tokens[first - 1]!.lower)) first--;
      const titled = first < head ? tokens.slice(first, head + 1).map((t) => t.text).join(' ') : null;
      const own = lexicon.isGeneric(headToken.text) ? titled : (bodyOfCompound(headToken.text, lexicon) ?? lexicon.nominative(headToken.text));
      return sourceOf(text, kind, null, null, bodyOf(start)?.name ?? named(true) ?? own);
    }
    case 'document':
      return sourceOf(text, kind, null, null, bodyOf(start)?.name ?? headPrefix);
    default:
      break;
  }
  // "laut bildblog.de": a web address names the outlet.
  if (isWebAddress(headToken)) return sourceOf(text, 'media', null, null, headMention?.name ?? headToken.text);
  if (headMention) {
    const type = MENTION_TYPES[headMention.type] ?? 'organization';
    // "Annette Schavan (CDU)": a body written after the name is the person's.
    if (type === 'person') return sourceOf(text, type, 1, headMention.name, headMention.organization ?? bodyOf(headMention.end)?.name ?? null);
    return sourceOf(text, type, null, null, headMention.name);
  }
  if (person) return sourceOf(text, 'person', 1, person.name, person.organization ?? bodyOf(person.end)?.name ?? null);
  const body = bodyOf(start);
  if (body) return sourceOf(text, MENTION_TYPES[body.type] ?? 'organization', null, null, body.name);
  // Unknown capitalized words: a name when they are two or more ("Peter Struck"); one word alone
  // ("Sony", "Felderer") is taken for a body until a full name elsewhere shows it is a surname
  // (see resolveReferences); after a determiner, some unnamed body ("die Hausverwaltung").
  const determined = tokens.slice(0, head).some((t) => lexicon.determiners.has(t.lower));
  const rest = named();
  if (!determined && rest) return sourceOf(text, 'person', 1, `${headToken.text} ${rest}`, null);
  if (!determined) return sourceOf(text, 'organization', null, null, headToken.text);
  // An acronym after its article is the name of a body, known or not: "der NDR", "die OSZE".
  if (ACRONYM.test(headToken.text)) return sourceOf(text, 'organization', null, null, headToken.text);
  return options.knownOnly ? null : sourceOf(text, 'organization', null, null, null);
}
