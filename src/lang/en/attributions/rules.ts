/**
 * English attribution rules, one job each: a subject before its reporting verb
 * ("the Fed said", "Jeff Weaver, the campaign manager, said"), an inverted verb
 * ("…," said Edward White), "according to X", and sources that decline to
 * comment. Each emits exact role spans for the peer scorers.
 */
import type { Stance } from '../../../types.js';
import type { AttributionRule, DraftAttribution, SentenceView } from '../../../stages/attributions/config.js';
import { type Token as WordToken, startsWithDigit } from '../../../stages/attributions/tokens.js';
import {
  AGENT_PASSIVE_PARTICIPLES, ARTICLES, CALLED_ACTS, CUE_PHRASES, CUE_PREFIX_WORDS, CUE_VERBS, DECLINE_PHRASES, DENIAL_JUDGEMENTS, INFINITIVE_MARKER, LABELLING_RELATIVES, NEGATED_CONTRACTION_ENDINGS, NEGATED_DECLINE_VERBS, NEGATION_WORDS,
  NON_ADVERB_LY_WORDS, NON_SPEAKER_LABELS, SETTING_PHRASES, VERB_ONLY_FORMS, NON_CUE_PHRASES, QUOTED_CLOSERS, QUOTED_PARTICIPLES, QUOTING_VERBS, SOURCE_AFTER_PHRASES, type CueVerb,
} from './cues.js';
import { appositionAfter, appositionBefore, isOpeningQuote, isPossessive, isPronoun, leadingName, partiesOf, phraseAfter, phraseBefore, subjectBeforeClause, subjectBeforeInsertedClause, type Range } from './phrases.js';
import { readSource, type SpeakerKind } from './source-type.js';
import { AUXILIARY_WORDS, COORDINATING_WORDS, DETERMINERS, MAKER_PREPOSITIONS, NUMBER_WORDS, TIME_LEAD_WORDS, TIME_WORDS, PHRASE_BOUNDARY_WORDS, PHRASE_PREPOSITIONS, VIEW_COMPLEMENT_WORDS } from './source-words.js';

interface Cue {
  verb: CueVerb;
  /** An -ing form: its subject is the clause's ("…, saying"). */
  participle: boolean;
  /** First and last token of the cue words themselves. */
  first: number;
  last: number;
}

const PREFIX = new Set(CUE_PREFIX_WORDS);
/** The word that opens what a noun cue reports: "Trump's claim that …". */
const CONTENT_CLAUSE_WORD = 'that';
const CONTINUED = 'en.attribution.continued-subject';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const DETERMINER = new Set(DETERMINERS);
const BOUNDARY = new Set(PHRASE_BOUNDARY_WORDS);
const AUXILIARY = new Set(AUXILIARY_WORDS);

/**
 * After an inverted verb's subject the clause ends ("…, said the analyst.",
 * "said Smith on Tuesday"); a verb there makes it a plain subject-verb clause
 * after a comma: "Jeff Weaver, the manager, said the race was over".
 */
function closesInversion(tokens: readonly WordToken[], subject: Subject): boolean {
  const next = tokens[(subject.apposition ?? subject.source)[1] + 1];
  return !next || !next.isWord || (BOUNDARY.has(next.lower) && !AUXILIARY.has(next.lower) && !isPronoun(next));
}
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

interface Sequence {
  words: string[];
  verb: CueVerb;
}
/** Multi-word cue lists as token sequences, indexed by their first word, longest first. */
type SequenceIndex = ReadonlyMap<string, readonly Sequence[]>;

/** "didn't" is one token; its list spelling may use either apostrophe. */
const plainApostrophe = (word: string): string => (word.indexOf('’') < 0 ? word : word.replace('’', "'"));

