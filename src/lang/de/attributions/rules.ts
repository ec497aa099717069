/**
 * German attribution rules, one job each. They share one reading of the
 * sentence: tokens, clause boundaries and the noun-phrase reader.
 */
import type { EntityMention } from '../../../core/model.js';
import type { Attribution, Source, Stance } from '../../../types.js';
import type { AttributionRule, SentenceView } from '../../../stages/attributions/config.js';
import { SourceLexicon, classifySource } from '../../../stages/attributions/source.js';
import { type Token, tokenize } from '../../../stages/attributions/tokens.js';
import { AUXILIARIES, CUE_VERBS, type CueVerb, DECLINE_VERBS, NEGATIONS } from './cues.js';
import { FUNCTION_WORDS, type NounPhrase, nounPhrase, nounPhraseEndingAt } from './phrase.js';
import { GERMAN_SOURCE_WORDS } from './sources.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

const lexicon = new SourceLexicon(GERMAN_SOURCE_WORDS);
/** Tokens that end a clause. */
const BOUNDARIES = set(', ; : ( ) „ “ ” " » « – — ‚ ‘ . ! ?');
/** Conjunctions that do not count for verb-second order ("und sagte", "aber bestritt"). */
const CONJUNCTIONS = set('und aber doch denn oder sondern');
/** Clause openers after which the verb stands last: "während X bestritt", "wie X berichten". */
const COMPLEMENTIZERS = set('dass während nachdem weil da ob wie als obwohl wenn wobei sodass zumal');
/** Words that may stand between an inverted verb and its subject: "sagte dazu auch der Sprecher". */
const INVERSION_FILLERS = set('sich dazu auch jedoch zudem nun außerdem ebenfalls bereits dagegen hingegen allerdings zuletzt gestern heute indes daraufhin darauf dann inzwischen mittlerweile weiter zunächst am montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende abend morgen');
/** Words that may follow a speaker after "so": "so der Sprecher am Montag", "so X gegenüber der APA". */
const AFTER_SO_SPEAKER = set('am im gegenüber in bei auf weiter zuletzt kürzlich jüngst damals gestern heute vor zum zur laut dazu abschließend');
const NEGATION_WORDS = set(NEGATIONS.join(' '));
const AUX = new Set(AUXILIARIES);
const HEARSAY = set('heißt hieß');
const HEARSAY_PREPOSITIONS = set('in im aus bei von vom seitens');
const SOURCE_POSSESSIVES = set('seiner seinen seinem sein');
const PARTICLE_VERB_HERVOR = set('hervor hervorgeht hervorging hervorgehen');

interface Reading {
  view: SentenceView;
  tokens: Token[];
}

/**
 * A clause is read at most this many tokens to either side of a word: text
 * without punctuation (word lists, transcripts) would otherwise make every
 * cue walk the whole sentence, quadratic in its length.
 */
const CLAUSE_REACH = 60;

function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && i - k < CLAUSE_REACH && !BOUNDARIES.has(tokens[k - 1]!.text)) k--;
  return k;
}
function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < CLAUSE_REACH && !BOUNDARIES.has(tokens[k]!.text)) k++;
  return k;
}

/** Builds one attribution per party of the source phrase ("Weder ByteDance noch Huawei" → two). */
function attribute(
  r: Reading, id: string, np: NounPhrase, spanFrom: number, spanTo: number, cue: string, stance: Stance,
  override?: (s: Source) => Source,
): Attribution[] {
  const { view, tokens } = r;
  const text = view.doc.text;
  const start = Math.min(tokens[spanFrom]!.start, tokens[np.start]!.start);
  const end = Math.max(tokens[spanTo]!.end, tokens[np.end - 1]!.end);
  const bodies = np.parties.map(([a, b]) => partyMention(view.mentions, tokens[a]!, tokens[b - 1]!));
  const ranges = np.parties.length > 1 && bodies.every(Boolean) ? np.parties : [[np.parties[0]![0], np.end] as [number, number]];
  const out: Attribution[] = [];
  for (const [a, b] of ranges) {
    const found = classifySource({ tokens: tokens.slice(a, b), text }, view.mentions, lexicon);
    if (!found) continue;
    const source = override ? override(found) : found;
    out.push({ text: text.slice(start, end), start, end, source, cue, stance, inherited: false, rule: id });
  }
  return out;
}

