/**
 * Document-level refiners, language-neutral: they take the language's
 * judgement (which sentences continue reported speech) as a parameter.
 */
import type { EntityMention, Sentence } from '../../core/model.js';
import { startingIn } from '../../core/sorted.js';
import type { Attribution, Source } from '../../types.js';
import type { AttributionRefiner, SentenceAttribution } from './config.js';
import { escapeRegExp } from '../../core/patterns.js';
import type { SourceLexicon } from './source.js';

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
      const keptIn = new Map<number, SentenceAttribution[]>();
      for (const f of found) {
        const a = f.attribution;
        const same = keptIn.get(f.sentenceIndex) ?? [];
        const clash = same.some((k) => sourceKey(k.attribution.source) === sourceKey(a.source)
          || (k.attribution.start < a.end && a.start < k.attribution.end && k.attribution.source.text === a.source.text));
        if (clash) continue;
        kept.push(f);
        same.push(f);
        keptIn.set(f.sentenceIndex, same);
      }
      return kept.sort((x, y) => x.sentenceIndex - y.sentenceIndex || x.attribution.start - y.attribution.start);
    },
  };
}

/** Where a continuation sentence shows it continues (a Konjunktiv verb, an opening quote): its span, or null. */
export type ContinuationMark = (sentence: Sentence) => { start: number; end: number } | null;

/**
 * A sentence with no attribution of its own that the language marks as
 * continuing reported speech inherits the source of the sentence before it
 * (which may itself be inherited), across paragraph breaks too.
 */
export function continueReportedSpeech(id: string, mark: ContinuationMark): AttributionRefiner {
  return {
    id,
    refine(doc, found) {
      const bySentence = new Map<number, SentenceAttribution[]>();
      for (const f of found) {
        const list = bySentence.get(f.sentenceIndex) ?? [];
        list.push(f);
        bySentence.set(f.sentenceIndex, list);
      }
      const out = [...found];
      let carried: Attribution | null = null;
      for (const sentence of doc.sentences) {
        if (sentence.isTitle) { carried = null; continue; }
        const own = bySentence.get(sentence.index);
        if (own?.length) {
          carried = own.find((f) => f.attribution.stance !== 'declines')?.attribution ?? null;
          continue;
        }
        const where = carried ? mark(sentence) : null;
        if (!carried || !where) { carried = null; continue; }
        const inherited: Attribution = {
          ...carried,
          text: doc.text.slice(where.start, where.end), start: where.start, end: where.end,
          source: { ...carried.source }, stance: 'asserts', inherited: true, rule: id,
        };
        out.push({ sentenceIndex: sentence.index, attribution: inherited });
        carried = inherited;
      }
      return out.sort((x, y) => x.sentenceIndex - y.sentenceIndex || x.attribution.start - y.attribution.start);
    },
  };
}

/**
 * Pronouns and descriptions ("er", "die Ministerin", "das Unternehmen") take
 * the name and organization of the most recent fitting source or mention
 * before them; a surname alone takes the full name it was introduced with.
 */