function sequences(verbs: readonly CueVerb[]): SequenceIndex {
  const index = new Map<string, Sequence[]>();
  for (const verb of verbs) {
    for (const form of verb.forms) {
      const words = plainApostrophe(form.toLowerCase()).split(' ');
      const list = index.get(words[0]!) ?? [];
      list.push({ words, verb });
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}
const VERB_OF = new Map(CUE_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));
const PHRASES = sequences(CUE_PHRASES);
const DECLINES = sequences(DECLINE_PHRASES.map((p) => ({ forms: [p], stance: 'declines' as Stance, speech: false })));
const AFTER = sequences(SOURCE_AFTER_PHRASES.map((p) => ({ forms: [p], stance: 'asserts' as Stance, speech: false })));
const NON_CUES = sequences(NON_CUE_PHRASES.map((p) => ({ forms: [p], stance: 'asserts' as Stance, speech: false })));
const PARTICIPLE_OF = new Map(CUE_VERBS.flatMap((v) => (v.participle ? [[v.participle, v] as const] : [])));
const PHRASE_PARTICIPLES = sequences(CUE_PHRASES.flatMap((v) => (v.participle ? [{ ...v, forms: [v.participle] }] : [])));
/** Words that cannot open a view verb's complement ("the amnesty plan before that", "UK plans for"). */
const NOT_A_COMPLEMENT = new Set([
  ...PHRASE_BOUNDARY_WORDS.filter((w) => !VIEW_COMPLEMENT_WORDS.includes(w) && !DETERMINERS.includes(w)), ...PHRASE_PREPOSITIONS,
]);
/** Words before a verb that continue the clause's subject: "… and said", "…, saying". */
const COORDINATORS = new Set(COORDINATING_WORDS);

function matchAt(tokens: readonly WordToken[], k: number, words: readonly string[]): boolean {
  for (let j = 1; j < words.length; j++) {
    const t = tokens[k + j];
    if (!t || plainApostrophe(t.lower) !== words[j]) return false;
  }
  return true;
}

function findSequences(tokens: readonly WordToken[], index: SequenceIndex): Cue[] {
  const found: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const candidates = index.get(plainApostrophe(tokens[k]!.lower));
    const hit = candidates?.find((s) => matchAt(tokens, k, s.words));
    if (hit) {
      found.push({ verb: hit.verb, participle: false, first: k, last: k + hit.words.length - 1 });
      k += hit.words.length - 1;
    }
  }
  return found;
}

/** Extends a cue leftwards over auxiliaries and adverbs ("has also said", "forcefully told"). */
function cuePrefixStart(tokens: readonly WordToken[], first: number): number {
  let k = first;
  while (k > 0 && (PREFIX.has(tokens[k - 1]!.lower) || isNegatedAuxiliary(tokens[k - 1]!.lower) || isAdverbInLy(tokens[k - 1]!))) k--;
  return k;
}

const NON_ADVERBS = new Set(NON_ADVERB_LY_WORDS);
/** "forcefully", "routinely": a lower-case word in -ly that is no noun or adjective of NON_ADVERB_LY_WORDS. */
const isAdverbInLy = (t: WordToken): boolean => t.isWord && !t.isCapitalized && t.lower.length > 4 && t.lower.endsWith('ly') && !NON_ADVERBS.has(t.lower);

const NEGATION = new Set(NEGATION_WORDS);
const NEGATED_DECLINES = new Set(NEGATED_DECLINE_VERBS);
/** "didn't", "wouldn’t": one token, an auxiliary and its negation. */
const isNegatedAuxiliary = (lower: string): boolean => NEGATED_CONTRACTION_ENDINGS.some((e) => lower.endsWith(e));

const DENIALS = new Set(DENIAL_JUDGEMENTS);
/** How many words a judging verb's object may take before its judgement: "called the reports of a sale \"false\"". */
const JUDGEMENT_REACH = 8;

/** "called the report false", "calling the claims baseless": a denial word ends the clause after a judging verb. */
function deniesByJudgement(tokens: readonly WordToken[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + JUDGEMENT_REACH; k++) {
    const t = tokens[k]!;
    if (DENIALS.has(t.lower)) return true;
    if (!t.isWord && !CLOSING_QUOTES.has(t.text) && t.text !== '"' && t.text !== '“') return false;
  }
  return false;
}

/** The stance a cue gives: a negated verb of telling declines, a judging verb with a denial denies. */
function stanceOf(tokens: readonly WordToken[], cue: Cue, prefixStart: number): Stance {
  if (withholds(tokens, prefixStart, cue.first)) return 'declines';
  if (cue.verb.judges && deniesByJudgement(tokens, cue.last)) return 'denies';
  return cue.verb.stance;
}

/** "did not confirm", "has never said": a verb of telling negated in its prefix declines to tell. */
function withholds(tokens: readonly WordToken[], prefixStart: number, verb: number): boolean {
  if (!NEGATED_DECLINES.has(tokens[verb]!.lower)) return false;
  for (let k = prefixStart; k < verb; k++) if (NEGATION.has(tokens[k]!.lower) || isNegatedAuxiliary(tokens[k]!.lower)) return true;
  return false;
}