/** The company, organization or outlet a coordinated party names, if it is one. */
function partyMention(mentions: readonly EntityMention[], from: Token, to: Token): EntityMention | undefined {
  return mentions.find((m) => m.type !== 'person' && m.start >= from.start && m.end <= to.end);
}

/** Index of the words a cue needs after its verb ("mit" of "teilte … mit"), or null when missing. */
function followers(tokens: readonly Token[], from: number, end: number, then: CueVerb['then']): number[] | null {
  const found: number[] = [];
  let k = from;
  for (const alternatives of then ?? []) {
    const wanted = new Set(alternatives.map((w) => w.toLowerCase()));
    while (k < end && !wanted.has(tokens[k]!.lower)) k++;
    if (k >= end) return null;
    found.push(k++);
  }
  return found;
}

/** The subject of a clause whose finite verb is `anchor`: before it, after the complementizer, or after it (inversion). */
function subjectOf(tokens: readonly Token[], anchor: number, after: number): { np: NounPhrase; opener: number } | null {
  let cs = clauseStart(tokens, anchor);
  while (cs < anchor && CONJUNCTIONS.has(tokens[cs]!.lower)) cs++;
  const ce = clauseEnd(tokens, after + 1);
  if (cs < anchor && COMPLEMENTIZERS.has(tokens[cs]!.lower)) {
    const np = nounPhrase(tokens, cs + 1, anchor);
    return np ? { np, opener: cs } : null;
  }
  if (cs < anchor) {
    const np = nounPhrase(tokens, cs, anchor);
    if (np) {
      let k = np.end;
      while (k < anchor && INVERSION_FILLERS.has(tokens[k]!.lower)) k++;
      if (k === anchor) return { np, opener: np.start };
    }
  }
  // Inversion: "…, sagte der Sprecher", "Dazu erklärte die Ministerin".
  let k = anchor + 1;
  while (k < ce && (INVERSION_FILLERS.has(tokens[k]!.lower) || k === after)) k++;
  const np = nounPhrase(tokens, k, ce);
  return np ? { np, opener: anchor } : null;
}

function matchCue(tokens: readonly Token[], i: number, verbs: readonly CueVerb[], finite: boolean): { verb: CueVerb; then: number[] } | null {
  const word = tokens[i]!.lower;
  for (const verb of verbs) {
    if (!(finite ? verb.forms : verb.nonFinite ?? []).includes(word)) continue;
    const end = clauseEnd(tokens, i + 1);
    const then = finite ? followers(tokens, i + 1, end, verb.then) : [];
    if (!then) continue;
    if (verb.negated && !tokens.slice(clauseStart(tokens, i), end).some((t) => NEGATION_WORDS.has(t.lower))) continue;
    return { verb, then };
  }
  return null;
}

