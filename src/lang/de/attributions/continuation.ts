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
/** Words that frame a statement without being cue verbs: "mit der Begründung, …", "ließ verbreiten, …". */
const SPEECH_WORDS = set('begründung hinweis argument verbreiten verbreitete verbreitet');
const AGENT = set('von vom seitens vonseiten');
/** Konjunktiv II verbs that open a conditional clause ("Hätte es X nicht gegeben, würde …"): a hypothesis, not reported speech. */
const CONDITIONAL_OPENERS = set('hätte hätten wäre wären würde würden könnte könnten müsste müssten sollte sollten dürfte dürften');
/** "sollen" that, with a perfect infinitive ("soll … gekommen sein"), reports what others say: hearsay. */
const HEARSAY_MODALS = set('soll sollen');
/** The infinitives of the perfect: "gekommen sein", "gefälscht haben". */
const PERFECT_INFINITIVES = set('sein haben');
/** Marks opening a further direct quotation: „ » ". */
const OPENING_QUOTES = new Set([...'„»"'].map((c) => c.charCodeAt(0)));
type Mark = NonNullable<ReturnType<ContinuationMark>>;

/** What the lists above make of a word: bits, so that each token is looked up once (the mark reads every word of a sentence). */
const KONJUNKTIV_1 = 1;
const KONJUNKTIV_2 = 2;
/** Not a verb: NOT_VERBS, function words, determiners. */
const NOT_VERB = 4;
const DETERMINER = 8;
const FUNCTION_WORD = 16;
const SUBJUNCTIVE_IN_TE = 32;
const PRONOUN = 64;
/** A cue word or speech word: the sentence has a reporting verb of its own. */
const FRAMES_SPEECH = 128;
const PASSIVE_AUXILIARY = 256;
const AGENT_WORD = 512;
const ASSERTING_PARTICIPLE = 1024;
const CONDITIONAL_OPENER = 2048;
const HEARSAY_MODAL = 4096;
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => { for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit); };
  add(KONJUNKTIV_I, KONJUNKTIV_1);
  add(KONJUNKTIV_II, KONJUNKTIV_2);
  add(NOT_VERBS, NOT_VERB);
  add(FUNCTION_WORDS, NOT_VERB | FUNCTION_WORD);
  add(DETERMINERS, NOT_VERB | DETERMINER);
  add(SUBJUNCTIVE_TE, SUBJUNCTIVE_IN_TE);
  add(PRONOUNS, PRONOUN);
  add(CUE_WORDS, FRAMES_SPEECH);
  add(SPEECH_WORDS, FRAMES_SPEECH);
  add(PASSIVE_AUXILIARIES, PASSIVE_AUXILIARY);
  add(AGENT, AGENT_WORD);
  add(ASSERTING_PARTICIPLES, ASSERTING_PARTICIPLE);
  add(CONDITIONAL_OPENERS, CONDITIONAL_OPENER);
  add(HEARSAY_MODALS, HEARSAY_MODAL);
  return bits;
})();
const E = 0x65;

/** An inflected ending, as /(?:e|en|er|es|em)$/ reads it: "-e", "-en", "-er", "-es", "-em". */
function inflected(lower: string): boolean {
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  if (last === E) return true;
  return n >= 2 && lower.charCodeAt(n - 2) === E && (last === 0x6e || last === 0x72 || last === 0x73 || last === 0x6d);
}

/**
 * Where a sentence continues reported speech, read in one pass over its
 * tokens: a subjunctive verb (subjunctiveAt, first) or else an agentless
 * passive of a reporting verb.
 *
 * A third-person Konjunktiv I verb is a lower-case word in "-e" ("habe",
 * "erfolge", "zeige") that is not an adjective before its noun, nor after a
 * determiner. An agentless passive of a reporting verb ("Außerdem wurde
 * eine Reform gefordert") marks at the participle; with an agent ("von der
 * Kammer") before it, the sentence names its own source.
 */
