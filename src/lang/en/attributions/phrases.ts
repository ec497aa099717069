/**
 * Source phrases around a cue, read over word tokens: the noun phrase before
 * a verb ("A Federal Reserve spokesman told"), after an inverted verb or a
 * preposition ("said Edward White, an analyst at E.F. Hutton", "according to
 * the filing"), with appositions ("Jeff Weaver, the campaign manager, said").
 * Token indices are inclusive: [first, last].
 */
import { type Token as WordToken, isLowerCaseName } from '../../../stages/attributions/tokens.js';
import { CUE_VERBS } from './cues.js';
import {
  ANONYMOUS_PLURAL_WORDS, ANONYMOUS_SINGULAR_WORDS, APPROXIMATION_WORDS, MAKER_PREPOSITIONS, SHARE_WORDS, DOCUMENT_WORDS, MEDIA_WORDS, ORGANIZATION_WORDS, SPOKESPERSON_WORDS,
  CONTRACTED_VERB_HOSTS, DETERMINERS, INSERTED_CLAUSE_OPENERS, NAME_PARTICLES, NAME_TITLES, OPENING_PREPOSITIONS, PERSON_PRONOUNS, PHRASE_BOUNDARY_WORDS, PHRASE_PREPOSITIONS, PLURAL_PRONOUNS,
  PERSON_ROLE_WORDS, SOURCE_PARTICIPLES, SOURCE_POSTMODIFIERS, THING_PRONOUNS,
} from './source-words.js';

export type Range = readonly [number, number];

const PRONOUNS = new Set([...PERSON_PRONOUNS, ...PLURAL_PRONOUNS, ...THING_PRONOUNS]);
const BOUNDARY = new Set(PHRASE_BOUNDARY_WORDS);
const DETERMINER = new Set(DETERMINERS);
const PREPOSITION = new Set(PHRASE_PREPOSITIONS);
const ABBREVIATION = new Set([...NAME_TITLES, 'inc', 'corp', 'co', 'ltd', 'bros', 'u.s', 'u.k', 'u.n', 'e.u']);
const VERB_FORMS = new Set(CUE_VERBS.flatMap((v) => v.forms));
const ROLE = new Set(PERSON_ROLE_WORDS);
const NAME_PARTICLE = new Set(NAME_PARTICLES);
const PARTICIPLE = new Set(SOURCE_PARTICIPLES);
const SOURCE_NOUN = new Set([
  ...ANONYMOUS_PLURAL_WORDS, ...ANONYMOUS_SINGULAR_WORDS, ...PERSON_ROLE_WORDS, ...SPOKESPERSON_WORDS, ...DOCUMENT_WORDS,
  ...MEDIA_WORDS, ...ORGANIZATION_WORDS,
]);
const POSTMODIFIER = new Set(SOURCE_POSTMODIFIERS);
const APPROXIMATION = new Set(APPROXIMATION_WORDS);
const MAKER = new Set(MAKER_PREPOSITIONS);
const DOCUMENT = new Set(DOCUMENT_WORDS);
const SHARE = new Set(SHARE_WORDS);
/** A number or a share opens the phrase: "4 in 10", "half", "two-thirds of voters". */
const countsPeople = (t: WordToken): boolean => /^\p{N}/u.test(t.text) || SHARE.has(t.lower);
const POSTMODIFIER_PREPOSITIONS = new Set(['on', 'with', 'to', 'in', 'about', 'of', 'by']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«', '»', '„']);

const ACRONYM = /^\p{Lu}{2,}$/u;
const CLAUSE_OPENER = new Set(INSERTED_CLAUSE_OPENERS);

export const isPronoun = (t: WordToken | undefined): boolean => t !== undefined && PRONOUNS.has(t.lower);

/** A word that can stand inside a noun phrase. */
function nounish(t: WordToken | undefined): boolean {
  if (!t?.isWord) return false;
  // "US" is a name, "us" a pronoun.
  if (BOUNDARY.has(t.lower)) return ACRONYM.test(t.text);
  return t.isCapitalized || !VERB_FORMS.has(t.lower);
}

/** Token k is a noun: nounish, or a verb form used as a noun after a determiner ("the report", "its annual report"). */
function nounAt(tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k];
  if (nounish(t)) return true;
  if (!t?.isWord || BOUNDARY.has(t.lower)) return false;
  const prev = tokens[k - 1];
  if (prev && DETERMINER.has(prev.lower)) return true;
  return nounish(prev) && !prev!.isCapitalized && DETERMINER.has(tokens[k - 2]?.lower ?? '');
}

