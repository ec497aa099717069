/**
 * What kind of source a phrase names: type, count, name and organization,
 * from its head word, the entity mentions inside it and its apposition.
 */
import type { EntityMention } from '../../../core/model.js';
import type { SourceType } from '../../../types.js';
import type { Token as WordToken } from '../../../stages/attributions/tokens.js';
import type { Range } from './phrases.js';
import {
  ANONYMOUS_PLURAL_WORDS, ANONYMOUS_SINGULAR_WORDS, DETERMINERS, DOCUMENT_WORDS, MEDIA_NAME_WORDS, MEDIA_WORDS,
  NAME_PARTICLES, NAME_TITLES, NUMBER_WORDS, OFFICE_FIELD_WORDS, ORGANIZATION_NAME_WORDS, ORGANIZATION_WORDS, PAST_AFFILIATION_WORDS, PERSON_PRONOUNS, PERSON_ROLE_WORDS,
  MAKER_PREPOSITIONS, PHRASE_PREPOSITIONS, PLURAL_PRONOUNS, SHARE_WORDS, SOURCE_PARTICIPLES, SOURCE_POSTMODIFIERS, SPOKESPERSON_WORDS,
  THING_PRONOUNS,
} from './source-words.js';

/** What a pronoun or a common noun still needs from earlier in the article. */
export type Reference = 'person' | 'plural' | 'thing' | 'organization' | 'spokesperson' | 'surname';

export interface SourceReading {
  type: SourceType;
  count: number | null;
  name: string | null;
  organization: string | null;
  /** Set when the source must be resolved against earlier sources or mentions. */
  refers?: Reference;
  /**
   * The head noun, for resolving "the association" to "Semiconductor Industry
   * Association"; for a spokesperson of no named body, the body noun the
   * phrase has ("ministry" of "a ministry spokesperson", "a spokesman for the ministry").
   */
  head: string;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const PERSON_PRONOUN = set(PERSON_PRONOUNS);
const PLURAL_PRONOUN = set(PLURAL_PRONOUNS);
const THING_PRONOUN = set(THING_PRONOUNS);
const SPOKES = set(SPOKESPERSON_WORDS.filter((w) => !w.includes(' ')));
const ANON_PLURAL = set([...ANONYMOUS_PLURAL_WORDS, ...SHARE_WORDS]);
const ANON_SINGULAR = set(ANONYMOUS_SINGULAR_WORDS);
const ROLE = set(PERSON_ROLE_WORDS);
const TITLE = set(NAME_TITLES);
const OFFICE_FIELD = set(OFFICE_FIELD_WORDS);
const NAME_PARTICLE = set(NAME_PARTICLES);
const DOCUMENT = set(DOCUMENT_WORDS);
const MEDIA = set(MEDIA_WORDS);
const MEDIA_NAME = set(MEDIA_NAME_WORDS);
const ORG = set(ORGANIZATION_WORDS);
const ORG_NAME = set(ORGANIZATION_NAME_WORDS);
const DETERMINER = set(DETERMINERS);
const PREPOSITION = set(PHRASE_PREPOSITIONS);
/** Adjectives that follow their noun in source phrases: "people familiar with", "a source close to". */
const PARTICIPLE = set(SOURCE_PARTICIPLES);
const POSTPOSED = set(SOURCE_POSTMODIFIERS);
const MAKER = set(MAKER_PREPOSITIONS);
/** "one of the people", "two of the analysts": the count before "of", the head after it. */
const QUANTIFIER = new Set([...NUMBER_WORDS.keys(), ...SHARE_WORDS, 'some', 'many', 'most', 'several', 'few', 'all', 'none', 'each']);
const ORG_TYPES = new Set(['company', 'organization', 'media']);
const KNOWN_COMMON = new Set([...ANON_PLURAL, ...ANON_SINGULAR, ...ROLE, ...DOCUMENT, ...MEDIA, ...ORG]);

/**
 * What an unknown common noun can be as a source: the speaker of a verb of
 * speech ("the billionaire says"), a document after "according to" ("according
 * to a count by …"), or nothing ("the reason shows").
 */
export type SpeakerKind = 'speech' | 'document' | 'none';

const PAST_AFFILIATION = set(PAST_AFFILIATION_WORDS);

/** "a former Pentagon official", "former senior Intel engineer", "formerly of Intel": a body the source no longer speaks for. */
function isPastAffiliation(tokens: readonly WordToken[], m: EntityMention): boolean {
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < m.start) k++;
  for (let back = 1; back <= 2 && k - back >= 0; back++) if (PAST_AFFILIATION.has(tokens[k - back]!.lower)) return true;
  return false;
}

