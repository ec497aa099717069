/**
 * German attribution rules, one job each. They share one reading of the
 * sentence: tokens, clause boundaries and the noun-phrase reader.
 */
import type { EntityMention } from '../../../core/model.js';
import type { Attribution, AttributionSpans, Source, Stance } from '../../../types.js';
import type { AttributionRule, SentenceView } from '../../../stages/attributions/config.js';
import { classifySource } from '../../../stages/attributions/source.js';
import { type Token, startsWithDigit } from '../../../stages/attributions/tokens.js';
import { type Range, contentRanges, finalStop, followQuotations, rangeOf } from '../../../stages/attributions/roles.js';
import { EVENT_NOUNS, QUOTATION_HEADS, TEMPORAL_NACH_ARTICLES } from './events.js';
import { GERMAN_QUOTES } from './quotes.js';
import { KONJUNKTIV_I, KONJUNKTIV_II } from './continuation.js';
import { AUXILIARIES, CUE_VERBS, CUE_WORDS, FINDING_VERBS, QUOTED_WITH_WORDS, STATEMENT_CUE_NOUNS, type CueVerb, DECLINE_VERBS, NEGATIONS, PASSIVE_AUXILIARIES, QUOTE_ANNOUNCERS, QUOTE_PARTICLES, SEIN_PERFECT_PARTICIPLES, STATE_PASSIVE_AUXILIARIES,
  SUBJUNCTIVE_PASSIVE_AUXILIARIES } from './cues.js';
import {
  COORDINATORS, DETERMINERS, FEMININE_ENDINGS, FUNCTION_WORDS, isInitialDot, type NounPhrase, OBLIQUE, PHRASE_REACH, PRONOUNS, TITLE_LINKS, hasAdjectiveEnding, listClauseStart, nounPhrase, nounPhraseEndingAt, sourceLexicon,
} from './phrase.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

const lexicon = sourceLexicon;
/** Tokens that end a clause. */
const BOUNDARIES = set(', ; : ( ) „ “ ” " » « – — ‚ ‘ . ! ?');
/** A clause boundary: punctuation only, so a word is never looked up (the clause readers ask of every token they pass). */
const isBoundary = (t: Token): boolean => !t.isWord && BOUNDARIES.has(t.text);
const OPENING = set('„ »');
const CLOSING = set('“ «');
/** Conjunctions that do not count for verb-second order ("und sagte", "aber bestritt"). */
const CONJUNCTIONS = set('und aber doch denn oder sondern');
/** Conjunctions joining two verbs of one subject: "stieg auf das Dach und rief". */
const COORDINATING = set('und sowie aber');
/** Focus particles before a fronted subject: "Auch der Minister kritisierte …", "Selbst die Opposition lobte …". */
const FOCUS_PARTICLES = set('auch selbst sogar nur ausgerechnet gerade');
/** Articles and prepositions that belong to a noun of a cue phrase: "kam zu dem Ergebnis", "ist der Ansicht". */
const CUE_ARTICLES = set('der die das dem den zu zum zur');
/** Demonstratives that stand alone for a person as the subject after a verb: "sagte dieser". */
const DEMONSTRATIVE_SUBJECTS = set('dieser diese letzterer letztere');
/** Words that point back to a statement already made: "Dies bestätigte der Sprecher". */
const ANAPHORS = set('dies diese dieses diesen dieser');
/** Words that point forward to a statement: "Er erklärte Folgendes." */
const FORWARD = set('folgendes');
/** Words that may follow a clause-final particle: "gab bekannt und", "teilte mit dass" (comma omitted). */
const CLAUSE_JOINERS = set('und oder aber sowie dass ob');
/** Clause openers after which the verb stands last: "während X bestritt", "wie X berichten". */
const COMPLEMENTIZERS = set('dass während nachdem weil da ob wie als obwohl wenn wobei sodass zumal');
/** Clauses after a comma that say when or why, not what was said: "lehnte den Plan ab, während …". */
const ADVERBIAL_CLAUSE = set('während nachdem weil da obwohl wenn wobei sodass zumal bevor ehe jedoch aber doch sondern');
/** An adverbial clause after a comma, also the two-word "so dass": a consequence, not what was said. */
const opensAdverbialClause = (tokens: readonly Token[], k: number): boolean =>
  ADVERBIAL_CLAUSE.has(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'so' && tokens[k + 1]?.lower === 'dass');
/** Words that may stand between an inverted verb and its subject: "sagte dazu auch der Sprecher". */
const INVERSION_FILLERS = set('sich zwar aber schon weiterhin lediglich dazu auch jedoch zudem nun außerdem ebenfalls bereits dagegen hingegen allerdings zuletzt gestern heute indes indessen unterdessen derweil vorerst daraufhin darauf dann inzwischen mittlerweile weiter zunächst am montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende abend morgen');
/** Words that may follow a speaker after "so": "so der Sprecher am Montag", "so X gegenüber der APA". */
const AFTER_SO_SPEAKER = set('am im gegenüber in bei auf weiter zuletzt kürzlich jüngst damals gestern heute vor zum zur laut dazu abschließend mit nach wörtlich sinngemäß');
const NEGATION_WORDS = set(NEGATIONS.join(' '));
const AUX = new Set(AUXILIARIES);
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const SUBJUNCTIVE_PASSIVE = new Set(SUBJUNCTIVE_PASSIVE_AUXILIARIES);
const STATE_PASSIVE = new Set(STATE_PASSIVE_AUXILIARIES);
const SEIN_PERFECT = new Set(SEIN_PERFECT_PARTICIPLES);
/** Forms of "haben": with one in its clause a participle is an active perfect. */
const HAVE = set('hat haben hatte hatten habe hätte hätten');
const HEARSAY = set('heißt hieß');
/** Openers of an infinitive clause of purpose or manner: "um … einschätzen zu können", "ohne … zu sagen". */
const PURPOSE_OPENERS = set('um ohne statt anstatt');
/** Words whose phrase frames a statement by the noun after them: "so X", "laut X". */
const FRAMING_PREPOSITIONS = set('so laut gemäß');
/** Adverbs that point back to a source for what follows: "Demnach habe …". */
const POINTERS = set('demnach');
/** Nouns for a statement that "wonach" can report: "die Version, wonach …". */
const STATEMENT_NOUNS = set('version darstellung gerüchte gerücht vorwürfe vorwurf behauptung behauptungen hinweise hinweis vermutung theorie');
/** How far back before "wonach" its statement noun may stand. */
const WONACH_REACH = 20;
const GENITIVE_ARTICLES = set('der des eines einer');
/** Verbs that make news known with a subject of their own: "gab … bekannt" belongs to the cue verb rule. */
const MADE_KNOWN = set('gab gaben gibt geben gegeben machte machten macht gemacht');
/** Hearsay verbs without "es": "Aus Regierungskreisen verlautete, …". */
const HEARSAY_ALONE = set('verlautete verlauteten verlautet');
const HEARSAY_ADVERBS = set('angeblich');
const PARTICLES = new Set(QUOTE_PARTICLES);
/** Announcers by their first word: "mit" → [["mit", "den", "worten"], …]. */
const ANNOUNCERS = new Map<string, string[][]>();
for (const phrase of QUOTE_ANNOUNCERS) {
  const words = phrase.split(' ');
  // Keyed by the first word as written; the words lower-cased once, as the tokens' are compared with them.
  ANNOUNCERS.set(words[0]!, [...(ANNOUNCERS.get(words[0]!) ?? []), words.map((w) => w.toLowerCase())]);
}

/**
 * Announcers by their last word, lower-cased: "worten" → [["mit", "den", "worten"]]. The quote-intro rule wakes
 * on these (rare) words, not on "mit", which wakes it in most sentences for nothing.
 */
const ANNOUNCER_ENDS = new Map<string, string[][]>();
for (const words of [...ANNOUNCERS.values()].flat()) ANNOUNCER_ENDS.set(words[words.length - 1]!, [...(ANNOUNCER_ENDS.get(words[words.length - 1]!) ?? []), words]);

/** Where the announcing phrase ending at token `k` starts ("mit" of "mit den Worten"), or -1: the phrase `announcerAt` reads there. */
function announcerEndingAt(tokens: readonly Token[], k: number): number {
  const phrases = ANNOUNCER_ENDS.get(tokens[k]!.lower);
  if (phrases === undefined) return -1;
  for (const words of phrases) {
    const start = k - words.length + 1;
    if (start < 0) continue;
    let n = 0;
    while (n < words.length && tokens[start + n]!.lower === words[n]) n++;
    if (n === words.length) return start;
  }
  return -1;
}

/** The words of the announcing phrase starting at token `k` ("mit den Worten"), lower-cased, if one does. */
function announcerAt(tokens: readonly Token[], k: number): readonly string[] | undefined {
  const phrases = ANNOUNCERS.get(tokens[k]!.lower);
  if (phrases === undefined) return undefined;
  for (const words of phrases) {
    let n = 0;
    while (n < words.length && tokens[k + n]?.lower === words[n]) n++;
    if (n === words.length) return words;
  }
  return undefined;
}
const HEARSAY_PREPOSITIONS = set('in im aus bei von vom seitens vonseiten');
const SOURCE_POSSESSIVES = set('seiner seinen seinem sein');
/** "nach eigenen Angaben": the body the sentence is about speaks. */
const OWN = set('eigenen eigener ihren ihrer');
const EVENTS = EVENT_NOUNS;
const TEMPORAL_NACH = new Set(TEMPORAL_NACH_ARTICLES);
/** The impersonal subject, and the prepositions that place it in a body: "im Ministerium", "bei der Bahn". */
const IMPERSONAL = 'man';
const BODY_PLACES = set('im in bei beim');
const PARTICLE_VERB_HERVOR = set('hervor hervorgeht hervorging hervorgehen');
/** "wie sich aus der Auswertung ergab", "aus dem Bericht ergibt sich": reflexive, like "hervorgehen". */
const RESULTS_FROM = set('ergab ergaben ergibt ergeben');

interface Reading {
  view: SentenceView;
  tokens: readonly Token[];
}

/**
 * A clause is read at most this many tokens to either side of a word: text
 * without punctuation (word lists, transcripts) would otherwise make every
 * cue walk the whole sentence, quadratic in its length.
 */
const CLAUSE_REACH = 60;

/** A short quoted title („Der Spiegel“) is part of a phrase, not a clause boundary. */
function titleQuoteAround(tokens: readonly Token[], i: number, step: 1 | -1): number {
  // The two marks chosen apart, not destructured from a new pair: asked at every boundary a clause reader meets.
  const open = step < 0 ? CLOSING : OPENING;
  const close = step < 0 ? OPENING : CLOSING;
  if (!open.has(tokens[i]!.text)) return -1;
  for (let k = i + step, n = 0; k >= 0 && k < tokens.length && n < 6; k += step, n++) {
    const t = tokens[k]!;
    if (close.has(t.text)) {
      const first = step < 0 ? tokens[k + 1]! : tokens[i + 1]!;
      return n > 0 && first.isCapitalized ? k : -1;
    }
    if (!t.isWord || (FUNCTION_WORDS.has(t.lower) && !t.isCapitalized && !linksName(tokens, Math.min(i, k), Math.max(i, k), k))) return -1;
  }
  return -1;
}

/**
 * A lower-case word at `k` that joins the capitalized words of a name between
 * quotation marks at `open` and `close` („Polizei von Bern“), not a word of a
 * phrase („Kluft zwischen Arm und Reich“): every other word is capitalized.
 */
function linksName(tokens: readonly Token[], open: number, close: number, k: number): boolean {
  if (!TITLE_LINKS.has(tokens[k]!.lower) || !tokens[k - 1]?.isCapitalized || !tokens[k + 1]?.isCapitalized) return false;
  for (let w = open + 1; w < close; w++) if (!tokens[w]!.isCapitalized && !TITLE_LINKS.has(tokens[w]!.lower)) return false;
  return true;
}

/** A dot right after a number with a word after it: the sentence did not end there, so it marks an ordinal. */
function isOrdinalDot(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === '.' && i > 0 && ORDINAL_NUMBER.test(tokens[i - 1]!.text) && tokens[i + 1]?.isWord === true;
}
const ORDINAL_NUMBER = /^\d{1,4}$/u;

/** A short bracketed name or party after a name ("Annette Schavan (CDU)") is part of the phrase, not a clause boundary. */
function bracketAround(tokens: readonly Token[], i: number, step: 1 | -1): number {
  const open = step < 0 ? ')' : '(';
  const close = step < 0 ? '(' : ')';
  if (tokens[i]!.text !== open) return -1;
  for (let k = i + step, n = 0; k >= 0 && k < tokens.length && n < 5; k += step, n++) {
    const t = tokens[k]!;
    if (t.text === close) return n > 0 ? k : -1;
    if (!t.isWord) return -1;
  }
  return -1;
}

/** A short insertion between two dashes ("gab heute – nach langen Tests – bekannt") is part of the clause around it. */
function dashesAround(tokens: readonly Token[], i: number, step: 1 | -1): number {
  const dash = tokens[i]!.text;
  if (dash !== '–' && dash !== '—') return -1;
  for (let k = i + step, n = 0; k >= 0 && k < tokens.length && n < 12; k += step, n++) {
    const t = tokens[k]!;
    if (t.text === dash) return n > 0 ? k : -1;
    if (!t.isWord && t.text !== ',') return -1;
  }
  return -1;
}

/** Where a boundary token turns out to open or close an insertion, the token at its other end; else -1. */
function insertionAround(tokens: readonly Token[], i: number, step: 1 | -1): number {
  // The dot of an ordinal inside the sentence ("am 3. Juli", "des 20. Jahrhunderts") or of a name's initial ("George W. Bush")
  // ends no clause: it is its own insertion.
  if (isOrdinalDot(tokens, i) || isInitialDot(tokens, i)) return i;
  const quoted = titleQuoteAround(tokens, i, step);
  if (quoted >= 0) return quoted;
  const bracketed = bracketAround(tokens, i, step);
  return bracketed >= 0 ? bracketed : dashesAround(tokens, i, step);
}

function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && i - k < CLAUSE_REACH) {
    const prev = tokens[k - 1]!;
    if (!isBoundary(prev)) { k--; continue; }
    const other = insertionAround(tokens, k - 1, -1);
    if (other < 0) break;
    k = other;
  }
  return k;
}
/** Relative pronouns, alone or after a preposition, that open a relative clause: ", der …", ", in dem …". */
const RELATIVE_PRONOUNS = set('der die das dem den deren dessen welcher welche welches welchem welchen');
const RELATIVE_PREPOSITIONS = set('in an auf aus bei mit von vor nach für über unter durch gegen um zu');
/** Relative pronouns that are the subject of their clause. */
const SUBJECT_RELATIVES = set('der die das welcher welche welches');
/** A particle verb's infinitive with "zu" inside: "abzuschaffen", "einzurichten". */
const ZU_INFINITIVE = /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|zusammen|durch|um|über)zu\p{Ll}{2,}en$/u;
/** Words that open what was said after a comma: "betonte, dass …", "sagte, er …". */
const STATEMENT_OPENERS = set('dass ob er sie es man wir ich dies das die der');

/**
 * The start of the clause that relative clauses ending just before `cs`
 * are inserted in ("In dem Bericht, der gestern erschien, heißt es" → "In"), or `cs`.
 */
function beforeRelativeClauses(tokens: readonly Token[], cs: number): number {
  let k = cs;
  while (k > 2 && tokens[k - 1]!.text === ',') {
    const inner = clauseStart(tokens, k - 1);
    const opener = RELATIVE_PREPOSITIONS.has(tokens[inner]!.lower) ? inner + 1 : inner;
    if (inner < 2 || inner >= k - 1 || !RELATIVE_PRONOUNS.has(tokens[opener]?.lower ?? '') || tokens[inner - 1]!.text !== ',') break;
    k = clauseStart(tokens, inner - 1);
  }
  return k;
}

/** Most words a quoted fragment inside a clause holds: „haltlos“, „gute Zusammenarbeit“. */
const FRAGMENT_WORDS = 5;

/**
 * The end of the clause from `i`, read past quoted fragments that the clause goes on after: "wies die Vorwürfe
 * als „haltlos“ zurück", "hob die „gute Zusammenarbeit“ hervor". A fragment is a few words between quotation
 * marks, no punctuation inside, with a word right after it; a quotation that ends the clause stays its end.
 */
function clauseEndPastFragments(tokens: readonly Token[], i: number): number {
  let end = clauseEnd(tokens, i);
  while (end - i < CLAUSE_REACH && OPENING.has(tokens[end]?.text ?? '')) {
    let close = end + 1;
    while (close < tokens.length && close - end <= FRAGMENT_WORDS && tokens[close]!.isWord) close++;
    if (close === end + 1 || !CLOSING.has(tokens[close]?.text ?? '') || !tokens[close + 1]?.isWord) break;
    end = clauseEnd(tokens, close + 1);
  }
  return end;
}