const span = (tokens: readonly WordToken[], r: Range) => ({ start: tokens[r[0]]!.start, end: tokens[r[1]]!.end });

/**
 * The content: the sentence minus the attribution phrase, each piece trimmed
 * of spaces, commas and colons outside quotes and of its final period.
 */
function contentSpans(view: SentenceView, from: number, to: number): Array<{ start: number; end: number }> {
  const { sentence } = view;
  const pieces = [[sentence.start, from], [to, sentence.end]] as const;
  const out: Array<{ start: number; end: number }> = [];
  for (let [s, e] of pieces) {
    const text = view.doc.text;
    while (s < e && /[\s,;:—–-]/u.test(text[s]!)) s++;
    while (e > s && /[\s,;:—–.!?-]/u.test(text[e - 1]!)) e--;
    if (e - s > 0 && hasLetterOrDigit(text, s, e)) out.push({ start: s, end: e });
  }
  return out;
}

const LETTER_OR_DIGIT = /(?:\p{L}|\p{N})/gu;
/** Searches from `s` without copying the rest of a long sentence: a piece is seldom long before its first letter. */
function hasLetterOrDigit(text: string, s: number, e: number): boolean {
  LETTER_OR_DIGIT.lastIndex = s;
  const m = LETTER_OR_DIGIT.exec(text);
  return m !== null && m.index < e;
}

interface Parts {
  source: Range;
  /** The part of the source phrase that names it, when the span holds more ("Jeff Weaver" of "Jeff Weaver, the manager,"). */
  named?: Range;
  apposition: Range | null;
  cueFirst: number;
  cueLast: number;
  /** The cue word(s) for the contract's `cue` field. */
  cueWords: Range;
  stance: Stance;
  speaker: SpeakerKind;
  /** The whole coordinated subject that `source` is a party of. */
  extent?: Range;
}

/**
 * One attribution per party of a coordinated subject ("Apple and Samsung
 * declined to comment": two), else the subject's one. "Neither … nor" with
 * any verb says that neither spoke: each party declines.
 */
function buildEach(view: SentenceView, tokens: readonly WordToken[], parts: Parts, rule: string): DraftAttribution[] {
  const split = parts.named || parts.apposition ? null : partiesOf(tokens, parts.source, view.mentions);
  if (!split) {
    const a = build(view, tokens, parts, rule);
    return a ? [a] : [];
  }
  const found: DraftAttribution[] = [];
  for (const party of split.parties) {
    const a = build(view, tokens, { ...parts, source: party, extent: parts.source, stance: split.negated ? 'declines' : parts.stance }, rule);
    if (!a) continue;
    a.notes = { ...a.notes, party: true };
    found.push(a);
  }
  return found;
}

/**
 * A source phrase that ends inside a name ends with it: the phrase reader
 * stops at "and", but "a filing with the Securities and Exchange Commission"
 * names the whole body. Not past the cue.
 */
function throughName(tokens: readonly WordToken[], range: Range, mentions: SentenceView['mentions'], cueFirst: number): { range: Range; name?: { start: number } } {
  const last = tokens[range[1]]!;
  const name = mentions.find((m) => m.start <= last.start && last.end < m.end);
  if (!name) return { range };
  let end = range[1];
  while (tokens[end + 1] && tokens[end + 1]!.end <= name.end && (end + 1 < cueFirst || range[0] > cueFirst)) end++;
  return { range: [range[0], end], name };
}

