/**
 * German reported speech continues without a cue of its own in the
 * subjunctive ("Das Unternehmen habe …", "Die Kosten seien gestiegen", "Die
 * Präsentation erfolge …"), or as a further direct quotation opening with „.
 */
import type { Sentence } from '../../../core/model.js';
import type { ContinuationMark } from '../../../stages/attributions/refiners.js';
import { type Token, startsWithDigit } from '../../../stages/attributions/tokens.js';
import { ASSERTING_PARTICIPLES, CUE_WORDS, PASSIVE_AUXILIARIES } from './cues.js';
import { DETERMINERS, FUNCTION_WORDS, PRONOUNS } from './phrase.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Konjunktiv I forms that are not third-person "-e" forms: unmistakably reported speech. */
export const KONJUNKTIV_I = set('sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse');
/**
 * Konjunktiv II forms reported speech falls back on; also hypotheses, so they only continue the sentence right before.
 * Strong verbs' forms with an umlaut differ from the past tense ("beträfen", not "betrafen"), in the plural too,
 * where Konjunktiv I would look like the present ("betreffen").
 */
export const KONJUNKTIV_II = set(`hätte hätten wäre wären würde würden könnten müssten dürften brächten gäbe gäben
  käme kämen läge lägen stünde stünden stände ständen fände fänden nähme nähmen gälte gälten beträfe beträfen
  träfe träfen trüge trügen sähe sähen wüsste wüssten spräche sprächen bräche brächen sänke sänken wüchse wüchsen
  zöge zögen`);
/** Words ending in -e that are not verbs: adverbs and pronouns. */
const NOT_VERBS = set(`gerne lange heute alleine bitte ferne nahe gerade ohne eine keine alle diese jene jede welche manche solche beide
  einige andere meine deine seine ihre unsere eure wenige viele mehrere deutliche ebene selbe gleiche etliche sämtliche ganze halbe
  infolge zwecks mittels seitens vonseiten anstelle`);
/** Konjunktiv I forms in "-te", which otherwise marks the past tense ("handelte", "musste"). */
const SUBJUNCTIVE_TE = set('halte gelte richte bedeute arbeite leiste erwarte biete betrachte achte beobachte berichte vertrete rate trete');
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const AGENT = set('von vom seitens vonseiten');
/** Words that frame a statement without being cue verbs: "mit der Begründung, …", "ließ verbreiten, …". */
const SPEECH_WORDS = set('begründung hinweis argument verbreiten verbreitete verbreitet');
const OPENING_QUOTE = /^[„»"]/u;
type Mark = NonNullable<ReturnType<ContinuationMark>>;
/** Konjunktiv II verbs that open a conditional clause ("Hätte es X nicht gegeben, würde …"): a hypothesis, not reported speech. */
const CONDITIONAL_OPENERS = set('hätte hätten wäre wären würde würden könnte könnten müsste müssten sollte sollten dürfte dürften');

/**
 * A third-person Konjunktiv I verb: a lower-case word in "-e" ("habe",
 * "erfolge", "zeige") that is not an adjective before its noun, nor after a
 * determiner.
 */
function subjunctiveAt(tokens: readonly Token[]): Mark | null {
  const at = (t: Token, bridges: boolean): Mark => ({ start: t.start, end: t.end, bridges });
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || t.isCapitalized) continue;
    // Konjunktiv I reaches back, unless the sentence has a reporting verb of its own whose subject went unread.
    if (KONJUNKTIV_I.has(t.lower)) return at(t, !tokens.some((w) => CUE_WORDS.has(w.lower) || SPEECH_WORDS.has(w.lower)));
    if (KONJUNKTIV_II.has(t.lower)) return at(t, false);
    if (t.lower.length < 4 || !t.lower.endsWith('e') || t.lower.endsWith('ie')) continue;
    if ((t.lower.endsWith('te') && !SUBJUNCTIVE_TE.has(t.lower)) || t.lower.endsWith('weise')) continue;
    if (NOT_VERBS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    if (DETERMINERS.has(before.lower) || (after && (after.isCapitalized || startsWithDigit(after.text)))) continue;
    // An adjective chain: "genannte spanische Grippe".
    const next = tokens[i + 2];
    if (after && after.isWord && !PRONOUNS.has(after.lower) && /(?:e|en|er|es|em)$/u.test(after.lower) && next?.isCapitalized) continue;
    if (before.isWord && !before.isCapitalized && /(?:e|en|er|es|em)$/u.test(before.lower) && !FUNCTION_WORDS.has(before.lower)) continue;
    // A guess from the ending: it continues, but does not reach back.
    return at(t, false);
  }
  return null;
}

/**
 * An agentless passive of a reporting verb ("Außerdem wurde eine Reform
 * gefordert"): the participle, or null. With an agent ("von der Kammer")
 * the sentence names its own source.
 */
function reportingPassiveAt(tokens: readonly Token[]): Mark | null {
  let passive = false;
  for (const t of tokens) {
    if (PASSIVE.has(t.lower)) passive = true;
    else if (AGENT.has(t.lower)) return null;
    else if (passive && ASSERTING_PARTICIPLES.has(t.lower)) return { start: t.start, end: t.end, bridges: false };
  }
  return null;
}

export const continuationMark: ContinuationMark = (sentence: Sentence, tokens: readonly Token[]) => {
  if (OPENING_QUOTE.test(sentence.text)) return { start: sentence.start, end: sentence.start + 1 };
  if (CONDITIONAL_OPENERS.has(tokens[0]?.lower ?? '')) return null;
  return subjunctiveAt(tokens) ?? reportingPassiveAt(tokens);
};