function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < CLAUSE_REACH) {
    if (!isBoundary(tokens[k]!)) { k++; continue; }
    const other = insertionAround(tokens, k, 1);
    if (other < 0) break;
    k = other + 1;
  }
  return k;
}

/**
 * How far an attribution's frame reaches: its whole reporting clause with the
 * comma or colon joining it to what was said ("Am Montag sagte der Sprecher,",
 * ", hieß es"), or only its own phrase ("laut X", "X zufolge").
 */
type FrameReach = 'clause' | 'phrase';

/**
 * The frame's tokens (inclusive): a reporting clause before what was said
 * takes the clause up to its comma or colon; one after it takes the clause
 * from its comma to the end of the sentence; a clause that holds what was
 * said too ("Der Minister kündigte eine Reform an") only its own words.
 * `cs`: where the clause of `from` starts (read by the caller).
 */
function frameRange(tokens: readonly Token[], from: number, to: number, reach: FrameReach, cs: number): [number, number] {
  if (reach === 'phrase') return [from, to];
  const ce = clauseEnd(tokens, to + 1);
  const closer = tokens[ce]?.text;
  let a = from;
  let b = to;
  if (closer === ',' || closer === ':') { a = frontedStart(tokens, cs); b = ce; } else if (closer && GERMAN_QUOTES.has(closer)) {
    // "nannte die Pläne „überzogen“": the clause up to the quotation frames it.
    a = cs; b = ce - 1;
  } else if (cs > 0 && (ce >= tokens.length || ce === finalStop(tokens))) { a = cs; b = ce - 1; }
  if (a === cs && a > 0 && tokens[a - 1]!.text === ',') a--;
  return [Math.min(a, from), Math.max(b, to)];
}

/** Conjunctions opening a clause fronted before a main clause's verb: "Als er gefragt wurde, sagte er, …". */
const FRONTED_OPENERS = set('als wenn nachdem weil obwohl während warum sobald bevor seit seitdem falls');

/**
 * Where a reporting clause starting with its verb right after a comma begins:
 * the verb stands second in its sentence, so what comes before the comma is
 * the clause's fronted part — a subordinate clause ("Als ein Gast half,
 * rief er:") or a phrase with a relative clause ("In der Debatte, die …
 * geführt wird, hat X gefordert,"). Else `cs` itself.
 */
function frontedStart(tokens: readonly Token[], cs: number): number {
  const verb = tokens[cs];
  const opensOtherwise = (t: Token) => DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower) || CONJUNCTIONS.has(t.lower) || COMPLEMENTIZERS.has(t.lower);
  if (cs < 2 || tokens[cs - 1]!.text !== ',' || !verb?.isWord || verb.isCapitalized || opensOtherwise(verb)) return cs;
  const inner = clauseStart(tokens, cs - 1);
  if (inner === 0 && FRONTED_OPENERS.has(tokens[0]!.lower)) return 0;
  const main = beforeRelativeClauses(tokens, cs);
  return main === 0 ? 0 : cs;
}

/**
 * Exact role spans: the source's words, the cue's words (apart where the
 * verb is: "teilte … mit"), the frame, and the content — the sentence outside
 * the frame without its final stop, or, where the frame's clause holds what
 * was said, outside the source and cue.
 */
function roleSpans(r: Reading, from: number, to: number, source: readonly [number, number] | null, cue: readonly number[], reach: FrameReach): AttributionSpans {
  const { tokens, view } = r;
  // The clause around the frame's first word, read once for both readers below.
  const cs = reach === 'clause' ? clauseStart(tokens, from) : -1;
  const back = pointsBack(r, from, to, reach, cs);
  if (back) return { source: source ? [rangeOf(tokens, source[0], source[1])] : [], cue: cue.map((k) => rangeOf(tokens, k, k)), ...back };
  const frame = frameRange(tokens, from, to, reach, cs);
  let content = reach === 'clause' ? quotationAfter(tokens, frame[1] + 1) : [];
  if (!content.length) {
    // "Sie räumte ein, es könnten Stellen wegfallen, sprach aber von …": what was said ends where the speaker's clause goes on.
    const resumes = reach === 'clause' ? mainClauseResumes(tokens, frame[1] + 1) : -1;
    content = contentRanges(tokens, resumes > frame[1] + 1 ? [frame, [resumes, tokens.length - 1]] : [frame], false);
  }
  if (!content.length) content = contentRanges(tokens, sourceAndCueRanges(source, cue), false);
  // A sentence that is nothing but its frame ("Sie fügte hinzu."): what was said stands elsewhere; the sentence stands for it.
  if (!content.length) content = contentRanges(tokens, [], true);
  return {
    source: source ? [rangeOf(tokens, source[0], source[1])] : [],
    cue: cue.map((k) => rangeOf(tokens, k, k)),
    content: followQuotations(view.doc.text, content, GERMAN_QUOTES),
    frame: [rangeOf(tokens, frame[0], frame[1])],
  };
}

/**
 * The source's range and one range for each cue word: a function of its own, as
 * roleSpans reads these only where nothing else is said (rare), and the cue
 * lists of the rules reach it with more array maps than its first readings saw
 * (measured: a deoptimization of roleSpans after the first pass).
 */
function sourceAndCueRanges(source: readonly [number, number] | null, cue: readonly number[]): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = source ? [source] : [];
  for (let n = 0; n < cue.length; n++) ranges.push([cue[n]!, cue[n]!]);
  return ranges;
}

/** Past forms of reporting verbs that go on with the speaker's own clause after what was said: ", sprach aber von …", "und betonte". */
const RESUMING_VERBS: ReadonlySet<string> = new Set([...CUE_VERBS.flatMap((v) => v.forms).map((f) => f.toLowerCase())
  .filter((f) => /te$|ten$/u.test(f) && !AUX.has(f)), 'sprach', 'sprachen', 'wies', 'wiesen', 'gab', 'gaben']);
const RESUMING_JOINERS = set('und sowie');

/**
 * The token where the speaker's clause resumes after what was said from
 * `from` on: a comma or "und" before a reporting verb in the past, outside
 * quotation marks; else -1.
 */
function mainClauseResumes(tokens: readonly Token[], from: number): number {
  let quoted = 0;
  // Read at most as far as a quotation is read: each cue of a sentence with no end (pasted text
  // without full stops, an unclosed quotation mark) would otherwise read the rest of it, quadratic.
  const end = Math.min(tokens.length - 1, from + QUOTATION_REACH);
  for (let k = from; k < end; k++) {
    const token = tokens[k]!;
    // A word is no quotation mark nor comma: it is asked only whether it is a joiner ("und").
    const joins = token.isWord ? quoted === 0 && RESUMING_JOINERS.has(token.lower) : quoted === 0 && token.text === ',';
    if (!token.isWord && OPENING.has(token.text)) quoted++;
    else if (!token.isWord && CLOSING.has(token.text)) quoted = Math.max(0, quoted - 1);
    else if (joins) {
      const next = tokens[k + 1]!;
      if (RESUMING_VERBS.has(next.lower) && !next.isCapitalized) return k;
    }
  }
  return -1;
}

/** How many tokens a quotation inside a clause is read for its closing mark. */
const QUOTATION_REACH = 400;

/** The quotation opening at token `at`, up to its closing mark (or the sentence end, to be followed on), or none. */
function quotationAfter(tokens: readonly Token[], at: number): Array<{ start: number; end: number }> {
  const close = GERMAN_QUOTES.get(tokens[at]?.text ?? '');
  if (!close) return [];
  // Read a long quotation's length at most: past that, it runs to the end of the sentence.
  let k = at + 1;
  while (k < tokens.length && k - at < QUOTATION_REACH && tokens[k]!.text !== close) k++;
  return [rangeOf(tokens, at, tokens[k]?.text === close ? k : tokens.length - 1)];
}

/**
 * "Das Werk schließt. Dies bestätigte der Betriebsrat am Abend.", "Der
 * Betriebsrat bestätigte das am Abend.": a reporting clause, the whole
 * sentence, whose object is a word pointing back says the sentence before.
 * The content is that sentence and the pointing word; the frame is the rest
 * of the clause up to the stop. Null for any other frame.
 * `cs`: where the clause of `from` starts (read by the caller).
 */
function pointsBack(r: Reading, from: number, to: number, reach: FrameReach, cs: number): { content: Range[]; frame: Range[] } | null {
  const { tokens, view } = r;
  if (reach !== 'clause' || cs !== 0) return null;
  const stop = finalStop(tokens);
  const last = (stop >= 0 ? stop : tokens.length) - 1;
  const end = clauseEnd(tokens, to + 1);
  // The clause ends the sentence, or a relative clause on its last noun does: "Das geht aus einem Papier hervor, das dem „Spiegel“ vorliegt."
  if (end <= last && !relativeClauseToEnd(tokens, end, last)) return null;
  // A pointing word stands alone: not an article before its noun ("diese Pläne", "das neue Werk").
  const pointing = (k: number, alone: (next: Token | undefined) => boolean) => {
    const t = tokens[k];
    return !!t && (ANAPHORS.has(t.lower) || t.lower === 'das' || t.lower === 'es') && alone(tokens[k + 1]);
  };
  // First, before the verb ("Dies bestätigte"), or the object right after the frame's words ("bestätigte das am Abend").
  const beforeVerb = (next: Token | undefined) => !!next && !next.isCapitalized;
  const afterFrame = (next: Token | undefined) => !next?.isWord || INVERSION_FILLERS.has(next.lower) || AFTER_SO_SPEAKER.has(next.lower);
  let at = -1;
  if (from === 1 && pointing(0, beforeVerb)) at = 0;
  else if (to + 1 <= last && pointing(to + 1, afterFrame)) at = to + 1;
  else return null;
  const before = view.doc.sentences[view.sentence.index - 1];
  if (!before || before.isTitle || before.index !== view.sentence.index - 1) return null;
  const anaphor = rangeOf(tokens, at, at);
  if (at === 0) return { content: [{ start: before.start, end: anaphor.end }], frame: [rangeOf(tokens, 1, last)] };
  const frame = [rangeOf(tokens, from, at - 1), ...(at < last ? [rangeOf(tokens, at + 1, last)] : [])];
  return { content: [{ start: before.start, end: before.end }, anaphor], frame };
}

/** Whether a relative clause runs from the comma at `comma` to the sentence's last token `last`: "…, das dem „Spiegel“ vorliegt." */
function relativeClauseToEnd(tokens: readonly Token[], comma: number, last: number): boolean {
  if (tokens[comma]?.text !== ',' || !RELATIVE_PRONOUNS.has(tokens[comma + 1]?.lower ?? '') || !opensRelativeClause(tokens, comma + 1)) return false;
  for (let k = comma + 1; k <= last; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/** Builds one attribution per party of the source phrase ("Weder ByteDance noch Huawei" → two). */
function attribute(
  r: Reading, id: string, np: NounPhrase, spanFrom: number, spanTo: number, cueAt: readonly number[], stance: Stance,
  override?: (s: Source) => Source, knownOnly = false, reportFrom = -1, reach: FrameReach = 'clause',
): Attribution[] {
  const { view, tokens } = r;
  const text = view.doc.text;
  const from = Math.min(spanFrom, np.start);
  const to = Math.max(spanTo, np.end - 1);
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  const cue = cueText(tokens, cueAt);
  // Parties speak apart only where each is a named person, company, organization or outlet (one party, the common case:
  // never looked up); unnamed groups ("Ärzte und Pfleger") stay one source.
  const apart = np.parties.length > 1 && np.parties.every(([a, b]) => partyMention(view.mentions, tokens[a]!, tokens[b - 1]!) !== undefined);
  // "sagte Merkel im „Spiegel“", "so der Minister in der ARD": the outlet says where it was said; the frame keeps it.
  const ranges = apart ? np.parties : [[np.parties[0]![0], outletPlaceAt(view.mentions, tokens, np)] as [number, number]];
  const out: Attribution[] = [];
  for (const [a, b] of ranges) {
    const found = classifySource({ tokens: tokens.slice(a, b), text }, view.mentions, lexicon, { knownOnly });
    if (!found) continue;
    const source = override ? override(found) : found;
    const spans = reportFrom >= 0 ? reportSpans(r, reportFrom, tokens[a]!.start, tokens[b - 1]!.end) : roleSpans(r, from, to, [a, b - 1], cueAt, reach);
    out.push({ text: text.slice(start, end), start, end, source, cue, stance, inherited: false, rule: id, spans });
  }
  return out;
}

/** Prepositions that place a statement in an outlet: "im „Spiegel“", "in der ARD". */
const OUTLET_PLACES = set('in im');
const OUTLET_ARTICLES = set('der dem den');

/**
 * The article of an outlet spoken to, right after a speaker's name: "sagte Huber der „Süddeutschen Zeitung“". After a
 * name it is a dative (the addressee), not a genitive: a name takes no genitive attachment, a role does ("der Sprecher
 * der Zeitung").
 */
const ADDRESSEE_ARTICLES = set('der');

/** Whether the tokens from..to (exclusive) are a name alone: capitalized words that are no source noun ("Hans Huber", "George W. Bush"). */
function nameOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (!tokens[from]?.isWord) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.isWord ? !t.isCapitalized || DETERMINERS.has(t.lower) || lexicon.kindOfLower(t.lower) !== undefined : t.text !== '.') return false;
  }
  return true;
}

/**
 * Where a speaker phrase ends before an attachment that names the outlet it spoke in ("Merkel im „Spiegel“",
 * "der Minister in der ARD") or spoke to ("Huber der Frankfurter Allgemeinen Zeitung"): an outlet known to the
 * entities or by its noun, or a quoted title. Else its end.
 */
function outletPlaceAt(mentions: readonly EntityMention[], tokens: readonly Token[], np: NounPhrase): number {
  for (let k = np.start + 1; k < np.end - 1; k++) {
    const place = OUTLET_PLACES.has(tokens[k]!.lower);
    const spokenTo = !place && ADDRESSEE_ARTICLES.has(tokens[k]!.lower) ? addresseeAfter(tokens, np.start, k) : 'none';
    if (!place && spokenTo === 'none') continue;
    // A spokesperson or unnamed people speak to a news agency, but may speak for a newspaper ("ein Sprecher der Zeitung").
    if (spokenTo === 'agency') return addressedAgencyIn(mentions, tokens, k + 1, np.end) ? k : np.end;
    let at = k + 1;
    if (place && OUTLET_ARTICLES.has(tokens[at]!.lower)) at++;
    // A place adjective before the outlet's noun: "im Kölner Stadt-Anzeiger", "in der Frankfurter Rundschau".
    if (at + 1 < np.end && tokens[at]!.isCapitalized && tokens[at]!.lower.endsWith('er') && tokens[at + 1]!.isCapitalized) at++;
    const head = tokens[at];
    if (!head || at >= np.end) return np.end;
    const title = OPENING.has(head.text) && tokens[at + 1]?.isCapitalized === true;
    const outlet = title || lexicon.kindOf(head.text) === 'media'
      || mentions.some((m) => m.type === 'media' && m.start <= head.start && m.end > head.start);
    return outlet ? k : np.end;
  }
  return np.end;
}

/** People who work for an outlet: "Journalisten der Nachrichtenagentur AFP" are its own, not people it spoke to. */
const OUTLET_STAFF = set(`journalist journalisten journalistin reporter reportern reporterin korrespondent korrespondenten korrespondentin
  redakteur redakteure redakteurin mitarbeiter mitarbeitern mitarbeiterin`);

/**
 * What an outlet after "der" at `k` is to the speaker before it: spoken to after a name ("sagte Huber der FAZ"); a
 * news agency spoken to after a spokesperson or unnamed people ("sagte ein Konzernsprecher der Nachrichtenagentur
 * dpa", "sagten zwei Insider der Nachrichtenagentur Reuters"); else 'none' (a genitive: "Journalisten der
 * Nachrichtenagentur AFP", "ein Sprecher der Zeitung").
 */
function addresseeAfter(tokens: readonly Token[], from: number, k: number): 'outlet' | 'agency' | 'none' {
  if (nameOnly(tokens, from, k)) return 'outlet';
  const before = tokens[k - 1]!;
  if (!before.isWord || OUTLET_STAFF.has(before.lower)) return 'none';
  const kind = lexicon.kindOfLower(before.lower);
  return kind === 'anonymous' || kind === 'spokesperson' ? 'agency' : 'none';
}

/** Whether tokens from..to (exclusive) name a news agency that speakers speak to (dpa, Reuters, AFP). */
function addressedAgencyIn(mentions: readonly EntityMention[], tokens: readonly Token[], from: number, to: number): boolean {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return mentions.some((m) => m.type === 'media' && m.start >= start && m.end <= end && lexicon.addressedOutlets.has(m.name));
}