function build(view: SentenceView, tokens: readonly WordToken[], given: Parts, rule: string): DraftAttribution | null {
  const { doc } = view;
  const through = given.named ? null : throughName(tokens, given.source, view.mentions, given.cueFirst);
  const parts = through?.name ? { ...given, source: through.range } : given;
  let reading = readSource(doc.text, tokens, parts.named ?? parts.source, parts.apposition, view.mentions, parts.speaker);
  if (through?.name && tokens[given.source[0]]!.start < through.name.start) {
    // A person "of Prescott Ball and Turben Inc" stays the person the phrase read up to the cut in the name.
    const cut = readSource(doc.text, tokens, given.source, given.apposition, view.mentions, given.speaker);
    const personBefore = cut?.type === 'person' && cut.name !== null && doc.text.indexOf(cut.name, tokens[given.source[0]]!.start) < through.name.start;
    if (personBefore) reading = { ...cut, organization: cut.organization ?? reading?.organization ?? null };
  }
  if (!reading) return null;
  const source = span(tokens, parts.source);
  // "who" is the source's span; the phrase it stands for is the source's text.
  const shown = parts.named && tokens[parts.source[0]]!.lower === 'who' ? span(tokens, parts.named) : source;
  let cueEnd = tokens[parts.cueLast]!.end;
  if (tokens[parts.cueLast + 1]?.text === ':') cueEnd = tokens[parts.cueLast + 1]!.end;
  const cue = { start: tokens[parts.cueFirst]!.start, end: cueEnd };
  // A party of a coordinated subject: the attribution spans the whole subject ("Apple and Samsung declined").
  const extent = parts.extent ? span(tokens, parts.extent) : source;
  const start = Math.min(extent.start, cue.start);
  const end = Math.max(extent.end, cue.end);
  const phraseEnd = parts.apposition ? Math.max(end, tokens[parts.apposition[1]]!.end) : end;
  // What the verb reports starts after its time and setting: "said Tuesday that …", "said in a statement …".
  const adjuncts = parts.cueLast >= parts.source[1] ? adjunctsAfter(tokens, parts.cueLast + 1) : parts.cueLast;
  const contentTo = adjuncts > parts.cueLast ? Math.max(phraseEnd, tokens[adjuncts]!.end) : phraseEnd;
  // A verb that continues the clause's subject reports only what follows it.
  const contentFrom = rule === CONTINUED ? cue.start : start;
  const attribution: DraftAttribution = {
    text: doc.text.slice(start, end), start, end,
    source: {
      text: doc.text.slice(shown.start, shown.end), type: reading.type, count: reading.count,
      name: reading.name, organization: reading.organization,
    },
    cue: doc.text.slice(tokens[parts.cueWords[0]]!.start, tokens[parts.cueWords[1]]!.end),
    stance: parts.stance, inherited: false, rule,
    spans: { source: [source], cue: [cue], content: contentSpans(view, contentFrom, contentTo).filter((c) => rule !== CONTINUED || c.start >= cue.end) },
  };
  if (reading.refers) attribution.notes = { reference: { refers: reading.refers, head: reading.head } };
  return attribution;
}

const SETTINGS = sequences(SETTING_PHRASES.map((p) => ({ forms: [p], stance: 'asserts' as Stance, speech: false })));

/**
 * The last token of the times and settings right after a cue ("Tuesday", "on
 * Monday night", "in a statement"), or `from - 1` when none follows.
 */
function adjunctsAfter(tokens: readonly WordToken[], from: number): number {
  let k = from;
  for (;;) {
    const t = tokens[k];
    if (!t?.isWord) break;
    if (TIME.has(t.lower)) { k++; continue; }
    if (TIME_LEAD.has(t.lower) && TIME.has(tokens[k + 1]?.lower ?? '')) { k += 2; continue; }
    const setting = SETTINGS.get(t.lower)?.find((q) => matchAt(tokens, k, q.words));
    if (setting) { k += setting.words.length; continue; }
    break;
  }
  return k - 1;
}

/** Is the cue passive ("was asked", "is expected")? Then its subject is not its source. */
function passive(tokens: readonly WordToken[], prefixStart: number, first: number): boolean {
  for (let k = prefixStart; k < first; k++) if (BE.has(tokens[k]!.lower)) return !tokens[first]!.lower.endsWith('ing');
  // Adverbs in -ly between "be" and the verb: "was also partly explained by".
  let k = prefixStart - 1;
  let adverbs = 0;
  for (; k > 0 && tokens[k]!.isWord && !tokens[k]!.isCapitalized && !BE.has(tokens[k]!.lower); k--) {
    if (tokens[k]!.lower.endsWith('ly')) adverbs++;
    else if (!PREFIX.has(tokens[k]!.lower)) break;
  }
  return adverbs > 0 && BE.has(tokens[k]!.lower) && !tokens[first]!.lower.endsWith('ing');
}

/**
 * Is token k inside a quotation? Curly marks say whether they open or close; a
 * closing mark before any opening one closes a quotation begun in an earlier
 * sentence; straight marks open and close in turn.
 */
function quoted(tokens: readonly WordToken[], k: number): boolean {
  let depth = 0;
  let straight = false;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!.text;
    if (j === k) return depth > 0 || straight;
    if (t === '“') depth++;
    else if (t === '”') {
      if (depth === 0) { if (j > k) return true; } else depth--;
    } else if (t === '"') straight = !straight;
  }
  return false;
}

