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
import { firstStartingAt, lastBefore } from '../../../core/sorted.js';
import { firstCapitalizedNameEnding } from '../../../core/words.js';
import { speakerLabel } from './rules.js';
import { ANONYMITY_AFTER_CUE, BUSINESS_NOUNS, COMPANY_WORDS, FEMININE_WORDS, MASCULINE_WORDS, NON_BUSINESS_BODY_WORDS, PLURAL_BODY_WORDS, ORGANIZATION_WORDS, PUBLIC_BODY_WORDS, THING_POSSESSIVES, THING_PRONOUNS, BE_WORDS, MODAL_WORDS } from './source-words.js';

const overlapsAny = (a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/**
 * Keeps the first attribution for a cue (rules run most specific first). A
 * second cue of the same source phrase ("X said … and added") stays one
 * attribution; its cue joins the kept one's role spans.
 */
export const oneAttributionPerCue: AttributionRefiner = {
  id: 'en.attribution.one-per-cue',
  refine(doc, found) {
    const kept: SentenceAttribution[] = [];
    // Per sentence, the characters of kept cues and sources: a look-up per character, not a scan of
    // every kept attribution, so that a long sentence full of cues costs what its length costs.
    const sentences = new Map<number, { cues: Set<number>; sources: SourceOwners }>();
    for (const item of found) {
      const a = item.attribution;
      let seen = sentences.get(item.sentenceIndex);
      if (!seen) sentences.set(item.sentenceIndex, (seen = { cues: new Set(), sources: new SourceOwners(doc.sentences[item.sentenceIndex]?.start ?? 0) }));
      const cues = a.spans?.cue ?? [a];
      // The parties of a coordinated subject share their cue: one attribution each.
      if (!item.notes?.party && cues.some((c) => covers(seen!.cues, c))) continue;
      const sharer = firstSharing(seen.sources, a);
      const owner = sharer ?? a;
      for (const c of cues) mark(seen.cues, c);
      for (const src of a.spans?.source ?? []) {
        for (let k = src.start; k < src.end; k++) seen.sources.add(k, owner);
      }
      if (sharer) absorb(sharer, a);
      else kept.push(item);
    }
    return kept.sort((x, y) => x.sentenceIndex - y.sentenceIndex || x.attribution.start - y.attribution.start);
  },
};

type Span = { start: number; end: number };
const covers = (at: ReadonlySet<number>, span: Span): boolean => {
  for (let k = span.start; k < span.end; k++) if (at.has(k)) return true;
  return false;
};
const mark = (at: Set<number>, span: Span): void => {
  for (let k = span.start; k < span.end; k++) at.add(k);
};

/**
 * The attributions owning each character of a sentence's kept sources, in
 * the order they came. Held by offset from the sentence's start in an array,
 * one owner (most characters) or a list of them, not in a map of lists: a
 * character costs a store, not a hash and a new list.
 */
class SourceOwners {
  private readonly byOffset: Array<Attribution | Attribution[] | undefined> = [];

  constructor(private readonly base: number) {}

  /** The first owner of character `k` with the given stance. */
  firstWithStance(k: number, stance: Attribution['stance']): Attribution | undefined {
    const owners = this.byOffset[k - this.base];
    if (owners === undefined) return undefined;
    if (!Array.isArray(owners)) return owners.stance === stance ? owners : undefined;
    return owners.find((b) => b.stance === stance);
  }

  /** Makes `owner` an owner of character `k` (once). */
  add(k: number, owner: Attribution): void {
    const at = k - this.base;
    const owners = this.byOffset[at];
    if (owners === undefined) this.byOffset[at] = owner;
    else if (!Array.isArray(owners)) { if (owners !== owner) this.byOffset[at] = [owners, owner]; } else if (!owners.includes(owner)) owners.push(owner);
  }
}

/** The first kept attribution whose source shares a character with a's and that has a's stance. */
function firstSharing(sources: SourceOwners, a: Attribution): Attribution | undefined {
  for (const src of a.spans?.source ?? []) {
    for (let k = src.start; k < src.end; k++) {
      const hit = sources.firstWithStance(k, a.stance);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * A cue inside a quotation is part of what its speaker is quoted as saying
 * ("“First, maybe he's not as rich as he says he is,” she said"): the quoted
 * words are that speaker's claim, not a report by the "he" inside them. A
 * transcript's speaker label at the head of a quoted passage ("WALLACE: …")
 * says who speaks it and stays.
 */
export const quotedWordsReportNothing: AttributionRefiner = {
  id: 'en.attribution.inside-quote',
  refine(doc, found) {
    if (found.length === 0) return found;
    const quoted = quotations(doc);
    if (quoted.length === 0) return found;
    return found.filter((f) => {
      if (f.attribution.rule === speakerLabel.id) return true;
      const cues = f.attribution.spans?.cue ?? [];
      return cues.length === 0 || !cues.every((c) => insideQuotation(quoted, c));
    });
  },
};

const STRAIGHT_QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;
const APOSTROPHE = 0x27;
const DIGIT = /\p{N}/u;
const SPACE_OR_OPENER = /[\s([{—–-]/u;
const SPACE_OR_STOP = /[\s.,;:!?)\]}—–-]/u;
const WHITESPACE = /\s/u;

/**
 * The document's quotations as flat [open, close) offset pairs, in text order.
 * Curly marks say which they are; a straight '"' or "''" opens after a space
 * and before a word, closes after a word and before a space or stop, else
 * closes an open one ('"' after a digit outside a quotation is inches: 6'3").
 * An opening mark inside a quotation ends it there (a quote run on from a
 * paragraph before: `the year. "Fraud …`); one still open when its paragraph
 * ends runs to that end.
 */
function quotations(doc: DocumentContext): number[] {
  const text = doc.text;
  const out: number[] = [];
  let open = -1;
  let paragraph = -1;
  let paragraphEnd = 0;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== paragraph) {
      if (open >= 0) out.push(open, paragraphEnd);
      open = -1;
      paragraph = sentence.paragraph;
    }
    for (let i = sentence.start; i < sentence.end; i++) {
      // Most characters are no mark: compared as units, with no one-character string made for them.
      const unit = text.charCodeAt(i);
      if (unit !== STRAIGHT_QUOTE && unit !== LEFT_QUOTE && unit !== RIGHT_QUOTE && unit !== APOSTROPHE) continue;
      const ch = text[i];
      const width = ch === '"' || ch === '“' || ch === '”' ? 1 : ch === "'" && text[i + 1] === "'" ? 2 : 0;
      if (width === 0) continue;
      if (ch === '"' && open < 0 && i > 0 && DIGIT.test(text[i - 1]!)) continue;
      const prev = text[i - 1];
      const next = text[i + width];
      const opens = ch === '“' || (ch !== '”' && (prev === undefined || SPACE_OR_OPENER.test(prev)) && next !== undefined && !WHITESPACE.test(next));
      const closes = !opens && (ch === '”' || next === undefined || SPACE_OR_STOP.test(next) || open >= 0);
      if (opens) {
        if (open >= 0) out.push(open, i);
        open = i;
      } else if (closes && open >= 0) {
        out.push(open, i + width);
        open = -1;
      }
      i += width - 1;
    }
    paragraphEnd = sentence.end;
  }
  if (open >= 0) out.push(open, paragraphEnd);
  return out;
}

function insideQuotation(quoted: readonly number[], span: Span): boolean {
  for (let k = 0; k < quoted.length && quoted[k]! < span.start; k += 2) {
    if (span.end < quoted[k + 1]!) return true;
  }
  return false;
}

/**
 * A view verb beside a verb of speech in the same sentence is part of what is
 * reported ("Smith said voters want change", "voters want change, a poll found"):
 * only the speech is an attribution.
 */
export const viewsYieldToSpeech: AttributionRefiner = {
  id: 'en.attribution.views-yield',
  refine(_doc, found) {
    const speaking = new Set(found.filter((f) => !f.notes?.view).map((f) => f.sentenceIndex));
    return found.filter((f) => !f.notes?.view || !speaking.has(f.sentenceIndex));
  },
};

/** A duplicate's role spans join the attribution that stands for both. */
function absorb(kept: Attribution, duplicate: Attribution): void {
  if (!kept.spans || !duplicate.spans) return;
  kept.spans.cue.push(...duplicate.spans.cue.filter((c) => !overlapsAny([c], kept.spans!.cue)));
  kept.spans.source.push(...duplicate.spans.source.filter((c) => !overlapsAny([c], kept.spans!.source)));
}

const ORG_MENTION = new Set(['company', 'organization']);
const SPACE = 0x20;

/** Resolves pronouns and common nouns to what they refer to, in text order. */
export const resolveReferences: AttributionRefiner = {
  id: 'en.attribution.references',
  refine(doc, found, mentions) {
    const individuals = new IndividualsSoFar();
    let lastBody: Attribution | null = null;
    /** The latest unnamed people in the plural ("officials in Beijing"): "they" may be them rather than a company. */
    let lastPeople: Attribution | null = null;
    const out: SentenceAttribution[] = [];
    const outIn = new Map<number, Attribution[]>();
    const before = { person: lastBefore(mentions, (m) => PERSON.has(m.type)), body: lastBefore(mentions, (m) => ORG_MENTION.has(m.type)), subjectBody: subjectBodiesBefore(doc, mentions) };
    const fullNameBefore = fullNamesBefore(doc.text, mentions);
    const ordinary = writtenInLowerCase(doc);
    const organizations = new OrganizationsSoFar(mentions);
    const places = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.name));
    const bodies = new BodiesByName(mentions);
    for (const item of found) {
      const a = item.attribution;
      const ref = item.notes?.reference;
      const antecedent = ref ? resolve(doc.text, a, ref, { lastIndividual: individuals.latestFor(a.source.text), lastBody, lastPeople }, before, fullNameBefore, bodies, ordinary) : null;
      organizations.complete(a);
      const same = outIn.get(item.sentenceIndex) ?? [];
      const duplicateOf = same.find((o) => o === antecedent || sameSource(o, a));
      if (duplicateOf) {
        absorb(duplicateOf, a);
        continue;
      }
      // "The office said it did not comment on …": the named source declines; its "said" only reports that.
      const declining = ref && a.stance === 'declines' ? same.find((o) => o.stance === 'asserts' && sameSpeaker(o, a) && reportsDirectly(doc.text, o, a)) : undefined;
      if (declining) {
        declining.stance = a.stance;
        declining.cue = a.cue;
        if (a.end > declining.end) {
          declining.end = a.end;
          declining.text = doc.text.slice(declining.start, a.end);
        }
        absorb(declining, a);
        continue;
      }
      if (a.source.type === 'person' || a.source.type === 'spokesperson') individuals.push(a);
      // A country speaking ("Japan said") is no company or body that "the company" or "it" may mean later.
      if (a.source.type === 'organization' && a.source.organization && !places.has(a.source.organization)) lastBody = a;
      if (a.source.type === 'anonymous' && a.source.count !== 1 && !ref) lastPeople = a;
      organizations.remember(a);
      out.push(item);
      same.push(a);
      outIn.set(item.sentenceIndex, same);
    }
    return out;
  },
};

