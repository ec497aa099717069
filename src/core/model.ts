/** Internal values passed between pipeline stages (not part of the output contract). */
import type { EntityType, Ruled, Span } from '../types.js';
import type { Locale } from '../lang/locale.js';
import type { Words } from './words.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line) the sentence stands in. */
  paragraph: number;
  /** True for the headline. */
  isTitle: boolean;
}

/** One occurrence of a named thing, before mentions are merged into entities. */
export interface EntityMention extends Span, Ruled {
  /** Canonical name: "Nvidia" for "Nvidias". */
  name: string;
  type: EntityType;
  vendor?: string;
  organization?: string;
  role?: string;
}

/** What every stage after sentence splitting reads. */
export interface DocumentContext {
  /** The decoded text; never changed, every offset points here. */
  text: string;
  locale: Locale;
  sentences: readonly Sentence[];
  /** The words of the text, found once and read by every stage that looks words up (`scanWords`). */
  words: Words;
}
