/**
 * Document-level refiners, language-neutral: they take the language's
 * judgement (which sentences continue reported speech) as a parameter.
 */
import type { DocumentContext, EntityMention, Sentence } from '../../core/model.js';
import { firstStartingAt } from '../../core/sorted.js';
import { escapeRegExp } from '../../core/patterns.js';
import type { Attribution, AttributionSpans, Source } from '../../types.js';
import type { AttributionRefiner, SentenceAttribution, SentenceTokens } from './config.js';
import { capitalizedWordsBefore } from '../../core/words.js';
import type { SourceLexicon } from './source.js';
import { type Token, tokenize } from './tokens.js';
import { type QuotePairs, type Range, sentenceContent } from './roles.js';

const sourceKey = (s: Source): string => `${s.type}\u0000${s.name ?? ''}\u0000${s.organization ?? ''}\u0000${s.text}`;

/**
 * One attribution per source per sentence, and none nested in another's phrase
 * with the same source: the earlier rule in the list wins.
 */
export function onePerSource(id: string): AttributionRefiner {
  return {
    id,
    refine(_doc, found) {
      const kept: SentenceAttribution[] = [];
      // Compared within a sentence only: a look at every kept attribution would be quadratic in a long text.
      const keptIn = new Map<number, Array<{ kept: Attribution; key: string | null }>>();
      for (const f of found) {
        const a = f.attribution;
        const same = keptIn.get(f.sentenceIndex);
        // Keys made once per attribution, and only where a sentence has two (most have one).
        const key = same ? sourceKey(a.source) : null;
        const clash = same?.some((k) => (k.key ??= sourceKey(k.kept.source)) === key
          || (k.kept.start < a.end && a.start < k.kept.end && k.kept.source.text === a.source.text));
        if (clash) continue;
        kept.push(f);
        if (same) same.push({ kept: a, key });
        else keptIn.set(f.sentenceIndex, [{ kept: a, key: null }]);
      }
      return kept.sort((x, y) => x.sentenceIndex - y.sentenceIndex || x.attribution.start - y.attribution.start);
    },
  };
}

/**
 * An attribution by a word that points back ("Demnach …") takes the source of
 * the last attribution in the `reach` sentences before it (its source span
 * too, unless the pointer marks one of its own); where its sentence
 * names a source of its own, that one stands and the pointer goes.
 */
export function sourceFromBefore(id: string, pointerRules: ReadonlySet<string>, reach: number): AttributionRefiner {
  return {
    id,
    refine(_doc, found) {
      // The sentences that name a source of their own; nothing to do in a text without a pointer (most).
      if (!found.some((f) => pointerRules.has(f.attribution.rule))) return found;
      const named = new Set<number>();
      for (const f of found) if (!pointerRules.has(f.attribution.rule)) named.add(f.sentenceIndex);
      const out: SentenceAttribution[] = [];
      let last: SentenceAttribution | null = null;
      for (const f of found) {
        if (!pointerRules.has(f.attribution.rule)) { out.push(f); if (f.attribution.stance !== 'declines') last = f; continue; }
        if (named.has(f.sentenceIndex)) continue;
        const earlier = last && f.sentenceIndex - last.sentenceIndex <= reach ? last.attribution : null;
        if (earlier) {
          const a = f.attribution;
          a.source = { ...earlier.source };
          // A pointer with a span of its own ("Demnach") keeps it, as a pronoun keeps its own.
          if (a.spans && earlier.spans && !a.spans.source.length) a.spans = { ...a.spans, source: earlier.spans.source.map((r) => ({ ...r })) };
        }
        out.push(f);
      }
      return out;
    },
  };
}

/**
 * A described individual who asked not to be named is an anonymous source:
 * "a senior official, speaking on condition of anonymity, said", "ein Beamter,
 * der nicht genannt werden wollte, sagte". The language's `markers` count in
 * the source phrase itself or in the clause set off by a comma right after
 * the source ("said a senior official, who asked not to be named"). Not in a
 * clause after the cue: there the reported content starts.
 */