const FEMININE = new RegExp(`${WORD_START}${anyOf(FEMININE_WORDS)}${WORD_END}`, 'iu');
const MASCULINE = new RegExp(`${WORD_START}${anyOf(MASCULINE_WORDS)}${WORD_END}`, 'iu');

/** The gender words a source phrase uses: "he" cannot be "the spokeswoman", nor "she" "Mr Brown". */
function genderOf(text: string): { feminine: boolean; masculine: boolean } {
  return { feminine: FEMININE.test(text), masculine: MASCULINE.test(text) };
}

/**
 * The individuals named so far, the latest of each gender marking kept apart:
 * the latest one whose gender does not clash with a pronoun is the latest of
 * the fitting kinds (one look-up, not a walk back through the whole text).
 */
class IndividualsSoFar {
  /** By feminine × 2 + masculine. */
  private readonly latest: Array<{ at: number; a: Attribution } | undefined> = [];
  private count = 0;

  push(a: Attribution): void {
    const g = genderOf(a.source.text);
    this.latest[Number(g.feminine) * 2 + Number(g.masculine)] = { at: this.count++, a };
  }

  latestFor(pronoun: string): Attribution | null {
    const g = genderOf(pronoun);
    let best: { at: number; a: Attribution } | undefined;
    for (let kind = 0; kind < 4; kind++) {
      const feminine = kind >= 2;
      const masculine = kind % 2 === 1;
      if ((feminine && g.masculine) || (masculine && g.feminine)) continue;
      const candidate = this.latest[kind];
      if (candidate && (!best || candidate.at > best.at)) best = candidate;
    }
    return best?.a ?? null;
  }
}

