/**
 * Document-level passes over English attributions: one attribution per cue
 * and source in a sentence; pronouns, "the association" and "the spokesman"
 * resolved to the last fitting source or mention; surnames to full names; and
 * direct quotes that continue a speaker into the next sentences.
 */
import type { DocumentContext, EntityMention } from '../../../core/model.js';
import type { Attribution } from '../../../types.js';
import type { AttributionRefiner, SentenceAttribution } from '../../../stages/attributions/config.js';
import { WORD_END, WORD_START, anyOf } from '../../../core/patterns.js';
import { referenceOf, views } from './rules.js';
import { FEMININE_WORDS, MASCULINE_WORDS } from './source-words.js';

const overlapsAny = (a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/**
 * Keeps the first attribution for a cue (rules run most specific first). A
 * second cue of the same source phrase ("X said … and added") stays one
 * attribution; its cue joins the kept one's role spans.
 */
export const oneAttributionPerCue: AttributionRefiner = {
  id: 'en.attribution.one-per-cue',
  refine(_doc, found) {
    const kept: SentenceAttribution[] = [];
    for (const item of found) {
      const a = item.attribution;
      const same = kept.filter((k) => k.sentenceIndex === item.sentenceIndex).map((k) => k.attribution);
      if (same.some((b) => overlapsAny(a.spans?.cue ?? [a], b.spans?.cue ?? [b]))) continue;
      const sharer = same.find((b) => overlapsAny(a.spans?.source ?? [], b.spans?.source ?? []) && a.stance === b.stance);
      if (sharer) absorb(sharer, a);
      else kept.push(item);
    }
    return kept.sort((x, y) => x.sentenceIndex - y.sentenceIndex || x.attribution.start - y.attribution.start);
  },
};

/**
 * A view verb beside a verb of speech in the same sentence is part of what is
 * reported ("Smith said voters want change", "voters want change, a poll found"):
 * only the speech is an attribution.
 */
export const viewsYieldToSpeech: AttributionRefiner = {
  id: 'en.attribution.views-yield',
  refine(_doc, found) {
    const speaking = new Set(found.filter((f) => !views.has(f.attribution)).map((f) => f.sentenceIndex));
    return found.filter((f) => !views.has(f.attribution) || !speaking.has(f.sentenceIndex));
  },
};

/** A duplicate's role spans join the attribution that stands for both. */
function absorb(kept: Attribution, duplicate: Attribution): void {
  if (!kept.spans || !duplicate.spans) return;
  kept.spans.cue.push(...duplicate.spans.cue.filter((c) => !overlapsAny([c], kept.spans!.cue)));
  kept.spans.source.push(...duplicate.spans.source.filter((c) => !overlapsAny([c], kept.spans!.source)));
}

const ORG_MENTION = new Set(['company', 'organization']);

/** Resolves pronouns and common nouns to what they refer to, in text order. */
export const resolveReferences: AttributionRefiner = {
  id: 'en.attribution.references',
  refine(doc, found, mentions) {
    const individuals: Attribution[] = [];
    let lastBody: Attribution | null = null;
    const out: SentenceAttribution[] = [];
    for (const item of found) {
      const a = item.attribution;
      const ref = referenceOf.get(a);
      if (ref) {
        const lastIndividual = [...individuals].reverse().find((p) => !genderClash(p.source.text, a.source.text)) ?? null;
        resolve(doc, a, ref, { lastIndividual, lastBody }, mentions);
      }
      const duplicateOf = out.find((o) => o.sentenceIndex === item.sentenceIndex && sameSource(o.attribution, a));
      if (duplicateOf) {
        absorb(duplicateOf.attribution, a);
        continue;
      }
      if (a.source.type === 'person' || a.source.type === 'spokesperson') individuals.push(a);
      if (a.source.type === 'organization' && a.source.organization) lastBody = a;
      out.push(item);
    }
    return out;
  },
};

const FEMININE = new RegExp(`${WORD_START}${anyOf(FEMININE_WORDS)}${WORD_END}`, 'iu');
const MASCULINE = new RegExp(`${WORD_START}${anyOf(MASCULINE_WORDS)}${WORD_END}`, 'iu');

/** "he" cannot be "the spokeswoman", nor "she" "Mr Brown". */
function genderClash(earlier: string, pronoun: string): boolean {
  return (FEMININE.test(earlier) && MASCULINE.test(pronoun)) || (MASCULINE.test(earlier) && FEMININE.test(pronoun));
}

/** Two attributions of one sentence from one source ("he said …, he added") count once. */
function sameSource(a: Attribution, b: Attribution): boolean {
  if (a.source.type !== b.source.type || a.stance !== b.stance) return false;
  if (a.source.name || b.source.name) return a.source.name === b.source.name;
  if (a.source.type === 'anonymous' || a.source.type === 'document') return a.source.text.toLowerCase() === b.source.text.toLowerCase();
  return a.source.organization === b.source.organization;
}

function lastMentionBefore(mentions: readonly EntityMention[], at: number, types: ReadonlySet<string>): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.start >= at) break;
    if (types.has(m.type)) best = m;
  }
  return best;
}