const POSSESSIVE_ENDINGS = ["'s", '’s'];
const CONTRACTED_HOSTS = new Set(CONTRACTED_VERB_HOSTS);
/** "Friday's", "the governor’s"; not "he's" or "that's" (a word and its verb). */
export function isPossessive(t: WordToken): boolean {
  const ending = POSSESSIVE_ENDINGS.find((e) => t.lower.endsWith(e));
  return ending !== undefined && !CONTRACTED_HOSTS.has(t.lower.slice(0, -ending.length));
}

/** A period after "Sen", "Inc" or an initial belongs to the phrase. */
function abbreviationDot(tokens: readonly WordToken[], dot: number): boolean {
  const before = tokens[dot - 1];
  return tokens[dot]?.text === '.' && before !== undefined && before.end === tokens[dot]!.start
    && (ABBREVIATION.has(before.lower) || /^\p{Lu}$/u.test(before.text) || before.text.includes('.'));
}

/** Inner punctuation of a name: "Sanders’ staff", "AT & T", "Dr. Smith", "Reuters/Ipsos" (joint sponsors of a poll). */
function innerMark(tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === '&') return true;
  if (t.text === '/') return joinsNames(tokens, k);
  if ((t.text === '’' || t.text === "'") && tokens[k - 1]?.lower.endsWith('s') && tokens[k - 1]!.end === t.start) return true;
  return abbreviationDot(tokens, k);
}