/** Reads the source phrase `range` (and its apposition, if any); null when it names no possible source. */
export function readSource(
  text: string, tokens: readonly WordToken[], range: Range, apposition: Range | null,
  mentions: readonly EntityMention[], speaker: SpeakerKind,
): SourceReading | null {
  const [first, last] = range;
  const words = tokens.slice(first, last + 1).filter((t) => t.isWord);
  if (!words.length) return null;
  const only = words.length === 1 ? words[0]!.lower : null;
  if (only !== null && PERSON_PRONOUN.has(only)) return { type: 'person', count: 1, name: null, organization: null, refers: 'person', head: only };
  if (only !== null && PLURAL_PRONOUN.has(only)) return { type: 'anonymous', count: null, name: null, organization: null, refers: 'plural', head: only };
  if (only !== null && THING_PRONOUN.has(only)) return { type: 'organization', count: null, name: null, organization: null, refers: 'thing', head: only };

  // The apposition may follow the name ("Jeff Weaver, the manager,") or precede it ("A top strategist, John Weaver,").
  const start = Math.min(tokens[first]!.start, apposition ? tokens[apposition[0]]!.start : Infinity);
  const end = Math.max(tokens[last]!.end, apposition ? tokens[apposition[1]]!.end : 0);
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const headIndex = headOf(words);
  const head = words[headIndex]!;
  // "Siemens Chief Financial Officer Ralf Thomas": the entity stage may read a word of the title as a
  // name ("Financial"); the name that ends at the head noun is the speaker's.
  const people = inside.filter((m) => m.type === 'person');
  const person = people.length > 1 ? people.find((m) => m.end === head.end) ?? people[0] : people[0];
  const past = new Set(inside.filter((m) => ORG_TYPES.has(m.type) && isPastAffiliation(tokens, m)).map((m) => m.name));
  const orgMention = inside.find((m) => ORG_TYPES.has(m.type) && !past.has(m.name));
  // The entity stage joins a person to the body their role names, past or not.
  const personOrganization = person?.organization && !past.has(person.organization) ? person.organization : null;
  const all = apposition ? [...words, ...tokens.slice(apposition[0], apposition[1] + 1).filter((t) => t.isWord)] : words;
  const count = countOf(words.slice(0, headIndex + 1));
  // "one of the people" is one source, "the people" an unknown number.
  const plural = words[1]?.lower === 'of' && NUMBER_WORDS.has(words[0]!.lower) ? count : count === 1 ? null : count;
  const written = orgMention ? null : capitalizedOrganization(words, headIndex, all);
  const orgName = orgMention?.name ?? (written && !past.has(written) ? written : null);

  if (all.some((t) => SPOKES.has(t.lower)) || /press secretary/iu.test(text.slice(start, end))) {
    const name = person?.name ?? nameAfterRole(words);
    const body = orgName ? undefined : words.find((t, k) => k !== headIndex && ORG.has(t.lower))?.lower;
    return { type: 'spokesperson', count: 1, name, organization: personOrganization ?? orgName, refers: orgName ? undefined : 'spokesperson', head: body ?? head.lower };
  }
  if (person) {
    return { type: 'person', count: 1, name: person.name, organization: personOrganization ?? orgName, head: head.lower };
  }
  // A common noun, also when capitalized at the start of the sentence ("Analysts said").
  const common = !(head.isCapitalized || isParticleName(head)) || (KNOWN_COMMON.has(head.lower) && !words[headIndex - 1]?.isCapitalized);
  if (common) {
    const lower = head.lower;
    if (MEDIA.has(lower) && (orgMention?.type === 'media' || lower.endsWith('s') || lower === 'newspaper' || lower === 'magazine')) {
      return { type: 'media', count: null, name: null, organization: orgName, head: lower };
    }
    if (DOCUMENT.has(lower)) return { type: 'document', count: null, name: null, organization: orgName ?? makerName(text, words, headIndex), head: lower };
    if (ANON_PLURAL.has(lower)) return { type: 'anonymous', count: plural, name: null, organization: orgName, head: lower };
    if (ANON_SINGULAR.has(lower)) return { type: 'anonymous', count: 1, name: null, organization: orgName, head: lower };
    if (ROLE.has(lower)) return { type: 'person', count: 1, name: null, organization: orgName, head: lower };
    if (ORG.has(lower)) {
      return { type: 'organization', count: plural, name: null, organization: orgMention?.name ?? null, refers: orgMention ? undefined : 'organization', head: lower };
    }
    // Another common noun speaks only with a verb of speech ("the billionaire says"); "the reason", "prices" do not.
    if (speaker === 'document' && /\p{L}/u.test(lower)) return { type: 'document', count: null, name: null, organization: orgName, head: lower };
    if (speaker !== 'speech') return null;
    // A share of respondents: "4 in 10 say".
    if (/^\p{N}/u.test(lower) && words[headIndex + 1]?.lower === 'in') return { type: 'anonymous', count: null, name: null, organization: orgName, head: lower };
    // A word, also a compound with a number ("the 46-year-old").
    if (!/\p{L}/u.test(lower)) return null;
    return lower.endsWith('s')
      ? { type: 'anonymous', count: plural, name: null, organization: orgName, head: lower }
      : { type: 'person', count: 1, name: null, organization: orgName, head: lower };
  }
  // A capitalized head: a named body, outlet or person.
  if (orgMention && orgMention.end >= head.end) {
    const type: SourceType = orgMention.type === 'media' ? 'media' : 'organization';
    return { type, count: null, name: null, organization: orgMention.name, head: head.lower };
  }
  // A country or city alone speaks through its government: "Japan said", "Bolivia has asked".
  const place = inside.find((m) => m.type === 'place' && m.start <= head.start && m.end >= head.end);
  if (place && words.every((t) => (t.start >= place.start && t.end <= place.end) || DETERMINER.has(t.lower))) {
    return { type: 'organization', count: null, name: null, organization: place.name, head: head.lower };
  }
  const nameWords = capitalizedRun(words, headIndex);
  const lastTitle = nameWords.map((t) => TITLE.has(t.lower) || ROLE.has(t.lower) || SPOKES.has(t.lower)).lastIndexOf(true);
  const personWords = nameWords.slice(lastTitle + 1);
  const personName = personWords.length ? nameText(text, personWords.slice(-3)) : null;
  // One word left after a title ("Mr Brown") or alone ("Gumport", "van Driel"): a surname, completed from earlier in the article.
  const refers = personWords.filter((t) => !NAME_PARTICLE.has(t.lower)).length === 1 ? 'surname' as const : undefined;
  // A role or title before the name makes a person: "US Treasury Under-Secretary John Taylor".
  if (lastTitle >= 0 && personName) return { type: 'person', count: 1, name: personName, organization: orgName, refers, head: head.lower };
  const lowerNames = nameWords.map((t) => t.lower);
  const phraseName = nameText(text, [...nameWords, ...nameContinuation(words, headIndex)]);
  if (lowerNames.some((w) => MEDIA_NAME.has(w))) return { type: 'media', count: null, name: null, organization: phraseName, head: head.lower };
  if (lowerNames.some((w) => ORG_NAME.has(w)) || (/^\p{Lu}{2,}$/u.test(head.text) && nameWords.length === 1)) {
    return { type: 'organization', count: null, name: null, organization: phraseName, head: head.lower };
  }
  return { type: 'person', count: 1, name: personName, organization: orgName, refers, head: head.lower };
}