/** Reporting verbs with their subject: "Huawei bestritt", "teilte der Konzern mit", "wie X berichten", "X wollte sich nicht äußern". */
export function cueVerbRule(id: string, wieId: string): AttributionRule {
  const verbs = [...DECLINE_VERBS, ...CUE_VERBS];
  const finiteForms = new Set(verbs.flatMap((v) => v.forms.map((f) => f.toLowerCase())));
  const nonFiniteForms = new Set(verbs.flatMap((v) => (v.nonFinite ?? []).map((f) => f.toLowerCase())));
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const r = { view, tokens };
      const found: Attribution[] = [];
      let claimedTo = -1;
      for (let i = 0; i < tokens.length; i++) {
        if (i <= claimedTo) continue;
        const lower = tokens[i]!.lower;
        let match = finiteForms.has(lower) ? matchCue(tokens, i, verbs, true) : null;
        let anchor = i;
        if (!match && nonFiniteForms.has(lower)) {
          match = matchCue(tokens, i, verbs, false);
          // The finite auxiliary before a participle carries the clause ("hat … mitgeteilt").
          const cs = clauseStart(tokens, i);
          for (let k = i - 1; k >= cs; k--) if (AUX.has(tokens[k]!.lower)) { anchor = k; break; }
          if (anchor === i && !(cs < i && COMPLEMENTIZERS.has(tokens[cs]!.lower))) match = null;
        }
        if (!match) continue;
        // In a verb-final clause the finite verb may come after the cue ("wie … mitgeteilt hat").
        const subject = subjectOf(tokens, anchor === i ? i : Math.min(anchor, i), i);
        if (!subject) continue;
        const last = Math.max(i, ...match.then);
        const cue = [tokens[i]!.text, ...match.then.map((k) => tokens[k]!.text)].join(' ');
        const isWie = tokens[subject.opener]?.lower === 'wie';
        const from = isWie ? subject.opener : Math.min(anchor, i);
        found.push(...attribute(r, isWie ? wieId : id, subject.np, from, last, cue, match.verb.stance));
        claimedTo = last;
      }
      return found;
    },
  };
}

/** "laut X": the source follows the preposition. */
export function lautRule(id: string): AttributionRule {
  return prepositionRule(id, set('laut gemäß'));
}

function prepositionRule(id: string, words: ReadonlySet<string>): AttributionRule {
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const found: Attribution[] = [];
      for (let i = 0; i < tokens.length - 1; i++) {
        if (!words.has(tokens[i]!.lower)) continue;
        const np = nounPhrase(tokens, i + 1, clauseEnd(tokens, i + 1));
        if (np) found.push(...attribute({ view, tokens }, id, np, i, i, tokens[i]!.text, 'asserts'));
      }
      return found;
    },
  };
}

/** "X zufolge": the source stands before the postposition. */
export function zufolgeRule(id: string): AttributionRule {
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const found: Attribution[] = [];
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i]!.lower !== 'zufolge') continue;
        const np = nounPhraseEndingAt(tokens, i, clauseStart(tokens, i));
        if (np) found.push(...attribute({ view, tokens }, id, np, np.start, i, tokens[i]!.text, 'asserts'));
      }
      return found;
    },
  };
}

/** "…, so eine beteiligte Quelle." — "so" after a comma or quote, a speaker, then the end of the clause. */
export function soRule(id: string): AttributionRule {
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const found: Attribution[] = [];
      for (let i = 1; i < tokens.length - 1; i++) {
        if (tokens[i]!.lower !== 'so' || !BOUNDARIES.has(tokens[i - 1]!.text)) continue;
        const np = nounPhrase(tokens, i + 1, clauseEnd(tokens, i + 1));
        if (!np) continue;
        const next = tokens[np.end];
        if (next && !BOUNDARIES.has(next.text) && !AFTER_SO_SPEAKER.has(next.lower)) continue;
        found.push(...attribute({ view, tokens }, id, np, i, i, tokens[i]!.text, 'asserts'));
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
  const isStatement = (np: NounPhrase, tokens: readonly Token[]) =>
    tokens.slice(np.start, np.end).some((t) => t.isCapitalized && lexicon.kindOf(t.text) === 'transparent');
  const ownWords = (np: NounPhrase, tokens: readonly Token[]) => (s: Source): Source => {
    const first = tokens[np.start]!.lower;
    if (SOURCE_POSSESSIVES.has(first)) return { ...s, type: 'person', count: 1 };
    return s;
  };
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const r = { view, tokens };
      const found: Attribution[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.lower !== 'nach') continue;
        const after = nounPhrase(tokens, i + 1, clauseEnd(tokens, i + 1));
        if (after && isStatement(after, tokens)) {
          found.push(...attributeStatement(r, id, after, i, i, ownWords(after, tokens)));
          continue;
        }
        const before = nounPhraseEndingAt(tokens, i, clauseStart(tokens, i));
        if (before && isStatement(before, tokens)) found.push(...attributeStatement(r, id, before, before.start, i, ownWords(before, tokens)));
      }
      return found;
    },
  };
}