export function anonymityMarks(id: string, markers: readonly string[]): AttributionRefiner {
  // Property escapes as alternatives, not the class union [\p{L}\p{N}]: the same characters, cheaper to compile.
  const marked = new RegExp(`(?<!\\p{L}|\\p{N})(?:${markers.map(escapeRegExp).join('|')})(?!\\p{L}|\\p{N})`, 'iu');
  return {
    id,
    refine(doc, found) {
      for (const f of found) {
        const a = f.attribution;
        const source = a.source;
        if (source.type !== 'person' || source.name !== null) continue;
        const sentenceEnd = doc.sentences[f.sentenceIndex]?.end ?? a.end;
        const sourceEnd = a.spans?.source.at(-1)?.end ?? a.end;
        if (marked.test(source.text) || marked.test(clauseAfter(doc.text, sourceEnd, sentenceEnd))) {
          a.source = { ...source, type: 'anonymous' };
        }
      }
      return found;
    },
  };
}

/**
 * A judgement quoted after a judging verb that denies what it judges:
 * "nannte die Berichte „haltlos“", "bezeichnete die Meldung als „völlig
 * falsch“". The rules read the quotation as what was said; its words decide
 * the stance. `verbs`: the cue's first words (lower-case); `denials`: the
 * judging words (lower-case).
 */
export function quotedDenials(id: string, verbs: readonly string[], denials: readonly string[]): AttributionRefiner {
  const judging = new Set(verbs);
  const denying = new Set(denials);
  const WORD = /(?:\p{L}|\p{M})+/gu;
  return {
    id,
    refine(doc, found) {
      for (const f of found) {
        const a = f.attribution;
        if (a.stance !== 'asserts' || !judging.has(a.cue.split(' ')[0]!.toLowerCase())) continue;
        const content = a.spans?.content;
        if (content?.length !== 1) continue;
        const said = doc.text.slice(content[0]!.start, content[0]!.end);
        if ([...said.matchAll(WORD)].some((w) => denying.has(w[0].toLowerCase()))) a.stance = 'denies';
      }
      return found;
    },
  };
}

/** The clause a comma opens at `at` (after spaces), up to the next comma or `end`; empty when no comma opens one. */
function clauseAfter(text: string, at: number, end: number): string {
  let k = at;
  while (k < end && /\s/u.test(text[k]!)) k++;
  if (text[k] !== ',') return '';
  const next = text.indexOf(',', k + 1);
  return text.slice(k + 1, next < 0 || next > end ? end : next);
}

/**
 * Where a continuation sentence shows it continues (a Konjunktiv verb, an
 * opening quote): its span, and whether the mark is unmistakable enough to
 * reach back past sentences of the writer's own; or null.
 */
export type ContinuationMark = (sentence: Sentence, tokens: readonly Token[]) => { start: number; end: number; bridges?: boolean } | null;

/**
 * A sentence with no attribution of its own that the language marks as
 * continuing reported speech inherits the source of the sentence before it
 * (which may itself be inherited), across paragraph breaks too. A mark that
 * bridges (German Konjunktiv I: "Die Kosten seien gestiegen") also reaches
 * back over up to `reach` unmarked sentences to the last source.
 * With `quotesKeepFrame`, a sentence that opens a further quotation is quoted
 * under the frame that introduced its speaker ("Er sagte: „…“ … „…“"): its
 * cue and frame spans are that frame's, where a paraphrase continues without
 * any.
 */