/**
 * What the article said of a source before: a person named again ("he",
 * "Hottensen") keeps the organization an earlier source phrase or mention gave
 * the same person, and a short organization name ("the Goldman spokeswoman")
 * becomes the full name of the company or body it begins ("Goldman Sachs").
 * Look-ups by name, built once per article.
 */
class OrganizationsSoFar {
  private readonly ofPerson = new Map<string, string>();
  /** The full names found so far, by the name they complete (null: none). */
  private readonly fullName = new Map<string, string | null>();

  constructor(private readonly mentions: readonly EntityMention[]) {
    for (const m of mentions) {
      if (m.type === 'person' && m.organization && !this.ofPerson.has(m.name)) this.ofPerson.set(m.name, m.organization);
    }
  }

  /**
   * "Goldman Sachs and Co" is the full name of "Goldman" and of "Goldman
   * Sachs": the first body mentioned whose name goes on after `short` and a
   * space. Looked up for the few names sources give, not listed for every
   * first part of every body's name.
   */
  private fullNameOf(short: string): string | null {
    let full = this.fullName.get(short);
    if (full === undefined) {
      full = this.mentions.find((m) => ORG_MENTION.has(m.type) && m.name.length > short.length && m.name.charCodeAt(short.length) === SPACE && m.name.startsWith(short))?.name ?? null;
      this.fullName.set(short, full);
    }
    return full;
  }