/** The cue's words as written, one space apart: `cueAt.map((k) => tokens[k].text).join(' ')` without the array. */
function cueText(tokens: readonly Token[], cueAt: readonly number[]): string {
  if (cueAt.length === 0) return '';
  let cue = tokens[cueAt[0]!]!.text;
  for (let n = 1; n < cueAt.length; n++) cue += ' ' + tokens[cueAt[n]!]!.text;
  return cue;
}

/**
 * A report says what someone did by speaking ("Der Verband kritisierte die
 * Entscheidung"): no words of theirs follow, so the statement is the whole
 * clause from `from` to the end of the sentence, speaker and verb included,
 * and there is no separate frame or cue.
 */
function reportSpans(r: Reading, from: number, sourceStart: number, sourceEnd: number): AttributionSpans {
  const last = r.tokens[r.tokens.length - 1]!;
  return { source: [{ start: sourceStart, end: sourceEnd }], cue: [], frame: [], content: [{ start: r.tokens[from]!.start, end: last.end }] };
}

/**
 * Where a reporting verb reports without a statement of its own, the token its
 * clause starts at; else -1. A statement follows the clause after a colon, a
 * quote or a comma that opens no relative clause ("sagte, die Preise …"),
 * or stands before it ("…, sagte der Sprecher"); a report has an object of
 * its own ("kritisierte die Entscheidung", "sprach von einem Erfolg").
 */
function reportStart(tokens: readonly Token[], anchor: number, subject: NounPhrase, inverted: boolean, frameWords: readonly number[], quotes = false): number {
  let cs = clauseStart(tokens, anchor);
  const before = tokens[cs - 1];
  if (inverted && before && (before.text === ',' || CLOSING.has(before.text) || before.text === '"')) return -1;
  let last = subject.end - 1;
  for (let n = 0; n < frameWords.length; n++) if (frameWords[n]! > last) last = frameWords[n]!;
  const end = clauseEnd(tokens, last + 1);
  const closer = tokens[end];
  if (closer && (closer.text === ':' || closer.text === '"')) return -1;
  // A quotation that ends the sentence is what was said; one the clause goes on after is a quoted fragment of a report.
  const fragment = !!closer && OPENING.has(closer.text);
  // A verb that reports only what it quotes says the quotation, however the sentence goes on: "nannte sie „fahrlässig“ und verwies auf …".
  if (fragment && (quotes || !continuesAfterQuote(tokens, end))) return -1;
  if (closer?.text === ',' && !opensRelativeClause(tokens, end + 1) && !opensAdverbialClause(tokens, end + 1)) return -1;
  let object = false;
  for (let k = cs; k < end; k++) {
    const t = tokens[k]!;
    if (!t.isWord || frameWords.includes(k) || (k >= subject.start && k < subject.end)) continue;
    // Once there is an object, only a word pointing forward changes the answer: the words skipped below are looked up for it alone.
    if (object && !FORWARD.has(t.lower)) continue;
    if (INVERSION_FILLERS.has(t.lower) || CONJUNCTIONS.has(t.lower) || FOCUS_PARTICLES.has(t.lower) || (k === cs && COMPLEMENTIZERS.has(t.lower))) continue;
    // "Das bestätigte der Sprecher", "diese Entscheidung gab X bekannt": the statement is the sentence before.
    if (!object && (ANAPHORS.has(t.lower) || ((t.lower === 'das' || t.lower === 'es') && !tokens[k + 1]?.isCapitalized))) return -1;
    // "erklärte der Minister Folgendes": the statement follows.
    if (FORWARD.has(t.lower)) return -1;
    object = true;
  }
  if (!object && !fragment) return -1;
  while (cs < anchor && CONJUNCTIONS.has(tokens[cs]!.lower)) cs++;
  return cs;
}

/** Whether words follow the quotation opened at `open` before the clause ends: "äußerten „große Bedenken“ gegen den Plan". */
function continuesAfterQuote(tokens: readonly Token[], open: number): boolean {
  for (let k = open + 1; k < tokens.length && k - open < CLAUSE_REACH; k++) {
    if (OPENING.has(tokens[k]!.text)) return false;
    if (CLOSING.has(tokens[k]!.text)) return tokens[k + 1]?.isWord === true;
  }
  return false;
}

/** A relative clause (", die gestern fiel", ", in dem …") or a coordinated one (", und …") opens at `i`. */
function opensRelativeClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (CLAUSE_JOINERS.has(t.lower) && t.lower !== 'dass' && t.lower !== 'ob') return true;
  const k = RELATIVE_PREPOSITIONS.has(t.lower) && RELATIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
  if (!RELATIVE_PRONOUNS.has(tokens[k]!.lower)) return false;
  // "die Preise würden steigen": an article before its noun opens a statement, not a relative clause.
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  return !!next && !next.isCapitalized && !(after?.isCapitalized && isAdjectiveLike(next));
}

const isAdjectiveLike = (t: Token): boolean => t.isWord && hasAdjectiveEnding(t.lower);

/**
 * An attribution that names nobody: "hieß es", "wurde berichtet, dass". The
 * source is unnamed and has no phrase of its own.
 */
function unnamed(r: Reading, id: string, cueAt: readonly number[], stance: Stance): Attribution {
  const text = r.view.doc.text;
  const from = cueAt[0]!;
  const to = cueAt[cueAt.length - 1]!;
  const start = r.tokens[from]!.start;
  const end = r.tokens[to]!.end;
  const source: Source = { text: '', type: 'anonymous', count: null, name: null, organization: null };
  const cue = cueText(r.tokens, cueAt);
  return { text: text.slice(start, end), start, end, source, cue, stance, inherited: false, rule: id, spans: roleSpans(r, from, to, null, cueAt, 'clause') };
}

/** The person, company, organization or outlet a coordinated party names, if it names one: such parties speak apart. */
function partyMention(mentions: readonly EntityMention[], from: Token, to: Token): EntityMention | undefined {
  return mentions.find((m) => m.start >= from.start && m.end <= to.end);
}

/**
 * Index of the words a cue needs after its verb ("mit" of "teilte … mit"), or
 * null when missing. A separable particle closes its clause, so "mit" before
 * a noun ("teilte mit seinem Bruder") is a preposition, not the particle.
 */
/** The last auxiliary from `start` up to `i` ("hat" of "hat die Auffassung vertreten"), or `start - 1`. */
function auxiliaryBefore(tokens: readonly Token[], start: number, i: number): number {
  let k = i - 1;
  while (k >= start && !AUX.has(tokens[k]!.lower)) k--;
  return k;
}

function followers(tokens: readonly Token[], from: number, end: number, verb: CueVerb, then: FollowerWords): number[] | null {
  const found: number[] = [];
  let k = from;
  for (let n = 0; n < then.length; n++) {
    const wanted = then[n]!;
    const closes = verb.particle && n === then.length - 1;
    while (k < end && !(wanted.has(tokens[k]!.lower) && (!closes || closesClause(tokens[k + 1])))) k++;
    if (k >= end) return null;
    found.push(k++);
  }
  return found;
}

function closesClause(next: Token | undefined): boolean {
  return !next || BOUNDARIES.has(next.text) || CLAUSE_JOINERS.has(next.lower);
}

/** A noun phrase that can be a subject: not opened by a dative, accusative or genitive determiner. */
function subjectPhrase(tokens: readonly Token[], i: number, limit: number): NounPhrase | null {
  if (OBLIQUE.has(tokens[i]?.lower ?? '')) return null;
  return nounPhrase(tokens, i, limit);
}

/** A name alone: capitalized words that are no determiner and no source noun ("Hans Huber"), after a title at most ("Kommissar Hans Huber"). */
function isNameOnly(tokens: readonly Token[], np: NounPhrase): boolean {
  const title = np.end - np.start > 1 && lexicon.kindOf(tokens[np.start]!.text) === 'person' ? 1 : 0;
  return np.parties.length === 1 && tokens.slice(np.start + title, np.end)
    .every((t) => t.isWord && t.isCapitalized && !DETERMINERS.has(t.lower) && !lexicon.kindOfLower(t.lower));
}

/** Where the clause of the verb at `verb` starts, the commas of a subject list before it included ("Wie Siemens, Bosch und Infineon mitteilten"). */
function verbClauseStart(tokens: readonly Token[], verb: number): number {
  return listClauseStart(tokens, clauseStart(tokens, verb), verb, LIST_CLAUSE);
}
const LIST_CLAUSE = {
  startOf: clauseStart,
  opensClause: (t: Token): boolean => COMPLEMENTIZERS.has(t.lower) || CONJUNCTIONS.has(t.lower),
  isVerb: (t: Token): boolean => CUE_WORDS.has(t.lower) || AUX.has(t.lower),
};

/**
 * The subject of a clause whose finite verb is `anchor`: before it, after the
 * complementizer, or after it (inversion, read up to `limit`: the words the
 * cue still needs, "sprach X von …", are not the subject's).
 */
function subjectOf(tokens: readonly Token[], anchor: number, after: number, limit = tokens.length): { np: NounPhrase; opener: number; relative?: number } | null {
  let cs = verbClauseStart(tokens, anchor);
  while (cs < anchor && (CONJUNCTIONS.has(tokens[cs]!.lower) || FOCUS_PARTICLES.has(tokens[cs]!.lower))) cs++;
  // A relative clause whose pronoun is the subject: "…, Karl Roth, der am Montag betonte, dass …".
  if (cs > 1 && cs < anchor && tokens[cs - 1]!.text === ',' && SUBJECT_RELATIVES.has(tokens[cs]!.lower) && !tokens[cs + 1]!.isCapitalized
    && clauseEnd(tokens, anchor + 1) === anchor + 1 && statementAfter(tokens, anchor + 1)) {
    const antecedent = nounPhraseEndingAt(tokens, cs - 1, clauseStart(tokens, cs - 2));
    if (antecedent) return { np: antecedent, opener: cs, relative: cs };
  }
  // A relative clause opened by a preposition: "…, in dem sie gesagt hatte, …" — the subject follows the pronoun.
  const relativeOpener = cs > 0 && tokens[cs - 1]!.text === ',' && RELATIVE_PREPOSITIONS.has(tokens[cs]!.lower) && RELATIVE_PRONOUNS.has(tokens[cs + 1]?.lower ?? '');
  // "Als Grund gab die Behörde … an": "als" before a verb that its subject follows opens no clause of its own.
  const predicative = tokens[cs]!.lower === 'als' && invertedSubject(tokens, anchor, after, limit) !== null;
  if (cs < anchor && (COMPLEMENTIZERS.has(tokens[cs]!.lower) || relativeOpener) && !predicative) {
    let k = relativeOpener ? cs + 2 : cs + 1;
    while (k < anchor && INVERSION_FILLERS.has(tokens[k]!.lower)) k++;
    const np = subjectPhrase(tokens, k, anchor);
    return np ? { np, opener: cs } : null;
  }
  // A pronoun right after the verb is its subject: "Der Politik schlug er vor", "Das sagte sie"; but "sie"
  // after a fronted speaker is its object: "Der Chef des Verbands nannte sie „fahrlässig“".
  // "Wie die Sprecherin, Petra Pau, am Montag bestätigte": words that say when stand between the apposition and the verb.
  if (cs < anchor) {
    const closed = appositionClauseSubject(tokens, cs, anchor);
    if (closed) return closed;
  }
  const pronoun = tokens[anchor + 1]?.lower ?? '';
  const pronounAfter = PRONOUNS.has(pronoun) && !(pronoun === 'sie' && frontedSpeaker(tokens, cs, anchor));
  if (cs < anchor && !pronounAfter) {
    const np = subjectPhrase(tokens, cs, anchor);
    if (np) {
      let k = np.end;
      while (k < anchor && INVERSION_FILLERS.has(tokens[k]!.lower)) k++;
      if (k === anchor) {
        const object = frontedObject(tokens, np, anchor, after, limit);
        if (object) return { np: object, opener: anchor };
        // A name after its description and a comma: "Ein Sprecher der Polizei, Hans Huber sagte".
        // The description may end in a quoted title or a bracket: "Ein Sprecher der „Polizei von Bern“, Hans Huber sagte".
        const closing = cs > 1 ? insertionAround(tokens, cs - 2, -1) : -1;
        const inner = cs > 1 && tokens[cs - 1]!.text === ',' && isNameOnly(tokens, np) ? clauseStart(tokens, closing >= 0 ? closing : cs - 2) : -1;
        const described = inner >= 0 ? subjectPhrase(tokens, inner, cs - 1) : null;
        if (described?.end === cs - 1 && (inner === 0 || tokens[inner - 1]!.text !== ',')) {
          return { np: { start: described.start, end: np.end, parties: [[described.start, np.end]] }, opener: described.start };
        }
        const named = nameBeforeDescription(tokens, cs, np);
        if (named) return named;
        return { np, opener: np.start };
      }
    }
  } else if (cs > 1 && tokens[cs - 1]!.text === ',') {
    // A subject closed by an apposition: "Die Vizepräsidentin, Petra Pau, forderte".
    const closed = appositionSubject(tokens, cs);
    if (closed) return closed;
    // A subject before a relative clause: "Die Reederei, die seit Jahren Verluste schreibt, teilte mit".
    const main = beforeRelativeClauses(tokens, cs);
    if (main < cs) {
      const head = subjectPhrase(tokens, main, cs);
      if (head && tokens[head.end]?.text === ',') return { np: head, opener: head.start };
    }
  }
  // "… demonstriert und forderten 263 Millionen": after "und" the verb shares the subject before it; what follows is its object.
  if (anchor > 0 && COORDINATING.has(tokens[anchor - 1]!.lower)) return coordinatedSubject(tokens, anchor, cs);
  const np = invertedSubject(tokens, anchor, after, limit);
  return np ? { np, opener: anchor } : coordinatedSubject(tokens, anchor, cs);
}

/** Kinds of a description that a name before it may carry: "Sprecher", "Direktorin". */
const DESCRIBED_KINDS = new Set(['person', 'spokesperson']);

/**
 * A name before a description and a comma, the comma after the description left out: "Martin Huber,
 * Sprecher der Polizei sagte", "wie Eva Lang, Direktorin des Instituts betont". The name opens its clause
 * (or follows its complementizer) and is no item of a list; else null.
 */
function nameBeforeDescription(tokens: readonly Token[], cs: number, description: NounPhrase): { np: NounPhrase; opener: number } | null {
  if (cs < 2 || tokens[cs - 1]!.text !== ',' || !DESCRIBED_KINDS.has(headKind(tokens, description) ?? '')) return null;
  const inner = clauseStart(tokens, cs - 2);
  const opened = COMPLEMENTIZERS.has(tokens[inner]!.lower);
  const from = opened ? inner + 1 : inner;
  if (inner > 0 && tokens[inner - 1]!.text === ',' && !opened) return null;
  const name = subjectPhrase(tokens, from, cs - 1);
  if (!name || name.start !== from || name.end !== cs - 1 || !isNameOnly(tokens, name)) return null;
  return { np: { start: name.start, end: description.end, parties: [[name.start, description.end]] }, opener: opened ? inner : name.start };
}

/**
 * A subject closed by an apposition before the comma at `cs - 1`: "Die
 * Vizepräsidentin, Petra Pau, forderte"; in a verb-final clause after its
 * complementizer, which opens it: "Wie der Sprecher des Konzerns, Peter Müller, mitteilte".
 */
function appositionSubject(tokens: readonly Token[], cs: number): { np: NounPhrase; opener: number } | null {
  if (cs < 2 || tokens[cs - 1]!.text !== ',') return null;
  const inner = clauseStart(tokens, cs - 2);
  const outer = inner > 0 ? clauseStart(tokens, inner - 1) : 0;
  const opened = COMPLEMENTIZERS.has(tokens[outer]!.lower) && outer < inner - 1;
  let from = opened ? outer + 1 : outer;
  while (opened && from < inner && INVERSION_FILLERS.has(tokens[from]!.lower)) from++;
  const np = subjectPhrase(tokens, from, cs - 1);
  if (!np || np.end !== cs - 1 || !tokens.slice(from, cs - 1).some((t) => t.text === ',')) return null;
  return { np, opener: opened ? outer : np.start };
}

/**
 * The verb-final clause of a complementizer whose subject an apposition closes, the verb after words that say
 * when at most: "Wie die Sprecherin, Petra Pau, am Montag bestätigte". Its subject, or null.
 */
function appositionClauseSubject(tokens: readonly Token[], cs: number, verb: number): { np: NounPhrase; opener: number } | null {
  for (let k = cs; k < verb; k++) if (!INVERSION_FILLERS.has(tokens[k]!.lower)) return null;
  const subject = appositionSubject(tokens, cs);
  return subject && subject.opener < subject.np.start ? subject : null;
}

/**
 * The subject right after the verb (inversion): "…, sagte der Sprecher", "Dazu erklärte die Ministerin",
 * "gab heute – nach Tests – der Leiter bekannt", past an object "es" ("sah es Köhler an").
 */
