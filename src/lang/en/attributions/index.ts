/** The English attribution slot: rules, most specific first, then document refiners. */
import type { AttributionConfig } from '../../../stages/attributions/config.js';
import { accordingTo, declinesToComment, quotedAsSaying, reportingVerb, speakerLabel } from './rules.js';
import { anonymityAfterCue, continuedQuotes, oneAttributionPerCue, quotedWordsReportNothing, resolveReferences, viewsYieldToSpeech } from './refiners.js';
import { anonymityMarks } from '../../../stages/attributions/refiners.js';
import { ANONYMITY_MARKERS } from './source-words.js';

export const englishAttributions: AttributionConfig = {
  rules: [declinesToComment, accordingTo, quotedAsSaying, reportingVerb, speakerLabel],
  refiners: [quotedWordsReportNothing, viewsYieldToSpeech, oneAttributionPerCue, resolveReferences, anonymityMarks('en.attribution.anonymity', ANONYMITY_MARKERS), anonymityAfterCue, continuedQuotes],
};