/** A statement noun alone ("eigenen Angaben", "seiner Einschätzung") still names a source: its owner, found later by reference. */
function attributeStatement(r: Reading, id: string, np: NounPhrase, from: number, to: number, own: (s: Source) => Source): Attribution[] {
  const made = attribute(r, id, np, from, to, r.tokens[Math.min(from, to) === np.start ? to : from]!.text, 'asserts', own);
  if (made.length) return made;
  const { tokens, view } = r;
  const start = Math.min(tokens[from]!.start, tokens[np.start]!.start);
  const end = Math.max(tokens[to]!.end, tokens[np.end - 1]!.end);
  const sourceStart = tokens[np.start]!.start;
  const sourceEnd = tokens[np.end - 1]!.end;
  const source = own({ text: view.doc.text.slice(sourceStart, sourceEnd), type: 'organization', count: null, name: null, organization: null });
  const cue = tokens[from === np.start ? to : from]!.text;
  return [{ text: view.doc.text.slice(start, end), start, end, source, cue, stance: 'asserts', inherited: false, rule: id }];
}

/** "Das geht aus der Studie hervor", "wie aus dem Bericht hervorgeht". */
export function ausHervorRule(id: string): AttributionRule {
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const found: Attribution[] = [];
      for (let i = 0; i < tokens.length - 1; i++) {
        if (tokens[i]!.lower !== 'aus') continue;
        const end = clauseEnd(tokens, i + 1);
        const np = nounPhrase(tokens, i + 1, end);
        if (!np) continue;
        let k = np.end;
        while (k < end && !PARTICLE_VERB_HERVOR.has(tokens[k]!.lower)) k++;
        if (k >= end) continue;
        const verb = i > 0 && !BOUNDARIES.has(tokens[i - 1]!.text) && !FUNCTION_WORDS.has(tokens[i - 1]!.lower) ? i - 1 : i;
        const cue = verb < i ? `${tokens[verb]!.text} ${tokens[k]!.text}` : tokens[k]!.text;
        found.push(...attribute({ view, tokens }, id, np, verb, k, cue, 'asserts'));
      }
      return found;
    },
  };
}

/** "hieß es in einer Mitteilung", "Aus Regierungskreisen hieß es": the source is the place the statement came from. */
export function heisstEsRule(id: string): AttributionRule {
  return {
    id,
    find(view) {
      const tokens = tokenize(view.sentence);
      const found: Attribution[] = [];
      for (let i = 0; i < tokens.length - 1; i++) {
        if (!HEARSAY.has(tokens[i]!.lower) || tokens[i + 1]!.lower !== 'es') continue;
        const end = clauseEnd(tokens, i + 2);
        let k = i + 2;
        while (k < end && !HEARSAY_PREPOSITIONS.has(tokens[k]!.lower)) k++;
        const after = k < end ? nounPhrase(tokens, k + 1, end) : null;
        if (after) { found.push(...attribute({ view, tokens }, id, after, i, k, `${tokens[i]!.text} es`, 'asserts')); continue; }
        const cs = clauseStart(tokens, i);
        if (cs < i && HEARSAY_PREPOSITIONS.has(tokens[cs]!.lower)) {
          const before = nounPhrase(tokens, cs + 1, i);
          if (before && before.end === i) found.push(...attribute({ view, tokens }, id, before, cs, i + 1, `${tokens[i]!.text} es`, 'asserts'));
        }
      }
      return found;
    },
  };
}