function invertedSubject(tokens: readonly Token[], anchor: number, after: number, limit: number): NounPhrase | null {
  let k = anchor + 1;
  for (;;) {
    while (k < tokens.length && (INVERSION_FILLERS.has(tokens[k]!.lower) || k === after)) k++;
    const inserted = k < tokens.length ? dashesAround(tokens, k, 1) : -1;
    if (inserted < 0) break;
    k = inserted + 1;
  }
  if (tokens[k]?.lower === 'es' && k + 1 < limit) {
    const np = subjectPhrase(tokens, k + 1, limit);
    if (np) return np;
  }
  // A demonstrative standing alone for the person just named: "Im Gespräch mit ihrem Anwalt sagte dieser, …".
  if (DEMONSTRATIVE_SUBJECTS.has(tokens[k]?.lower ?? '') && k < limit && BOUNDARIES.has(tokens[k + 1]?.text ?? '.')) {
    return { start: k, end: k + 1, parties: [[k, k + 1]] };
  }
  return subjectPhrase(tokens, k, limit);
}

/** The kind of speaker a noun phrase's head noun names ("der SPD-Vorsitzende" → person), if any. */
function headKind(tokens: readonly Token[], np: NounPhrase): string | undefined {
  const head = tokens.slice(np.start, np.end).find((t) => t.isCapitalized && !DETERMINERS.has(t.lower));
  return head ? lexicon.kindOf(head.text) : undefined;
}

/** Whether the head noun of a phrase opened by an article (past adjectives: "Der Süddeutschen Zeitung") is feminine by its ending. */
function isFeminineHead(tokens: readonly Token[], np: NounPhrase): boolean {
  for (let k = np.start + 1; k < np.end; k++) {
    const t = tokens[k]!;
    if (!t.isWord || !t.isCapitalized || hasAdjectiveEnding(t.lower)) continue;
    return FEMININE_ENDINGS.some((ending) => t.lower.endsWith(ending));
  }
  return false;
}

/** A speaker noun phrase (by its head noun) filling the clause from `cs` up to the verb at `anchor`. */
function frontedSpeaker(tokens: readonly Token[], cs: number, anchor: number): boolean {
  const np = cs < anchor ? subjectPhrase(tokens, cs, anchor) : null;
  return !!np && np.end === anchor && INVERTED_SPEAKERS.has(headKind(tokens, np) ?? '');
}

/** Speakers that a noun phrase after the verb names as its subject when what stands before the verb names no speaker. */
const INVERTED_SPEAKERS = new Set(['person', 'spokesperson', 'anonymous', 'organization']);

/** The subject after the verb at `verb`, as subjectOf gives one ("lehnte das Unternehmen ab"), or null. */
function invertedSubjectAt(tokens: readonly Token[], verb: number, limit = tokens.length): { np: NounPhrase; opener: number } | null {
  const np = invertedSubject(tokens, verb, verb, limit);
  return np ? { np, opener: verb } : null;
}

/**
 * "Die Arbeit der Koalition lobte der Minister": a fronted object (a thing,
 * opened by an article, whose head is no speaker noun) and a speaker noun after
 * the verb, which is the subject.
 */
function frontedObject(tokens: readonly Token[], fronted: NounPhrase, anchor: number, after: number, limit: number): NounPhrase | null {
  // "Der Nachrichtenagentur dpa sagte ein Sprecher", "Der Zeitung sagte Karma": a feminine noun after "der" is the
  // addressee (a dative), whatever it names; a speaker or a name after the verb is the subject.
  if (tokens[fronted.start]!.lower === 'der' && isFeminineHead(tokens, fronted)) {
    const np = invertedSubject(tokens, anchor, after, limit);
    if (np && (INVERTED_SPEAKERS.has(headKind(tokens, np) ?? '') || isNameOnly(tokens, np))) return np;
  }
  if (!DETERMINERS.has(tokens[fronted.start]!.lower) || headKind(tokens, fronted) !== undefined) return null;
  const np = invertedSubject(tokens, anchor, after, limit);
  return np && INVERTED_SPEAKERS.has(headKind(tokens, np) ?? '') ? np : null;
}

/**
 * Whether what was said starts after the boundary at `at`: a colon, or a comma
 * before "dass"/"ob", a pronoun, an article or a noun ("betonte, dass …",
 * "sagte, die Preise …"), not before the main clause's verb
 * ("Die Firma, die Verluste schreibt, teilte mit").
 */
function statementAfter(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]?.text;
  if (mark === ':') return true;
  const next = tokens[at + 1];
  if (mark !== ',' || !next) return false;
  return next.isCapitalized || STATEMENT_OPENERS.has(next.lower) || DETERMINERS.has(next.lower) || endsInZuInfinitive(tokens, at + 1);
}

/** An infinitive with "zu" closes the clause from `from`: "…, im Hafen eine Mole zu bauen", "…, die Zölle abzuschaffen". */
/** Pronominal adverbs that point ahead to the statement after the clause: "verwies darauf, dass …". */
const POINTING_AHEAD = set('darauf davor dazu daran darüber');

/**
 * A pointing adverb in the clause from `from` ("darauf" of "verwies der Minister darauf, dass …") whose clause is
 * followed by what it points to: a "dass" or "ob" clause or an infinitive with "zu". As a list of its index, or empty.
 */
function pointerAhead(tokens: readonly Token[], from: number): number[] {
  const end = clauseEnd(tokens, from);
  if (tokens[end]?.text !== ',') return [];
  let k = from;
  // Not past "und": "bezeichnete … als rechtmäßig und forderte … dazu auf" points ahead for the later verb.
  while (k < end && !POINTING_AHEAD.has(tokens[k]!.lower)) if (COORDINATING.has(tokens[k++]!.lower)) return [];
  // "darüber hinaus" means "moreover".
  if (k >= end || tokens[k + 1]?.lower === 'hinaus') return [];
  const next = tokens[end + 1]?.lower ?? '';
  return next === 'dass' || next === 'ob' || endsInZuInfinitive(tokens, end + 1) ? [k] : [];
}

function endsInZuInfinitive(tokens: readonly Token[], from: number): boolean {
  const end = clauseEnd(tokens, from);
  const last = tokens[end - 1];
  if (!last || end - 1 <= from) return false;
  return tokens[end - 2]!.lower === 'zu' || ZU_INFINITIVE.test(last.lower);
}

/**
 * The subject a verb shares with the verb before it in the clause: "Der Mann
 * stieg auf das Dach und rief", "biss der Mann den Helfer und rief".
 */
function coordinatedSubject(tokens: readonly Token[], anchor: number, cs: number): { np: NounPhrase; opener: number } | null {
  if (anchor > 2 && tokens[anchor - 1]!.text === ',' && CONTRASTING.has(tokens[anchor + 1]?.lower ?? '')) {
    // "Sie hielt sich zurück, betonte aber, dass …": a verb after a comma and before "aber" shares the subject of the main clause before it.
    const before = clauseStart(tokens, anchor - 1);
    const first = before === 0 ? subjectPhrase(tokens, 0, anchor - 1) : null;
    return first && first.end < anchor - 1 && isLowerWord(tokens[first.end]) ? { np: first, opener: first.start } : null;
  }
  if (anchor < 2 || !COORDINATING.has(tokens[anchor - 1]!.lower)) return null;
  const first = subjectPhrase(tokens, cs, anchor - 1);
  if (first && first.end < anchor - 1 && isLowerWord(tokens[first.end])) return { np: first, opener: first.start };
  if (!isLowerWord(tokens[cs])) return null;
  const inverted = subjectPhrase(tokens, cs + 1, anchor - 1);
  return inverted && inverted.end < anchor - 1 ? { np: inverted, opener: inverted.start } : null;
}

/** Adverbs right after a verb that join its clause to the one before as a contrast or addition: ", betonte aber", ", räumte jedoch ein". */
const CONTRASTING = set('aber jedoch allerdings zugleich gleichzeitig');

const isLowerWord = (t: Token | undefined): boolean => !!t && t.isWord && !t.isCapitalized && !FUNCTION_WORDS.has(t.lower) && !startsWithDigit(t.text);

interface CueMatch {
  verb: CueVerb;
  then: number[];
  /** A participle in the passive ("wurde mitgeteilt", "wird als harmlos angesehen"): its subject is no speaker. */
  passive: boolean;
  /** The particle written apart before the verb: "bekannt" of "bekannt gab". */
  particleBefore?: number | undefined;
  /** The verb's `fronted` word before it: "Stellungnahme" of "Eine Stellungnahme lehnte X ab". */
  fronted?: number | undefined;
}

/** A cue verb's `then`, lower-cased: for each word it needs after its form, the ways of writing it. */
type FollowerWords = ReadonlyArray<ReadonlySet<string>>;

/** Each verb's words after its form, lower-cased once. */
function followerWordsOf(verbs: readonly CueVerb[]): ReadonlyMap<CueVerb, FollowerWords> {
  return new Map(verbs.map((verb) => [verb, (verb.then ?? []).map((words) => new Set(words.map((w) => w.toLowerCase())))]));
}

/**
 * What `mayMatchFurtherOn` asks of the verbs one form may be, made once per
 * form: whether one of them is negated, how many follower words each verb
 * with followers needs, and for each way of writing a follower word the
 * verbs and follower places it fills.
 */
interface FollowersOfForm {
  /** Every verb of the form needs followers: none matches at a place where `mayMatchFurtherOn` is false. */
  allFollowed: boolean;
  negated: boolean;
  /** Some verb of the form has followers, none of them (an empty `then`): it may match anywhere. */
  someNeedNone: boolean;
  /** For each verb with followers, how many words it needs (at most 31: one bit each). */
  needs: readonly number[];
  /** A follower word → [verb (index in `needs`), place among its followers] for each verb it fills a place of. */
  places: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /**
   * 1 at the sketch (see `sketchOf`) of each word in `places`, else 0: a word
   * whose sketch is 0 is none of them, read with no hash look-up (most words
   * of a sentence are no follower of the form at hand).
   */
  sketches: Uint8Array;
}

/** How many sketches there are: 32 lengths by 64 classes of first unit. */
const SKETCHES = 32 * 64;
/** A small integer for a lower-cased word: its length (up to 31) and the low bits of its first unit; equal words have equal sketches. */
const sketchOf = (lower: string): number => ((lower.length & 31) << 6) | (lower.charCodeAt(0) & 63);

function followersOfForm(verbs: readonly CueVerb[], followerWords: ReadonlyMap<CueVerb, FollowerWords>): FollowersOfForm {
  const withFollowers = verbs.filter((verb) => verb.then !== undefined).map((verb) => followerWords.get(verb)!);
  const places = new Map<string, Array<readonly [number, number]>>();
  withFollowers.forEach((sets, v) => sets.forEach((words, place) => {
    if (place > 30) throw new Error('a cue verb needs at most 31 follower words');
    for (const word of words) places.set(word, [...places.get(word) ?? [], [v, place]]);
  }));
  const sketches = new Uint8Array(SKETCHES);
  for (const word of places.keys()) sketches[sketchOf(word)] = 1;
  const needs = withFollowers.map((sets) => sets.length);
  return {
    allFollowed: verbs.length > 0 && verbs.every((verb) => verb.then !== undefined),
    negated: verbs.some((verb) => verb.negated === true), someNeedNone: needs.includes(0), needs, places, sketches,
  };
}

/**
 * Whether one of the verbs of a form may match it at `i` with its followers
 * read from further on than `i + 1` when it did not match reading them from
 * there: only a negated verb (its clause reaches further) or one whose
 * followers all stand somewhere after `i`; the other checks do not depend on
 * where the followers are read from. One pass over the rest of the sentence
 * for all the verbs, a hash look-up only for a word whose sketch may be a follower's.
 */
function mayMatchFurtherOn(tokens: readonly Token[], i: number, form: FollowersOfForm): boolean {
  if (form.negated || form.someNeedNone) return true;
  if (!form.needs.length) return false;
  const sketches = form.sketches;
  /** For each verb, a bit for each of its follower places found after `i` (made at the first follower found: most sentences have none). */
  let filled: number[] | null = null;
  for (let k = i + 1; k < tokens.length; k++) {
    const lower = tokens[k]!.lower;
    // sketchOf(lower), written out: a call per word costs (V8 runs here without inlining).
    if (sketches[((lower.length & 31) << 6) | (lower.charCodeAt(0) & 63)] === 0) continue;
    const places = form.places.get(lower);
    if (places === undefined) continue;
    if (filled === null) {
      // A packed array, plain loops: one shape whatever made `needs`.
      filled = [];
      for (let v = 0; v < form.needs.length; v++) filled.push(0);
    }
    for (let p = 0; p < places.length; p++) {
      const v = places[p]![0];
      filled[v] = filled[v]! | (1 << places[p]![1]);
      if (filled[v] === (1 << form.needs[v]!) - 1) return true;
    }
  }
  return false;
}

function matchCue(tokens: readonly Token[], i: number, verbs: readonly CueVerb[], followerWords: ReadonlyMap<CueVerb, FollowerWords>, finite: boolean, from = i + 1): CueMatch | null {
  const word = tokens[i]!.lower;
  // "bestätigt sich die Befürchtung": a plain cue verb used reflexively reports nothing, also after an
  // inverted pronoun ("meldete er sich bei seinem Bruder"), unless it announces what follows
  // ("meldete sich mit den Worten: …").
  const reflexive = tokens[i + 1]?.lower === 'sich' ? i + 1 : PRONOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'sich' ? i + 2 : -1;
  // What the checks below read of the clause is the same for every verb: each is read once, when first needed.
  let announcesAfterReflexive: boolean | undefined;
  let end = -1;
  let start = -1;
  let participleClauseEnd = -1;
  for (let v = 0; v < verbs.length; v++) {
    const verb = verbs[v]!;
    const forms = finite ? verb.forms : verb.nonFinite ?? [];
    const detached = !finite && verb.detached?.includes(word) === true && tokens[i - 1]?.lower === verb.then?.[0]?.[0];
    // A finite verb is read only as one of the verbs of the very form at `i` (byFinite): no need to look.
    if (!finite && !forms.includes(word) && !detached) continue;
    if (!verb.then && reflexive > 0) {
      announcesAfterReflexive ??= announcerIn(tokens, reflexive + 1, clauseEnd(tokens, reflexive + 1)).length > 0;
      if (!announcesAfterReflexive) continue;
    }
    if (end < 0) end = clauseEndPastFragments(tokens, from);
    if (start < 0) start = clauseStart(tokens, i);
    const then = finite ? followers(tokens, from, end, verb, followerWords.get(verb)!)
      : verb.reflexivePerfect ? followers(tokens, start, i, verb, followerWords.get(verb)!) ?? []
        : verb.objectPerfect ? followers(tokens, auxiliaryBefore(tokens, start, i) + 1, i, verb, followerWords.get(verb)!) : [];
    if (!then) continue;
    if (verb.negated && !someIn(tokens, start, end, (t) => NEGATION_WORDS.has(t.lower))) continue;
    // "schrieb Geschichte", "führt die Tabelle an": an object that makes the verb an act.
    if (verb.notWith && someIn(tokens, start, end, (t) => verb.notWith!.includes(t.text))) continue;
    // A quotation follows in the sentence, within a clause's reach: "nannte die Pläne „überzogen“".
    if (verb.quoted && !someIn(tokens, i + 1, i + 1 + CLAUSE_REACH, (t) => OPENING.has(t.text))) continue;
    let passive = false;
    if (detached || verb.nonFinite?.includes(word) === true) {
      if (participleClauseEnd < 0) participleClauseEnd = clauseEnd(tokens, i + 1);
      // "würden … bekanntgegeben": with a past participle the subjunctive makes a passive too.
      const participle = verb.participles?.includes(word) === true;
      passive = someIn(tokens, start, participleClauseEnd, (t) => PASSIVE.has(t.lower) || (participle && SUBJUNCTIVE_PASSIVE.has(t.lower)));
      // "Die Bürger sind aufgerufen, …", "Jetzt ist der Rat gefordert": a state passive names who was addressed, and no speaker.
      if (!passive && participle && !SEIN_PERFECT.has(word) && someIn(tokens, start, participleClauseEnd, (t) => STATE_PASSIVE.has(t.lower))
        && !someIn(tokens, start, participleClauseEnd, (t) => HAVE.has(t.lower))) continue;
    }
    if (verb.passiveOnly && !passive) continue;
    const fronted = verb.fronted ? frontedWordAt(tokens, start, i, verb.fronted) : -1;
    if (verb.fronted && fronted < 0) continue;
    // "zeigte sich überzeugt", "sprach sich … aus": a reflexive after a verb with words of its own belongs to the cue.
    const own = finite && verb.then && reflexive > 0 && !then.includes(reflexive) ? [reflexive, ...then] : then;
    return { verb, then: detached ? [] : own, passive, particleBefore: detached ? i - 1 : undefined, fronted: fronted >= 0 ? fronted : undefined };
  }
  return null;
}

