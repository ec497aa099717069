/**
 * A language-neutral rule factory: a named entity directly before a cue word
 * ("Huawei bestritt", "Reuters reported") speaks as itself.
 */
import type { Attribution, SourceType, Stance } from '../../types.js';
import type { AttributionRule } from './config.js';
import { WORD_END, WORD_START, anyOf } from '../../core/patterns.js';

export interface CueWord {
  word: string;
  stance: Stance;
}

export function entityBeforeCue(id: string, cues: readonly CueWord[]): AttributionRule {
  const stanceOf = new Map(cues.map((c) => [c.word, c.stance]));
  const cueRe = new RegExp(`${WORD_START}${anyOf(stanceOf.keys())}${WORD_END}`, 'gu');
  return {
    id,
    find({ doc, sentence, mentions }) {
      const found: Attribution[] = [];
      for (const m of sentence.text.matchAll(cueRe)) {
        const cueStart = sentence.start + m.index;
        const speaker = [...mentions].reverse().find((x) => x.end <= cueStart && cueStart - x.end <= 2);
        if (!speaker) continue;
        const type: SourceType = speaker.type === 'person' ? 'person' : speaker.type === 'media' ? 'media' : 'organization';
        const end = cueStart + m[0].length;
        found.push({
          text: doc.text.slice(speaker.start, end), start: speaker.start, end,
          source: {
            text: speaker.text, type, count: type === 'person' ? 1 : null,
            name: type === 'person' ? speaker.name : null,
            organization: type === 'person' ? (speaker.organization ?? null) : speaker.name,
          },
          cue: m[0], stance: stanceOf.get(m[0]) ?? 'asserts', inherited: false, rule: id,
        });
      }
      return found;
    },
  };
}
