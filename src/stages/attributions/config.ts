import type { DocumentContext, EntityMention, Sentence } from '../../core/model.js';
import type { Attribution } from '../../types.js';
import type { Token } from './tokens.js';

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
}

/** An attribution as a rule returns it: the stage moves its notes onto the SentenceAttribution. */
export interface DraftAttribution extends Attribution {
  notes?: AttributionNotes;
}

/** A small rule with one job ("laut X", "X zufolge", "said X", "declined to comment"). */
export interface AttributionRule {
  id: string;
  find(view: SentenceView): DraftAttribution[];
}

export interface SentenceAttribution {
  sentenceIndex: number;
  attribution: Attribution;
  notes?: AttributionNotes;
}

/** Runs over the whole document after the rules: inheritance, de-duplication. */
export interface AttributionRefiner {
  id: string;
  refine(doc: DocumentContext, found: SentenceAttribution[], mentions: readonly EntityMention[]): SentenceAttribution[];
}

/** The attributions slot of a Locale: the language's rules and refiners, in order. */
export interface AttributionConfig {
  rules: readonly AttributionRule[];
  refiners: readonly AttributionRefiner[];
}