/** The first of `words` written from `from` up to the verb at `verb`, as its index, or -1. */
function frontedWordAt(tokens: readonly Token[], from: number, verb: number, words: readonly string[]): number {
  for (let k = from; k < verb; k++) if (tokens[k]!.isWord && words.includes(tokens[k]!.text)) return k;
  return -1;
}

/** Whether a token from `from` up to `to` (exclusive, cut at the sentence end) passes `test`: `tokens.slice(from, to).some(test)` without the copy. */
function someIn(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from, last = Math.min(to, tokens.length); k < last; k++) if (test(tokens[k]!)) return true;
  return false;
}

/** Words that may stand in a judgement after "für": "für immer unwahrscheinlicher", "für nicht möglich". */
const JUDGEMENT_ADVERBS = set('immer sehr nicht kaum eher durchaus zu wenig');

/**
 * The judgement a "hält … für" cue closes with (lower-case words from its
 * last word to the end of the clause, at most three: "für unwahrscheinlich")
 * and a placeholder "es" right after the verb; none when the clause goes on
 * with anything else ("hält die Lage für einen Erfolg").
 */
function judgement(tokens: readonly Token[], verb: number, then: readonly number[]): number[] {
  const fuer = then[then.length - 1];
  if (fuer === undefined) return [];
  const end = clauseEnd(tokens, fuer + 1);
  const words: number[] = [];
  for (let k = fuer + 1; k < end; k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.isCapitalized || (FUNCTION_WORDS.has(t.lower) && !JUDGEMENT_ADVERBS.has(t.lower))) return [];
    words.push(k);
  }
  if (!words.length || words.length > 3) return [];
  return tokens[verb + 1]?.lower === 'es' ? [verb + 1, ...words] : words;
}

/** The articles and contracted prepositions right before the nouns among a cue's words, after its verb at `verb`. */
function articlesBefore(tokens: readonly Token[], words: readonly number[], verb: number): number[] {
  const out: number[] = [];
  for (const k of words) {
    if (!tokens[k]!.isCapitalized) continue;
    for (let a = k - 1; a > verb && CUE_ARTICLES.has(tokens[a]!.lower) && !words.includes(a); a--) out.push(a);
  }
  return out;
}

/** The token indexes of an announcing phrase ("mit den Worten") between `from` and `to`, or none. */
function announcerIn(tokens: readonly Token[], from: number, to: number): number[] {
  for (let k = from; k < to; k++) {
    const words = announcerAt(tokens, k);
    if (words) return indexesFrom(k, words.length);
  }
  return [];
}

/**
 * The indexes `k` to `k + n - 1`, pushed into a literal: an array that
 * `map` makes has another map than the literals it meets in the cue lists
 * (measured: reading its length deoptimized the rules' `find` after the first pass).
 */
function indexesFrom(k: number, n: number): number[] {
  const out: number[] = [];
  for (let m = 0; m < n; m++) out.push(k + m);
  return out;
}

/** A lone unknown name (no entity) that reports news is an outlet: "wie Techblick berichtet". */
function asOutlet(mentions: readonly EntityMention[]) {
  return (s: Source): Source =>
    s.type === 'organization' && s.organization === s.text && !/\s/u.test(s.text) && !mentions.some((m) => m.name === s.organization)
      ? { ...s, type: 'media' } : s;
}

/**
 * "bezifferte man im Ministerium", "Im Konzern rechnet man mit": an impersonal
 * subject speaks for the known body the clause places it in.
 */
function impersonalBody(r: Reading, anchor: number): NounPhrase | null {
  const { tokens, view } = r;
  const cs = clauseStart(tokens, anchor);
  const end = clauseEnd(tokens, anchor + 1);
  let k = anchor + 1;
  while (k < end && INVERSION_FILLERS.has(tokens[k]!.lower)) k++;
  if (tokens[k]?.lower !== IMPERSONAL && !(anchor > cs && tokens[anchor - 1]!.lower === IMPERSONAL)) return null;
  for (let p = cs; p < end - 1; p++) {
    if (!BODY_PLACES.has(tokens[p]!.lower)) continue;
    const np = nounPhrase(tokens, p + 1, end);
    if (!np) continue;
    const from = tokens[np.start]!.start;
    const to = tokens[np.end - 1]!.end;
    const known = view.mentions.some((m) => (m.type === 'organization' || m.type === 'company') && m.start >= from && m.end <= to)
      || tokens.slice(np.start, np.end).some((t) => t.isCapitalized && lexicon.kindOfLower(t.lower) === 'organization');
    if (known) return np;
  }
  return null;
}

/** A writing or outlet the clause of `at` opens with ("In einem Bericht der Zeitung wurde …"), as a noun phrase ending before `at`. */
function writingOpening(tokens: readonly Token[], at: number): NounPhrase | null {
  const cs = clauseStart(tokens, at);
  if (!BODY_PLACES.has(tokens[cs]!.lower)) return null;
  const np = nounPhrase(tokens, cs + 1, at);
  if (!np || np.end !== at) return null;
  const kind = lexicon.kindOf(tokens.slice(np.start, np.end).find((t) => t.isCapitalized && lexicon.kindOfLower(t.lower))?.text ?? '');
  return kind === 'document' || kind === 'media' ? np : null;
}

/** Narrows an attribution read through a relative pronoun to the relative clause: its text and frame from the pronoun, its source span the pronoun. */
function relativeFrame(r: Reading, a: Attribution, pronoun: number, last: number): void {
  const { tokens, view } = r;
  const start = tokens[pronoun]!.start;
  const end = tokens[last]!.end;
  Object.assign(a, { text: view.doc.text.slice(start, end), start, end });
  if (a.spans && a.spans.cue.length) {
    const closer = tokens[last + 1]?.text;
    const frameEnd = closer === ',' || closer === ':' ? tokens[last + 1]!.end : end;
    a.spans = { ...a.spans, source: [rangeOf(tokens, pronoun, pronoun)], frame: [{ start, end: frameEnd }], content: a.spans.content.filter((c) => c.start >= frameEnd || c.end <= tokens[pronoun - 1]!.start) };
  } else if (a.spans) a.spans = { ...a.spans, source: [rangeOf(tokens, pronoun, pronoun)] };
}

/** "von" between two numbers is a proportion ("27 von 35 Stimmen"), not an agent. */
const countsOf = (tokens: readonly Token[], von: number): boolean => startsWithDigit(tokens[von - 1]?.text ?? '') && startsWithDigit(tokens[von + 1]?.text ?? '');

/** The agent of a passive participle at `participle`: "von der Opposition", "vom Verband" in its clause. */
function passiveAgent(tokens: readonly Token[], participle: number): { by: number; np: NounPhrase } | null {
  const cs = clauseStart(tokens, participle);
  for (let k = participle - 1; k >= cs; k--) {
    if (tokens[k]!.lower !== 'von' && tokens[k]!.lower !== 'vom') continue;
    // "die meisten Fälle von Betrug": "von" after a noun belongs to that noun; "mit 27 von 35 Stimmen" to the count.
    if (k > cs && (tokens[k - 1]!.isCapitalized || countsOf(tokens, k))) return null;
    const np = nounPhrase(tokens, k + 1, participle);
    return np ? { by: k, np } : null;
  }
  return null;
}

/** The passive's verb words around its agent: the auxiliaries of the clause and the participle ("wurde … kritisiert"). */
function passiveWords(tokens: readonly Token[], agent: NounPhrase, participle: number): number[] {
  const cs = clauseStart(tokens, participle);
  const end = clauseEnd(tokens, participle + 1);
  const words: number[] = [];
  for (let k = cs; k < end; k++) {
    if ((k < agent.start || k >= agent.end) && (k === participle || PASSIVE.has(tokens[k]!.lower))) words.push(k);
  }
  return words;
}

/** Modals that make an agentless passive a conclusion ("kann festgestellt werden"), not hearsay ("soll berichtet worden sein"). */
const CONCLUDING_MODALS = set('darf dürfen durfte kann können konnte konnten muss müssen musste mussten');
/** Konjunktiv I auxiliaries: a passive with one is reported speech itself, not a report of it. */
const REPORTED_AUXILIARIES = set('sei seien werde habe');

/**
 * The verb words of an agentless passive followed by what was said (a comma
 * or colon ends its clause): "wurde berichtet", "war berichtet worden";
 * null with an agent ("von der Polizei"), in a conclusion ("kann festgestellt
 * werden") or in reported speech itself ("sei festgestellt worden"), or
 * without a statement.
 */
/**
 * A clause of the passive alone, after a comma, that ends the sentence: "…, wird vermutet.", "…, wurde am Montag
 * mitgeteilt." What was said stands before it.
 */
function closesReport(tokens: readonly Token[], cs: number, end: number, participle: number): boolean {
  if (cs < 2 || tokens[cs - 1]!.text !== ',' || (end < tokens.length && end !== finalStop(tokens))) return false;
  let passive = false;
  for (let k = cs; k < end; k++) {
    const t = tokens[k]!;
    if (PASSIVE.has(t.lower)) passive = true;
    else if (k !== participle && !INVERSION_FILLERS.has(t.lower)) return false;
  }
  return passive;
}

function reportedPassive(tokens: readonly Token[], participle: number): number[] | null {
  // "wird nicht wie angekündigt im Mai erscheinen": "wie" and a participle are an ellipsis, the auxiliary is another verb's.
  if (tokens[participle - 1]?.lower === 'wie') return null;
  const cs = clauseStart(tokens, participle);
  const end = clauseEnd(tokens, participle + 1);
  const closer = tokens[end]?.text;
  if (closer !== ',' && closer !== ':' && !closesReport(tokens, cs, end, participle)) return null;
  const words: number[] = [];
  for (let k = cs; k < end; k++) {
    const t = tokens[k]!;
    if ((t.lower === 'von' || t.lower === 'vom') && !countsOf(tokens, k)) return null;
    // "Damit darf festgehalten werden, dass …": what may or must be concluded is the writer's own conclusion.
    if (CONCLUDING_MODALS.has(t.lower)) return null;
    // "Der Plan sei berichtet worden, …": a passive in Konjunktiv I goes on with what someone was said to say.
    if (REPORTED_AUXILIARIES.has(t.lower)) return null;
    if (k === participle || PASSIVE.has(t.lower) || AUX.has(t.lower)) words.push(k);
  }
  return words.length > 1 ? words : null;
}

/** What a lower-cased cue form can be (FINITE, NON_FINITE bits) and the verbs of each kind it is a form of. */
interface FormInfo {
  kinds: number;
  finite: readonly CueVerb[];
  nonFinite: readonly CueVerb[];
  followers: FollowersOfForm;
}

/** Verbs by each of their forms as written, in list order. */
function verbsByForm(verbs: readonly CueVerb[], formsOf: (verb: CueVerb) => readonly string[]): Map<string, CueVerb[]> {
  const index = new Map<string, CueVerb[]>();
  for (const verb of verbs) {
    for (const form of new Set(formsOf(verb))) {
      const list = index.get(form) ?? [];
      list.push(verb);
      index.set(form, list);
    }
  }
  return index;
}

/**
 * The verb with every field present, in one order: the lists mix objects
 * built with and without the optional fields, and matchCue reads them
 * all, so one object shape keeps those reads monomorphic (measured: the
 * cue-verb rule's reads of the verb were megamorphic).
 */
function uniformVerb(v: CueVerb): CueVerb {
  return {
    forms: v.forms, then: v.then, nonFinite: v.nonFinite, participles: v.participles, weak: v.weak, news: v.news, negated: v.negated,
    quoted: v.quoted, detached: v.detached, particle: v.particle, notWith: v.notWith, predicate: v.predicate,
    passiveSpeaker: v.passiveSpeaker, reflexivePerfect: v.reflexivePerfect, objectPerfect: v.objectPerfect, passiveOnly: v.passiveOnly, fronted: v.fronted, stance: v.stance,
  };
}

/** The subject of a cue verb's clause, as `subjectOf` reads it. */
type ClauseSubject = NonNullable<ReturnType<typeof subjectOf>>;

/**
 * A participle or infinitive cue at `i` ("hat … mitgeteilt", "wie X mitteilte"):
 * its match, the finite auxiliary that carries its clause (or `i`) and its
 * subject; null where it reports nothing. A function of its own, as the
 * passive below: the cue rule's loop stays small to compile (its compilations
 * after the first pass counted in every warm pass).
 */
function nonFiniteCue(tokens: readonly Token[], i: number, verbs: readonly CueVerb[], followerWords: ReadonlyMap<CueVerb, FollowerWords>): { match: CueMatch; anchor: number; subject: ClauseSubject | null } | null {
  // "Um die Kosten einschätzen zu können": an infinitive of purpose reports nothing.
  if ((tokens[i + 1]?.lower === 'zu' || tokens[i - 1]?.lower === 'zu') && PURPOSE_OPENERS.has(tokens[clauseStart(tokens, i)]!.lower)) return null;
  const match = matchCue(tokens, i, verbs, followerWords, false);
  if (!match) return null;
  let anchor = i;
  // The finite auxiliary before a participle carries the clause ("hat … mitgeteilt").
  const cs = verbClauseStart(tokens, i);
  for (let k = i - 1; k >= cs; k--) if (AUX.has(tokens[k]!.lower)) { anchor = k; break; }
  // "geprüft habe und zu einem Ergebnis gekommen": an auxiliary before a conjunction belongs to another verb, not to the cue's noun.
  if (match.verb.objectPerfect && anchor < i && someIn(tokens, anchor + 1, match.then[0] ?? i, (t) => COORDINATING.has(t.lower))) return null;
  // Verb-final: the auxiliary after the participle closes a subordinate or relative clause ("bei dem sie gesagt hatte,").
  const opensSubordinate = cs > 0 && tokens[cs - 1]!.text === ',' && (COMPLEMENTIZERS.has(tokens[cs]!.lower)
    || RELATIVE_PRONOUNS.has(tokens[cs]!.lower) || (RELATIVE_PREPOSITIONS.has(tokens[cs]!.lower) && RELATIVE_PRONOUNS.has(tokens[cs + 1]?.lower ?? '')));
  if (anchor === i && opensSubordinate && AUX.has(tokens[i + 1]?.lower ?? '') && BOUNDARIES.has(tokens[i + 2]?.text ?? '.')) anchor = i + 1;
  // A joined particle verb ends a relative clause whose pronoun speaks: "Ägypten, das vorschlug, …".
  const subjectRelative = cs > 0 && cs < i && tokens[cs - 1]!.text === ',' && SUBJECT_RELATIVES.has(tokens[cs]!.lower);
  if (anchor === i && !(cs < i && COMPLEMENTIZERS.has(tokens[cs]!.lower)) && !subjectRelative && !match.passive && !appositionClauseSubject(tokens, cs, i)) return null;
  // A passive reports without its subject (its agent or nobody speaks): read only for a news verb's check below.
  const subjectRead = !match.passive || match.verb.passiveSpeaker === true || match.verb.news === true;
  return { match, anchor, subject: subjectRead ? subjectOf(tokens, anchor, i) : null };
}

/**
 * A cue verb's passive, whose subject does not speak: its agent does ("Der
 * Plan wurde von der Opposition kritisiert"), or, where a statement follows,
 * nobody named or the writing it stands in. Appends what it finds to `found`;
 * whether the cue was read.
 */
function passiveCue(r: Reading, id: string, i: number, match: CueMatch, found: Attribution[]): boolean {
  const { tokens } = r;
  // "wurde bekannt gegeben", "wird davon ausgegangen": a particle written apart belongs to the cue.
  const particle = match.particleBefore;
  // The cue's noun before the participle is part of it: "wurde die Auffassung vertreten", "wird in Frage gestellt".
  const own = match.verb.objectPerfect ? match.then : [];
  const withParticle = (words: number[]): number[] => particle === undefined && own.length === 0 ? words
    : [...new Set([...words, ...own, ...(particle === undefined ? [] : [particle])])].sort((x, y) => x - y);
  // "Der Plan wurde von der Opposition kritisiert": the agent is the speaker.
  const agent = passiveAgent(tokens, i);
  if (agent) {
    const words = withParticle(passiveWords(tokens, agent.np, i));
    const report = match.verb.stance === 'declines' ? -1 : reportStart(tokens, words[0]!, agent.np, false, [agent.by, ...words]);
    // An agent speaks only as a known kind of speaker: "von der Kammer", not "von allen Seiten".
    found.push(...attribute(r, id, agent.np, Math.min(agent.by, words[0]!), i, words, match.verb.stance, undefined, true, report));
    return true;
  }
  // "Gestern war berichtet worden, dass …": reported by nobody named, when a statement follows;
  // "In dem Bericht wurde vermutet, dass …": by the writing it stands in.
  const passiveSaid = reportedPassive(tokens, i);
  const said = passiveSaid && withParticle(passiveSaid);
  if (!said) return false;
  const place = writingOpening(tokens, said[0]!);
  if (place) found.push(...attribute(r, id, place, said[0]!, i, said, match.verb.stance));
  else found.push(unnamed(r, id, said, match.verb.stance));
  return true;
}