/** A slash at `k` between two capitalized words without spaces: "New York Times/Siena College". */
function joinsNames(tokens: readonly WordToken[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && before.isCapitalized && after.isCapitalized
    && before.end === tokens[k]!.start && tokens[k]!.end === after.start;
}

/**
 * How many tokens a phrase-inner preposition ending at `k` takes ("of": 1,
 * "close to": 2), when a noun stands before it; else 0.
 */
function prepositionLength(tokens: readonly WordToken[], k: number): number {
  const p = tokens[k];
  if (!p) return 0;
  if (POSTMODIFIER_PREPOSITIONS.has(p.lower) && POSTMODIFIER.has(tokens[k - 1]?.lower ?? '') && nounish(tokens[k - 2])) return 2;
  return PREPOSITION.has(p.lower) && nounish(tokens[k - 1]) ? 1 : 0;
}

/**
 * "by" and what stands between it and the document it follows, read leftwards
 * from "by" at `k`: 1 for "a survey by …", 2 for "a study published by …";
 * 0 where "by" names no maker of a document ("rose by 3%", "Smith by phone").
 */
function makerLength(tokens: readonly WordToken[], k: number): number {
  if (!MAKER.has(tokens[k]?.lower ?? '')) return 0;
  const before = tokens[k - 1];
  if (before?.isWord && DOCUMENT.has(before.lower)) return 1;
  return before?.isWord && PARTICIPLE.has(before.lower) && DOCUMENT.has(tokens[k - 2]?.lower ?? '') ? 2 : 0;
}

/** The noun phrase that ends at token `last`, read leftwards; null when there is none. */
export function phraseBefore(tokens: readonly WordToken[], last: number): Range | null {
  const head = tokens[last];
  if (!head) return null;
  // "Sen. Bernie Sanders (I-Vt.)": a short parenthesis after a name belongs to it.
  if (head.text === ')') {
    const open = parenthesisOpen(tokens, last);
    const name = open > 0 && tokens[open - 1]!.isCapitalized ? phraseBefore(tokens, open - 1) : null;
    return name ? [name[0], last] : null;
  }
  if (isPronoun(head)) return [last, last];
  // "the pledge", "his report": the cue word is a noun here.
  if (DETERMINER.has(head.lower)) return null;
  // "a flurry of tweets": after a preposition too.
  if (PREPOSITION.has(head.lower)) return null;
  // "a study released on Monday": a participle phrase after the source noun.
  for (let k = last; k >= last - 3 && k > 0; k--) {
    if (!tokens[k]!.isWord) break;
    if (PARTICIPLE.has(tokens[k]!.lower) && nounish(tokens[k - 1])) {
      const noun = phraseBefore(tokens, k - 1);
      return noun ? [noun[0], last] : null;
    }
  }
  if (!nounAt(tokens, last)) {
    if (!(head.text === '.' && abbreviationDot(tokens, last))) return null;
  }
  let first = last;
  let coordinated = false;
  while (first > 0) {
    const p = tokens[first - 1]!;
    if (p.isWord) {
      if (DETERMINER.has(p.lower)) {
        first--;
        // "all five states", "the two officials"
        while (first > 0 && tokens[first - 1]!.isWord && DETERMINER.has(tokens[first - 1]!.lower)) first--;
        const inner = prepositionLength(tokens, first - 1) || makerLength(tokens, first - 1);
        if (inner) { first -= inner; continue; }
        // "the Bank of England and the Treasury": a coordinated name goes on to the left.
        if (COORDINATOR.has(tokens[first - 1]?.lower ?? '') && tokens[first + 1]?.isCapitalized && tokens[first - 2]?.isCapitalized) continue;
        break;
      }
      const inner = prepositionLength(tokens, first - 1) || makerLength(tokens, first - 1);
      if (inner) { first -= inner; continue; }
      if (PREPOSITION.has(p.lower)) break;
      // Coordinated names: "Clinton and Sanders said", "Neither Apple nor Samsung", "Nvidia, AMD and Intel".
      const named = tokens[first]!.isCapitalized || (DETERMINER.has(tokens[first]!.lower) && tokens[first + 1]?.isCapitalized === true);
      if (COORDINATOR.has(p.lower) && named && tokens[first - 2]?.isCapitalized && nounish(tokens[first - 2])) {
        first--;
        coordinated = true;
        continue;
      }
      if (tokens[first]!.isCapitalized && endsOpeningPhrase(tokens, first - 1)) break;
      if (!nounish(p) || isPronoun(p)) break;
      first--;
      continue;
    }
    if (innerMark(tokens, first - 1)) { first--; continue; }
    // A list of names before "and": "Nvidia, AMD and Intel".
    if (p.text === ',' && coordinated && tokens[first]!.isCapitalized && tokens[first - 2]?.isCapitalized && tokens[first - 2]!.isWord) { first--; continue; }
    break;
  }
  // A phrase never opens with a preposition or a mark.
  while (first < last && (PREPOSITION.has(tokens[first]!.lower) || !tokens[first]!.isWord)) first++;
  if (first > 0 && countsPeople(tokens[first]!) && APPROXIMATION.has(tokens[first - 1]!.lower)) first--;
  return [first, last];
}

/** How many words an opening phrase may take between its preposition and the name after it: "In a Bloomberg interview Trump". */
const OPENING_PHRASE_REACH = 5;
const OPENING_PREPOSITION = new Set(OPENING_PREPOSITIONS);

/**
 * Does token k, just before a name, end a phrase that opens the sentence
 * without a comma ("During the debate Trump said", "In a statement Smith
 * said")? A preposition first, a determiner, then words up to the name; a
 * role just before the name describes it ("In Ohio state senator Jane Doe").
 */
function endsOpeningPhrase(tokens: readonly WordToken[], k: number): boolean {
  const p = tokens[k];
  if (!p?.isWord || p.isCapitalized || ROLE.has(p.lower) || ABBREVIATION.has(p.lower)) return false;
  for (let j = k - 1; j >= 1 && j >= k - OPENING_PHRASE_REACH; j--) {
    const t = tokens[j]!;
    if (!t.isWord) return false;
    if (DETERMINER.has(t.lower)) return OPENING_PREPOSITION.has(tokens[j - 1]!.lower) && opensAfterQuotes(tokens, j - 1);
  }
  return false;
}

/** Token k is the sentence's first word, opening quotation marks aside. */
function opensAfterQuotes(tokens: readonly WordToken[], k: number): boolean {
  for (let j = 0; j < k; j++) if (!OPENING_QUOTES.has(tokens[j]!.text)) return false;
  return true;
}

const COORDINATOR = new Set(['and', 'nor']);
/** Words that open a coordination: "Neither Apple nor Samsung", "Both Ford and GM". */
const COORDINATION_OPENERS = new Set(['neither', 'both', 'either']);

/**
 * The parties of a coordinated subject, each a source of its own: "Apple and
 * Samsung declined", "Nvidia, AMD and Intel said", "Neither Apple nor Samsung
 * responded". Split at "and", "nor" and list commas outside entity names
 * ("Bank of England" stays whole, as does a name with "and" in it); each
 * party holds a capitalized word. `negated`: "neither … nor" says that none
 * of them did what the verb says. Null for a subject of one party.
 */
export function partiesOf(tokens: readonly WordToken[], range: Range, names: ReadonlyArray<{ start: number; end: number }>): { parties: Range[]; negated: boolean } | null {
  let [first] = range;
  const last = range[1];
  const opener = tokens[first]!.lower;
  const negated = opener === 'neither';
  if (COORDINATION_OPENERS.has(opener)) first++;
  const inName = (k: number): boolean => names.some((m) => m.start < tokens[k]!.start && tokens[k]!.end < m.end);
  const parties: Range[] = [];
  let from = first;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    const joins = (COORDINATOR.has(t.lower) || t.text === ',') && !inName(k);
    if (!joins) continue;
    if (k > from) parties.push([from, k - 1]);
    from = k + 1;
  }
  if (from <= last) parties.push([from, last]);
  if (parties.length < 2 || !parties.every(([a, b]) => isKnownName(tokens.slice(a, b + 1), names))) return null;
  return { parties, negated };
}