  /** Keeps what a source phrase said of a named person, for later mentions of them. */
  remember(a: Attribution): void {
    if (a.source.name && a.source.organization) this.ofPerson.set(a.source.name, a.source.organization);
  }

  complete(a: Attribution): void {
    const source = a.source;
    if (!source.organization && source.name && (source.type === 'person' || source.type === 'spokesperson')) {
      source.organization = this.ofPerson.get(source.name) ?? null;
    }
    if (source.organization) source.organization = this.fullNameOf(source.organization) ?? source.organization;
  }
}

/** Two attributions of one sentence from one source ("he said …, he added") count once. */
function sameSource(a: Attribution, b: Attribution): boolean {
  return a.stance === b.stance && sameSpeaker(a, b);
}

/**
 * Whether `inner`'s source stands right after `outer`'s cue, at most a few
 * words between ("said it", "said on Sunday he", "said that it"): what
 * `outer` reports is `inner` itself. Not after a mark ("told reporters,
 * although he would not say"): that is a second statement.
 */
function reportsDirectly(text: string, outer: Attribution, inner: Attribution): boolean {
  const cues = outer.spans?.cue ?? [];
  const from = cues.length > 0 ? cues[cues.length - 1]!.end : outer.end;
  const to = inner.spans?.source[0]?.start ?? inner.start;
  if (to < from || to - from > DIRECT_REPORT_GAP) return false;
  return WORDS_ONLY.test(text.slice(from, to));
}

/** Characters between a "said" and the pronoun whose decline it reports: "said on Sunday he". */
const DIRECT_REPORT_GAP = 24;
const WORDS_ONLY = /^[\p{L}\p{N}\s]*$/u;

/** Whether two attributions name one source, whatever they report of it. */
function sameSpeaker(a: Attribution, b: Attribution): boolean {
  if (a.source.type !== b.source.type) return false;
  if (a.source.name || b.source.name) return a.source.name === b.source.name;
  if (a.source.type === 'anonymous' || a.source.type === 'document') return a.source.text.toLowerCase() === b.source.text.toLowerCase();
  return a.source.organization === b.source.organization;
}

const PERSON = new Set(['person']);

/**
 * Whether "it" or "its" opens what the attribution's last cue introduces:
 * "said it would cut", "said its sales". Not an "it" of no one before "be"
 * ("said it was too early", "said it would be hard").
 */
function thingFollowsCue(text: string, a: Attribution): boolean {
  const cues = a.spans?.cue ?? [];
  if (cues.length === 0) return false;
  const end = cues[cues.length - 1]!.end;
  const next = WORDS_AFTER.exec(text.slice(end, end + 40));
  if (next === null) return false;
  const [, word, after, then] = next.map((w) => w?.toLowerCase());
  if (THING_POSSESSIVE.has(word!)) return true;
  return THING_PRONOUN.has(word!) && !BE.has(after ?? '') && !(MODAL.has(after ?? '') && BE.has(then ?? ''));
}

