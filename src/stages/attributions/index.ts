/**
 * Attributions: who stands behind a sentence. A first rule: an entity mention
 * directly before a cue word speaks as an organization or person.
 */
import type { DocumentContext, EntityMention } from '../../core/model.js';
import type { Attribution, SourceType } from '../../types.js';
import { WORD_END, WORD_START, anyOf } from '../../core/patterns.js';

export interface SentenceAttribution {
  sentenceIndex: number;
  attribution: Attribution;
}

export function findAttributions(doc: DocumentContext, mentions: readonly EntityMention[]): SentenceAttribution[] {
  const cues = new Map(doc.locale.attributions.cues.map((c) => [c.word, c]));
  if (cues.size === 0) return [];
  const cueRe = new RegExp(`${WORD_START}${anyOf(cues.keys())}${WORD_END}`, 'gu');
  const found: SentenceAttribution[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.isTitle) continue;
    for (const m of sentence.text.matchAll(cueRe)) {
      const cueStart = sentence.start + m.index;
      const speaker = [...mentions].reverse().find((x) => x.end <= cueStart && x.start >= sentence.start && cueStart - x.end <= 2);
      if (!speaker) continue;
      const cue = cues.get(m[0])!;
      const type: SourceType = speaker.type === 'person' ? 'person' : speaker.type === 'media' ? 'media' : 'organization';
      const end = cueStart + m[0].length;
      found.push({
        sentenceIndex: sentence.index,
        attribution: {
          text: doc.text.slice(speaker.start, end), start: speaker.start, end,
          source: { text: speaker.text, type, count: null, name: type === 'person' ? speaker.name : null, organization: type === 'person' ? null : speaker.name },
          cue: m[0], stance: cue.stance, inherited: false, rule: 'attribution.entity-cue',
        },
      });
    }
  }
  return found;
}
