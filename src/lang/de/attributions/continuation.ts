/**
 * German reported speech continues without a cue of its own in Konjunktiv I
 * ("Das Unternehmen habe …", "Die Kosten seien gestiegen"), or as a further
 * direct quotation opening with „.
 */
import type { Sentence } from '../../../core/model.js';
import { wordsRegExp } from '../../../core/patterns.js';
import type { ContinuationMark } from '../../../stages/attributions/refiners.js';

/** Konjunktiv I forms that differ from the indicative in the third person, and the Konjunktiv II forms reported speech falls back on. */
const KONJUNKTIV = `sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe liege stehe gehe komme bleibe lasse brauche
  zeige gelte fehle erfolge betrage plane arbeite richte handle stärke sinke steige wachse falle bringe halte führe biete sehe
  verfüge erwarte rechne treffe trage setze finde mache nehme hätten wären würden`.split(/\s+/);
const KONJUNKTIV_RE = wordsRegExp(KONJUNKTIV, 'u');
const OPENING_QUOTE = /^[„»"]/u;

export const continuationMark: ContinuationMark = (sentence: Sentence) => {
  if (OPENING_QUOTE.test(sentence.text)) return { start: sentence.start, end: sentence.start + 1 };
  const m = KONJUNKTIV_RE.exec(sentence.text);
  return m ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } : null;
};