/** Words inside a name besides capitalized ones: "the Bank of England", "Minister for Trade". */
const NAME_INNER = new Set(['of', 'for', 'the', 'de', 'von', 'van', 'der', 'du', 'la', 'le', '&']);
/**
 * A party the entity stage knows: its capitalized words (a determiner aside)
 * lie inside entity mentions, and it holds nothing but names, determiners and
 * inner words. "American Telephone and Telegraph", "S and P", "Sales at
 * Apple and Samsung" are not split.
 */
function isKnownName(words: readonly WordToken[], names: ReadonlyArray<{ start: number; end: number }>): boolean {
  const named = words.filter((t) => t.isCapitalized && !DETERMINER.has(t.lower));
  return named.length > 0
    && named.every((t) => names.some((m) => m.start <= t.start && t.end <= m.end))
    && words.every((t) => t.isCapitalized || !t.isWord || DETERMINER.has(t.lower) || NAME_INNER.has(t.lower));
}

const PARENTHESIS_MAX = 6;
/** The "(" that opens the short parenthesis closed at `close`, or -1. */
function parenthesisOpen(tokens: readonly WordToken[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= PARENTHESIS_MAX; k--) {
    if (tokens[k]!.text === '(') return k;
    if (tokens[k]!.text === ')') return -1;
  }
  return -1;
}