function continuationIn(tokens: readonly Token[]): Mark | null {
  /** The passive's state: 0 no auxiliary yet, 1 after one, 2 decided (at `passiveAt`, or none where -1). */
  let passive = 0;
  let passiveAt = -1;
  /** The bits of the words read so far, OR-ed: whether a hearsay modal or a speech word came (no second pass over them). */
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Every listed word is a word: punctuation is not looked up.
    if (!t.isWord) continue;
    const lower = t.lower;
    const bits = WORD_BITS.get(lower) ?? 0;
    seen |= bits;
    if (passive < 2) {
      if (bits & PASSIVE_AUXILIARY) passive = 1;
      else if (bits & AGENT_WORD) passive = 2;
      else if (passive === 1 && bits & ASSERTING_PARTICIPLE) { passive = 2; passiveAt = i; }
    }
    if (i === 0 || t.isCapitalized) continue;
    // Konjunktiv I reaches back, unless the sentence has a reporting verb of its own whose subject went unread.
    if (bits & KONJUNKTIV_1) return { start: t.start, end: t.end, bridges: !(seen & FRAMES_SPEECH) && !framesSpeech(tokens, i + 1) };
    if (bits & KONJUNKTIV_2) return { start: t.start, end: t.end, bridges: false };
    const n = lower.length;
    if (n < 4 || lower.charCodeAt(n - 1) !== E || lower.charCodeAt(n - 2) === 0x69) continue;
    if ((lower.charCodeAt(n - 2) === 0x74 && !(bits & SUBJUNCTIVE_IN_TE)) || lower.endsWith('weise')) continue;
    if (bits & NOT_VERB) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    const beforeBits = WORD_BITS.get(before.lower) ?? 0;
    if (beforeBits & DETERMINER || (after && (after.isCapitalized || startsWithDigit(after.text)))) continue;
    // An adjective chain: "genannte spanische Grippe".
    const next = tokens[i + 2];
    if (after && after.isWord && !((WORD_BITS.get(after.lower) ?? 0) & PRONOUN) && inflected(after.lower) && next?.isCapitalized) continue;
    if (before.isWord && !before.isCapitalized && inflected(before.lower) && !(beforeBits & FUNCTION_WORD)) continue;
    // A guess from the ending: it continues, but does not reach back.
    return { start: t.start, end: t.end, bridges: false };
  }
  if (passiveAt >= 0) return { start: tokens[passiveAt]!.start, end: tokens[passiveAt]!.end, bridges: false };
  // Hearsay needs its modal ("soll"): a sentence without one is not read again.
  return seen & HEARSAY_MODAL ? hearsayModal(tokens) : null;
}

/**
 * "sollen" with a perfect infinitive later in the sentence's first clause: "Mindestens eine Person soll ums Leben
 * gekommen sein", "Der Kassenwart soll Gelder veruntreut haben". It reports what the source before said, but does not reach
 * back. "soll … eröffnet werden" (a plan) and "soll … zu sehen sein" (a possibility) are no hearsay, nor a state
 * by a deadline: "Bis Ende 2017 soll ein Großteil abgebaut sein" ("worden sein" and "haben" stay hearsay).
 */
function hearsayModal(tokens: readonly Token[]): Mark | null {
  let modal = -1;
  let deadline = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord) {
      // Only in the clause that opens the sentence: after "War lange angenommen worden, dass …, soll …" the sentence
      // has framed a statement of its own.
      if (t.text === ',' && modal < 0) return null;
      if (t.text !== '-' && t.text !== '–') modal = -1;
      continue;
    }
    if (t.lower === 'bis' && tokens[i + 1]?.lower !== 'zu') deadline = true;
    if (HEARSAY_MODALS.has(t.lower)) { modal = i; continue; }
    if (modal < 0 || !PERFECT_INFINITIVES.has(t.lower) || i < modal + 2) continue;
    const participle = tokens[i - 1]!;
    if (!participle.isWord || participle.isCapitalized || tokens[i - 2]?.lower === 'zu') continue;
    if (participle.lower === 'worden' || (/(?:t|en)$/u.test(participle.lower) && (t.lower === 'haben' || !deadline))) {
      return { start: tokens[modal]!.start, end: tokens[modal]!.end, bridges: false };
    }
  }
  return null;
}

/** Whether a sentence holds a cue word or speech word from token `from` on. */
function framesSpeech(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if ((WORD_BITS.get(tokens[k]!.lower) ?? 0) & FRAMES_SPEECH) return true;
  return false;
}

export const continuationMark: ContinuationMark = (sentence: Sentence, tokens: readonly Token[]) => {
  if (OPENING_QUOTES.has(sentence.text.charCodeAt(0))) return { start: sentence.start, end: sentence.start + 1 };
  if (tokens.length && (WORD_BITS.get(tokens[0]!.lower) ?? 0) & CONDITIONAL_OPENER) return null;
  return continuationIn(tokens);
};