/**
 * A view verb needs a complement that is a view: "believes the", "wants a
 * ban", "supports Smith" — not a noun ("his plan.", "the plan before") nor an
 * intention of one's own act ("plans to buy 3,000 chips" is the writer's claim).
 */
function opensView(next: WordToken | undefined): boolean {
  if (!next) return false;
  if (!next.isWord) return isOpeningQuote(next);
  return next.lower !== INFINITIVE_MARKER && !NOT_A_COMPLEMENT.has(next.lower);
}

/** Does a form of "be" stand in the cue's prefix ("is telling", "were saying")? */
function progressive(tokens: readonly WordToken[], prefixStart: number, first: number): boolean {
  for (let k = prefixStart; k < first; k++) if (BE.has(tokens[k]!.lower)) return true;
  return false;
}

/** The source before a cue: a plain phrase, or a name with its apposition before a comma. */
interface Subject {
  source: Range;
  named?: Range;
  apposition: Range | null;
}

const TIME = new Set(TIME_WORDS);
const TIME_LEAD = new Set(TIME_LEAD_WORDS);

/** Where a time between subject and verb starts ("Clinton on Tuesday said"), or `at` when there is none. */
function timeStart(tokens: readonly WordToken[], at: number): number {
  if (!TIME.has(tokens[at - 1]?.lower ?? '')) return at;
  let k = at - 1;
  while (k > 0 && (TIME.has(tokens[k - 1]!.lower) || TIME_LEAD.has(tokens[k - 1]!.lower))) k--;
  return k;
}

/** Quantifiers that float after a coordinated subject: "Nvidia, AMD and Intel all said". */
const FLOATING = new Set(['all', 'both']);

function subjectBefore(tokens: readonly WordToken[], cueStart: number): Subject | null {
  let prefixStart = timeStart(tokens, cueStart);
  const floating = tokens[prefixStart - 1];
  if (floating && FLOATING.has(floating.lower) && (tokens[prefixStart - 2]?.isCapitalized || tokens[prefixStart - 2]?.text === ')')) prefixStart--;
  const before = tokens[prefixStart - 1];
  // "Smith, who said …": the relative pronoun is the source, named by the phrase before the comma.
  if (before?.lower === 'who' && tokens[prefixStart - 2]?.text === ',') {
    const named = phraseBefore(tokens, prefixStart - 3);
    return named && !isPronoun(tokens[named[0]]) ? { source: [prefixStart - 1, prefixStart - 1], named, apposition: null } : null;
  }
  const clauseAfter = subjectBeforeInsertedClause(tokens, prefixStart - 1);
  if (clauseAfter) return clauseAfter;
  const appo = appositionBefore(tokens, prefixStart - 1);
  if (appo) return { source: appo.whole, named: appo.name, apposition: appo.describing };
  if (before?.text === ',') {
    const subject = subjectBeforeClause(tokens, prefixStart - 1);
    return subject ? { source: subject, apposition: null } : null;
  }
  const range = phraseBefore(tokens, prefixStart - 1);
  return range ? { source: range, apposition: null } : null;
}

/** The source after an inverted cue: `…," said Ken Kutaragi, Chief Operating Officer of Sony.` */
function subjectAfter(tokens: readonly WordToken[], last: number): Subject | null {
  const range = phraseAfter(tokens, last + 1);
  if (!range) return null;
  const first = tokens[range[0]]!;
  if (!first.isCapitalized && !isPronoun(first) && !DETERMINER.has(first.lower)) return null;
  const appoEnd = appositionAfter(tokens, range[1] + 1);
  return { source: range, apposition: appoEnd === null ? null : [range[1] + 2, appoEnd] };
}

function verbCues(tokens: readonly WordToken[]): Cue[] {
  const cues = [...findSequences(tokens, PHRASES), ...findSequences(tokens, PHRASE_PARTICIPLES).map((c) => ({ ...c, participle: true }))];
  const taken = new Set(cues.flatMap((c) => [c.first, c.last]));
  for (const c of findSequences(tokens, NON_CUES)) for (let k = c.first; k <= c.last; k++) taken.add(k);
  tokens.forEach((t, k) => {
    // A capitalized verb form inside a sentence is part of a name ("The United States").
    if (taken.has(k) || (t.isCapitalized && k > 0 && tokens[k - 1]!.isWord)) return;
    const verb = VERB_OF.get(t.lower);
    if (verb) cues.push({ verb, participle: false, first: k, last: k });
    const ing = PARTICIPLE_OF.get(t.lower);
    if (ing) cues.push({ verb: ing, participle: true, first: k, last: k });
  });
  return cues.sort((a, b) => a.first - b.first);
}

