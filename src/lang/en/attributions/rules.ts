/**
 * English attribution rules, one job each: a subject before its reporting verb
 * ("the Fed said", "Jeff Weaver, the campaign manager, said"), an inverted verb
 * ("…," said Edward White), "according to X", and sources that decline to
 * comment. Each emits exact role spans for the peer scorers.
 */
import type { Attribution, Stance } from '../../../types.js';
import type { AttributionRule, SentenceView } from '../../../stages/attributions/config.js';
import type { Sentence } from '../../../core/model.js';
import { tokenize, type Token as WordToken } from '../../../stages/attributions/tokens.js';
import { CUE_PHRASES, CUE_PREFIX_WORDS, CUE_VERBS, DECLINE_PHRASES, SOURCE_AFTER_PHRASES, type CueVerb } from './cues.js';
import { appositionAfter, appositionBefore, isPronoun, phraseAfter, phraseBefore, type Range } from './phrases.js';
import { readSource } from './source-type.js';

interface Cue {
  verb: CueVerb;
  /** First and last token of the cue words themselves. */
  first: number;
  last: number;
}

const PREFIX = new Set(CUE_PREFIX_WORDS);

/** Every rule walks the same tokens: computed once per sentence. */
const tokenCache = new WeakMap<Sentence, readonly WordToken[]>();
function sentenceTokens(sentence: Sentence): readonly WordToken[] {
  let tokens = tokenCache.get(sentence);
  if (!tokens) tokenCache.set(sentence, (tokens = tokenize(sentence)));
  return tokens;
}
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

/** Multi-word cue lists as token sequences, longest first. */
function sequences(verbs: readonly CueVerb[]): Array<{ words: string[]; verb: CueVerb }> {
  return verbs.flatMap((verb) => verb.forms.map((f) => ({ words: f.toLowerCase().split(' '), verb })))
    .sort((a, b) => b.words.length - a.words.length);
}
const VERB_OF = new Map(CUE_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));
const PHRASES = sequences(CUE_PHRASES);
const DECLINES = sequences(DECLINE_PHRASES.map((p) => ({ forms: [p], stance: 'declines' as Stance, strong: true })));
const AFTER = sequences(SOURCE_AFTER_PHRASES.map((p) => ({ forms: [p], stance: 'asserts' as Stance, strong: true })));

function matchAt(tokens: readonly WordToken[], k: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const t = tokens[k + j];
    if (!t) return false;
    const w = words[j]!;
    // "didn't" is one token; its list spelling may use either apostrophe.
    if (t.lower !== w && t.lower.replace('’', "'") !== w) return false;
  }
  return true;
}

function findSequences(tokens: readonly WordToken[], list: ReturnType<typeof sequences>): Cue[] {
  const found: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const hit = list.find((s) => matchAt(tokens, k, s.words));
    if (hit) {
      found.push({ verb: hit.verb, first: k, last: k + hit.words.length - 1 });
      k += hit.words.length - 1;
    }
  }
  return found;
}

/** Extends a cue leftwards over auxiliaries and adverbs ("has also said"). */
function cuePrefixStart(tokens: readonly WordToken[], first: number): number {
  let k = first;
  while (k > 0 && PREFIX.has(tokens[k - 1]!.lower)) k--;
  return k;
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
    if (e - s > 0 && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
  }
  return out;
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
  strong: boolean;
}

function build(view: SentenceView, tokens: readonly WordToken[], parts: Parts, rule: string): Attribution | null {
  const { doc } = view;
  const reading = readSource(doc.text, tokens, parts.named ?? parts.source, parts.apposition, view.mentions);
  if (!reading) return null;
  const source = span(tokens, parts.source);
  let cueEnd = tokens[parts.cueLast]!.end;
  if (tokens[parts.cueLast + 1]?.text === ':') cueEnd = tokens[parts.cueLast + 1]!.end;
  const cue = { start: tokens[parts.cueFirst]!.start, end: cueEnd };
  const start = Math.min(source.start, cue.start);
  const end = Math.max(source.end, cue.end);
  const phraseEnd = parts.apposition ? Math.max(end, tokens[parts.apposition[1]]!.end) : end;
  const attribution: Attribution = {
    text: doc.text.slice(start, end), start, end,
    source: {
      text: doc.text.slice(source.start, source.end), type: reading.type, count: reading.count,
      name: reading.name, organization: reading.organization,
    },
    cue: doc.text.slice(tokens[parts.cueWords[0]]!.start, tokens[parts.cueWords[1]]!.end),
    stance: parts.stance, inherited: false, rule,
    spans: { source: [source], cue: [cue], content: contentSpans(view, start, phraseEnd) },
  };
  if (reading.refers) referenceOf.set(attribution, { refers: reading.refers, head: reading.head });
  return attribution;
}

/** What each attribution still needs from the article, read by the refiners. */
export const referenceOf = new WeakMap<Attribution, { refers: string; head: string }>();