/** Reporting verbs with their subject: "Huawei bestritt", "teilte der Konzern mit", "wie X berichten", "X wollte sich nicht äußern". */
export function cueVerbRule(id: string, wieId: string): AttributionRule {
  const verbs = [...DECLINE_VERBS, ...CUE_VERBS].map(uniformVerb);
  // What each lower-cased cue form can be, in one map: one look-up per token.
  const FINITE = 1;
  const NON_FINITE = 2;
  const formKinds = new Map<string, number>();
  for (const v of verbs) for (const f of v.forms) formKinds.set(f.toLowerCase(), (formKinds.get(f.toLowerCase()) ?? 0) | FINITE);
  for (const v of verbs) for (const f of [...v.nonFinite ?? [], ...v.detached ?? []]) formKinds.set(f.toLowerCase(), (formKinds.get(f.toLowerCase()) ?? 0) | NON_FINITE);
  // The verbs a word may be a form of, in list order: matchCue reads only these.
  const byFinite = verbsByForm(verbs, (v) => v.forms);
  const byNonFinite = verbsByForm(verbs, (v) => [...v.nonFinite ?? [], ...v.detached ?? []]);
  const NONE: readonly CueVerb[] = [];
  const followerWords = followerWordsOf(verbs);
  const followersByForm = new Map([...byFinite].map(([form, formVerbs]) => [form, followersOfForm(formVerbs, followerWords)]));
  const NO_FOLLOWERS = followersOfForm([], followerWords);
  /** All the above of each lower-cased form, for one look-up per trigger. */
  const formInfo = new Map<string, FormInfo>();
  for (const [form, kinds] of formKinds) {
    formInfo.set(form, { kinds, finite: byFinite.get(form) ?? NONE, nonFinite: byNonFinite.get(form) ?? NONE, followers: followersByForm.get(form) ?? NO_FOLLOWERS });
  }
  /** A finite cue verb joined by "und" in the clause from `from` on: "lobte die Helfer und sagte, …". */
  const coordinatedCueAfter = (tokens: readonly Token[], from: number): boolean => {
    const end = clauseEnd(tokens, from);
    // The clause introduces what was said: it ends in a comma, a colon or a quotation.
    const closer = tokens[end]?.text ?? '.';
    if (closer !== ',' && closer !== ':' && !OPENING.has(closer)) return false;
    for (let k = from; k < end - 1; k++) {
      if (!COORDINATING.has(tokens[k]!.lower)) continue;
      const verb = tokens[k + 1]!.lower;
      if (((formKinds.get(verb) ?? 0) & FINITE) !== 0 && matchCue(tokens, k + 1, byFinite.get(verb) ?? NONE, followerWords, true)) return true;
    }
    return false;
  };
  return {
    id,
    triggers: [...formKinds.keys()],
    find(view, triggered) {
      const { tokens } = view;
      const r = { view, tokens };
      const found: Attribution[] = [];
      let claimedTo = -1;
      /** What a verb that yields to a later coordinated one said, for the case that one says nothing. */
      let pending: Attribution[] | null = null;
      // Only a cue verb's form starts an attribution (the triggers are the forms); the checks below read the clause around it.
      for (const i of triggered) {
        if (i <= claimedTo) continue;
        const info = formInfo.get(tokens[i]!.lower);
        if (info === undefined) continue;
        const kinds = info.kinds;
        const finite = (kinds & FINITE) !== 0;
        const before = tokens[i - 1];
        // A capitalized word inside a sentence is a noun ("nach Angaben"), not a verb ("angaben").
        if (tokens[i]!.isCapitalized && before && !OPENING.has(before.text)) continue;
        // "die berichteten Fälle": a participle used as an adjective.
        if (tokens[i + 1]?.isCapitalized && before && DETERMINERS.has(before.lower) && clauseStart(tokens, i) < i - 1) continue;
        // A finite verb ("erklärt") may also be a participle after an auxiliary ("hatte … erklärt").
        const finiteVerbs = info.finite;
        // Where no verb of the form can find its followers after it ("ist" without "der Ansicht", "zu hören", …), matchCue
        // finds nothing: one pass for all its verbs instead of reading the clause for each.
        const furtherOn = finite && info.followers.allFollowed ? mayMatchFurtherOn(tokens, i, info.followers) : undefined;
        let match = finite && furtherOn !== false ? matchCue(tokens, i, finiteVerbs, followerWords, true) : null;
        let anchor = i;
        let subject = match ? subjectOf(tokens, i, i, firstNotFiller(tokens, match.then)) : null;
        // "Eine Stellungnahme lehnte das Unternehmen ab": with the object put first, the subject follows the verb.
        if (match?.fronted !== undefined) subject = invertedSubjectAt(tokens, i, firstNotFiller(tokens, match.then));
        if (!match && finite && (furtherOn ?? mayMatchFurtherOn(tokens, i, info.followers)) && mayCloseInvertedSubject(tokens, i)) {
          // The particle after an inverted subject with an apposition: "gab der Leiter, Hans Huber, bekannt".
          const inverted = subjectOf(tokens, i, i);
          const after = inverted ? inverted.np.end : -1;
          // Or after a list of speakers, whose commas end no clause: "teilten BASF, Bayer und Henkel am Montag mit".
          const closedBy = tokens[after]?.text === ',' ? after + 1 : inverted && inverted.np.parties.length > 1 ? after : -1;
          if (inverted && inverted.opener === i && closedBy >= 0) {
            match = matchCue(tokens, i, finiteVerbs, followerWords, true, closedBy);
            subject = match ? inverted : null;
          }
        }
        if (!subject && (kinds & NON_FINITE) !== 0) {
          const participle = nonFiniteCue(tokens, i, info.nonFinite, followerWords);
          // No verb of the participle's: nothing below can make one (most participles and infinitives of a text).
          if (participle === null) continue;
          ({ match, anchor, subject } = participle);
        }
        if (!match) continue;
        // "(wir berichteten)", "(die Lokalzeitung berichtete.)": a pointer to earlier coverage, no source of the sentence.
        if (match.verb.news && subject && isCrossReference(tokens, subject.np, i)) continue;
        if (match.passive && !match.verb.passiveSpeaker) {
          if (passiveCue({ view, tokens }, id, i, match, found)) claimedTo = i;
          continue;
        }
        // "lobte er mit den Worten": the announcing phrase is part of the cue.
        const announced = announcerIn(tokens, anchor + 1, maxOf(match.then, clauseEnd(tokens, i + 1)));
        // "meldete sich mit den Worten": the reflexive belongs to the announcing verb.
        const announcer = announced.length && !match.verb.then && tokens[i + 1]?.lower === 'sich' ? [i + 1, ...announced] : announced;
        const judged = match.verb.predicate ? judgement(tokens, i, match.then) : [];
        // "verwies darauf, dass …", "warnte davor, …  zu …": the word that points to what follows belongs to the cue.
        const ahead = pointerAhead(tokens, Math.max(i, anchor) + 1).filter((k) => !match.then.includes(k));
        const last = maxOf(ahead, maxOf(judged, maxOf(announcer, maxOf(match.then, Math.max(i, anchor)))));
        // "äußerte Bedenken und wagte die Prognose, …": a later verb of the same subject introduces what was said; it is
        // the cue. This verb stands in only if that one yields nothing.
        const yields = subject !== null && pending === null && coordinatedCueAfter(tokens, last + 1);
        // The auxiliary is part of the verb as written: "hatte … gesagt"; a noun the cue needs keeps its article ("wagte die Prognose").
        const words: number[] = [];
        if (anchor !== i) words.push(anchor);
        if (match.particleBefore !== undefined) words.push(match.particleBefore);
        if (match.fronted !== undefined) words.push(match.fronted);
        words.push(i);
        pushAll(words, match.then);
        pushAll(words, announcer);
        // In the perfect the cue's noun stands before the participle: "hatte den Standpunkt vertreten", "wie sie zu dem Ergebnis gekommen ist".
        const verbFirst = Math.min(anchor, i);
        pushAll(words, articlesBefore(tokens, match.then, match.then.length && match.then[0]! < verbFirst ? clauseStart(tokens, match.then[0]!) - 1 : verbFirst));
        pushAll(words, judged);
        pushAll(words, ahead);
        words.sort((x, y) => x - y);
        if (!subject) {
          const body = impersonalBody(r, anchor);
          if (body) { found.push(...attribute(r, id, body, Math.min(anchor, i), last, words, match.verb.stance)); claimedTo = last; }
          continue;
        }
        // "…, so Celebi, die auch angab, dass …": the relative clause adds to the frame its antecedent already speaks in.
        if (subject.relative !== undefined && FRAMING_PREPOSITIONS.has(tokens[subject.np.start - 1]?.lower ?? '')) continue;
        const isWie = tokens[subject.opener]?.lower === 'wie';
        const from = isWie ? subject.opener : Math.min(anchor, i);
        const outlet = match.verb.news ? asOutlet(view.mentions) : undefined;
        const stance = perfectStance(tokens, anchor, i, match.verb.stance);
        const report = isWie || stance === 'declines' ? -1 : reportStart(tokens, anchor, subject.np, subject.opener === anchor, words, match.verb.quoted === true);
        const made = attribute(r, isWie ? wieId : id, subject.np, from, last, words, stance, outlet, match.verb.weak, report);
        // The pronoun stands for its antecedent in the clause; the frame is the relative clause.
        if (subject.relative !== undefined) for (const a of made) relativeFrame(r, a, subject.relative, last);
        // A verb-final relative clause frames only what follows it: "Anlass war ein Interview, in dem sie gesagt hatte, …".
        if (anchor > i) contentAfterFrames(made);
        if (yields) { pending = made; continue; }
        if (made.length) pending = null;
        pushAll(found, made);
        claimedTo = last;
      }
      if (pending) found.push(...pending);
      return found;
    },
  };
}

/**
 * Keeps of each attribution's content what follows its frame, where some does:
 * a function of its own, read only for verb-final relative clauses (rare),
 * whose content lists the cue rule's loop then never reads.
 */
function contentAfterFrames(made: readonly Attribution[]): void {
  for (const a of made) {
    const frame = a.spans?.frame?.[0];
    if (!a.spans || !frame) continue;
    const frameStart = frame.start;
    const after = a.spans.content.filter((c) => c.start > frameStart);
    if (after.length) a.spans.content = after;
  }
}

/**
 * Whether an inverted subject after the verb at `i` may be closed as the cue rule's second reading needs it: by a
 * comma after it, or as a list of parties ("BASF und Bayer"). Either needs a comma or a coordinator after `i`; a
 * sentence without one (about half of those read a second time) is not read for its subject.
 */
export function mayCloseInvertedSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.isWord ? COORDINATORS.has(t.lower) : t.text === ',') return true;
  }
  return false;
}

/** The first of a cue's words after its verb that is no inversion filler ("sprach dazu von": "von"), if any. */
function firstNotFiller(tokens: readonly Token[], then: readonly number[]): number | undefined {
  for (let n = 0; n < then.length; n++) if (!INVERSION_FILLERS.has(tokens[then[n]!]!.lower)) return then[n];
  return undefined;
}

/** The largest of `at` and the numbers in `list`: `Math.max(at, ...list)` without spreading. */
function maxOf(list: readonly number[], at: number): number {
  let max = at;
  for (let n = 0; n < list.length; n++) if (list[n]! > max) max = list[n]!;
  return max;
}

/** Appends the items of `items` to `to`: `to.push(...items)` without spreading. */
function pushAll<T>(to: T[], items: readonly T[]): void {
  for (let n = 0; n < items.length; n++) to.push(items[n]!);
}

/** A bracket holding nothing but a speaker and a news verb: "(wir berichteten)", "(die Lokalzeitung berichtete.)". */
function isCrossReference(tokens: readonly Token[], np: NounPhrase, verb: number): boolean {
  const from = Math.min(np.start, verb);
  let to = Math.max(np.end, verb + 1);
  while (tokens[to]?.text === '.' || INVERSION_FILLERS.has(tokens[to]?.lower ?? '')) to++;
  return tokens[from - 1]?.text === '(' && tokens[to]?.text === ')';
}

/** "laut X": the source follows the preposition. */
export function lautRule(id: string): AttributionRule {
  return prepositionRule(id, set('laut gemäß'), set('gemäß'));
}

/** The nouns before a noun phrase's first attachment: "Brauch" of "dem Brauch ihrer Vorfahren". */
function headNouns(tokens: readonly Token[], np: NounPhrase): Token[] {
  let k = np.start;
  while (k < np.end && !tokens[k]!.isCapitalized) k++;
  const head: Token[] = [];
  while (k < np.end && tokens[k]!.isCapitalized && !DETERMINERS.has(tokens[k]!.lower)) head.push(tokens[k++]!);
  return head;
}

/** `needsSource`: prepositions that also mean "in keeping with" ("gemäß dem Brauch") speak only with a known source noun. */
function prepositionRule(id: string, words: ReadonlySet<string>, needsSource: ReadonlySet<string>): AttributionRule {
  return {
    id,
    triggers: [...words],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i >= tokens.length - 1) continue;
        if (!words.has(tokens[i]!.lower)) continue;
        const np = nounPhrase(tokens, i + 1);
        if (np && needsSource.has(tokens[i]!.lower) && !headNouns(tokens, np).some((t) => lexicon.kindOfLower(t.lower))) continue;
        if (np) found.push(...attribute({ view, tokens }, id, np, i, i, [i], 'asserts', undefined, false, -1, 'phrase'));
      }
      return found;
    },
  };
}

/** "X zufolge": the source stands before the postposition. */
export function zufolgeRule(id: string): AttributionRule {
  return {
    id,
    triggers: ['zufolge', 'folge'],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i < 1 || i >= tokens.length) continue;
        // "Gerüchten zu Folge": the postposition written as two words.
        const apart = tokens[i]!.text === 'Folge' && tokens[i - 1]!.lower === 'zu';
        if (tokens[i]!.lower !== 'zufolge' && !apart) continue;
        const first = apart ? i - 1 : i;
        const np = nounPhraseEndingAt(tokens, first, clauseStart(tokens, first));
        if (np) found.push(...attribute({ view, tokens }, id, np, np.start, i, apart ? [i - 1, i] : [i], 'asserts', undefined, false, -1, 'phrase'));
      }
      return found;
    },
  };
}

/** "zu" and a noun after a speaker says what the words were about ("so der Minister zu den Plänen"); "zu" and a verb is an infinitive ("so Geld zu sparen"). */
function aboutTopic(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  return tokens[k]?.lower === 'zu' && !!after && (after.isCapitalized || DETERMINERS.has(after.lower));
}

/** "…, so eine beteiligte Quelle." — "so" after a comma or quote, a speaker, then the end of the clause. */
export function soRule(id: string): AttributionRule {
  return {
    id,
    triggers: ['so'],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i < 1 || i >= tokens.length - 1) continue;
        if (tokens[i]!.lower !== 'so' || !BOUNDARIES.has(tokens[i - 1]!.text)) continue;
        const np = nounPhrase(tokens, i + 1);
        if (!np) continue;
        const next = tokens[np.end];
        if (next && !BOUNDARIES.has(next.text) && !AFTER_SO_SPEAKER.has(next.lower) && !aboutTopic(tokens, np.end)) continue;
        found.push(...attribute({ view, tokens }, id, np, i, i, [i], 'asserts'));
      }
      return found;
    },
  };
}

/**
 * "nach Angaben der Polizei", "nach eigenen Angaben", "seiner Einschätzung nach":
 * a statement noun with "nach" before or after it.
 */