/**
 * The subject of the sentence's main clause, for verbs that continue it
 * ("Smith toured the plant and said …", "…, adding that"): the phrase at the
 * start, after opening conjunctions and adverbs.
 */
function clauseSubject(tokens: readonly WordToken[], mentions: SentenceView['mentions']): Subject | null {
  let k = 0;
  while (tokens[k] && (COORDINATORS.has(tokens[k]!.lower) || tokens[k]!.text === ',')) k++;
  // "Using technology from Lucent, it will …": an opening participle clause is no subject; "Boeing" is a name.
  const head = tokens[k];
  if (head?.lower.endsWith('ing') && !mentions.some((m) => m.start <= head.start && head.end <= m.end)) {
    const comma = tokens.findIndex((t, j) => j > k && t.text === ',');
    if (comma > 0) k = comma + 1;
  }
  const range = leadingName(tokens, k);
  return range ? { source: range, apposition: null } : null;
}

export const reportingVerb: AttributionRule = {
  id: 'en.attribution.reporting-verb',
  find(view) {
    const { tokens } = view;
    const found: DraftAttribution[] = [];
    let continued: Subject | null | undefined;
    // A view after a verb of speech is what was said: "she said voters want change".
    let spoken = false;
    for (let cue of verbCues(tokens)) {
      if (cue.verb.view && (spoken || !opensView(tokens[cue.last + 1]) || quoted(tokens, cue.first))) continue;
      if (cue.verb.notBefore && actNotSpeech(tokens[cue.last + 1], cue.verb.notBefore)) continue;
      if (!cue.verb.view) spoken = true;
      const prefixStart = cuePrefixStart(tokens, cue.first);
      // A passive reports by its agent only: "was first reported by Bloomberg"; else its subject is no source.
      const agent = passive(tokens, prefixStart, cue.first) ? passiveAgent(tokens, cue) : undefined;
      if (agent === null) continue;
      // "is telling", "has been saying": a progressive form is the finite verb, not a participle that continues.
      if (cue.participle && progressive(tokens, prefixStart, cue.first)) cue = { ...cue, participle: false };
      const before = tokens[prefixStart - 1];
      let subject: Subject | null = null;
      let rule = 'en.attribution.reporting-verb';
      if (agent) {
        subject = agent;
        rule = 'en.attribution.passive-agent';
      } else if (cue.participle || (before && COORDINATORS.has(before.lower))) {
        // "…, saying", "… and said": the subject of the clause this verb continues.
        if (!before || !(COORDINATORS.has(before.lower) || before.text === ',')) continue;
        if (continued === undefined) continued = clauseSubject(tokens, view.mentions);
        subject = continued;
        rule = CONTINUED;
      } else {
        const afterCue = cue.verb.invertible && prefixStart === cue.first && (before === undefined || before.text === ',' || CLOSING_QUOTES.has(before.text))
          ? subjectAfter(tokens, cue.last) : null;
        const inverted = afterCue && closesInversion(tokens, afterCue) ? afterCue : null;
        if (inverted) rule = 'en.attribution.inverted-verb';
        subject = inverted ?? subjectBefore(tokens, prefixStart);
      }
      if (!subject) continue;
      if (rule === 'en.attribution.reporting-verb' && possessiveBeforeNoun(view, subject, cue)) continue;
      if (cue.verb.judges && LABELLING_RELATIVE.has(tokens[subject.source[0] - 1]?.lower ?? '')) continue;
      if (cue.verb.judges && callsAnAct(tokens, cue.last)) continue;
      const made = buildEach(view, tokens, {
        ...subject, cueFirst: prefixStart, cueLast: cue.last, cueWords: [cue.first, cue.last],
        stance: stanceOf(tokens, cue, prefixStart), speaker: cue.verb.speech ? 'speech' : 'none',
      }, rule);
      if (made.length === 0) continue;
      for (const a of made) {
        if (cue.verb.view) a.notes = { ...a.notes, view: true };
        found.push(a);
      }
      // A subject inside a quotation speaks within it: "… to be", but said …" continues the clause's own subject.
      if (!cue.participle && rule !== CONTINUED && !quoted(tokens, cue.first)) continued = subject;
    }
    return found;
  },
};