export function resolveReferences(id: string, lexicon: SourceLexicon, nonNames: ReadonlySet<string>): AttributionRefiner {
  // "Bernhard Felderer" for "Felderer": the capitalized word written right before the surname, if it can be a first name.
  const canBeFirstName = (word: string): boolean => !nonNames.has(word.toLowerCase()) && !lexicon.kindOf(word);
  return {
    id,
    refine(doc, found, mentions) {
      const fullName = fullNamesIn(doc.text, canBeFirstName);
      const events: Array<{ at: number; person?: Person; body?: string }> = [];
      for (const m of mentions) {
        if (m.type === 'person') events.push({ at: m.start, person: { name: m.name, organization: m.organization ?? null } });
        else if (m.type === 'company' || m.type === 'organization') events.push({ at: m.start, body: m.name });
      }
      const ordered = [...found].sort((x, y) => x.attribution.start - y.attribution.start);
      let e = 0;
      const persons = new PersonsSoFar();
      let lastBody: string | null = null;
      events.sort((x, y) => x.at - y.at);
      for (const f of ordered) {
        const s = f.attribution.source;
        while (e < events.length && events[e]!.at < f.attribution.start) {
          const ev = events[e++]!;
          if (ev.person) persons.push(ev.person);
          if (ev.body) lastBody = ev.body;
        }
        // A lone unknown word taken for a body is a person where the text names "Firstname Word".
        if (s.type === 'organization' && s.organization === s.text && !/\s/u.test(s.text)
          && !mentionsInside(mentions, f.attribution).some((m) => m.text === s.text)) {
          const full = persons.latestEndingIn(s.text)?.name ?? fullName(s.text);
          if (full) Object.assign(s, { type: 'person', count: 1, name: full, organization: null });
        }
        if (s.type === 'person' || s.type === 'spokesperson') {
          if (s.name) {
            const surname = !s.name.includes(' ');
            const full = surname ? persons.latestEndingIn(s.name) : undefined;
            if (full) { s.name = full.name; s.organization ??= full.organization; } else if (surname) s.name = fullName(s.name) ?? s.name;
            persons.push({ name: s.name, organization: s.organization });
          } else if (s.type === 'person') {
            const last = persons.last;
            if (last) { s.name = last.name; s.organization ??= last.organization; }
          }
        } else if (s.type === 'organization' && !s.organization) {
          s.organization = lastBody;
        }
        if (s.type === 'spokesperson' && !s.organization) s.organization = lastBody;
        if (s.type === 'organization' && s.organization) lastBody = s.organization;
      }
      return found;
    },
  };
}

interface Person {
  name: string;
  organization: string | null;
}

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

/** Mentions lying inside a span, from a list ordered by start. */
function mentionsInside(mentions: readonly EntityMention[], span: { start: number; end: number }): EntityMention[] {
  return [...startingIn(mentions, span.start, span.end)].filter((m) => m.end <= span.end);
}

const NAME_THEN_WORD = /(\p{Lu}[\p{Ll}-]+) (?=([\p{L}\p{N}]+))/gu;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;

/**
 * The first "Firstname Surname" the text writes for a surname: the first match
 * of `(\p{Lu}[\p{Ll}-]+) Surname` (matches taken one after another, as a global
 * search would) whose first word `canBeFirstName` accepts. Found for every word
 * in one pass over the text on first use, not one pass per surname: a long
 * text names many people.
 */
function fullNamesIn(text: string, canBeFirstName: (word: string) => boolean): (surname: string) => string | null {
  let index: Map<string, { end: number; full: string | null }> | null = null;
  const other = new Map<string, string | null>();
  const build = (): Map<string, { end: number; full: string | null }> => {
    const bySurname = new Map<string, { end: number; full: string | null }>();
    for (const m of text.matchAll(NAME_THEN_WORD)) {
      const first = m[1]!;
      const surname = m[2]!;
      const seen = bySurname.get(surname);
      // Taken already, or inside the last match for this surname (a search resumes after a match).
      if (seen && (seen.full !== null || m.index < seen.end)) continue;
      const end = m.index + m[0].length + surname.length;
      bySurname.set(surname, { end, full: canBeFirstName(first) ? `${first} ${surname}` : null });
    }
    return bySurname;
  };
  return (surname) => {
    if (LETTERS_AND_DIGITS.test(surname)) {
      index ??= build();
      return index.get(surname)?.full ?? null;
    }
    // Surnames with other characters ("O'Brien"), rare: searched for one by one.
    if (!other.has(surname)) {
      const re = new RegExp(`(\\p{Lu}[\\p{Ll}-]+) ${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'gu');
      let full: string | null = null;
      for (const m of text.matchAll(re)) {
        if (canBeFirstName(m[1]!)) { full = `${m[1]!} ${surname}`; break; }
      }
      other.set(surname, full);
    }
    return other.get(surname)!;
  };
}