export function continueReportedSpeech(id: string, mark: ContinuationMark, reach = 0, quotes: QuotePairs = new Map(), quotesKeepFrame = false): AttributionRefiner {
  return {
    id,
    refine(doc, found, _mentions, tokensOf = tokenize) {
      // Read in sentence order: each sentence's own attributions are the run of them at `next`, and the
      // inherited ones are put in their places as they are made (the output is in sentence and text order).
      const ordered = inTextOrder(found);
      const out: SentenceAttribution[] = [];
      let next = 0;
      let carried: Attribution | null = null;
      /** The last attribution a sentence stated itself: the frame a further quotation is quoted under. */
      let framed: Attribution | null = null;
      /** The attribution whose content a run of continuations extends. */
      let runHead: Attribution | null = null;
      /** Sentences since the carried source was last stated or continued. */
      let gap = 0;
      for (const sentence of doc.sentences) {
        while (next < ordered.length && ordered[next]!.sentenceIndex < sentence.index) out.push(ordered[next++]!);
        if (sentence.isTitle) { carried = null; continue; }
        if (next < ordered.length && ordered[next]!.sentenceIndex === sentence.index) {
          carried = null;
          for (; next < ordered.length && ordered[next]!.sentenceIndex === sentence.index; next++) {
            const f = ordered[next]!;
            if (carried === null && f.attribution.stance !== 'declines') carried = f.attribution;
            out.push(f);
          }
          framed = carried;
          runHead = null;
          gap = 0;
          continue;
        }
        // "„…“ Das sagte der Minister.": the next sentence's own attribution reports this one.
        if (carried && reportedBy(ordered, next, sentence)) {
          carried = null;
          continue;
        }
        // Tokens only for a sentence that may continue; read by the mark and for the content.
        const tokens = carried ? tokensOf(sentence) : null;
        const where = tokens ? mark(sentence, tokens) : null;
        if (!carried || !tokens || !where || (gap > 0 && !where.bridges)) {
          if (++gap > reach) carried = null;
          continue;
        }
        // The role spans belong to the sentence that said it; the continuation is read anew.
        let spans: AttributionSpans | undefined;
        // The sentence is what is reported, whole; the speaker stands where the carried source does.
        if (carried.spans) {
          const content = sentenceContent(doc.text, tokens, quotes);
          const head = carried.spans.content.length ? carried : runHead ?? carried;
          // A quotation is a report of its own, not part of a run of reported speech, nor a run part of it.
          const quoted = (at: number | undefined) => at !== undefined && quotes.has(doc.text[at] ?? '');
          const continuesRun = gap === 0 && !quoted(sentence.start) && !quoted(head.spans?.content[0]?.start);
          const frame = quotesKeepFrame && quoted(sentence.start) && framed?.spans ? framed.spans : null;
          spans = { source: carried.spans.source, cue: frame?.cue ?? [], content: joinRun(head, content, continuesRun), frame: frame?.frame ?? [] };
        }
        const inherited = continuation(carried, doc.text.slice(where.start, where.end), where.start, where.end, id, spans);
        if (spans?.content.length) runHead = inherited;
        out.push({ sentenceIndex: sentence.index, attribution: inherited });
        carried = inherited;
        gap = 0;
      }
      while (next < ordered.length) out.push(ordered[next++]!);
      return out;
    },
  };
}

/** The keys of an attribution in the order every rule writes them, spans aside. */
const ATTRIBUTION_KEYS = ['text', 'start', 'end', 'source', 'cue', 'stance', 'inherited', 'rule'];

/**
 * The attribution a continuation inherits from `carried`: its fields but the
 * role spans, with the continuation's own span, stance and rule, and `spans`
 * last (where given). Written as one literal where `carried` has the keys
 * every rule writes, in their order (the object and its JSON are the same);
 * else copied key by key with a spread (ten times slower).
 */
function continuation(carried: Attribution, text: string, start: number, end: number, rule: string, spans: AttributionSpans | undefined): Attribution {
  const source = { ...carried.source };
  const keys = Object.keys(carried);
  let usual = keys.length === ATTRIBUTION_KEYS.length || (keys.length === ATTRIBUTION_KEYS.length + 1 && keys[ATTRIBUTION_KEYS.length] === 'spans');
  for (let k = 0; usual && k < ATTRIBUTION_KEYS.length; k++) usual = keys[k] === ATTRIBUTION_KEYS[k];
  if (usual) {
    return spans ? { text, start, end, source, cue: carried.cue, stance: 'asserts', inherited: true, rule, spans } : { text, start, end, source, cue: carried.cue, stance: 'asserts', inherited: true, rule };
  }
  const { spans: _own, ...said } = carried;
  return spans ? { ...said, text, start, end, source, stance: 'asserts', inherited: true, rule, spans } : { ...said, text, start, end, source, stance: 'asserts', inherited: true, rule };
}

const byTextOrder = (x: SentenceAttribution, y: SentenceAttribution): number => x.sentenceIndex - y.sentenceIndex || x.attribution.start - y.attribution.start;

/** The attributions by sentence and start (a stable sort): the list itself where it is in that order already, as it comes from onePerSource. */
function inTextOrder(found: SentenceAttribution[]): SentenceAttribution[] {
  for (let k = 1; k < found.length; k++) {
    if (byTextOrder(found[k - 1]!, found[k]!) > 0) return [...found].sort(byTextOrder);
  }
  return found;
}

