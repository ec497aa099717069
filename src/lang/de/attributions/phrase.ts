/**
 * A small reader for German noun phrases over tokens, enough to find who
 * speaks: determiners and adjectives, capitalized nouns and names, genitive
 * and "von" attachments, "(SPD)", appositions ("…, Klaus Stöhr"), quoted
 * titles („Bild“), embedded participle phrases ("mit der Sache vertraute"),
 * and coordination of parties ("weder ByteDance noch Huawei").
 */
import { SourceLexicon } from '../../../stages/attributions/source.js';
import { type Token, isDigits, isLowerCaseName, startsWithDigit } from '../../../stages/attributions/tokens.js';
import { GERMAN_SOURCE_WORDS } from './sources.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const sourceLexicon = new SourceLexicon(GERMAN_SOURCE_WORDS);
export const DETERMINERS = new Set(GERMAN_SOURCE_WORDS.determiners);
const NUMBER_WORDS = new Set(Object.keys(GERMAN_SOURCE_WORDS.numbers));
export const PRONOUNS = set('er sie');

/** Words that are never part of a noun phrase's nouns, capitalized or not (sentence starts: "Am", "Dazu"). */
export const FUNCTION_WORDS = set(`am im in an auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen gegenüber seit bis durch
  ohne um trotz wegen während laut dazu danach daher deshalb deswegen zudem außerdem auch aber doch und oder so wie als dass ob weil da
  nachdem obwohl wenn noch bereits schon nun jetzt heute gestern zunächst zuvor später dann damit dabei darüber hierzu hingegen jedoch
  allerdings zugleich weiterhin ferner ebenfalls besonders es man wir ich du ihr sich nicht zwar etwa rund mehr weniger sehr ganz nur
  demnach dagegen indes inzwischen mittlerweile derzeit bislang bisher insgesamt trotzdem dennoch stattdessen vielmehr sogar immerhin
  angeblich offenbar offensichtlich offiziell bezüglich hinsichtlich entsprechend laut zufolge wonach weder sowie hier dort was wer wo warum weshalb wobei sodass denn sondern
  daraufhin darauf hierauf anschließend schließlich seither seitdem ebenso unterdessen indessen derweil überdies gleichwohl wiederum ohnehin
  zumindest daneben hierbei vorerst vorher freilich zwischenzeitlich
  ja nein dies alles vieles beides folgendes zuletzt kürzlich jüngst damals weiter hat haben hatte hatten habe ist sind war waren sei seien wird werden wurde wurden kann könne soll solle`);

/** Prepositions that may govern a noun phrase opened by an adjective: "nach ersten Angaben". */
const PREPOSITIONS = set('nach laut gemäß von vom mit bei beim in im an am auf aus zu zum zur für über unter vor gegen seit durch ohne um trotz wegen');
/** Determiners of the group a number word takes a part of: "einer der Anwälte". */
const PARTITIVE = set('der');
/** Words after the phrase they govern: "einer Mitteilung zufolge" (not "gegenüber", mostly a preposition). */
const POSTPOSITIONS = set('zufolge');
/** Links that attach a genitive or "von" phrase to a head: "Sprecher des Konzerns", "Bürgermeister von Wien". */
const GENITIVE = set('des der eines einer aller');
const NAME_LINKS = set('von vom für aus in im');
/** Links that place a person ("der Botschafter in Wien", "Vertreter im Aufsichtsrat"), unless they name an occasion. */
const PLACE_LINKS = set('in im');
const INDEFINITE = set('ein eine einer einem einen eines');
/** Times after "in": "der Leiter in der kommenden Woche" says when, not where the person belongs. */
const TIMES = set(`woche wochen monat monaten jahr jahren tag tagen nacht zeit zukunft vergangenheit früh frühe
  vormittag nachmittag abend morgen wochenende sommer winter herbst frühjahr frühling
  januar februar märz april mai juni juli august september oktober november dezember
  montag dienstag mittwoch donnerstag freitag samstag sonntag`);
/** Occasions of speaking, no places a speaker belongs to: "im Interview", "in der Pressekonferenz". */
const OCCASIONS = set(`interview interviews gespräch gesprächs rede sitzung pressekonferenz debatte sendung talkshow ansprache predigt
  fernsehen radio fernsehinterview zeitungsinterview gottesdienst parlamentsdebatte`);
