/**
 * Attributions: runs the locale's rules over every sentence but the headline
 * (headlines carry no attribution), then the locale's document refiners.
 */
import type { DocumentContext, EntityMention } from '../../core/model.js';
import type { SentenceAttribution } from './config.js';
import { markNames, tokenize } from './tokens.js';

export type { SentenceAttribution } from './config.js';

export function findAttributions(doc: DocumentContext, mentions: readonly EntityMention[]): SentenceAttribution[] {
  const { rules, refiners, rulesByTrigger, untriggered } = doc.locale.attributions;
  let found: SentenceAttribution[] = [];
  let next = 0;
  /** For each rule, the indexes of the current sentence's tokens that trigger it (emptied after each sentence). */
  const triggered: number[][] = rules.map(() => []);
  for (const sentence of doc.sentences) {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    let last = next;
    while (last < mentions.length && mentions[last]!.start < sentence.end) last++;
    if (sentence.isTitle) continue;
    const inSentence = mentions.slice(next, last);
    const tokens = tokenize(sentence);
    markNames(tokens, inSentence);
    for (let k = 0; k < tokens.length; k++) {
      const wakes = rulesByTrigger.get(tokens[k]!.lower);
      if (wakes !== undefined) for (const r of wakes) triggered[r]!.push(k);
    }
    const view = { doc, sentence, mentions: inSentence, tokens };
    /** A rule without triggers may act at any token. */
    let everyToken: number[] | undefined;
    for (let r = 0; r < rules.length; r++) {
      const at = untriggered[r] === 1 ? (everyToken ??= tokens.map((_, k) => k)) : triggered[r]!;
      if (at.length === 0 && untriggered[r] === 0) continue;
      for (const draft of rules[r]!.find(view, at)) {
        if (!draft.notes) {
          found.push({ sentenceIndex: sentence.index, attribution: draft });
          continue;
        }
        const { notes, ...attribution } = draft;
        found.push({ sentenceIndex: sentence.index, attribution, notes });
      }
    }
    for (const at of triggered) if (at.length > 0) at.length = 0;
  }
  for (const refiner of refiners) found = refiner.refine(doc, found, mentions);
  return found;
}