/** Whether an attribution of the sentence after `sentence` (the run of them at `next`) spans content inside it. */
function reportedBy(ordered: readonly SentenceAttribution[], next: number, sentence: Sentence): boolean {
  for (let k = next; k < ordered.length && ordered[k]!.sentenceIndex === sentence.index + 1; k++) {
    const content = ordered[k]!.attribution.spans?.content;
    if (content?.some((r) => r.start < sentence.end && sentence.start < r.end)) return true;
  }
  return false;
}

/**
 * Content a continuation adds to what it continues. A sentence inside a
 * quotation the carried attribution already spans adds nothing; a run of
 * continuation sentences right after one another is one report ("Die Kosten
 * seien gestiegen. Sie seien aber tragbar."), whose content is spanned by the
 * run's first sentence; the later ones add nothing of their own (empty).
 */
function joinRun(carried: Attribution, content: Range[], continuesRun: boolean): Range[] {
  const own = carried.spans!.content;
  const inside = (r: Range) => own.some((o) => o.start <= r.start && r.end <= o.end);
  if (content.length && content.every(inside)) return [];
  if (!continuesRun || !carried.inherited || !own.length || !content.length) return content;
  const last = own[own.length - 1]!;
  last.end = Math.max(last.end, content[content.length - 1]!.end);
  return [];
}

/** Language data for reading descriptions back to the bodies and people named before them. */
export interface ReferenceWords {
  /**
   * Words that make a person a member or head of the body named before them in
   * the sentence: "Leitung" in "der Rat, eine Gruppe unter Leitung des Ökonomen X".
   */
  membership: readonly string[];
  /** Generic body nouns with the further ends of names they can stand for: "Behörde" → "amt", "ministerium". */
  bodyClasses: Readonly<Record<string, readonly string[]>>;
  /**
   * Generic nouns for a company, lower-case, alone or opening a compound
   * ("das Unternehmen", "ein Unternehmenssprecher", "der Konzern"): they stand
   * for the last company named, never for a union, ministry or party.
   */
  companyWords: readonly string[];
  /**
   * Words, lower-case, opening a source phrase that names someone not named
   * before: indefinite articles and quantifiers ("ein Analyst", "viele Minister").
   */
  newcomerWords: readonly string[];
  /** Case endings a role noun may carry, longest first: "Ökonomen" is the role "Ökonom", "Ministers" the role "Minister". */
  roleEndings: readonly string[];
  /** Possessives, lower-case, that open a source phrase standing for the person named last: "seiner Meinung", "ihren Angaben". */
  possessives: readonly string[];
}

interface BodyMention {
  at: number;
  end: number;
  name: string;
  /** The lower-cased words of the name, to fit it to a generic noun ("Rat" → "Fiskalrat"): made when first asked (few bodies are). */
  words: readonly string[] | null;
}

/** The lower-cased words of a body's name. */
function wordsOf(body: BodyMention): readonly string[] {
  return body.words ??= body.name.toLowerCase().split(/[\s-]+/u);
}

/** The sentence that holds offset `at` (sentences are in text order). */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Pronouns and descriptions ("er", "die Ministerin", "das Unternehmen") take
 * the name and organization of the most recent fitting source or mention
 * before them; a surname alone takes the full name it was introduced with;
 * a generic body ("der Rat", "die Behörde") takes the body named before (or,
 * failing that, after) it whose name fits the noun; a person introduced as a
 * member of a body ("der Rat, unter Leitung des Ökonomen X") speaks for it.
 */