/** The noun phrase that starts at token `first`, read rightwards; null when there is none. */
export function phraseAfter(tokens: readonly WordToken[], first: number): Range | null {
  const head = tokens[first];
  if (!head?.isWord) return null;
  if (isPronoun(head)) return [first, first];
  // A document word opens a phrase though it is also a verb form: "according to estimates from TrendForce".
  if (!DETERMINER.has(head.lower) && !nounish(head) && !DOCUMENT.has(head.lower)) return null;
  let last = first;
  while (last + 1 < tokens.length) {
    const n = tokens[last + 1]!;
    if (n.isWord) {
      // "a person briefed on the talks", "people familiar with the matter"
      if (POSTMODIFIER.has(n.lower) && tokens[last + 2]?.isWord && POSTMODIFIER_PREPOSITIONS.has(tokens[last + 2]!.lower)) {
        last += 2;
        continue;
      }
      if (PREPOSITION.has(n.lower) || DETERMINER.has(n.lower)) {
        if (tokens[last + 2]?.isWord && (nounish(tokens[last + 2]) || DETERMINER.has(tokens[last + 2]!.lower))) { last++; continue; }
        break;
      }
      // "a count by The Associated Press": "by" and the maker's name, not "by phone".
      if (MAKER.has(n.lower)) {
        if (tokens[last + 2]?.isCapitalized || DETERMINER.has(tokens[last + 2]?.lower ?? '')) { last++; continue; }
        break;
      }
      if (!nounAt(tokens, last + 1)) break;
      last++;
      continue;
    }
    if (innerMark(tokens, last + 1) && tokens[last + 2]?.isWord) { last++; continue; }
    break;
  }
  while (last > first && !tokens[last]!.isWord) last--;
  if (DETERMINER.has(tokens[last]!.lower)) return null;
  return [first, last];
}

/**
 * The subject at the start of a clause, without a verb-phrase parser: a
 * pronoun, a name ("Harbor Motors", "Nvidia spokeswoman Anna Keller"), or a
 * determiner with a source noun ("the company", "two senior officials").
 */
export function leadingName(tokens: readonly WordToken[], first: number): Range | null {
  const head = tokens[first];
  if (!head?.isWord) return null;
  if (isPronoun(head)) return [first, first];
  let k = first;
  if (DETERMINER.has(head.lower)) k++;
  let last = -1;
  const names = (): void => {
    while (tokens[k] && (tokens[k]!.isCapitalized || innerMark(tokens, k)) && !BOUNDARY.has(tokens[k]!.lower)) last = k++;
  };
  names();
  // Lower-case words up to a source noun: "the finance ministry", "Nvidia spokeswoman Anna Keller".
  for (let j = k; j < k + 4 && tokens[j]?.isWord && !tokens[j]!.isCapitalized && nounish(tokens[j]); j++) {
    if (SOURCE_NOUN.has(tokens[j]!.lower)) {
      last = j;
      k = j + 1;
      names();
      break;
    }
  }
  return last >= first ? [first, last] : null;
}

/**
 * An apposition after a name: ", an analyst at E.F. Hutton" or ", Chief
 * Operating Officer of Sony" — up to the next comma or the sentence end.
 * Returns the index of its last word, or null.
 */
export function appositionAfter(tokens: readonly WordToken[], comma: number): number | null {
  if (tokens[comma]?.text !== ',') return null;
  const opener = tokens[comma + 1];
  if (!opener?.isWord || !(DETERMINER.has(opener.lower) || ROLE.has(opener.lower) || isRoleAhead(tokens, comma + 1))) return null;
  const range = phraseAfter(tokens, comma + 1);
  return range ? range[1] : null;
}

/** "Chief Operating Officer of Sony": a role word within the first three words. */
function isRoleAhead(tokens: readonly WordToken[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    if (!tokens[k]!.isWord) return false;
    if (ROLE.has(tokens[k]!.lower)) return true;
  }
  return false;
}

const DASHES = new Set(['—', '–', '--']);
/** The marks that set off an apposition: a pair of commas or of dashes. */
const appositionMark = (t: WordToken | undefined): string | null => (t?.text === ',' ? ',' : t && DASHES.has(t.text) ? 'dash' : null);

