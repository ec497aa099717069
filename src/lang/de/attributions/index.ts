/** The German attribution slot: rules (most specific first) and document refiners. */
import type { AttributionConfig } from '../../../stages/attributions/config.js';
import { anonymityMarks, continueReportedSpeech, onePerSource, quotedDenials, resolveReferences, sourceFromBefore } from '../../../stages/attributions/refiners.js';
import { DENIAL_JUDGEMENTS, JUDGING_VERBS } from './cues.js';
import { continuationMark } from './continuation.js';
import { ausHervorRule, becameKnownRule, cueVerbRule, demnachRule, findingsRule, quotedWithWordsRule, wonachRule, hearsayAdverbRule, heisstEsRule, lautRule, nachAngabenRule, quoteIntroRule, colonFrameRule, soRule, statementNounRule, zufolgeRule } from './rules.js';
import { DETERMINERS, FUNCTION_WORDS, sourceLexicon } from './phrase.js';
import { GERMAN_REFERENCE_WORDS } from './references.js';
import { GERMAN_QUOTES } from './quotes.js';
import { GERMAN_ANONYMITY_MARKERS } from './sources.js';

export const germanAttributions: AttributionConfig = {
  rules: [
    cueVerbRule('de.attribution.cue-verb', 'de.attribution.wie-x'),
    lautRule('de.attribution.laut-x'),
    zufolgeRule('de.attribution.x-zufolge'),
    soRule('de.attribution.so-x'),
    nachAngabenRule('de.attribution.nach-angaben'),
    ausHervorRule('de.attribution.aus-x-hervor'),
    heisstEsRule('de.attribution.heisst-es'),
    becameKnownRule('de.attribution.bekannt-wurde'),
    wonachRule('de.attribution.wonach'),
    demnachRule('de.attribution.demnach'),
    quoteIntroRule('de.attribution.quote-intro'),
    colonFrameRule('de.attribution.colon-frame'),
    hearsayAdverbRule('de.attribution.angeblich'),
    statementNounRule('de.attribution.statement-noun'),
    findingsRule('de.attribution.findings'),
    quotedWithWordsRule('de.attribution.quoted-with-words'),
  ],
  refiners: [
    onePerSource('de.attribution.one-per-source'),
    sourceFromBefore('de.attribution.demnach-source', new Set(['de.attribution.demnach']), 2),
    resolveReferences('de.attribution.references', sourceLexicon, new Set([...DETERMINERS, ...FUNCTION_WORDS]), GERMAN_REFERENCE_WORDS),
    anonymityMarks('de.attribution.anonymity', GERMAN_ANONYMITY_MARKERS),
    quotedDenials('de.attribution.quoted-denial', JUDGING_VERBS, DENIAL_JUDGEMENTS.map((w) => w.toLowerCase())),
    continueReportedSpeech('de.attribution.konjunktiv-continuation', continuationMark, 1, GERMAN_QUOTES, true),
  ],
};