export function nachAngabenRule(id: string): AttributionRule {
  const statementKinds = new Set(['transparent', 'document', 'media']);
  // The head is the first run of nouns ("Celebis Angaben", "Polizeiangaben"): "Nach Anbringen eines Senders"
  // is about an act, whatever its genitive names. A capitalized first word before another one is an
  // adjective: "Ersten Angaben nach".
  const headOf = (np: NounPhrase, tokens: readonly Token[]): Token[] => {
    let k = np.start;
    while (k < np.end && !(tokens[k]!.isCapitalized && !DETERMINERS.has(tokens[k]!.lower)
      && !(k === 0 && tokens[1]?.isCapitalized && hasAdjectiveEnding(tokens[k]!.lower)))) k++;
    const head: Token[] = [];
    while (k < np.end && tokens[k]!.isCapitalized && !DETERMINERS.has(tokens[k]!.lower)) head.push(tokens[k++]!);
    return head;
  };
  const kindsOf = (np: NounPhrase, tokens: readonly Token[]) => headOf(np, tokens).map((t) => lexicon.kindOfLower(t.lower) ?? '');
  const isStatement = (np: NounPhrase, tokens: readonly Token[]) => kindsOf(np, tokens).some((k) => statementKinds.has(k));
  /** Whether a word from `from` up to `to` may head a statement (headOf takes its head from such words): else no phrase there is one. */
  const statementWordIn = (tokens: readonly Token[], from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.isCapitalized && !DETERMINERS.has(t.lower) && statementKinds.has(lexicon.kindOfLower(t.lower) ?? '')) return true;
    }
    return false;
  };
  /**
   * Whether the first run of nouns from `from` on (skipping what comes before
   * it, to the end of the sentence) holds a statement noun: else no phrase
   * starting at `from` (after the first token) is headed by one, as `headOf`
   * takes its head from the start of that run, and the phrase need not be read.
   */
  const statementHeadFrom = (tokens: readonly Token[], from: number): boolean => {
    let k = from;
    while (k < tokens.length && !(tokens[k]!.isCapitalized && !DETERMINERS.has(tokens[k]!.lower))) k++;
    for (; k < tokens.length && tokens[k]!.isCapitalized && !DETERMINERS.has(tokens[k]!.lower); k++) {
      if (statementKinds.has(lexicon.kindOfLower(tokens[k]!.lower) ?? '')) return true;
    }
    return false;
  };
  // "nach dem Urteil", "nach der Auswertung des Flugschreibers": a point in time.
  const isEvent = (np: NounPhrase, tokens: readonly Token[]) => TEMPORAL_NACH.has(tokens[np.start]!.lower)
    && headOf(np, tokens).some(({ lower }) => EVENTS.some((e) => lower === e || (lower.length > e.length + 2 && lower.endsWith(e))));
  const ownWords = (np: NounPhrase, r: Reading) => (s: Source): Source => {
    const first = r.tokens[np.start]!.lower;
    if (SOURCE_POSSESSIVES.has(first)) return { ...s, type: 'person', count: 1 };
    // "Nach eigenen Angaben erhielt das Bundesamt …": the body the sentence names.
    if (OWN.has(first)) {
      const body = r.view.mentions.find((m) => m.type === 'organization' || m.type === 'company');
      return { ...s, type: 'organization', organization: s.organization ?? body?.name ?? null };
    }
    return s;
  };
  return {
    id,
    triggers: ['nach'],
    find(view, triggered) {
      const { tokens } = view;
      const r = { view, tokens };
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i >= tokens.length) continue;
        if (tokens[i]!.lower !== 'nach') continue;
        const relative = relativeStatement(r, id, i, (np) => isStatement(np, tokens));
        if (relative) { found.push(...relative); continue; }
        // "nach Angaben der Polizei": the phrase after it, read only where a statement may head it ("nach Berlin" is read no further).
        const mayStateAfter = statementHeadFrom(tokens, i + 1);
        const after = mayStateAfter ? nounPhrase(tokens, i + 1) : null;
        if (after && isStatement(after, tokens) && !isEvent(after, tokens)) {
          found.push(...attribute(r, id, after, i, i, [i], 'asserts', ownWords(after, r), false, -1, 'phrase'));
          continue;
        }
        const cs = clauseStart(tokens, i);
        // "nach Berlin", "nach dem Spiel": no word before it that a statement's phrase could be headed by, no phrase to read there.
        if (!statementWordIn(tokens, Math.max(cs, i - PHRASE_REACH), i)) continue;
        const before = nounPhraseEndingAt(tokens, i, cs);
        if (!before || !isStatement(before, tokens)) continue;
        // Before a noun phrase, "nach" after a document is a preposition ("Studien nach der Katastrophe");
        // after an opinion it stays a postposition ("seiner Einschätzung nach Österreich …").
        const phraseAfter = mayStateAfter ? after : nounPhrase(tokens, i + 1);
        if (phraseAfter && !PRONOUNS.has(tokens[i + 1]!.lower) && !kindsOf(before, tokens).includes('transparent')) continue;
        found.push(...attribute(r, id, before, before.start, i, [i], 'asserts', ownWords(before, r), false, -1, 'phrase'));
      }
      return found;
    },
  };
}

/** Relative pronouns after "nach": "Studien, nach denen …", "ein Bericht, nach dem …". */
const NACH_RELATIVES = set('dem der denen');

/**
 * "Er verwies auf Studien, nach denen die Preise steigen": a relative clause
 * opened by "nach" and a pronoun whose antecedent is a statement says what
 * the statement says. The source is the antecedent; its span, as the frame's,
 * is the pronoun ("nach denen"); the content the rest of the relative clause.
 */
function relativeStatement(r: Reading, id: string, at: number, isStatement: (np: NounPhrase) => boolean): Attribution[] | null {
  const { tokens, view } = r;
  const pronoun = at + 1;
  if (at < 2 || tokens[at - 1]!.text !== ',' || !NACH_RELATIVES.has(tokens[pronoun]?.lower ?? '')) return null;
  const antecedent = nounPhraseEndingAt(tokens, at - 1, clauseStart(tokens, at - 2));
  if (!antecedent || !isStatement(antecedent)) return null;
  const end = clauseEnd(tokens, pronoun + 1);
  // What the statement says stands in the subjunctive: "nach denen die Preise steigen würden", not "nach dem er gefragt hatte".
  if (!tokens.slice(pronoun + 1, end).some((t) => KONJUNKTIV_I.has(t.lower) || KONJUNKTIV_II.has(t.lower))) return null;
  const made = attribute(r, id, antecedent, antecedent.start, pronoun, [at], 'asserts', undefined, false, -1, 'phrase');
  for (const a of made) {
    const start = tokens[at]!.start;
    const frameEnd = tokens[pronoun]!.end;
    Object.assign(a, { text: view.doc.text.slice(start, frameEnd), start, end: frameEnd });
    a.spans = { source: [rangeOf(tokens, pronoun, pronoun)], cue: [rangeOf(tokens, at, at)], frame: [{ start, end: frameEnd }], content: [rangeOf(tokens, pronoun + 1, end - 1)] };
  }
  return made;
}

/** "Das geht aus der Studie hervor", "wie aus dem Bericht hervorgeht". */
export function ausHervorRule(id: string): AttributionRule {
  return {
    id,
    // Woken by its verbs, which every attribution it makes needs ("hervorgeht", "ergab"), not by "aus" (in many sentences).
    triggers: [...PARTICLE_VERB_HERVOR, ...RESULTS_FROM],
    find(view) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Each "aus" of a sentence holding such a verb, in text order.
      for (let i = 0; i < tokens.length - 1; i++) {
        if (tokens[i]!.lower !== 'aus') continue;
        const end = clauseEnd(tokens, i + 1);
        const np = nounPhrase(tokens, i + 1, end);
        if (!np) continue;
        let k = np.end;
        while (k < end && !PARTICLE_VERB_HERVOR.has(tokens[k]!.lower) && !RESULTS_FROM.has(tokens[k]!.lower)) k++;
        if (k >= end) continue;
        if (RESULTS_FROM.has(tokens[k]!.lower)) {
          const reflexive = tokens[i - 1]?.lower === 'sich' ? i - 1 : tokens[k + 1]?.lower === 'sich' ? k + 1 : -1;
          if (reflexive < 0) continue;
          const wie = reflexive === i - 1 && tokens[i - 2]?.lower === 'wie' ? [i - 2] : [];
          const words = [...wie, reflexive, k].sort((x, y) => x - y);
          found.push(...attribute({ view, tokens }, id, np, Math.min(words[0]!, i), Math.max(k, reflexive), words, 'asserts'));
          continue;
        }
        const verb = i > 0 && !BOUNDARIES.has(tokens[i - 1]!.text) && !FUNCTION_WORDS.has(tokens[i - 1]!.lower) ? i - 1 : i;
        found.push(...attribute({ view, tokens }, id, np, verb, k, verb < i ? [verb, k] : [k], 'asserts'));
      }
      return found;
    },
  };
}

/**
 * "Berichte, wonach …", "die Version, wonach …": what follows "wonach" is
 * what the statement named before it says; nobody named without one.
 */
export function wonachRule(id: string): AttributionRule {
  const statementKinds = new Set(['transparent', 'document', 'media']);
  return {
    id,
    triggers: ['wonach'],
    find(view, triggered) {
      const { tokens } = view;
      const r = { view, tokens };
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i < 1 || i >= tokens.length - 1) continue;
        if (tokens[i]!.lower !== 'wonach' || tokens[i - 1]!.text !== ',') continue;
        let k = i - 2;
        while (k >= 0 && i - k <= WONACH_REACH && !(tokens[k]!.isCapitalized && (statementKinds.has(lexicon.kindOf(tokens[k]!.text) ?? '') || STATEMENT_NOUNS.has(tokens[k]!.lower)))) k--;
        // Back to the head the noun hangs on as a genitive: "Berichte der Zeitung".
        let start = k;
        for (;;) {
          // Articles and adjectives ("die jüngsten Berichte"); not a verb ("dementierte Berichte").
          while (start > 0 && (DETERMINERS.has(tokens[start - 1]!.lower) || (/(?:e|en|er|em)$/u.test(tokens[start - 1]!.lower) && !CUE_WORDS.has(tokens[start - 1]!.lower))) && !tokens[start - 1]!.isCapitalized) start--;
          if (start < 2 || !GENITIVE_ARTICLES.has(tokens[start]!.lower) || !tokens[start - 1]!.isCapitalized || FUNCTION_WORDS.has(tokens[start - 1]!.lower)) break;
          start--;
        }
        const np = k >= 0 && i - k <= WONACH_REACH ? nounPhrase(tokens, start, i - 1) : null;
        if (np) found.push(...attribute(r, id, np, i, i, [i], 'asserts'));
        else found.push(unnamed(r, id, [i], 'asserts'));
      }
      return found;
    },
  };
}

/** "Demnach …", "stieg demnach …": what the clause says is what the source named before says. */
export function demnachRule(id: string): AttributionRule {
  return {
    id,
    triggers: [...POINTERS],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i >= tokens.length - 1) continue;
        if (!POINTERS.has(tokens[i]!.lower)) continue;
        // The pointing word stands for the source in its sentence, as a pronoun would: its span is the speaker's.
        const a = unnamed({ view, tokens }, id, [i], 'asserts');
        if (a.spans) a.spans.source = [rangeOf(tokens, i, i)];
        found.push(a);
      }
      return found;
    },
  };
}

const CUE_NOUNS: ReadonlySet<string> = new Set(STATEMENT_CUE_NOUNS);
/** Determiners that open a genitive speaker after a statement noun: "des Ministers", "ihres Trainers". */
const GENITIVE_OPENERS = set('des der eines einer seines seiner ihres ihrer');
/** Konjunktiv I forms that mark a clause after a statement noun as what was said: "die Ankündigung, der Iran werde …". */
const REPORTED_VERBS = set('sei seien habe werde könne müsse solle wolle dürfe');

/**
 * "die Forderung des Verbands, die Steuern zu senken", "Trotz der Ankündigung
 * ihres Trainers, Greg Poss, aufzuhören": a statement noun, its speaker in the
 * genitive (a known kind of speaker), then what was said (a "dass" clause, an
 * infinitive with "zu", or Konjunktiv I). Without a genitive, a statement noun
 * right before a "dass" or Konjunktiv I clause ("für die Behauptungen, dass …")
 * frames it for a speaker it does not name.
 */
export function statementNounRule(id: string): AttributionRule {
  return {
    id,
    triggers: [...CUE_NOUNS].map((noun) => noun.toLowerCase()),
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i < 1 || i >= tokens.length - 2) continue;
        if (!CUE_NOUNS.has(tokens[i]!.text)) continue;
        if (tokens[i + 1]!.text === ',') {
          // "für die Behauptungen, dass …", "bestand in der Ankündigung, der Iran werde …": said by nobody named here.
          const next = tokens[i + 2]?.lower ?? '';
          const end = clauseEnd(tokens, i + 2);
          const said = next === 'dass' || someIn(tokens, i + 2, end, (t) => REPORTED_VERBS.has(t.lower));
          if (!said || opensRelativeClause(tokens, i + 2)) continue;
          // A sentence that names a person may be telling their statement ("legte der Minister den Schwerpunkt auf
          // die Aussage, …"), whose speaker this noun does not show: only a sentence naming nobody is unnamed.
          if (view.mentions.some((m) => m.type === 'person')) continue;
          const article = CUE_ARTICLES.has(tokens[i - 1]!.lower) ? [i - 1] : [];
          found.push(unnamed({ view, tokens }, id, [...article, i], 'asserts'));
          continue;
        }
        if (!GENITIVE_OPENERS.has(tokens[i + 1]!.lower)) continue;
        const np = nounPhrase(tokens, i + 1);
        if (!np || tokens[np.end]?.text !== ',' || opensRelativeClause(tokens, np.end + 1)) continue;
        const next = tokens[np.end + 1]?.lower ?? '';
        const end = clauseEnd(tokens, np.end + 1);
        const said = next === 'dass' || endsInZuInfinitive(tokens, np.end + 1) || tokens.slice(np.end + 1, end).some((t) => REPORTED_VERBS.has(t.lower));
        if (!said) continue;
        const article = CUE_ARTICLES.has(tokens[i - 1]!.lower) ? [i - 1] : [];
        found.push(...attribute({ view, tokens }, id, np, i - article.length, np.end, [...article, i], 'asserts', undefined, true, -1, 'phrase'));
      }
      return found;
    },
  };
}

/** "hieß es in einer Mitteilung", "Aus Regierungskreisen hieß es": the source is the place the statement came from. */
export function heisstEsRule(id: string): AttributionRule {
  return {
    id,
    triggers: [...HEARSAY, ...HEARSAY_ALONE],
    find(view, triggered) {
      const { tokens } = view;
      const r = { view, tokens };
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i >= tokens.length) continue;
        const word = tokens[i]!.lower;
        // "hieß es", "es hieß", "verlautete": the cue, from `i` to `last`.
        let first = i;
        let last = i;
        const wie = hearsayInWieClause(r, id, i);
        if (wie !== undefined) { pushAll(found, wie); continue; }
        if (HEARSAY.has(word) && tokens[i + 1]?.lower === 'es') last = i + 1;
        else if (HEARSAY.has(word) && tokens[i - 1]?.lower === 'es') first = i - 1;
        else if (!HEARSAY_ALONE.has(word)) continue;
        const cueAt = first < last ? [first, last] : [first];
        const end = clauseEnd(tokens, last + 1);
        let k = last + 1;
        while (k < end && !HEARSAY_PREPOSITIONS.has(tokens[k]!.lower)) k++;
        const after = k < end ? nounPhrase(tokens, k + 1, end) : null;
        if (after) { found.push(...attribute(r, id, after, first, k, cueAt, 'asserts')); continue; }
        const cs = clauseStart(tokens, first);
        if (cs < first && HEARSAY_PREPOSITIONS.has(tokens[cs]!.lower)) {
          const before = nounPhrase(tokens, cs + 1, first);
          if (before && before.end === first) found.push(...attribute(r, id, before, cs, last, cueAt, 'asserts'));
          continue;
        }
        // "In dem Bericht, der gestern erschien, heißt es": the place stands before a relative clause.
        const main = beforeRelativeClauses(tokens, cs);
        const before = main < cs && HEARSAY_PREPOSITIONS.has(tokens[main]!.lower) ? nounPhrase(tokens, main + 1, cs) : null;
        if (before && tokens[before.end]?.text === ',') { found.push(...attribute(r, id, before, main, last, cueAt, 'asserts')); continue; }
        // ", hieß es.", "Weiter hieß es:", "Es hieß, …": said, by nobody named.
        const closes = BOUNDARIES.has(tokens[last + 1]?.text ?? '.') || onlyCircumstance(tokens, last + 1, end);
        const opens = tokens.slice(cs, first).every((t) => t.isWord && (FUNCTION_WORDS.has(t.lower) || INVERSION_FILLERS.has(t.lower)));
        if (closes && opens) found.push(unnamed(r, id, cueAt, 'asserts'));
      }
      return found;
    },
  };
}

/** Most words of a circumstance after "hieß es": "am Montag", "zum Abschluss", "außerdem". */
const CIRCUMSTANCE_WORDS = 4;

/**
 * Whether the words from `from` up to the clause end at `end` only say when or how, not what or who: "hieß es am
 * Montag, …", "hieß es zum Abschluss, …" — fillers and function words, and a noun right after a preposition.
 */
function onlyCircumstance(tokens: readonly Token[], from: number, end: number): boolean {
  if (end <= from || end - from > CIRCUMSTANCE_WORDS) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (INVERSION_FILLERS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) continue;
    if (t.isCapitalized && k > from && FUNCTION_WORDS.has(tokens[k - 1]!.lower)) continue;
    return false;
  }
  return true;
}

/**
 * Hearsay at the end of a "wie" clause: "Wie es aus Regierungskreisen hieß, …",
 * "wie aus dem Ministerium verlautete", "wie es hieß". The verb closes the
 * clause; its place, if named, stands between "wie" (and "es") and the verb.
 * Undefined where the verb closes no "wie" clause; "heißt" and "hieß" need
 * their "es" ("wie das Dorf heißt" names it).
 */