/**
 * "Friday's tweets", "Oz's show": a cue word after a possessive is a noun,
 * unless it takes a clause of what was said ("Trump's claim that crime
 * rose"). A name with "'s" in it is no possessive: "Moody's said".
 */
function possessiveBeforeNoun(view: SentenceView, subject: Subject, cue: Cue): boolean {
  const { tokens } = view;
  const end = tokens[subject.source[1]]!;
  if (subject.source[1] > cue.first || !isPossessive(end) || VERB_ONLY.has(tokens[cue.first]!.lower)) return false;
  if (tokens[cue.last + 1]?.lower === CONTENT_CLAUSE_WORD) return false;
  // A name whose canonical form keeps the "'s": "Moody's announced".
  return !view.mentions.some((m) => m.end === end.end && isPossessive({ ...end, lower: m.name.toLowerCase() }));
}
const VERB_ONLY = new Set(VERB_ONLY_FORMS);
const LABELLING_RELATIVE = new Set(LABELLING_RELATIVES);
const CALLED_ACT = new Set(CALLED_ACTS);
const ARTICLE = new Set(ARTICLES);

/** The word after a verb that names an act, not speech: "recalling 1.9 million", "recalled vehicles". */
function actNotSpeech(next: WordToken | undefined, notBefore: { words: readonly string[]; number: boolean }): boolean {
  if (!next?.isWord) return false;
  return notBefore.words.includes(next.lower) || (notBefore.number && (startsWithDigit(next.lower) || COUNT_WORD.has(next.lower)));
}
/** Number words that count, not the articles ("recalled a conversation" still recalls). */
const COUNT_WORD = new Set([...NUMBER_WORDS.keys()].filter((w) => !ARTICLE.has(w)));

/**
 * "called a strike", "called off the talks": the judging verb's object, past an
 * article, is an act it calls ("called her vote a mistake" still judges).
 */
function callsAnAct(tokens: readonly WordToken[], cueLast: number): boolean {
  let k = cueLast + 1;
  if (tokens[k] && ARTICLE.has(tokens[k]!.lower)) k++;
  return tokens[k] !== undefined && CALLED_ACT.has(tokens[k]!.lower);
}

const AGENT_PASSIVE = new Set(AGENT_PASSIVE_PARTICIPLES);
/** "by", which names the agent of a passive as it names the maker of a document. */
const AGENT_PREPOSITION = new Set(MAKER_PREPOSITIONS);

/** The agent after a passive cue ("by Bloomberg News"), or null where the cue names none or reports no speech by its agent. */
function passiveAgent(tokens: readonly WordToken[], cue: Cue): Subject | null {
  if (!AGENT_PASSIVE.has(tokens[cue.last]!.lower) || !AGENT_PREPOSITION.has(tokens[cue.last + 1]?.lower ?? '')) return null;
  return subjectAfter(tokens, cue.last + 1);
}

export const accordingTo: AttributionRule = {
  id: 'en.attribution.according-to',
  find(view) {
    const { tokens } = view;
    const found: DraftAttribution[] = [];
    for (const cue of findSequences(tokens, AFTER)) {
      const subject = subjectAfter(tokens, cue.last) ?? (() => {
        const r = phraseAfter(tokens, cue.last + 1);
        return r ? { source: r, apposition: null } : null;
      })();
      if (!subject) continue;
      const a = build(view, tokens, {
        ...subject, cueFirst: cue.first, cueLast: cue.last, cueWords: [cue.first, cue.last], stance: 'asserts', speaker: 'document',
      }, 'en.attribution.according-to');
      if (a) found.push(a);
    }
    return found;
  },
};

const QUOTED = new Set([...QUOTED_PARTICIPLES, ...QUOTING_VERBS]);
const QUOTED_AS = sequences(QUOTED_CLOSERS.map((p) => ({ forms: [p], stance: 'asserts' as Stance, speech: true })));
/** How many words "by the Wall Street Journal" may take between "quoted" and "as saying". */
const QUOTED_REACH = 8;

/**
 * "Microsoft was quoted by the Journal as saying it had no plans": the
 * subject of the passive said it; the outlet that quoted it is not the source.
 * "Reuters quoted a ministry spokesperson as saying …": the one quoted said
 * it; the outlet stays the source of its own report (the cue-verb rule).
 */
