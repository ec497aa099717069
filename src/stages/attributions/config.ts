import type { Stance } from '../../types.js';

/** A reporting word and the stance it expresses. */
export interface Cue {
  word: string;
  stance: Stance;
}

/** The attributions slot of a Locale. */
export interface AttributionConfig {
  /** Reporting verbs and phrases after which (or before which) the source stands. */
  cues: readonly Cue[];
}