/** Tokens a parenthesis set off by commas or dashes spans at most: a name's apposition may hold two roles ("director of … and a professor at …"). */
const PARENTHESIS_SPAN_MAX = 32;

/**
 * The mark opening the parenthesis that the comma or dash at `close` ends
 * ("X, the manager, said"; "X — a teacher — says"), with a word before it;
 * -1 where there is none or a quotation crosses it.
 */
function openingMark(tokens: readonly WordToken[], close: number): number {
  const mark = appositionMark(tokens[close]);
  if (!mark) return -1;
  let open = close - 1;
  while (open >= 0 && appositionMark(tokens[open]) !== mark && close - open <= PARENTHESIS_SPAN_MAX) {
    if (OPENING_QUOTES.has(tokens[open]!.text) || tokens[open]!.text === '”') return -1;
    open--;
  }
  return open >= 1 && appositionMark(tokens[open]) === mark ? open : -1;
}

/**
 * A name with an apposition before a verb: "Jeff Weaver, Sanders’ campaign
 * manager, said", "Jason Kim — a teacher from Dayton — says", or a role with
 * the name set off after it: "A top strategist, John Weaver, said". `comma` is
 * the mark before the verb. Returns the range from the phrase to that mark, the
 * name within it and the describing part.
 */
export function appositionBefore(tokens: readonly WordToken[], comma: number): { whole: Range; name: Range; describing: Range } | null {
  const open = openingMark(tokens, comma);
  if (open < 0) return null;
  const name = phraseBefore(tokens, open - 1);
  if (!name || isPronoun(tokens[name[0]])) return null;
  // The phrase opens the clause: nothing but a sentence start, a comma or a conjunction before it.
  const before = tokens[name[0] - 1];
  if (before && before.isWord && !BOUNDARY.has(before.lower) && !endsOpeningPhrase(tokens, name[0] - 1)) return null;
  const inner: Range = [open + 1, comma - 1];
  // A name ends in a capital or in its party label: "Rep. Ann Kuster (D-N.H.), a member of the panel,".
  if (endsName(tokens, name[1])) {
    // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the name before a described one.
    const named = DETERMINER.has(tokens[name[0]]!.lower) ? nameOpeningSentence(tokens, name[0] - 1) : null;
    return named ? { whole: [named[0], comma], name: named, describing: [name[0], inner[1]] } : { whole: [name[0], comma], name, describing: inner };
  }
  // "One Republican hopeful, Carly Fiorina,": a role, then the name alone between the marks.
  const innerWords = tokens.slice(inner[0], inner[1] + 1);
  const nameOnly = innerWords.length <= 4 && innerWords.every((t, k) => t.isCapitalized || isLowerCaseName(t) || innerMark(tokens, inner[0] + k)
    || (k > 0 && NAME_PARTICLE.has(t.lower) && innerWords[k + 1]?.isCapitalized === true));
  const described = tokens.slice(name[0], name[1] + 1).some((t) => ROLE.has(t.lower) || SOURCE_NOUN.has(t.lower));
  return nameOnly && described ? { whole: [name[0], comma], name: inner, describing: name } : null;
}

/**
 * Does the parenthesis starting at `first` hold a clause rather than an
 * apposition: a relative pronoun or a preposition of time and place ("who
 * chairs", "at a rally"), or an -ing verb with its object or adjunct
 * ("speaking to reporters", "dedicating the museum"; "acting director" is a role)?
 */
function opensInsertedClause(tokens: readonly WordToken[], first: number): boolean {
  const t = tokens[first];
  if (!t?.isWord || t.isCapitalized) return false;
  if (CLAUSE_OPENER.has(t.lower)) return true;
  if (!t.lower.endsWith('ing')) return false;
  const next = tokens[first + 1];
  return next !== undefined && next.isWord && (DETERMINER.has(next.lower) || BOUNDARY.has(next.lower) || PREPOSITION.has(next.lower));
}