const WORDS_AFTER = /^\s+(?:that\s+)?(\p{L}+(?:['’]s)?)(?:\s+([\p{L}']+))?(?:\s+(\p{L}+))?/u;
const THING_PRONOUN = new Set(THING_PRONOUNS);
const THING_POSSESSIVE = new Set(THING_POSSESSIVES);
const BE = new Set(BE_WORDS);
const MODAL = new Set(MODAL_WORDS);

/**
 * Whether the document writes a word in lower case somewhere (of a word
 * already lower-cased): an ordinary word, where a capital opens a sentence.
 * The set is made on the first question: most documents ask none.
 */
function writtenInLowerCase(doc: DocumentContext): (lower: string) => boolean {
  let written: Set<string> | null = null;
  return (lower) => {
    if (written === null) {
      written = new Set();
      const { text, lower: lowered } = doc.words;
      for (let k = 0; k < text.length; k++) if (text[k] === lowered[k]) written.add(lowered[k]!);
    }
    return written.has(lower);
  };
}

/** The last person and the last company or organization mentioned before an offset. */
interface MentionsBefore {
  person(at: number): EntityMention | null;
  body(at: number): EntityMention | null;
  /** The body a reference with this head noun at this offset most likely means (subjectBodiesBefore). */
  subjectBody(at: number, head: string): EntityMention | null;
}

/**
 * The company or body that "the company", "it" or "the ministry" in a later
 * sentence most likely means: the first one named in the latest sentence
 * that names one, its subject ("Boeing announced a deal with India's HCL
 * Technologies. The US company also said …": Boeing), of a company's type
 * where the noun names a company ("The EU fined Google. The company said
 * …": Google); in the reference's own sentence, the latest before it.
 */
function subjectBodiesBefore(doc: DocumentContext, mentions: readonly EntityMention[]): (at: number, head: string) => EntityMention | null {
  const bodies = mentions.filter((m) => ORG_MENTION.has(m.type));
  const { sentences } = doc;
  return (at, head) => {
    const n = firstStartingAt(bodies, at);
    if (n === 0) return null;
    const last = bodies[n - 1]!;
    const sentence = sentences[firstStartingAt(sentences, last.start + 1) - 1];
    if (!sentence || at < sentence.end) return last;
    const company = COMPANY_WORD.has(head);
    for (let k = firstStartingAt(bodies, sentence.start); k < n; k++) {
      if (!company || bodies[k]!.type === 'company') return bodies[k]!;
    }
    return last;
  };
}

/** Completes a source that refers back; returns the attribution it copied whole, if any (the same source again). */
function resolve(
  text: string, a: Attribution, ref: { refers: string; head: string },
  last: { lastIndividual: Attribution | null; lastBody: Attribution | null; lastPeople: Attribution | null }, before: MentionsBefore,
  fullNameBefore: (surname: string, at: number) => string | null, bodies: BodiesByName, ordinary: (lower: string) => boolean,
): Attribution | null {
  const at = a.spans?.source[0]?.start ?? a.start;
  switch (ref.refers) {
    case 'person': {
      const mention = before.person(at);
      const prior = last.lastIndividual;
      if (mention && (!prior || mention.start > prior.start)) {
        Object.assign(a.source, { type: 'person', name: mention.name, organization: mention.organization ?? null });
      } else if (prior) {
        Object.assign(a.source, { type: prior.source.type, name: prior.source.name, organization: prior.source.organization });
      }
      return null;
    }
    case 'thing':
    case 'plural':
    case 'organization': {
      const mention = before.subjectBody(at, ref.head);
      const body = last.lastBody;
      // "Officials in Beijing criticized the rules, which they say …": "they" are the people named last, if no company came since.
      const people = ref.head === 'they' ? last.lastPeople : null;
      if (people && people.start > (body?.start ?? -1) && people.start > (mention?.start ?? -1)) {
        Object.assign(a.source, { type: 'anonymous', count: people.source.count, organization: people.source.organization });
        return people;
      }
      const headMatch = body?.source.organization?.toLowerCase().includes(ref.head) ? body : null;
      if (PLURAL_BODY.has(ref.head)) a.source.organization = null;
      else if (headMatch) a.source.organization = headMatch.source.organization;
      else if (PUBLIC_BODY.has(ref.head)) a.source.organization = bodies.named(ref.head, [mention?.name, body?.source.organization]);
      else {
        const latestFirst = mention && (!body || mention.start > body.start) ? [mention.name, body?.source.organization] : [body?.source.organization, mention?.name];
        // "The SEC fined Google. The company said …": a business noun stands for no known public body unless
        // the body's name has the noun ("Bank of England … the bank said").
        a.source.organization = BUSINESS_NOUN.has(ref.head) ? bodies.business(ref.head, latestFirst)
          : NON_BUSINESS.has(ref.head) ? bodies.noBusiness(latestFirst) : latestFirst.find((c) => c) ?? null;
      }
      if (ref.refers !== 'plural' || a.source.organization) a.source.type = 'organization';
      return null;
    }
    case 'spokesperson': {
      const prior = last.lastIndividual?.source.type === 'spokesperson' ? last.lastIndividual : null;
      const mention = before.body(at);
      const candidates = [prior?.source.organization, last.lastBody?.source.organization, mention?.name];
      a.source.organization = BODY_WORD.has(ref.head) ? bodies.named(ref.head, candidates) : candidates.find((c) => c) ?? null;
      return null;
    }
    case 'surname': {
      const full = fullNameBefore(a.source.name ?? '', at);
      if (full) a.source.name = full;
      // "Heineken said it …", "Nike said its sales …": one name no one of the article bears, which its statement calls "it", is a body.
      else if (a.source.text === a.source.name && thingFollowsCue(text, a)) Object.assign(a.source, { type: 'organization', count: null, name: null, organization: a.source.name });
      // "Arbitragers said", "Forecasts predict": a capital that only opens the sentence, on a word the article writes in lower case.
      else if (a.source.text === a.source.name && ordinary(a.source.text.toLowerCase())) {
        Object.assign(a.source, a.source.text.endsWith('s') ? { type: 'anonymous', count: null, name: null } : { name: null });
      }
      return null;
    }
  }
  return null;
}