/** Is the cue passive ("was asked", "is expected")? Then its subject is not its source. */
function passive(tokens: readonly WordToken[], prefixStart: number, first: number): boolean {
  for (let k = prefixStart; k < first; k++) if (BE.has(tokens[k]!.lower)) return !tokens[first]!.lower.endsWith('ing');
  return false;
}

/** The source before a cue: a plain phrase, or a name with its apposition before a comma. */
function subjectBefore(tokens: readonly WordToken[], prefixStart: number): { source: Range; named?: Range; apposition: Range | null } | null {
  const before = tokens[prefixStart - 1];
  if (before?.text === ',') {
    const appo = appositionBefore(tokens, prefixStart - 1);
    return appo ? { source: appo.whole, named: appo.name, apposition: [appo.name[1] + 2, prefixStart - 2] } : null;
  }
  const range = phraseBefore(tokens, prefixStart - 1);
  return range ? { source: range, apposition: null } : null;
}

/** The source after an inverted cue: `…," said Ken Kutaragi, Chief Operating Officer of Sony.` */
function subjectAfter(tokens: readonly WordToken[], last: number): { source: Range; apposition: Range | null } | null {
  const range = phraseAfter(tokens, last + 1);
  if (!range) return null;
  const first = tokens[range[0]]!;
  if (!first.isCapitalized && !isPronoun(first) && !/^(?:the|a|an)$/u.test(first.lower)) return null;
  const appoEnd = appositionAfter(tokens, range[1] + 1);
  return { source: range, apposition: appoEnd === null ? null : [range[1] + 2, appoEnd] };
}

function verbCues(tokens: readonly WordToken[]): Cue[] {
  const cues = findSequences(tokens, PHRASES);
  const taken = new Set(cues.flatMap((c) => [c.first, c.last]));
  tokens.forEach((t, k) => {
    const verb = VERB_OF.get(t.lower);
    // A capitalized verb form inside a sentence is part of a name ("The United States").
    const named = t.isCapitalized && k > 0 && tokens[k - 1]!.isWord;
    if (verb && !taken.has(k) && !named) cues.push({ verb, first: k, last: k });
  });
  return cues.sort((a, b) => a.first - b.first);
}

const invertedPosition = (tokens: readonly WordToken[], first: number): boolean => {
  const before = tokens[first - 1];
  return before === undefined || before.text === ',' || CLOSING_QUOTES.has(before.text);
};

export const reportingVerb: AttributionRule = {
  id: 'en.attribution.reporting-verb',
  find(view) {
    const tokens = sentenceTokens(view.sentence);
    const found: Attribution[] = [];
    for (const cue of verbCues(tokens)) {
      const prefixStart = cuePrefixStart(tokens, cue.first);
      if (passive(tokens, prefixStart, cue.first)) continue;
      const inverted = cue.verb.invertible && prefixStart === cue.first && invertedPosition(tokens, cue.first)
        ? subjectAfter(tokens, cue.last) : null;
      const subject = inverted ?? subjectBefore(tokens, prefixStart);
      if (!subject) continue;
      const a = build(view, tokens, {
        ...subject, cueFirst: prefixStart, cueLast: cue.last, cueWords: [cue.first, cue.last],
        stance: cue.verb.stance, strong: cue.verb.strong,
      }, inverted ? 'en.attribution.inverted-verb' : 'en.attribution.reporting-verb');
      if (a) found.push(a);
    }
    return found;
  },
};

export const accordingTo: AttributionRule = {
  id: 'en.attribution.according-to',
  find(view) {
    const tokens = sentenceTokens(view.sentence);
    const found: Attribution[] = [];
    for (const cue of findSequences(tokens, AFTER)) {
      const subject = subjectAfter(tokens, cue.last) ?? (() => {
        const r = phraseAfter(tokens, cue.last + 1);
        return r ? { source: r, apposition: null } : null;
      })();
      if (!subject) continue;
      const a = build(view, tokens, {
        ...subject, cueFirst: cue.first, cueLast: cue.last, cueWords: [cue.first, cue.last], stance: 'asserts', strong: true,
      }, 'en.attribution.according-to');
      if (a) found.push(a);
    }
    return found;
  },
};

export const declinesToComment: AttributionRule = {
  id: 'en.attribution.declines',
  find(view) {
    const tokens = sentenceTokens(view.sentence);
    const found: Attribution[] = [];
    for (const cue of findSequences(tokens, DECLINES)) {
      const subject = subjectBefore(tokens, cue.first);
      if (!subject) continue;
      const a = build(view, tokens, {
        ...subject, cueFirst: cue.first, cueLast: cue.last, cueWords: [cue.first, cue.last], stance: 'declines', strong: true,
      }, 'en.attribution.declines');
      if (a) found.push(a);
    }
    return found;
  },
};
