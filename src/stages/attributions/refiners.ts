/**
 * Document-level refiners, language-neutral: they take the language's
 * judgement (which sentences continue reported speech) as a parameter.
 */
import type { Sentence } from '../../core/model.js';
import type { Attribution, Source } from '../../types.js';
import type { AttributionRefiner, SentenceAttribution } from './config.js';
import { capitalizedWordsBefore } from '../../core/words.js';
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
      for (const f of found) {
        const a = f.attribution;
        const clash = kept.some((k) => k.sentenceIndex === f.sentenceIndex
          && (sourceKey(k.attribution.source) === sourceKey(a.source)
            || (k.attribution.start < a.end && a.start < k.attribution.end && k.attribution.source.text === a.source.text)));
        if (!clash) kept.push(f);
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
  const fullName = (text: string, surname: string): string | null => {
    for (const first of capitalizedWordsBefore(text, surname)) {
      if (!nonNames.has(first.toLowerCase()) && !lexicon.kindOf(first)) return `${first} ${surname}`;
    }
    return null;
  };
  return {
    id,
    refine(doc, found, mentions) {
      const events: Array<{ at: number; person?: { name: string; organization: string | null }; body?: string }> = [];
      for (const m of mentions) {
        if (m.type === 'person') events.push({ at: m.start, person: { name: m.name, organization: m.organization ?? null } });
        else if (m.type === 'company' || m.type === 'organization') events.push({ at: m.start, body: m.name });
      }
      const ordered = [...found].sort((x, y) => x.attribution.start - y.attribution.start);
      let e = 0;
      const persons: Array<{ name: string; organization: string | null }> = [];
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
          && !mentions.some((m) => m.start >= f.attribution.start && m.end <= f.attribution.end && m.text === s.text)) {
          const full = [...persons].reverse().find((p) => p.name.endsWith(` ${s.text}`))?.name ?? fullName(doc.text, s.text);
          if (full) Object.assign(s, { type: 'person', count: 1, name: full, organization: null });
        }
        if (s.type === 'person' || s.type === 'spokesperson') {
          if (s.name) {
            const surname = !s.name.includes(' ');
            const full = surname ? [...persons].reverse().find((p) => p.name.endsWith(` ${s.name}`)) : undefined;
            if (full) { s.name = full.name; s.organization ??= full.organization; } else if (surname) s.name = fullName(doc.text, s.name) ?? s.name;
            persons.push({ name: s.name, organization: s.organization });
          } else if (s.type === 'person') {
            const last = persons[persons.length - 1];
            if (last) { s.name = last.name; s.organization ??= last.organization; }
          }
        } else if (s.type === 'organization' && !s.organization) {
          s.organization = lastBody;
        }
        if (s.type === 'spokesperson' && !s.organization) s.organization = lastBody;
        if (s.organization && (s.type === 'organization')) lastBody = s.organization;
      }
      return found;
    },
  };
}