/**
 * The companies and bodies of a document by name, with how the text writes
 * them, for the body "a ministry spokesperson" speaks for. Built on first use:
 * few documents have such a spokesperson.
 */
class BodiesByName {
  private byName: Map<string, { type: string; written: string[] }> | null = null;

  constructor(private readonly mentions: readonly EntityMention[]) {}

  /**
   * Of the candidates (latest first): for a business noun ("a company
   * spokesman") the first that is no known public body, whatever its name
   * says ("the Walt Disney Company" is no likelier); else the first body whose name or
   * written form has the noun ("Ministry of Trade", "IMF" written
   * "International Monetary Fund" for "fund"). Otherwise none is known: not
   * the last body named, which may be a university or a rival.
   */
  named(noun: string, candidates: ReadonlyArray<string | null | undefined>): string | null {
    const byName = (this.byName ??= this.index());
    // A body the lexicon does not know ("NTL said") may well be the company: only a known public body is not.
    if (COMPANY_WORD.has(noun)) return candidates.find((c) => c && byName.get(c)?.type !== 'organization') ?? null;
    const has = (name: string): boolean => name.toLowerCase().includes(noun) || (byName.get(name)?.written.some((w) => w.includes(noun)) ?? false);
    return candidates.find((c) => c && has(c)) ?? null;
  }

  /** Of the candidates (latest first), the first that is no known public body or whose name has the noun. */
  business(noun: string, candidates: ReadonlyArray<string | null | undefined>): string | null {
    const byName = (this.byName ??= this.index());
    return candidates.find((c) => c && (byName.get(c)?.type !== 'organization' || this.has(byName, c, noun))) ?? null;
  }

  /** Of the candidates (latest first), the first that is no known company. */
  noBusiness(candidates: ReadonlyArray<string | null | undefined>): string | null {
    const byName = (this.byName ??= this.index());
    return candidates.find((c) => c && byName.get(c)?.type !== 'company') ?? null;
  }

  private has(byName: Map<string, { type: string; written: string[] }>, name: string, noun: string): boolean {
    return name.toLowerCase().includes(noun) || (byName.get(name)?.written.some((w) => w.includes(noun)) ?? false);
  }

  private index(): Map<string, { type: string; written: string[] }> {
    const byName = new Map<string, { type: string; written: string[] }>();
    for (const m of this.mentions) {
      if (!ORG_MENTION.has(m.type)) continue;
      const entry = byName.get(m.name) ?? { type: m.type, written: [] };
      entry.written.push(m.text.toLowerCase());
      byName.set(m.name, entry);
    }
    return byName;
  }
}

