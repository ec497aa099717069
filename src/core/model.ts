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

/**
 * One occurrence of a named thing, before mentions are merged into entities.
 * Every mention has every field, undefined where it has none, in the order
 * `entityMention` gives them: one hidden class for all, so the stages' reads
 * of `start`, `end` and `type` stay monomorphic (optional fields, a spread
 * and fields added later made several shapes, and megamorphic reads).
 */
export interface EntityMention extends Span, Ruled {
  /** Canonical name: "Nvidia" for "Nvidias". */
  name: string;
  type: EntityType;
  vendor: string | undefined;
  organization: string | undefined;
  role: string | undefined;
}

/** A mention without organization and role (they are set on it later, if at all). */
export function entityMention(text: string, start: number, end: number, name: string, type: EntityType, rule: string, vendor: string | undefined): EntityMention {
  return { text, start, end, name, type, rule, vendor, organization: undefined, role: undefined };
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