export function resolveReferences(id: string, lexicon: SourceLexicon, nonNames: ReadonlySet<string>, words: ReferenceWords): AttributionRefiner {
  // "Bernhard Felderer" for "Felderer": the capitalized word written right before the surname, if it can be a first name.
  const canBeFirstName = (word: string): boolean => !nonNames.has(word.toLowerCase()) && !lexicon.kindOf(word);
  const membership = new Set(words.membership.map((w) => w.toLowerCase()));
  const companyWords = words.companyWords;
  const newcomer = new Set(words.newcomerWords);
  /** A noun for what a person is: "Minister", "Sprecherin", and the plural forms that are also genitives ("des Ökonomen"). */
  const isRole = (word: string): boolean => {
    const kind = lexicon.kindOf(word);
    return kind === 'person' || kind === 'spokesperson' || kind === 'anonymous';
  };
  /** A role noun without its case ending, lower-cased: "ökonomen" → "ökonom" (a stem of 4 letters at least). */
  const roleStem = (role: string): string => {
    const lower = role.toLowerCase();
    const ending = words.roleEndings.find((e) => lower.endsWith(e) && lower.length - e.length >= 4);
    return ending ? lower.slice(0, lower.length - ending.length) : lower;
  };
  const possessive = new Set(words.possessives);
  // Each class lists the noun itself first: "behörde", "amt", "ministerium", ….
  const classes = new Map(Object.entries(words.bodyClasses).map(([noun, ends]) => [noun.toLowerCase(), [noun, ...ends].map((e) => e.toLowerCase())]));
  /** The generic body noun a word is ("Rat", "Behörde"), lower-cased, or null: a listed word itself, of the organization kind. */
  const genericBody = (word: string): string | null => {
    const lower = word.toLowerCase();
    return lexicon.listedKindOf(lower) === 'organization' ? lower : null;
  };
  const fits = (body: BodyMention, noun: string): boolean => {
    const ends = classes.get(noun);
    return wordsOf(body).some((w) => (ends ? ends.some((e) => w.endsWith(e)) : w.endsWith(noun)));
  };
  /**
   * The body a generic noun at `at` stands for: the last fitting one before,
   * else the first after. The bodies fitting each noun are listed once per
   * document (in text order) and searched by position, not walked per source.
   */
  const fittingBodies = new WeakMap<readonly BodyMention[], Map<string, BodyMention[]>>();
  const bodyFor = (bodies: readonly BodyMention[], noun: string, at: number): string | null => {
    let byNoun = fittingBodies.get(bodies);
    if (!byNoun) fittingBodies.set(bodies, byNoun = new Map());
    let fitting = byNoun.get(noun);
    if (!fitting) byNoun.set(noun, fitting = bodies.filter((b) => fits(b, noun)));
    let lo = 0;
    let hi = fitting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fitting[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return (lo > 0 ? fitting[lo - 1] : fitting[0])?.name ?? null;
  };
  /** The body a person is introduced as belonging to, read from the sentence of their first mention. */
  const introducedIn = (doc: DocumentContext, bodies: readonly BodyMention[], person: EntityMention, tokensOf: SentenceTokens): string | null => {
    const sentence = sentenceAt(doc.sentences, person.start);
    if (!sentence) return null;
    const tokens = tokensOf(sentence);
    const p = tokens.findIndex((t) => t.start >= person.start);
    if (p < 0) return null;
    // Back over the role words before the name ("des Ökonomen") to a membership word.
    let cue = -1;
    for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
      const t = tokens[k]!;
      if (membership.has(t.lower)) { cue = k; break; }
      if (!t.isWord) return null;
    }
    if (cue < 0) return null;
    for (let k = cue - 1; k >= 0; k--) {
      const t = tokens[k]!;
      const named = bodies.find((b) => b.at <= t.start && t.start < b.end);
      if (named) return named.name;
      const noun = t.isCapitalized ? genericBody(t.text) : null;
      if (noun) return bodyFor(bodies, noun, sentence.start);
    }
    return null;
  };
  return {
    id,
    refine(doc, found, mentions, tokensOf = tokenize) {
      const fullName = fullNamesIn(doc.text, canBeFirstName);
      const events: Array<{ at: number; person?: Person; mention?: EntityMention; body?: string; company?: boolean }> = [];
      const bodies: BodyMention[] = [];
      for (const m of mentions) {
        if (m.type === 'company' || m.type === 'organization') bodies.push({ at: m.start, end: m.end, name: m.name, words: null });
      }
      const introduced = new Map<string, string | null>();
      for (const m of mentions) {
        if (m.type === 'person') {
          let organization = m.organization ?? introduced.get(m.name);
          if (organization === undefined) {
            organization = introducedIn(doc, bodies, m, tokensOf);
            introduced.set(m.name, organization);
          }
          events.push({ at: m.start, person: { name: m.name, organization }, mention: m });
        } else if (m.type === 'company' || m.type === 'organization') events.push({ at: m.start, body: m.name, company: m.type === 'company' });
      }
      const ordered = byStart(found);
      let e = 0;
      const persons = new PersonsSoFar();
      const roles = new RolesSoFar((m) => rolesAround(doc, m));
      /** Where the person named last was named: its sentence is looked up only for a description that asks. */
      let lastPersonAt = -1;
      let lastBody: string | null = null;
      let lastCompany: string | null = null;
      /** The last source that was one unnamed individual ("Ein Unternehmenssprecher"), where it spoke. */
      let lastUnnamed: { at: number; type: 'person' | 'spokesperson'; organization: string | null } | null = null;
      if (!inOrder(events)) events.sort((x, y) => x.at - y.at);
      for (const f of ordered) {
        const s = f.attribution.source;
        while (e < events.length && events[e]!.at < f.attribution.start) {
          const ev = events[e++]!;
          if (ev.person) {
            persons.push(ev.person);
            lastPersonAt = ev.at;
            roles.pushMention(ev.mention!, ev.person);
          }
          if (ev.body) lastBody = ev.body;
          if (ev.company) lastCompany = ev.body!;
        }
        // A lone unknown word taken for a body is a person where the text names "Firstname Word".
        if (s.type === 'organization' && s.organization === s.text && !/\s/u.test(s.text)
          && !mentionWrittenInside(mentions, f.attribution, s.text)) {
          const full = persons.latestEndingIn(s.text)?.name ?? fullName(s.text);
          if (full) Object.assign(s, { type: 'person', count: 1, name: full, organization: null });
        }
        if (s.type === 'person' || s.type === 'spokesperson') {
          if (s.name) {
            const surname = !s.name.includes(' ');
            const full = surname ? persons.latestEndingIn(s.name) : undefined;
            if (full) { s.name = full.name; s.organization ??= full.organization; } else if (surname) s.name = fullName(s.name) ?? s.name;
            s.organization ??= introduced.get(s.name) ?? null;
            const person = { name: s.name, organization: s.organization };
            persons.push(person);
            roles.push(s.text.split(' ').filter(isRole).map(roleStem), person);
          } else if (s.type === 'person') {
            // "er", "seiner Meinung": the person named last. "Der Minister": the latest person named with a role that
            // ends so ("Finanzminister Hans Eichel", "Hans Eichel, Minister für …"), else the person named in this or
            // the sentence before; "ein Analyst", "viele Minister" are someone new. Never the last name whatever its
            // role and distance: "Ein Augenzeuge sagte" after the opposition leader is not the opposition leader.
            const phrase = s.text.split(' ');
            const first = phrase[0]!.toLowerCase();
            const head = phrase.find((w) => lexicon.kindOf(w) === 'person');
            const recent = (): Person | undefined =>
              lastPersonAt >= 0 && (sentenceAt(doc.sentences, lastPersonAt)?.index ?? -2) >= f.sentenceIndex - 1 ? persons.last : undefined;
            const pointing = (phrase.length === 1 && lexicon.pronouns.has(first)) || possessive.has(first);
            // "Ein Unternehmenssprecher bestätigte … Einen Zusammenhang bestritt er": the unnamed speaker after the last name.
            if (pointing && lastUnnamed && lastUnnamed.at > lastPersonAt) {
              s.type = lastUnnamed.type;
              s.organization ??= lastUnnamed.organization;
            } else {
              const earlier = pointing ? persons.last : newcomer.has(first) || !head ? undefined : roles.latestEndingIn(roleStem(head)) ?? recent();
              if (earlier) { s.name = earlier.name; s.organization ??= earlier.organization; }
            }
          }
        } else if (s.type === 'organization' && !s.organization) {
          const noun = lastGenericBody(s.text);
          s.organization = namesCompany(s.text) ? lastCompany : (noun ? bodyFor(bodies, noun, f.attribution.start) : null) ?? lastBody;
        }
        if (s.type === 'spokesperson' && !s.organization) {
          if (namesCompany(s.text)) s.organization = lastCompany;
          else {
            // "ein Ministeriumssprecher", "der Regierungssprecher": the body the role's compound opens with, where it opens with one.
            const noun = bodyOpeningRole(s.text);
            s.organization = noun ? bodyFor(bodies, noun, f.attribution.start) : lastBody;
          }
        }
        if (s.organization && (s.type === 'organization')) lastBody = s.organization;
        if ((s.type === 'person' || s.type === 'spokesperson') && s.count === 1) {
          lastUnnamed = s.name ? null : { at: f.attribution.start, type: s.type, organization: s.organization };
        }
      }
      return found;
    },
  };
  /**
   * The role nouns written near a person's name, lower-cased: "finanzminister"
   * of "Finanzminister Hans Eichel", "präsident" of "Theo Zwanziger, Präsident
   * des Verbands". Read within ROLE_REACH characters on either side, in the name's sentence.
   */
  function rolesAround(doc: DocumentContext, m: EntityMention): string[] {
    const roles: string[] = [];
    // Within the name's own sentence: the next one may name someone else ("… Dresden. Der Analyst sagte").
    const sentence = sentenceAt(doc.sentences, m.start);
    const from = Math.max(sentence?.start ?? 0, m.start - ROLE_REACH);
    const to = Math.min(sentence?.end ?? doc.text.length, m.end + ROLE_REACH);
    const near = doc.text.slice(from, to);
    for (const [word] of near.matchAll(CAPITALIZED_WORD)) if (isRole(word)) roles.push(roleStem(word));
    return roles;
  }

  /** A source phrase naming a company by a generic noun: "das Unternehmen", "ein Konzernsprecher". */
  function namesCompany(text: string): boolean {
    const lower = text.toLowerCase();
    return companyWords.some((w) => lower.includes(w));
  }
  /**
   * The generic body noun a compound role of a source phrase opens with, lower-cased: "ministerium" of
   * "Ministeriumssprecher", "regierung" of "Regierungssprecherin"; the longest that leaves four letters of the role,
   * without its joining "s".
   */
  function bodyOpeningRole(text: string): string | null {
    for (const word of text.split(/[\s,]+/u)) {
      if (!/^\p{Lu}/u.test(word)) continue;
      const lower = word.toLowerCase();
      for (let cut = lower.length - 4; cut >= 3; cut--) {
        const body = lower.slice(0, cut);
        if (lexicon.listedKindOf(body) !== 'organization') continue;
        // The noun without the genitive "s" that joins it to the role, where that is listed: "ministeriums" → "ministerium".
        const bare = body.endsWith('s') ? body.slice(0, -1) : body;
        return lexicon.listedKindOf(bare) === 'organization' ? bare : body;
      }
    }
    return null;
  }
  /** The last generic body noun of a source phrase: "Behörde" in "die zuständige Behörde". */
  function lastGenericBody(text: string): string | null {
    const words = text.split(/[\s,]+/u);
    for (let i = words.length - 1; i >= 0; i--) {
      const noun = /^\p{Lu}/u.test(words[i]!) ? genericBody(words[i]!) : null;
      if (noun) return noun;
    }
    return null;
  }
}