function hearsayInWieClause(r: Reading, id: string, verb: number): Attribution[] | undefined {
  const { tokens } = r;
  const cs = clauseStart(tokens, verb);
  if (cs >= verb || tokens[cs]!.lower !== 'wie') return undefined;
  let k = cs + 1;
  const es = tokens[k]!.lower === 'es' ? k++ : -1;
  if (es < 0 && !HEARSAY_ALONE.has(tokens[verb]!.lower)) return undefined;
  while (k < verb && INVERSION_FILLERS.has(tokens[k]!.lower)) k++;
  const cueAt = es >= 0 ? [es, verb] : [verb];
  if (k === verb) return [unnamed(r, id, cueAt, 'asserts')];
  if (!HEARSAY_PREPOSITIONS.has(tokens[k]!.lower)) return [];
  const place = nounPhrase(tokens, k + 1, verb);
  return place && place.end === verb ? attribute(r, id, place, cs, verb, cueAt, 'asserts') : [];
}

/**
 * "Wie am Montag bekannt wurde, …", "Es wurde bekannt, dass …", "war bekannt
 * geworden": news made known by nobody named. A statement must follow the
 * clause, or the clause opens with "wie"; "gab … bekannt" is a cue verb's.
 */
export function becameKnownRule(id: string): AttributionRule {
  return {
    id,
    triggers: ['bekannt'],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i < 1 || i >= tokens.length) continue;
        if (tokens[i]!.text !== 'bekannt') continue;
        const became = tokens[i + 1]?.lower === 'geworden' ? i + 1 : i;
        const cs = clauseStart(tokens, i);
        const end = clauseEnd(tokens, became + 1);
        let aux = -1;
        for (let k = cs; k < end; k++) {
          if (MADE_KNOWN.has(tokens[k]!.lower)) { aux = -1; break; }
          if (aux < 0 && (PASSIVE.has(tokens[k]!.lower) || (became > i && AUX.has(tokens[k]!.lower)))) aux = k;
        }
        if (aux < 0) continue;
        // "die durch eine Fernsehserie bekannt wurde": a relative clause says who became famous.
        if (cs > 0 && tokens[cs - 1]!.text === ',' && !CLAUSE_JOINERS.has(tokens[cs]!.lower) && opensRelativeClause(tokens, cs)) continue;
        const wie = tokens[cs]!.lower === 'wie';
        const closer = tokens[end]?.text;
        if (!wie && !((closer === ',' && !opensRelativeClause(tokens, end + 1)) || closer === ':')) continue;
        const words = [aux, i, ...(became > i ? [became] : [])].sort((x, y) => x - y);
        found.push(unnamed({ view, tokens }, id, words, 'asserts'));
      }
      return found;
    },
  };
}

/**
 * The finite verb of a main clause whose verb is not a known cue: the first
 * lower-case word after the fronted part that is no function word and no
 * adjective before its noun ("Dabei griff sie …", "Die Arbeit der Koalition lobte er …").
 */
function finiteVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.isCapitalized || FUNCTION_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || startsWithDigit(t.text)) continue;
    const next = tokens[k + 1];
    if (next?.isCapitalized && hasAdjectiveEnding(t.lower)) continue;
    return k;
  }
  return -1;
}

/**
 * The clause a quotation's announcer ends, where an apposition or a relative clause stands inside it before the
 * clause at `cs` goes on: "Am Dienstag zog der US-Partner, Acme, der als Generalunternehmer auftrat, das Angebot mit
 * der Begründung zurück". Its start and the end of its words before the first insertion, or null where the clause at
 * `cs` follows no such insertion (a clause of its own after a comma).
 */
function headBeforeInsertions(tokens: readonly Token[], cs: number): { start: number; end: number; named: number } | null {
  let k = cs;
  let inserted = false;
  /** The end of a name in apposition right after the head's words ("…, Acme,"): the subject's name. */
  let named = -1;
  while (k > 2 && tokens[k - 1]!.text === ',') {
    const s = clauseStart(tokens, k - 1);
    if (s >= k - 1) return null;
    const opener = RELATIVE_PREPOSITIONS.has(tokens[s]!.lower) ? s + 1 : s;
    const relative = s > 0 && tokens[s - 1]!.text === ',' && RELATIVE_PRONOUNS.has(tokens[opener]!.lower) && !tokens[opener + 1]?.isCapitalized;
    const name = s > 0 && tokens[s - 1]!.text === ',' ? subjectPhrase(tokens, s, k - 1) : null;
    const isName = name?.end === k - 1 && isNameOnly(tokens, name);
    if (relative || isName) { inserted = true; named = isName ? k - 1 : -1; k = s; continue; }
    return inserted ? { start: s, end: k - 1, named } : null;
  }
  return null;
}

/**
 * A main clause that introduces a quotation with any verb: "Hier sparte der
 * Präsident nicht mit Kritik: „…“", "lobte er mit den Worten …". The speaker
 * is the clause's subject, if it is a known kind of speaker.
 */
export function quoteIntroRule(id: string): AttributionRule {
  const cueForms = new Set([...DECLINE_VERBS, ...CUE_VERBS].flatMap((v) => [...v.forms, ...(v.nonFinite ?? [])]));
  return {
    id,
    triggers: [':', ...ANNOUNCER_ENDS.keys()],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      /** Where the last quotation introduced ends: a trigger inside its clause starts nothing. */
      let readTo = 0;
      // Only a colon or an announcer (the triggers are its last words) introduces a quotation.
      for (const trigger of triggered) {
        const colon = tokens[trigger]!.text === ':';
        // The announcer from its first word: `i` is where the quotation is introduced.
        const i = colon ? trigger : announcerEndingAt(tokens, trigger);
        if (i < 0 || i <= readTo) continue;
        let end = -1;
        let announcer: number[] = [];
        if (colon && OPENING.has(tokens[i + 1]?.text ?? '')) end = i;
        else {
          if (colon) continue;
          announcer = indexesFrom(i, trigger - i + 1);
          end = i;
        }
        let cs = clauseStart(tokens, end);
        /** Where the words of the clause before its announcer stop: before an insertion ("der US-Partner, Acme, der …, zog"). */
        let headEnd = end;
        let named = -1;
        /** Where the clause goes on after its insertions: its verb may stand there ("Die Reederei, die …, lehnte"). */
        const resumed = cs;
        if (cs > 0 && tokens[cs - 1]!.text === ',') {
          const head = headBeforeInsertions(tokens, cs);
          if (!head) continue;
          ({ start: cs, end: headEnd, named } = head);
        }
        // A known cue verb in the clause (not in its insertions) is the cue verb rule's to read.
        const isCue = (t: Token) => cueForms.has(t.lower);
        if (someIn(tokens, cs, headEnd, isCue) || (headEnd < end && someIn(tokens, resumed, end, isCue))) continue;
        let verb = finiteVerb(tokens, cs, headEnd);
        // The subject alone before its insertions, the verb after them: "Die Stadtwerke, die …, erhöhten den Preis mit dem Hinweis".
        const subjectFirst = verb < 0 && headEnd < end ? subjectPhrase(tokens, cs, headEnd) : null;
        if (subjectFirst?.end === headEnd) verb = finiteVerb(tokens, resumed - 1, end);
        // "hatte X mit der Begründung abgelehnt, …": the auxiliary carries the clause, the participle closes it.
        let participle: number[] = [];
        if (verb < 0 && announcer.length) {
          for (let a = cs; a < end && verb < 0; a++) if (AUX.has(tokens[a]!.lower)) verb = a;
          const after = announcer[announcer.length - 1]! + 1;
          const close = clauseEnd(tokens, after);
          if (close - 1 >= after && tokens[close - 1]!.isWord && !tokens[close - 1]!.isCapitalized) participle = [close - 1];
        }
        if (verb < 0) continue;
        // The subject before the verb, unless a pronoun follows it ("Die Arbeit lobte er").
        let k = verb + 1;
        while (k < end && INVERSION_FILLERS.has(tokens[k]!.lower)) k++;
        const before = subjectPhrase(tokens, cs, verb);
        const read = subjectFirst?.end === headEnd && verb >= resumed ? subjectFirst
          : before?.end === verb && !PRONOUNS.has(tokens[k]?.lower ?? '') ? before : subjectPhrase(tokens, k, headEnd);
        if (!read) continue;
        // The name in apposition after a subject that ends the head: "der US-Partner von EADS, Northrop Grumman".
        const subject = named > 0 && read.end === headEnd ? { start: read.start, end: named, parties: [[read.start, named]] as Array<[number, number]> } : read;
        const particle = !announcer.length && PARTICLES.has(tokens[end - 1]!.lower) && end - 1 > subject.end ? [end - 1] : [];
        // "zog das Angebot mit der Begründung zurück, …": the particle after the announcer closes the verb.
        if (announcer.length && !participle.length) {
          const close = clauseEnd(tokens, announcer[announcer.length - 1]! + 1) - 1;
          if (close > announcer[announcer.length - 1]! && PARTICLES.has(tokens[close]!.lower)) particle.push(close);
        }
        const last = Math.max(verb, subject.end - 1, ...particle, ...announcer, ...participle);
        // A subject with its name in apposition names its speaker, whatever its head noun.
        const knownOnly = subject === read;
        found.push(...attribute({ view, tokens }, id, subject, Math.min(verb, subject.start), last, [verb, ...particle, ...announcer, ...participle], 'asserts', undefined, knownOnly));
        readTo = Math.max(i, last);
      }
      return found;
    },
  };
}

/** "Angeblich soll …": an adverb opening a clause that reports hearsay from nobody named. */
export function hearsayAdverbRule(id: string): AttributionRule {
  return {
    id,
    triggers: [...HEARSAY_ADVERBS],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      // Only its triggers may start one: the indexes the stage found, not every token read again.
      for (const i of triggered) {
        if (i >= tokens.length - 1) continue;
        const t = tokens[i]!;
        if (!HEARSAY_ADVERBS.has(t.lower) || clauseStart(tokens, i) !== i) continue;
        const source: Source = { text: t.text, type: 'anonymous', count: null, name: null, organization: null };
        const spans = roleSpans({ view, tokens }, i, i, null, [i], 'phrase');
        found.push({ text: t.text, start: t.start, end: t.end, source, cue: t.text, stance: 'asserts', inherited: false, rule: id, spans });
      }
      return found;
    },
  };
}

/** Links from a quotation's head noun to who said it: "Zitat von Schröder", "Die Erklärung des Ministeriums". */
const SPEAKER_LINKS = set('von vom des der eines einer');
const NAME_PREPOSITIONS = set('von vom');

/**
 * A verbless frame before a quotation: a sentence opening with nothing but a
 * noun phrase and a colon, headed by a word for what was said, with the
 * speaker attached ("Zitat von Schröder: „…“", "Die Erklärung des Ministeriums: „…“").
 * The head is the cue; the attachment, link word included, the speaker.
 */
export function colonFrameRule(id: string): AttributionRule {
  const heads = new Set(QUOTATION_HEADS);
  return {
    id,
    triggers: [':'],
    find(view) {
      const { tokens } = view;
      const colon = tokens.findIndex((t) => t.text === ':');
      if (colon < 2 || !OPENING.has(tokens[colon + 1]?.text ?? '') || clauseStart(tokens, colon) !== 0) return [];
      const np = nounPhrase(tokens, 0, colon);
      if (!np || np.end !== colon) return [];
      let head = 0;
      while (head < colon && DETERMINERS.has(tokens[head]!.lower)) head++;
      if (!heads.has(tokens[head]!.lower)) return [];
      const link = head + 1;
      if (link >= colon || !SPEAKER_LINKS.has(tokens[link]!.lower)) return [];
      // "von" names no one, but the speaker's span takes it in, as in the WikiNews convention ("von Schröder").
      const by = NAME_PREPOSITIONS.has(tokens[link]!.lower) ? link + 1 : link;
      const speaker: NounPhrase = { start: by, end: colon, parties: [[by, colon]] };
      const found = attribute({ view, tokens }, id, speaker, 0, colon - 1, [head], 'asserts');
      for (const a of found) if (a.spans?.source[0]) a.spans.source[0] = { start: tokens[link]!.start, end: a.spans.source[0].end };
      return found;
    },
  };
}


/**
 * What a document found: "Eine Studie der Universität zeigt, dass …", "Das
 * ergab eine Umfrage des Verbands", "…, wie Daten der Notenbank zeigen", "Die
 * Auswertung hat ergeben, dass …". Only a subject that is a document reports
 * so; a company that "zeigte" a product, or "es zeigt sich", does not.
 */
export function findingsRule(id: string): AttributionRule {
  const finite = new Set<string>(FINDING_VERBS.finite);
  const participles = new Set<string>(FINDING_VERBS.participles);
  const auxiliaries = new Set<string>(FINDING_VERBS.auxiliaries);
  return {
    id,
    triggers: [...FINDING_VERBS.finite, ...FINDING_VERBS.participles],
    find(view, triggered) {
      const { tokens } = view;
      const r: Reading = { view, tokens };
      const found: Attribution[] = [];
      for (const i of triggered) {
        const verb = tokens[i]!;
        if (verb.isCapitalized || tokens[i + 1]?.lower === FINDING_VERBS.reflexive) continue;
        // The perfect: the auxiliary stands right before the participle and after the subject.
        const perfect = participles.has(verb.lower) && i > 0 && auxiliaries.has(tokens[i - 1]!.lower);
        if (!perfect && !finite.has(verb.lower)) continue;
        const cueAt = perfect ? [i - 1, i] : [i];
        const first = cueAt[0]!;
        const before = nounPhraseEndingAt(tokens, first, clauseStart(tokens, first));
        const documents = (np: NounPhrase | null): Attribution[] =>
          np ? attribute(r, id, np, first, i, cueAt, 'asserts', undefined, false, -1, 'phrase').filter((a) => a.source.type === 'document') : [];
        // The subject before the verb, or after it where something else opens the clause ("Das ergab eine Umfrage").
        const made = documents(before);
        found.push(...(made.length > 0 || perfect ? made : documents(nounPhrase(tokens, i + 1))));
      }
      return found;
    },
  };
}

/** How many tokens "den Minister" (and a time, "am Montag") may take between "zitierte" and "mit den Worten". */
const QUOTED_WITH_REACH = 12;

/**
 * "Die Zeitung zitierte einen Sprecher des Ministeriums mit den Worten, …":
 * the one quoted said it, with "mit den Worten" as the cue. The outlet keeps
 * the report its own verb makes (the cue-verb rule).
 */
export function quotedWithWordsRule(id: string): AttributionRule {
  const verbs = new Set<string>(QUOTED_WITH_WORDS.verbs);
  const opensWords = (tokens: readonly Token[], k: number): number[] | null => {
    for (const phrase of QUOTED_WITH_WORDS.phrases) {
      if (phrase.every((w, n) => tokens[k + n]?.lower === w)) return phrase.map((_, n) => k + n);
    }
    return null;
  };
  return {
    id,
    triggers: [...QUOTED_WITH_WORDS.verbs],
    find(view, triggered) {
      const { tokens } = view;
      const found: Attribution[] = [];
      for (const i of triggered) {
        if (!verbs.has(tokens[i]!.lower)) continue;
        for (let k = i + 2; k < tokens.length && k <= i + QUOTED_WITH_REACH; k++) {
          if (!tokens[k]!.isWord) break;
          const cueAt = opensWords(tokens, k);
          if (!cueAt) continue;
          const quoted = nounPhraseEndingAt(tokens, k, i + 1);
          // Only a known source noun, name or pronoun: an unknown noun ("den Fall") would be read as a body to resolve.
          const made = quoted ? attribute({ view, tokens }, id, quoted, quoted.start, cueAt[cueAt.length - 1]!, cueAt, 'asserts', undefined, true, -1, 'phrase') : [];
          // The reporting word "zitierte" is the outlet's: the one quoted has no cue word of their own in the role spans.
          for (const a of made) if (a.spans) a.spans.cue = [];
          found.push(...made);
          break;
        }
      }
      return found;
    },
  };
}

/**
 * The stance of a confirmation or denial in the perfect, negated between its
 * auxiliary at `anchor` and its participle at `verb`: "hat die Zahlen bislang
 * nicht bestätigt", "hat den Bericht nicht dementiert" answer nothing, as
 * "bestätigte … nicht" does (DECLINE_VERBS). "nicht nur bestätigt" still confirms.
 */
function perfectStance(tokens: readonly Token[], anchor: number, verb: number, stance: Stance): Stance {
  if (anchor >= verb || (stance !== 'confirms' && stance !== 'denies')) return stance;
  for (let k = anchor + 1; k < verb; k++) {
    if (NEGATION_WORDS.has(tokens[k]!.lower) && tokens[k + 1]?.lower !== 'nur') return 'declines';
  }
  return stance;
}
