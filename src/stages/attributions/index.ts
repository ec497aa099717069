/**
 * Attributions: runs the locale's rules over every sentence but the headline
 * (headlines carry no attribution), then the locale's document refiners.
 */
import type { DocumentContext, EntityMention, Sentence } from '../../core/model.js';
import type { CompiledAttributions, DraftAttribution, SentenceAttribution, SentenceView } from './config.js';
import { type Token, firstWordAt, markNames, tokenizeWords } from './tokens.js';

/**
 * How many tokens of a document the stage keeps after the rules read them,
 * for the refiners to read again (a continuation's sentence, a person's
 * introduction) instead of tokenizing anew: a bound on the memory, as the
 * tokens of a whole long text take many times its size.
 */
const KEPT_TOKENS = 100_000;

export type { SentenceAttribution } from './config.js';

export function findAttributions(doc: DocumentContext, mentions: readonly EntityMention[]): SentenceAttribution[] {
  const compiled = doc.locale.attributions;
  let found: SentenceAttribution[] = [];
  let next = 0;
  /** For each rule, the indexes of the current sentence's tokens that trigger it (emptied after each sentence). */
  const triggered: number[][] = [];
  for (let r = 0; r < compiled.rules.length; r++) triggered.push([]);
  /** The kept tokens by sentence index (an array, not a Map keyed by the sentence: no hash of each sentence object). */
  const kept: Array<Token[] | undefined> = new Array<Token[] | undefined>(doc.sentences.length).fill(undefined);
  let keptCount = 0;
  for (const sentence of doc.sentences) {
    while (next < mentions.length && mentions[next]!.start < sentence.start) next++;
    let last = next;
    while (last < mentions.length && mentions[last]!.start < sentence.end) last++;
    if (sentence.isTitle) continue;
    const tokens = sentenceTokens(doc, sentence);
    attributeSentence(compiled, { doc, sentence, mentions: mentions.slice(next, last), tokens }, triggered, found);
    if (keptCount + tokens.length <= KEPT_TOKENS) {
      kept[sentence.index] = tokens;
      keptCount += tokens.length;
    }
  }
  const tokensOf = (sentence: Sentence): readonly Token[] =>
    (doc.sentences[sentence.index] === sentence ? kept[sentence.index] : undefined) ?? sentenceTokens(doc, sentence);
  for (const refiner of compiled.refiners) found = refiner.refine(doc, found, mentions, tokensOf);
  return found;
}

/**
 * The tokens of a sentence, made from the document's words. A function of its
 * own: the document loop reads no field of the document's words or text,
 * whose types change once in a batch (recompiling what depends on them).
 */
function sentenceTokens(doc: DocumentContext, sentence: Sentence): Token[] {
  const words = doc.words;
  return tokenizeWords(sentence, doc.text, words, firstWordAt(words, sentence.start));
}

/**
 * The rules' attributions in one sentence, appended to `found`. A function of
 * its own (as are the steps below): a deoptimization in one recompiles it
 * alone, not the document loop.
 */
function attributeSentence(compiled: CompiledAttributions, view: SentenceView & { tokens: Token[] }, triggered: number[][], found: SentenceAttribution[]): void {
  const { rules, untriggered } = compiled;
  const tokens = view.tokens;
  markNames(tokens, view.mentions);
  // Both steps always (each returns at once where the language has no rules of its kind): a path one
  // language's texts never take has no type feedback when the other's come, and a function taking it
  // is optimized anew; these small ones, not this one.
  markTriggers(compiled, tokens, triggered);
  markEveryToken(untriggered, tokens.length, triggered);
  for (let r = 0; r < rules.length; r++) {
    const at = triggered[r]!;
    // Both read in every language (no short cut): each read gets type feedback before German or English texts come.
    const empty = at.length === 0;
    const mayActAnywhere = untriggered[r] === 1;
    if (empty && !mayActAnywhere) continue;
    addDrafts(found, view.sentence, rules[r]!.find(view, at));
  }
  for (let r = 0; r < triggered.length; r++) if (triggered[r]!.length > 0) triggered[r]!.length = 0;
}

/** For each token that is a trigger, its index in the lists of the rules it wakes (exported for its test). */
export function markTriggers(compiled: CompiledAttributions, tokens: readonly { lower: string }[], triggered: number[][]): void {
  const rulesByTrigger = compiled.rulesByTrigger;
  if (rulesByTrigger.size === 0) return;
  const sketches = compiled.triggerSketches;
  for (let k = 0; k < tokens.length; k++) {
    const lower = tokens[k]!.lower;
    const n = lower.length;
    // triggerSketch(lower) (config.ts), written out: a call per token of every text costs (V8 runs here without
    // inlining); no unit is read past the end (a read there leaves the optimized code).
    const second = n > 1 ? lower.charCodeAt(1) : 0;
    const third = n > 2 ? lower.charCodeAt(2) : 0;
    const beforeLast = n > 1 ? lower.charCodeAt(n - 2) : 0;
    const sketch = (Math.imul(lower.charCodeAt(0) + (n << 16), 0x9e3779b1) ^ Math.imul(second + (lower.charCodeAt(n - 1) << 16), 0x85ebca77)
      ^ Math.imul(third + (beforeLast << 16), 0xc2b2ae3d)) >>> 16;
    if (sketches[sketch] === 0) continue;
    const wakes = rulesByTrigger.get(lower);
    if (wakes !== undefined) for (let w = 0; w < wakes.length; w++) triggered[wakes[w]!]!.push(k);
  }
}

/** A rule without triggers may act at any token: every index in its list. */
function markEveryToken(untriggered: Uint8Array, n: number, triggered: number[][]): void {
  for (let r = 0; r < untriggered.length; r++) {
    if (untriggered[r] === 0) continue;
    const at = triggered[r]!;
    for (let k = 0; k < n; k++) at.push(k);
  }
}

/** The drafts as SentenceAttributions, their notes moved off the attribution; one shape for all. */
function addDrafts(found: SentenceAttribution[], sentence: Sentence, drafts: readonly DraftAttribution[]): void {
  for (let d = 0; d < drafts.length; d++) {
    const draft = drafts[d]!;
    if (!draft.notes) {
      found.push({ sentenceIndex: sentence.index, attribution: draft, notes: undefined });
      continue;
    }
    const { notes, ...attribution } = draft;
    found.push({ sentenceIndex: sentence.index, attribution, notes });
  }
}