interface Person {
  name: string;
  organization: string | null;
}

/**
 * The role nouns people were named with so far ("finanzminister" of
 * "Finanzminister Hans Eichel", "analyst" of "Der Analyst Peter Huber"), in
 * text order: "der Minister" is the latest whose role ends in "minister".
 */
class RolesSoFar {
  /** Each person as named, with their roles; a name's roles are read from the text only when asked (few descriptions need them). */
  private readonly named: Array<{ person: Person; roles: readonly string[] | null; mention?: EntityMention }> = [];

  constructor(private readonly rolesAround: (m: EntityMention) => readonly string[]) {}

  /** A person named in the text: their roles are the role nouns written near the name. */
  pushMention(mention: EntityMention, person: Person): void {
    this.named.push({ person, roles: null, mention });
  }

  /** A person a source phrase named with these roles. */
  push(roles: readonly string[], person: Person): void {
    if (roles.length > 0) this.named.push({ person, roles });
  }

  latestEndingIn(head: string): Person | undefined {
    for (let k = this.named.length - 1; k >= 0; k--) {
      const entry = this.named[k]!;
      entry.roles ??= this.rolesAround(entry.mention!);
      if (entry.roles.some((role) => role.endsWith(head))) return entry.person;
    }
    return undefined;
  }
}