/** The head noun: the last word before a preposition or a postposed adjective. */
function headOf(words: readonly WordToken[]): number {
  if (words.length > 2 && QUANTIFIER.has(words[0]!.lower) && words[1]!.lower === 'of') {
    const rest = DETERMINER.has(words[2]!.lower) ? 3 : 2;
    return rest < words.length ? rest + headOf(words.slice(rest)) : 0;
  }
  let h = words.length - 1;
  for (let k = 1; k < words.length; k++) {
    if (PREPOSITION.has(words[k]!.lower) || MAKER.has(words[k]!.lower) || POSTPOSED.has(words[k]!.lower) || PARTICIPLE.has(words[k]!.lower)) { h = k - 1; break; }
  }
  return h;
}

function countOf(words: readonly WordToken[]): number | null {
  for (const t of words) {
    const n = NUMBER_WORDS.get(t.lower) ?? (/^\d+$/u.test(t.text) ? Number(t.text) : undefined);
    if (n !== undefined && n >= 1 && n < 1000) return n;
  }
  return null;
}

/** A name after a lower-case particle: "al-Falih", "el-Erian". */
function isParticleName(t: WordToken): boolean {
  const hyphen = t.text.indexOf('-');
  return !t.isCapitalized && hyphen > 0 && NAME_PARTICLE.has(t.lower.slice(0, hyphen)) && t.text[hyphen + 1] !== t.lower[hyphen + 1];
}

