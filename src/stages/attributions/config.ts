import type { DocumentContext, EntityMention, Sentence } from '../../core/model.js';
import type { Attribution } from '../../types.js';
import type { Token } from './tokens.js';
import { storeFields } from '../../core/shape.js';

/** What an attribution rule sees: one sentence and what earlier stages found in it. */
export interface SentenceView {
  doc: DocumentContext;
  sentence: Sentence;
  /** Entity mentions that start inside the sentence, in text order. */
  mentions: readonly EntityMention[];
  /**
   * The sentence's tokens, made once and walked by every rule (read only).
   * They live as long as the sentence is being read: the tokens of a whole
   * long text at once would take many times its size in memory.
   */
  tokens: readonly Token[];
}

/**
 * What a rule knows about an attribution that only the language's refiners
 * read: never printed, it travels on the SentenceAttribution, not in the output.
 */
export interface AttributionNotes {
  /** Made by a view verb ("wants", "believes"): yields to speech in the same sentence. */
  view?: boolean;
  /** The source is a pronoun or common noun ("she", "the spokesman") to resolve to an earlier source. */
  reference?: { refers: string; head: string };
  /** One party of a coordinated subject ("Apple and Samsung declined"): the parties share the cue. */
  party?: boolean;
}

/** An attribution as a rule returns it: the stage moves its notes onto the SentenceAttribution. */
export interface DraftAttribution extends Attribution {
  notes?: AttributionNotes;
}

/** A small rule with one job ("laut X", "X zufolge", "said X", "declined to comment"). */
export interface AttributionRule {
  id: string;
  /**
   * Lower-cased tokens ("laut", "gemäß", ":") of which a sentence must hold
   * one for the rule to find anything in it: the stage reads the rule only in
   * such sentences. Absent: the rule reads every sentence.
   */
  triggers?: readonly string[];
  /**
   * `triggered`: the indexes of the sentence's tokens that are triggers of
   * this rule, in text order (every token's for a rule without triggers),
   * found in the stage's one look-up per token: a rule that acts only at its
   * triggers walks these instead of every token, and still checks each one
   * (a rule may be read without its triggers). Read during the call only.
   */
  find(view: SentenceView, triggered: readonly number[]): DraftAttribution[];
}

export interface SentenceAttribution {
  sentenceIndex: number;
  attribution: Attribution;
  notes?: AttributionNotes;
}

/** The tokens of a sentence: those the rules read, where the stage kept them, else made anew. */
export type SentenceTokens = (sentence: Sentence) => readonly Token[];

/** Runs over the whole document after the rules: inheritance, de-duplication. */
export interface AttributionRefiner {
  id: string;
  refine(doc: DocumentContext, found: SentenceAttribution[], mentions: readonly EntityMention[], tokensOf?: SentenceTokens): SentenceAttribution[];
}

/** The language's attribution rules and refiners, in order. */
export interface AttributionConfig {
  rules: readonly AttributionRule[];
  refiners: readonly AttributionRefiner[];
}

/** The attributions slot of a Locale: an AttributionConfig with its rules indexed by trigger, built once when the language loads. */
export interface CompiledAttributions extends AttributionConfig {
  /** The positions in `rules` of the rules each trigger wakes: one look-up per token for all rules. */
  rulesByTrigger: ReadonlyMap<string, readonly number[]>;
  /** 1 at the position of each rule without triggers (it reads every sentence), else 0. */
  untriggered: Uint8Array;
  /**
   * 1 at the `triggerSketch` of each trigger, else 0: a token whose sketch is 0
   * is no trigger, known without hashing its fresh lower-cased string for a
   * look-up in `rulesByTrigger` (most tokens of a text are none).
   */
  triggerSketches: Uint8Array;
}

/** How many sketches there are (a power of two). */
const TRIGGER_SKETCHES = 1 << 16;

/**
 * A 16-bit integer for a lower-cased token, mixed from its length and its
 * first three and last two UTF-16 units (a unit past the end counts as 0). Equal
 * strings have equal sketches; different ones may share one. The stage's
 * markTriggers computes the same inline.
 */
export function triggerSketch(lower: string): number {
  const n = lower.length;
  const first = n > 0 ? lower.charCodeAt(0) : 0;
  const second = n > 1 ? lower.charCodeAt(1) : 0;
  const third = n > 2 ? lower.charCodeAt(2) : 0;
  const beforeLast = n > 1 ? lower.charCodeAt(n - 2) : 0;
  const last = n > 0 ? lower.charCodeAt(n - 1) : 0;
  return (Math.imul(first + (n << 16), 0x9e3779b1) ^ Math.imul(second + (last << 16), 0x85ebca77) ^ Math.imul(third + (beforeLast << 16), 0xc2b2ae3d)) >>> 16;
}

/** Holds one language's CompiledAttributions with field types that stay narrow (see core/shape). */
// Declaration merging: the class has the fields of CompiledAttributions (storeFields stores them).
interface AttributionTables extends CompiledAttributions {}
class AttributionTables {
  constructor(fields: CompiledAttributions) { storeFields(this, fields); }
}

/**
 * A rule as one object shape, its fields in one order: the languages' rules are
 * literals of several shapes (with and without triggers), and the stage's read
 * of `find` in each sentence, optimized for the first language's shapes, was
 * thrown away when the next language's came (a cold batch run: one
 * deoptimization and a second compile).
 */
function uniformRule(rule: AttributionRule): AttributionRule {
  return { id: rule.id, triggers: rule.triggers, find: rule.find };
}

export function compileAttributions(config: AttributionConfig): CompiledAttributions {
  const rulesByTrigger = new Map<string, number[]>();
  config.rules.forEach((rule, r) => {
    for (const trigger of new Set(rule.triggers ?? [])) {
      const list = rulesByTrigger.get(trigger) ?? [];
      list.push(r);
      rulesByTrigger.set(trigger, list);
    }
  });
  const untriggered = Uint8Array.from(config.rules, (rule) => (rule.triggers ? 0 : 1));
  const triggerSketches = new Uint8Array(TRIGGER_SKETCHES);
  for (const trigger of rulesByTrigger.keys()) triggerSketches[triggerSketch(trigger)] = 1;
  const fields: CompiledAttributions = { ...config, rules: config.rules.map(uniformRule), rulesByTrigger, untriggered, triggerSketches };
  return new AttributionTables(fields);
}