/** How far from a person's name a role noun is read as theirs, in characters: a title before it, an apposition after it. */
const ROLE_REACH = 60;
const CAPITALIZED_WORD = /\p{Lu}(?:\p{L}|\p{M}|-)*/gu;

/** The people named so far: the latest, and the latest whose name ends in a given surname (one look-up, not a walk back). */
class PersonsSoFar {
  last: Person | undefined;
  private readonly bySurname = new Map<string, Person>();

  push(person: Person): void {
    this.last = person;
    for (let space = person.name.indexOf(' '); space >= 0; space = person.name.indexOf(' ', space + 1)) {
      this.bySurname.set(person.name.slice(space + 1), person);
    }
  }

  /** The latest person whose name ends in " " + `surname`. */
  latestEndingIn(surname: string): Person | undefined {
    return this.bySurname.get(surname);
  }
}

/** Whether a mention lying inside a span is written `text`, from a list ordered by start. */
function mentionWrittenInside(mentions: readonly EntityMention[], span: { start: number; end: number }, text: string): boolean {
  for (let i = firstStartingAt(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.end <= span.end && m.text === text) return true;
  }
  return false;
}

/** The attributions by start (a stable sort): the list itself where it is in that order already, as it comes in sentence order. */
function byStart(found: SentenceAttribution[]): SentenceAttribution[] {
  for (let k = 1; k < found.length; k++) {
    if (found[k - 1]!.attribution.start > found[k]!.attribution.start) return [...found].sort((x, y) => x.attribution.start - y.attribution.start);
  }
  return found;
}