const isOccasion = (t: Token): boolean => OCCASIONS.has(t.lower) || ['document', 'media', 'transparent'].includes(sourceLexicon.kindOfLower(t.lower) ?? '');
/** Prepositions that open an embedded participle phrase: "mit der Sache vertraute", "an den Gesprächen beteiligte". */
const EMBEDDED_PREPOSITIONS = set('mit an in im am über aus vom zum');
/** Words joining the parties of a phrase: "A und B", "weder A noch B". */
export const COORDINATORS = set('und sowie noch');
const OPEN_QUOTES = set('„ » " ‚');
/** Lower-case words inside a quoted name, between capitalized ones: „Polizei von DeLand“, „La Gazzetta dello Sport“. */
export const TITLE_LINKS = set('von vom der des de del della dello di du la le für und im am of the and');
const CLOSE_QUOTES = set('“ « " ‘ ”');

export interface NounPhrase {
  start: number;
  /** Exclusive token index. */
  end: number;
  /** Token ranges of coordinated parties ("weder A noch B"), when more than one. */
  parties: Array<[number, number]>;
}

/**
 * Whether a lower-cased word ends in an adjective's ending: "-e", "-en", "-er",
 * "-es", "-em" (`/(?:e|en|er|es|em)$/u`), read from its last two units with no
 * pattern run (asked of most words a noun phrase reader passes).
 */
export function hasAdjectiveEnding(lower: string): boolean {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  if (last === 0x65) return true;
  return (last === 0x6e || last === 0x72 || last === 0x73 || last === 0x6d) && lower.charCodeAt(n - 2) === 0x65;
}

/** The ending first: most words have none, and are then never looked up. */
const isAdjective = (t: Token): boolean =>
  t.isWord && !t.isCapitalized && hasAdjectiveEnding(t.lower) && !isLowerCaseName(t) && !FUNCTION_WORDS.has(t.lower) && !DETERMINERS.has(t.lower);
/** Capitalized adverbs and adjectives that open a sentence ("Offiziell", "Entsprechend", "Möglicherweise"). */
const SENTENCE_ADVERB = /(?:lich|ig|isch|end|ell|weise|mals|dings|falls|seits|wärts|erdem)$/u;
/** An age written as a lower-case noun: "der 81-jährige". */
const AGE_NOUN = /^\d+-jährige[nr]?$/u;
const isNoun = (t: Token | undefined): boolean =>
  t !== undefined && t.isWord && (t.isCapitalized || isLowerCaseName(t) || (startsWithDigit(t.lower) && AGE_NOUN.test(t.lower))) && !FUNCTION_WORDS.has(t.lower) && !DETERMINERS.has(t.lower);
/** A genitive plural without article: "der Liga arabischer Staaten", "Meinung politischer Beobachter". */
const isBareGenitive = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]!.isWord && !tokens[j]!.isCapitalized && tokens[j]!.lower.endsWith('er') && !ADVERBS_IN_ER.has(tokens[j]!.lower) && isAdjective(tokens[j]!) && isNoun(tokens[j + 1]);
/** Adverbs that look like such an adjective: "der Konzern immer Gewinne …". */
const ADVERBS_IN_ER = set('immer wieder früher leider eher lieber sicher nimmer außer ehemaliger');