/** The run of capitalized words ending at the head. */
function capitalizedRun(words: readonly WordToken[], headIndex: number): WordToken[] {
  let k = headIndex;
  // A particle inside a name belongs to it: "Abdulaziz bin Salman", "Khalid al-Falih".
  const inName = (t: WordToken): boolean => (t.isCapitalized || isParticleName(t) || NAME_PARTICLE.has(t.lower)) && !DETERMINER.has(t.lower);
  while (k > 0 && inName(words[k - 1]!)) k--;
  return words.slice(k, headIndex + 1);
}

/** "Department of Commerce": capitalized words joined by "of", "and", "&" after the head. */
function nameContinuation(words: readonly WordToken[], headIndex: number): WordToken[] {
  const out: WordToken[] = [];
  for (let k = headIndex + 1; k + 1 < words.length; k += 2) {
    if (!['of', 'and', '&', 'for'].includes(words[k]!.lower) || !words[k + 1]!.isCapitalized) break;
    out.push(words[k]!, words[k + 1]!);
  }
  return out;
}

/** Words that join the capitalized parts of one name: "Pew Internet and American Life Project", "Interactive Media in Retail Group". */
const NAME_JOINERS = set(['of', 'and', '&', 'for', 'in']);

/**
 * The maker a document phrase names after "by" and no entity stands for: "a
 * survey by Hostway", "a report by UK-based consultancy Analysys" (the last
 * name, after words describing it), "research by the Pew Internet and
 * American Life Project". Null where no capitalized name follows "by".
 */
function makerName(text: string, words: readonly WordToken[], headIndex: number): string | null {
  const by = words.findIndex((t, k) => k > headIndex && MAKER.has(t.lower));
  if (by < 0) return null;
  let last: WordToken[] = [];
  let run: WordToken[] = [];
  for (let k = by + 1; k < words.length; k++) {
    const t = words[k]!;
    if (t.isCapitalized && !DETERMINER.has(t.lower)) run.push(t);
    else if (run.length > 0 && NAME_JOINERS.has(t.lower) && words[k + 1]?.isCapitalized) run.push(t);
    else if (run.length > 0) { last = run; run = []; }
  }
  if (run.length > 0) last = run;
  return last.length > 0 ? nameText(text, last) : null;
}