export const quotedAsSaying: AttributionRule = {
  id: 'en.attribution.quoted-as-saying',
  find(view) {
    const { tokens } = view;
    const found: DraftAttribution[] = [];
    for (let k = 1; k < tokens.length; k++) {
      if (!QUOTED.has(tokens[k]!.lower)) continue;
      const closer = findSequences(tokens.slice(k + 1, k + 2 + QUOTED_REACH), QUOTED_AS)[0];
      if (!closer) continue;
      const last = k + 1 + closer.last;
      const prefixStart = cuePrefixStart(tokens, k);
      const isPassive = passive(tokens, prefixStart, k);
      const subject = isPassive ? subjectBefore(tokens, prefixStart) : quotedObject(tokens, k + 1, k + closer.first);
      if (!subject) continue;
      // Active, the cue is "as saying": "quoted" stays the outlet's own cue, and one cue makes one attribution.
      const cueWords: Range = isPassive ? [k, last] : [k + 1 + closer.first, last];
      found.push(...buildEach(view, tokens, {
        ...subject, cueFirst: isPassive ? prefixStart : cueWords[0], cueLast: last, cueWords, stance: 'asserts', speaker: 'speech',
      }, 'en.attribution.quoted-as-saying'));
      k = last;
    }
    return found;
  },
};

/** The one an active "quoted" names, filling the words from `first` to `last` before "as saying": "a ministry spokesperson", "Smith, the minister,". */
function quotedObject(tokens: readonly WordToken[], first: number, last: number): Subject | null {
  const object = subjectAfter(tokens, first - 1);
  if (!object) return null;
  const end = (object.apposition ?? object.source)[1];
  // An apposition's closing comma stands before "as saying".
  return end === last || (end === last - 1 && tokens[last]!.text === ',') ? object : null;
}

export const declinesToComment: AttributionRule = {
  id: 'en.attribution.declines',
  find(view) {
    const { tokens } = view;
    const found: DraftAttribution[] = [];
    for (const cue of findSequences(tokens, DECLINES)) {
      const subject = subjectBefore(tokens, cue.first);
      if (!subject) continue;
      found.push(...buildEach(view, tokens, {
        ...subject, cueFirst: cue.first, cueLast: cue.last, cueWords: [cue.first, cue.last], stance: 'declines', speaker: 'none',
      }, 'en.attribution.declines'));
    }
    return found;
  },
};

const LABEL_WORDS_MAX = 4;
const NOT_A_SPEAKER = new Set(NON_SPEAKER_LABELS);
const SPEAKER_MENTION = new Set(['person', 'organization', 'company', 'media']);

/**
 * A speaker's label before a colon at the start of a sentence, as transcripts
 * and interviews print them: "PENCE: Well, look …", "Matthews: Here is the
 * irony". The label is in capitals or names a known speaker; "Update:" is none.
 */
export const speakerLabel: AttributionRule = {
  id: 'en.attribution.speaker-label',
  find(view) {
    const { tokens } = view;
    let first = 0;
    while (tokens[first] && isOpeningQuote(tokens[first])) first++;
    let colon = first;
    while (colon < first + LABEL_WORDS_MAX && tokens[colon]?.isWord && tokens[colon]!.isCapitalized) colon++;
    if (colon === first || tokens[colon]?.text !== ':' || !tokens[colon + 1]) return [];
    const label = tokens.slice(first, colon);
    if (label.some((t) => NOT_A_SPEAKER.has(t.lower))) return [];
    const capitals = label.every((t) => ACRONYM_LABEL.test(t.text));
    const start = tokens[first]!.start;
    const end = tokens[colon - 1]!.end;
    const named = view.mentions.some((m) => SPEAKER_MENTION.has(m.type) && m.start <= start && m.end >= end);
    if (!capitals && !named) return [];
    const a = build(view, tokens, {
      source: [first, colon - 1], apposition: null, cueFirst: colon, cueLast: colon, cueWords: [colon, colon],
      stance: 'asserts', speaker: 'speech',
    }, 'en.attribution.speaker-label');
    // A label in capitals is a person's surname, as transcripts print it, not an acronym.
    if (a && capitals && !named) Object.assign(a.source, { type: 'person', count: 1, name: null, organization: null });
    return a ? [a] : [];
  },
};
const ACRONYM_LABEL = /^\p{Lu}{2,}$/u;