/** A participle phrase inside a noun phrase: "mit der Sache vertraute". Returns the index after it, or -1. */
function embeddedPhrase(tokens: readonly Token[], i: number, limit: number): number {
  if (!EMBEDDED_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return -1;
  let j = i + 1;
  if (j < limit && DETERMINERS.has(tokens[j]!.lower)) j++;
  while (j < limit && isAdjective(tokens[j]!)) j++;
  if (!(j < limit && isNoun(tokens[j]))) return -1;
  // A capitalized adjective before its noun: "im Deutschen Bundestag vertretene".
  const nounEnd = Math.min(limit, j + 3);
  j++;
  while (j < nounEnd && isNoun(tokens[j])) j++;
  const participle = tokens[j];
  return j < limit && participle && isAdjective(participle) && /te[nrsm]?$|ene[nrsm]?$/u.test(participle.lower) ? j + 1 : -1;
}

const ROLE_KINDS = new Set(['person', 'spokesperson']);

/**
 * A role noun phrase in apposition ("der Sprecher der Stadtwerke", "Gründerin
 * von Lumo"), closed by a comma, a full stop or the limit: the index after it, or -1.
 */
function rolePhrase(tokens: readonly Token[], i: number, limit: number): number {
  let h = i;
  if (h < limit && DETERMINERS.has(tokens[h]!.lower)) h++;
  while (h < limit && isAdjective(tokens[h]!)) h++;
  const head = tokens[h];
  // A role by its kind ("der Sprecher der Stadtwerke"), or any bare noun with a genitive ("Kommandant des Korps").
  const bareWithGenitive = h === i && isNoun(head) && !sourceLexicon.kindOf(head!.text) && GENITIVE.has(tokens[h + 1]?.lower ?? '');
  if (!head?.isCapitalized || !(ROLE_KINDS.has(sourceLexicon.kindOf(head.text) ?? '') || bareWithGenitive)) return -1;
  const end = simplePhrase(tokens, i, limit, 1);
  if (end <= h) return -1;
  return end >= limit || tokens[end]!.text === ',' || tokens[end]!.text === '.' ? end : -1;
}

const SO_CALLED = /^genannte[nrsm]?$/u;
/** Adverbs that stand before an adjective inside a noun phrase: "der gestern veröffentlichten Studie". */
const ADJECTIVE_ADVERBS = set('gestern heute vorgestern kürzlich jüngst neu erst bereits zuvor bisher bislang eben sehr besonders weltweit international noch');

const MONTHS = set('januar februar märz april mai juni juli august september oktober november dezember');

/** The index after a date starting at `i` ("17.12.2005", "7. April", "2. Dezember 2004"), or -1. */
function dateEnd(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (!t || i >= limit) return -1;
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/u.test(t.text)) return i + 1;
  if (!/^\d{1,2}$/u.test(t.text) || tokens[i + 1]?.text !== '.' || i + 2 >= limit || !MONTHS.has(tokens[i + 2]!.lower)) return -1;
  return i + 3 < limit && /^\d{4}$/u.test(tokens[i + 3]!.text) ? i + 4 : i + 3;
}