function nameText(text: string, words: readonly WordToken[]): string {
  if (!words.length) return '';
  return text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/gu, ' ');
}

/** "spokeswoman Anna Keller": the capitalized words right after the spokesperson word. */
function nameAfterRole(words: readonly WordToken[]): string | null {
  const at = words.findIndex((t) => SPOKES.has(t.lower));
  const name: WordToken[] = [];
  for (let k = at + 1; k < words.length && words[k]!.isCapitalized; k++) name.push(words[k]!);
  return at >= 0 && name.length >= 2 ? name.map((t) => t.text).join(' ') : null;
}

/** A word ending in a possessive "'s". */
const POSSESSIVE_END = /['’]s$/u;

/** Of the words before an office's field, the owner: up to a possessive ("Japan's"), else leading abbreviations ("U.S.", "EC"). */
function ownerBeforeField(before: readonly WordToken[]): WordToken[] {
  const possessive = before.findLastIndex((t) => POSSESSIVE_END.test(t.text));
  if (possessive >= 0) return before.slice(0, possessive + 1);
  const abbreviations = before.findIndex((t) => !/^\p{Lu}[\p{Lu}.]+$/u.test(t.text));
  return abbreviations < 0 ? [...before] : before.slice(0, abbreviations);
}

/**
 * An organization written into the phrase without an entity mention: the
 * capitalized words before a role ("Oxfam senior policy adviser", "US Treasury
 * Under-Secretary") or after "of/at/for/with" ("an analyst at E.F. Hutton").
 */
function capitalizedOrganization(words: readonly WordToken[], headIndex: number, all: readonly WordToken[]): string | null {
  for (let k = 0; k < all.length - 1; k++) {
    if (!PREPOSITION.has(all[k]!.lower)) continue;
    let j = k + 1;
    if (all[j] && DETERMINER.has(all[j]!.lower)) j++;
    const run: WordToken[] = [];
    while (all[j]?.isCapitalized) run.push(all[j++]!);
    if (run.length) return run.map((t) => t.text).join(' ');
  }
  // The role may stand in the phrase or in the apposition before or after the name: "Target's chief executive, Brian Cornell,".
  const ownRole = words.findIndex((t, k) => k <= headIndex && (ROLE.has(t.lower) || SPOKES.has(t.lower)));
  return ownRole >= 0 ? ownerBeforeRole(words, ownRole) : ownerBeforeRole(all.slice(words.length), -1);
}

/** The capitalized words before the role at `roleAt` (the first role word when -1): "Oxfam senior policy adviser". */
function ownerBeforeRole(words: readonly WordToken[], at: number): string | null {
  const roleAt = at >= 0 ? at : words.findIndex((t) => ROLE.has(t.lower) || SPOKES.has(t.lower));
  if (roleAt > 0) {
    const run: WordToken[] = [];
    for (let k = 0; k < roleAt && words[k]!.isCapitalized; k++) if (!DETERMINER.has(words[k]!.lower)) run.push(words[k]!);
    // A possessive ends the body's name; what follows it is the role's title: "Japan's Prime Minister", "Germany's Economy Minister".
    const possessive = run.findIndex((t) => POSSESSIVE_END.test(t.text));
    if (possessive >= 0) run.length = possessive + 1;
    // "Finance Minister": the field is part of the title, and of what stands before it only an owner
    // is a body ("U.S.", "EC"), not an adjective ("German Finance Minister").
    const field = run.findIndex((t) => OFFICE_FIELD.has(t.lower));
    const owner = field < 0 ? run : ownerBeforeField(run.slice(0, field));
    const trimmed = owner.filter((t) => !ROLE.has(t.lower) && !TITLE.has(t.lower));
    if (trimmed.length) return trimmed.map((t) => t.text.replace(POSSESSIVE_END, '')).join(' ');
  }
  return null;
}