const BODY_WORD = new Set(ORGANIZATION_WORDS);
const COMPANY_WORD = new Set(COMPANY_WORDS);
const BUSINESS_NOUN = new Set(BUSINESS_NOUNS);
const NON_BUSINESS = new Set(NON_BUSINESS_BODY_WORDS);
const PLURAL_BODY = new Set(PLURAL_BODY_WORDS);
const PUBLIC_BODY = new Set(PUBLIC_BODY_WORDS);

/**
 * "Mr Chidambaram" → "Palaniappan Chidambaram": the first earlier full name
 * ending in the surname, among the people mentioned, else as the text writes
 * it before `at`. Each surname is looked up once per document: a search per
 * attribution over the whole text before it is quadratic in a long text.
 */
function fullNamesBefore(text: string, mentions: readonly EntityMention[]): (surname: string, at: number) => string | null {
  const firstBySurname = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (let space = m.name.indexOf(' '); space >= 0; space = m.name.indexOf(' ', space + 1)) {
      const surname = m.name.slice(space + 1);
      if (!firstBySurname.has(surname)) firstBySurname.set(surname, m);
    }
  }
  const written = new Map<string, { start: number; end: number } | null>();
  return (surname, at) => {
    const mention = firstBySurname.get(surname);
    if (mention && mention.start < at) return mention.name;
    if (!surname) return null;
    if (!written.has(surname)) written.set(surname, firstCapitalizedNameEnding(text, surname));
    // The first place the text writes the name; it counts only when it comes before `at`.
    const m = written.get(surname)!;
    if (!m || m.end > at) return null;
    const words = text.slice(m.start, m.end).split(/\s+/u).filter((w) => !/^(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|The|A|An|In|On|But|And|Finance|Minister|President|Chairman|Secretary)\.?$/u.test(w));
    return words.length >= 2 ? words.join(' ') : null;
  };
}

const QUOTE_MARK = /["“”]/u;
const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * "A Walmart official said on condition of anonymity that …": the condition
 * follows the cue, where the shared anonymity marks (source phrase and the
 * clause after it) do not look.
 */
export const anonymityAfterCue: AttributionRefiner = {
  id: 'en.attribution.anonymity-after-cue',
  refine(doc, found) {
    for (const f of found) {
      const a = f.attribution;
      if (a.source.type !== 'person' || a.source.name !== null) continue;
      const cueEnd = a.spans?.cue.at(-1)?.end;
      if (cueEnd === undefined) continue;
      let at = cueEnd;
      while (at < doc.text.length && (doc.text[at] === ' ' || doc.text[at] === ',')) at++;
      const after = doc.text.slice(at, at + ANONYMITY_AFTER_LONGEST).toLowerCase();
      if (ANONYMITY_AFTER_CUE.some((phrase) => after.startsWith(phrase))) a.source = { ...a.source, type: 'anonymous' };
    }
    return found;
  },
};

const ANONYMITY_AFTER_LONGEST = Math.max(...ANONYMITY_AFTER_CUE.map((p) => p.length));

/**
 * A sentence without a cue that opens with a quotation mark, or stands inside a
 * quotation still open, continues the speaker of the sentence before it.
 */
export const continuedQuotes: AttributionRefiner = {
  id: 'en.attribution.continued-quote',
  refine(doc, found) {
    const bySentence = new Map<number, Attribution[]>();
    for (const f of found) {
      const own = bySentence.get(f.sentenceIndex);
      if (own) own.push(f.attribution);
      else bySentence.set(f.sentenceIndex, [f.attribution]);
    }
    const out = [...found];
    let speaker: Attribution | null = null;
    let open = false;
    for (const sentence of doc.sentences) {
      if (sentence.isTitle) continue;
      const own = bySentence.get(sentence.index);
      // The sentence's marks are read only where they decide (most sentences have no speaker to continue).
      if (own?.length) {
        const individual = own.find((a) => a.source.type === 'person' || a.source.type === 'spokesperson');
        speaker = own.length === 1 && individual && QUOTE_MARK.test(sentence.text) ? individual : null;
        open = speaker !== null && quoteLeftOpen(sentence.text);
        continue;
      }
      if (speaker && (open || /^["“]/u.test(sentence.text))) {
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