/** One simple noun phrase without coordination. */
function simplePhrase(tokens: readonly Token[], i: number, limit: number, depth: number): number {
  let j = i;
  if (j < limit && PRONOUNS.has(tokens[j]!.lower) && depth === 0) return j + 1;
  // A part of a group: "einer der Anwälte", "zwei der 13 Feuerwehrleute".
  if (depth === 0 && j + 2 < limit && NUMBER_WORDS.has(tokens[j]!.lower) && PARTITIVE.has(tokens[j + 1]!.lower)) {
    const group = simplePhrase(tokens, j + 1, limit, 1);
    if (group > 0) return group;
  }
  if (j < limit && (DETERMINERS.has(tokens[j]!.lower) || NUMBER_WORDS.has(tokens[j]!.lower) || isDigits(tokens[j]!.text))) j++;
  for (;;) {
    if (j >= limit) break;
    const t = tokens[j]!;
    // A measure before an adjective: "der 330 Seiten starke Bericht".
    if (startsWithDigit(t.text) && isNoun(tokens[j + 1]) && j + 2 < limit && isAdjective(tokens[j + 2]!) && isNoun(tokens[j + 3])) { j += 3; continue; }
    if (NUMBER_WORDS.has(t.lower) || isDigits(t.text)) { j++; continue; }
    // "die so genannte Kommission": "so" belongs to the adjective.
    if (t.lower === 'so' && SO_CALLED.test(tokens[j + 1]?.lower ?? '')) { j++; continue; }
    // "einer gestern vorgestellten Studie": an adverb before an adjective after the article belongs to it.
    // Right after a preposition too: "nach bisher unbestätigten Berichten", "laut bislang unveröffentlichten Zahlen".
    // Two of them: "einer erst gestern veröffentlichten Studie".
    const adverbs = ADJECTIVE_ADVERBS.has(t.lower) && ADJECTIVE_ADVERBS.has(tokens[j + 1]?.lower ?? '') ? 2 : 1;
    if ((j > i || depth > 0 || PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) && ADJECTIVE_ADVERBS.has(t.lower) && tokens[j + adverbs]
      && isAdjective(tokens[j + adverbs]!) && (isNoun(tokens[j + adverbs + 1]) || isAdjective(tokens[j + adverbs + 1] ?? t))) { j += adverbs; continue; }
    const embedded = embeddedPhrase(tokens, j, limit);
    if (embedded > 0) { j = embedded; continue; }
    const titled = OPEN_QUOTES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.isCapitalized === true;
    if (isAdjective(t) && (isNoun(tokens[j + 1]) || titled || isAdjective(tokens[j + 1] ?? t) || embeddedPhrase(tokens, j + 1, limit) > 0)) { j++; continue; }
    break;
  }
  const headStart = j;
  while (j < limit) {
    const t = tokens[j]!;
    if (isNoun(t)) { j++; continue; }
    // The initial inside a name: "George W. Bush", "Michael J. Fox".
    if (j > headStart && isInitialDot(tokens, j) && j + 1 < limit) { j++; continue; }
    // A compound cut short before a conjunction: "Wirtschaftsprüfungs- und Beratungsgesellschaft".
    if (t.text === '-' && j > headStart && COORDINATORS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.lower !== 'noch' && isNoun(tokens[j + 2])) { j += 2; continue; }
    // A quoted title: die Zeitung „Bild“.
    if (OPEN_QUOTES.has(t.text) && tokens[j + 1]?.isCapitalized) {
      let k = j + 1;
      let links = false;
      let lower = false;
      for (; k < limit && k < j + 6 && tokens[k]!.isWord; k++) {
        const w = tokens[k]!;
        if (w.isCapitalized) continue;
        // A name joined by lower-case links („Polizei von Bern“) has no other lower-case word.
        if (TITLE_LINKS.has(w.lower) && tokens[k + 1]?.isCapitalized) { links = true; continue; }
        if (FUNCTION_WORDS.has(w.lower)) break;
        lower = true;
      }
      if (links && lower) break;
      // After a title only a joined noun goes on: die „Bild“-Zeitung, not „Reuters“ Warnschüsse.
      if (k < limit && CLOSE_QUOTES.has(tokens[k]!.text)) {
        j = k + 1;
        if (tokens[j]?.text === '-' && isNoun(tokens[j + 1])) { j += 2; continue; }
        break;
      }
    }
    break;
  }
  if (j === headStart) return -1;
  // Attachments after the head.
  while (j < limit && depth < 2) {
    const t = tokens[j]!;
    const linked = NAME_LINKS.has(t.lower);
    if (GENITIVE.has(t.lower) || linked) {
      // "der Minister in einem Interview": where someone spoke is no part of who they are.
      if (PLACE_LINKS.has(t.lower) && INDEFINITE.has(tokens[j + 1]?.lower ?? '')) break;
      if (PLACE_LINKS.has(t.lower) && tokens.slice(j + 1, j + 5).some((w) => w.isCapitalized && TIMES.has(w.lower))) break;
      const next = simplePhrase(tokens, j + 1, limit, depth + 1);
      if (next > 0 && PLACE_LINKS.has(t.lower) && tokens.slice(j + 1, next).some((w) => w.isCapitalized && isOccasion(w))) break;
      // "forderte Marko Huber einer Mitteilung zufolge": a genitive before a postposition is governed by it.
      if (next > 0 && !linked && POSTPOSITIONS.has(tokens[next]?.lower ?? '')) break;
      if (next > 0) { j = next; continue; }
      // "vom 7. April", "vom 17.12.2005": the date of a report or an edition.
      const dated = t.lower === 'vom' ? dateEnd(tokens, j + 1, limit) : -1;
      if (dated > 0) { j = dated; continue; }
      // "von Siemens": a name without determiner
      if (linked && isNoun(tokens[j + 1])) { j += 2; while (j < limit && isNoun(tokens[j])) j++; continue; }
      break;
    }
    if (isBareGenitive(tokens, j) && j + 1 < limit) {
      j += 2;
      while (j < limit && isNoun(tokens[j])) j++;
      continue;
    }
    if (t.text === '(') {
      let k = j + 1;
      while (k < limit && k < j + 6 && tokens[k]!.text !== ')') k++;
      if (k < limit && tokens[k]!.text === ')') { j = k + 1; continue; }
      break;
    }
    // An apposition: ", Klaus Stöhr" followed by a comma, a closing bracket or the clause end.
    if (t.text === ',' && isNoun(tokens[j + 1]) && depth === 0) {
      let k = j + 1;
      while (k < limit && k < j + 5 && isNoun(tokens[k])) k++;
      const after = tokens[k];
      if (k - j >= 2 && (k >= limit || after!.text === ',' || after!.text === '.')) {
        j = k;
        continue;
      }
    }
    // A role after a name: "Hans Huber, der Sprecher der Stadtwerke," / "Eva Lang, Gründerin von Lumo,".
    if (t.text === ',' && depth === 0) {
      const role = rolePhrase(tokens, j + 1, limit);
      if (role > 0) { j = role; continue; }
    }
    break;
  }
  return j;
}