/** Whether a list is ordered by `at` already (the mentions it is made from are in text order). */
function inOrder(items: readonly { at: number }[]): boolean {
  for (let k = 1; k < items.length; k++) if (items[k - 1]!.at > items[k]!.at) return false;
  return true;
}

const NAME_THEN_WORD = /(\p{Lu}[\p{Ll}-]+) (?=((?:\p{L}|\p{N})+))/gu;
const LETTERS_AND_DIGITS = /^(?:\p{L}|\p{N})+$/u;

/** How many surnames a text has looked up one by one before it builds the index of all its names. */
const SURNAMES_LOOKED_UP_ALONE = 16;

/**
 * The first "Firstname Surname" the text writes for a surname: the first match
 * of `(\p{Lu}[\p{Ll}-]+) Surname` (matches taken one after another, as a global
 * search would) whose first word `canBeFirstName` accepts. A text names few
 * surnames as sources, so each is looked up by itself (a string search);
 * past a few, the candidates of every word are listed in one pass over the
 * text, not one pass per surname: a long text names many people.
 */
export function fullNamesIn(text: string, canBeFirstName: (word: string) => boolean, lookedUpAlone = SURNAMES_LOOKED_UP_ALONE): (surname: string) => string | null {
  let index: Map<string, { end: number; firsts: string[] }> | null = null;
  const found = new Map<string, string | null>();
  const build = (): Map<string, { end: number; firsts: string[] }> => {
    const bySurname = new Map<string, { end: number; firsts: string[] }>();
    for (const m of text.matchAll(NAME_THEN_WORD)) {
      const surname = m[2]!;
      const seen = bySurname.get(surname);
      // Inside the last match for this surname: a search resumes after a match.
      if (seen && m.index < seen.end) continue;
      const end = m.index + m[0].length + surname.length;
      if (seen) { seen.end = end; seen.firsts.push(m[1]!); } else bySurname.set(surname, { end, firsts: [m[1]!] });
    }
    return bySurname;
  };
  return (surname) => {
    const known = found.get(surname);
    if (known !== undefined) return known;
    // Surnames with other characters than letters and digits ("O'Brien") are always looked up alone.
    const candidates = found.size >= lookedUpAlone && LETTERS_AND_DIGITS.test(surname)
      ? (index ??= build()).get(surname)?.firsts ?? [] : capitalizedWordsBefore(text, surname);
    let full: string | null = null;
    for (const first of candidates) {
      if (canBeFirstName(first)) { full = `${first} ${surname}`; break; }
    }
    found.set(surname, full);
    return full;
  };
}