/**
 * The subject before a clause set off between it and the verb, read before
 * any apposition: "Harmon, speaking to reporters, said", "Mayor Ellen Porter,
 * at a news conference, said". `comma` is the mark before the verb. The
 * subject opens its clause (a sentence start, a mark, a conjunction before it).
 */
export function subjectBeforeInsertedClause(tokens: readonly WordToken[], comma: number): { source: Range; named?: Range; apposition: Range | null } | null {
  const open = openingMark(tokens, comma);
  if (open < 0 || !opensInsertedClause(tokens, open + 1)) return null;
  const subject = phraseBefore(tokens, open - 1);
  if (!subject) return null;
  const before = tokens[subject[0] - 1];
  if (before && before.isWord && !BOUNDARY.has(before.lower)) return null;
  // "Michael Mulgrew, president of the union, which represents teachers, said": the name and its apposition.
  const named = before?.text === ',' ? nameOpeningSentence(tokens, subject[0] - 1) : null;
  return named ? { source: [named[0], open], named, apposition: subject } : { source: subject, apposition: null };
}

/** A name ending before the comma at `comma` that opens its sentence, not after a preposition ("In Brussels, …"). */
function nameOpeningSentence(tokens: readonly WordToken[], comma: number): Range | null {
  if (tokens[comma]?.text !== ',') return null;
  const name = phraseBefore(tokens, comma - 1);
  if (!name || !endsName(tokens, name[1]) || isPronoun(tokens[name[0]]) || !opensSentence(tokens, name[0])) return null;
  const before = tokens[name[0] - 1];
  return before?.isWord && (PREPOSITION.has(before.lower) || OPENING_PREPOSITION.has(before.lower)) ? null : name;
}

/** A name's last token: a capitalized word or the parenthesis of its party label ("(D-N.H.)"). */
const endsName = (tokens: readonly WordToken[], k: number): boolean => tokens[k]!.isCapitalized || tokens[k]!.text === ')';

/**
 * A subject with a relative or participle clause set off between it and the
 * verb: "A senior official, speaking on condition of anonymity, said", "The
 * chairman, who took office in May, told". `comma` is the mark before the
 * verb. Returns the subject's phrase without the clause, or null. The clause
 * is not the source's apposition: a name in it ("who met Jane Doe") is not
 * the speaker's.
 */
export function subjectBeforeClause(tokens: readonly WordToken[], comma: number): Range | null {
  const open = openingMark(tokens, comma);
  if (open < 0) return null;
  const inner = tokens.slice(open + 1, comma);
  if (!inner[0]?.isWord) return null;
  // A name alone is an apposition ("The biggest buyer, China, said"); a cue verb at either end, a source in parentheses ("This group, ATT said, reports").
  if (inner.length <= 4 && inner.every((t, k) => t.isCapitalized || innerMark(tokens, open + 1 + k))) return null;
  if (VERB_FORMS.has(inner[0]!.lower) || VERB_FORMS.has(inner[inner.length - 1]!.lower)) return null;
  const subject = phraseBefore(tokens, open - 1);
  if (!subject || isPronoun(tokens[subject[0]]) || !opensSentence(tokens, subject[0])) return null;
  return subject;
}

/**
 * Does a phrase starting at token `k` open its sentence: nothing before it
 * but one opening word ("However, many experts", "But a spokesman") or a
 * quotation ending in a comma (`"…," the union`)? A phrase inside a clause
 * ("…, as well as new services such as music downloads, could …") is no subject
 * of a verb after a parenthesis.
 */
function opensSentence(tokens: readonly WordToken[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  if (j < 0) return true;
  const t = tokens[j]!;
  if (t.isWord) return j === 0;
  return OPENING_QUOTES.has(t.text) || t.text === '”' ? tokens[j - 1]?.text === ',' : false;
}

export const isOpeningQuote = (t: WordToken | undefined): boolean => t !== undefined && OPENING_QUOTES.has(t.text);