/**
 * The noun phrase starting at token i (before `limit`), with coordination
 * ("weder A noch B", "A und B"), or null.
 */
export function nounPhrase(tokens: readonly Token[], i: number, limit = tokens.length): NounPhrase | null {
  if (i === 0 && SENTENCE_ADVERB.test(tokens[0]?.lower ?? '') && !isNoun(tokens[1]) && !CLOSE_QUOTES.has(tokens[1]?.text ?? '')) return null;
  let start = i;
  if (tokens[i]?.lower === 'weder') start = i + 1;
  const first = simplePhrase(tokens, start, limit, 0);
  if (first < 0) return null;
  // "Siemens, Bosch und Infineon": a list whose items a comma parts, bounded by the verb.
  if (tokens[first]?.text === ',' && closesListWithin(tokens, first, limit)) {
    const list = commaList(tokens, start, limit);
    if (list) return { start: i, end: list[list.length - 1]![1], parties: list };
  }
  const parties: Array<[number, number]> = [[start, first]];
  let end = first;
  while (end < limit && COORDINATORS.has(tokens[end]!.lower)) {
    const next = simplePhrase(tokens, end + 1, limit, 0);
    if (next < 0) break;
    parties.push([end + 1, next]);
    end = next;
  }
  return { start: i, end, parties };
}

/** Words that join the last item of a list to the ones before it. */
const LIST_CLOSERS = set('und sowie');

/** Marks that may close a list after a verb: "erklärten BASF, Bayer und Henkel, sie …". */
const LIST_ENDS = set(', . : ; „ »');

/**
 * Lower-case words that may follow a list after its verb, in the same clause:
 * a day, an adverb, the particle "mit" ("teilten BASF, Bayer und Henkel am
 * Montag gemeinsam mit"). A verb there would make the list no subject ("sagte
 * Huber, Bosch und Infineon wollten …"), and other prepositions and particles
 * end phrases inside a clause ("Bestellungen von Belgien, … und der Türkei vor").
 */
const LIST_FOLLOWERS = set('am gemeinsam bereits zudem ebenfalls auch jeweils übereinstimmend heute gestern mit');

/** How many tokens after its first comma a list may take to its closing "und": "A, B, C und D". */
const LIST_REACH = 24;

