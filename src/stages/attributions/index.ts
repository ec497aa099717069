/**
 * Attributions: runs the locale's rules over every sentence but the headline
 * (headlines carry no attribution), then the locale's document refiners.
 */
import type { DocumentContext, EntityMention } from '../../core/model.js';
import type { SentenceAttribution } from './config.js';
import { tokenize } from './tokens.js';

export type { SentenceAttribution } from './config.js';

export function findAttributions(doc: DocumentContext, mentions: readonly EntityMention[]): SentenceAttribution[] {
  const { rules, refiners } = doc.locale.attributions;
  let found: SentenceAttribution[] = [];
  let next = 0;
  for (const sentence of doc.sentences) {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    let last = next;
    while (last < mentions.length && mentions[last]!.start < sentence.end) last++;
    if (sentence.isTitle) continue;
    const view = { doc, sentence, mentions: mentions.slice(next, last), tokens: tokenize(sentence) };
    for (const rule of rules) {
      for (const draft of rule.find(view)) {
        if (!draft.notes) {
          found.push({ sentenceIndex: sentence.index, attribution: draft });
          continue;
        }
        const { notes, ...attribution } = draft;
        found.push({ sentenceIndex: sentence.index, attribution, notes });
      }
    }
  }
  for (const refiner of refiners) found = refiner.refine(doc, found, mentions);
  return found;
}
