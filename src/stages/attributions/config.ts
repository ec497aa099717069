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

/** A small rule with one job ("laut X", "X zufolge", "said X", "declined to comment"). */
export interface AttributionRule {
  id: string;
  find(view: SentenceView): Attribution[];
}

export interface SentenceAttribution {
  sentenceIndex: number;
  attribution: Attribution;
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