/** Whether "und" or "sowie" follows within a list's reach: the cheap test before a list is read. */
function closesListWithin(tokens: readonly Token[], from: number, limit: number): boolean {
  const end = Math.min(limit, from + LIST_REACH);
  for (let k = from + 1; k < end; k++) if (LIST_CLOSERS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * The items of a list "A, B und C" from `start` that ends exactly at
 * `limit` (the verb after a subject) or at a mark that ends a clause (a
 * subject after its verb), or null: "sagte Huber, Bosch und Infineon
 * wollten …" is no list. Items are read without appositions: in a list,
 * ", B," is the next item, not another name of A.
 */
function commaList(tokens: readonly Token[], start: number, limit: number): Array<[number, number]> | null {
  const items: Array<[number, number]> = [];
  let at = start;
  for (;;) {
    const end = simplePhrase(tokens, at, limit, 1);
    if (end < 0) return null;
    items.push([at, end]);
    const joiner = tokens[end];
    if (end === limit || !joiner) return null;
    if (joiner.text === ',') { at = end + 1; continue; }
    if (!LIST_CLOSERS.has(joiner.lower) || items.length < 2) return null;
    const last = simplePhrase(tokens, end + 1, limit, 1);
    if (last < 0 || (last !== limit && !LIST_ENDS.has(tokens[last]?.text ?? '.') && !LIST_FOLLOWERS.has(tokens[last]!.text))) return null;
    items.push([end + 1, last]);
    return items;
  }
}

/**
 * Where a clause whose subject is a list begins: `cs` is the clause start
 * after the list's last comma ("Bosch und Infineon erklärten" of "Siemens,
 * Bosch und Infineon erklärten"); the items before it, each from its own
 * clause start to its comma, belong to the same clause, as does a word that
 * opens the clause before the first item ("Wie Siemens, Bosch und …").
 * `clauseStartOf` finds a clause's start before a token; `opensClause` tells
 * the words that open one, `isVerb` the verbs no item holds ("Das sagte
 * Huber, Bosch und Infineon wollten …": "sagte" is read as an adjective).
 */
export function listClauseStart(
  tokens: readonly Token[], cs: number, verb: number,
  clause: { startOf: (tokens: readonly Token[], i: number) => number; opensClause: (t: Token) => boolean; isVerb: (t: Token) => boolean },
): number {
  // A subject is in the nominative: "des Diebstahls, des Betrugs und der Untreue beschuldigt" lists no speakers.
  if (cs < 2 || tokens[cs - 1]!.text !== ',' || OBLIQUE.has(tokens[cs]!.lower) || !closesListWithin(tokens, cs - 1, verb)) return cs;
  const tail = nounPhrase(tokens, cs, verb);
  if (!tail || tail.end !== verb || tail.parties.length < 2 || !LIST_CLOSERS.has(tokens[tail.parties[1]![0] - 1]!.lower)) return cs;
  let start = cs;
  while (start > 1 && tokens[start - 1]!.text === ',') {
    const from = clause.startOf(tokens, start - 2);
    let item = from;
    if (item < start - 1 && clause.opensClause(tokens[item]!)) item++;
    if (OBLIQUE.has(tokens[item]!.lower) || simplePhrase(tokens, item, start - 1, 1) !== start - 1) break;
    if (tokens.slice(item, start - 1).some(clause.isVerb)) break;
    start = from;
    // A word opening the clause ("wie", "und") has no item before it.
    if (item > from) break;
  }
  return start;
}

/** How many tokens before its end `nounPhraseEndingAt` looks for a phrase's start. */
export const PHRASE_REACH = 12;

/** The longest noun phrase that ends exactly at `end` and starts after `from`, or null. */
export function nounPhraseEndingAt(tokens: readonly Token[], end: number, from: number): NounPhrase | null {
  for (let i = Math.max(from, end - PHRASE_REACH); i < end; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    // A lower-case word right after a capitalized one is a verb ("Dabei starben ersten Angaben zufolge",
    // "Die Zahl dürfte …"), unless that word is a preposition ("Nach ersten Angaben").
    const prev = tokens[i - 1];
    if (!t.isCapitalized && !DETERMINERS.has(t.lower) && i > from && prev?.isCapitalized && !PREPOSITIONS.has(prev.lower)) continue;
    const np = nounPhrase(tokens, i, end);
    if (np && np.end === end) return np;
  }
  return null;
}

/** The dot after a single capital letter between two capitalized words: a name's initial ("George W. Bush"). */
export function isInitialDot(tokens: readonly Token[], i: number): boolean {
  const initial = tokens[i - 1];
  return tokens[i]!.text === '.' && i > 1 && initial !== undefined && initial.text.length === 1 && initial.isCapitalized
    && tokens[i - 2]!.isCapitalized && tokens[i + 1]?.isCapitalized === true;
}

/**
 * Endings of feminine nouns ("Zeitung", "Nachrichtenagentur", "Polizei"): after "der" such a noun is a dative or
 * genitive, never the subject ("Der Zeitung sagte er", "Der Regierung warf die Opposition vor").
 */
export const FEMININE_ENDINGS: readonly string[] = ['ung', 'schaft', 'ion', 'tät', 'heit', 'keit', 'agentur', 'zeitschrift', 'ei'];

/**
 * Determiners that never open a subject (dative, accusative, genitive forms):
 * "jeden einzelnen Arbeitsplatz verteidigen" names no speaker. Not "jedes",
 * "alle" or "viele", which open nominatives too.
 */
export const OBLIQUE = set('den dem des einem einen eines seinen seinem seines ihren ihrem ihres unseren unserem unseres meinen meinem meines diesen diesem jenen jenem keinen keinem jeden jedem allen allem manchen manchem welchen welchem solchen solchem mehreren einigen');