const PERSON = new Set(['person']);

function resolve(
  doc: DocumentContext, a: Attribution, ref: { refers: string; head: string },
  last: { lastIndividual: Attribution | null; lastBody: Attribution | null }, mentions: readonly EntityMention[],
): void {
  const at = a.spans?.source[0]?.start ?? a.start;
  switch (ref.refers) {
    case 'person': {
      const mention = lastMentionBefore(mentions, at, PERSON);
      const prior = last.lastIndividual;
      if (mention && (!prior || mention.start > prior.start)) {
        Object.assign(a.source, { type: 'person', name: mention.name, organization: mention.organization ?? null });
      } else if (prior) {
        Object.assign(a.source, { type: prior.source.type, name: prior.source.name, organization: prior.source.organization });
      }
      return;
    }
    case 'thing':
    case 'plural':
    case 'organization': {
      const mention = lastMentionBefore(mentions, at, ORG_MENTION);
      const body = last.lastBody;
      const headMatch = body?.source.organization?.toLowerCase().includes(ref.head) ? body : null;
      if (headMatch) a.source.organization = headMatch.source.organization;
      else if (mention && (!body || mention.start > body.start)) a.source.organization = mention.name;
      else if (body) a.source.organization = body.source.organization;
      if (ref.refers !== 'plural' || a.source.organization) a.source.type = 'organization';
      return;
    }
    case 'spokesperson': {
      const prior = last.lastIndividual?.source.type === 'spokesperson' ? last.lastIndividual : null;
      const mention = lastMentionBefore(mentions, at, ORG_MENTION);
      a.source.organization = prior?.source.organization ?? last.lastBody?.source.organization ?? mention?.name ?? null;
      return;
    }
    case 'surname': {
      const full = fullNameBefore(doc.text, a.source.name ?? '', at, mentions);
      if (full) a.source.name = full;
      return;
    }
  }
}

/** "Mr Chidambaram" → "Palaniappan Chidambaram": the first earlier full name ending in the surname. */
function fullNameBefore(text: string, surname: string, at: number, mentions: readonly EntityMention[]): string | null {
  const mention = mentions.find((m) => m.type === 'person' && m.start < at && m.name.endsWith(` ${surname}`));
  if (mention) return mention.name;
  if (!surname) return null;
  const re = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u');
  const m = re.exec(text.slice(0, at));
  if (!m) return null;
  const words = m[0].split(/\s+/u).filter((w) => !/^(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|The|A|An|In|On|But|And|Finance|Minister|President|Chairman|Secretary)\.?$/u.test(w));
  return words.length >= 2 ? words.join(' ') : null;
}

const QUOTE_MARK = /["“”]/gu;
const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * A sentence without a cue that opens with a quotation mark, or stands inside a
 * quotation still open, continues the speaker of the sentence before it.
 */
export const continuedQuotes: AttributionRefiner = {
  id: 'en.attribution.continued-quote',
  refine(doc, found) {
    const bySentence = new Map<number, Attribution[]>();
    for (const f of found) bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), f.attribution]);
    const out = [...found];
    let speaker: Attribution | null = null;
    let open = false;
    for (const sentence of doc.sentences) {
      if (sentence.isTitle) continue;
      const own = bySentence.get(sentence.index);
      const marks = sentence.text.match(QUOTE_MARK)?.length ?? 0;
      const opensWithQuote = /^["“]/u.test(sentence.text);
      if (own?.length) {
        const individual = own.find((a) => a.source.type === 'person' || a.source.type === 'spokesperson');
        speaker = own.length === 1 && individual && marks > 0 ? individual : null;
        open = speaker !== null && quoteLeftOpen(sentence.text);
        continue;
      }
      if (speaker && (opensWithQuote || open)) {
        out.push({ sentenceIndex: sentence.index, attribution: inheritFrom(doc, speaker, sentence) });
        open = open ? !closesQuote(sentence.text) : quoteLeftOpen(sentence.text);
        continue;
      }
      speaker = null;
      open = false;
    }
    return out.sort((x, y) => x.sentenceIndex - y.sentenceIndex);
  },
};

/** Straight quotes count as opening and closing in turn; curly ones say which they are. */
function quoteLeftOpen(text: string): boolean {
  return count(text, '"') % 2 === 1 || count(text, '“') > count(text, '”');
}

function closesQuote(text: string): boolean {
  return /["”]/u.test(text);
}

/** The continuing sentence, its final stop dropped (a closing quote stays, as PolNeAR marks quotes). */
function inheritFrom(doc: DocumentContext, speaker: Attribution, sentence: { start: number; end: number }): Attribution {
  let end = sentence.end;
  if (!/[”"]/u.test(doc.text[end - 1] ?? '')) while (end > sentence.start && /[\s.!?]/u.test(doc.text[end - 1]!)) end--;
  return {
    text: speaker.text, start: speaker.start, end: speaker.end,
    source: { ...speaker.source },
    cue: speaker.cue, stance: speaker.stance, inherited: true, rule: 'en.attribution.continued-quote',
    spans: { source: [], cue: [], content: [{ start: sentence.start, end }] },
  };
}
