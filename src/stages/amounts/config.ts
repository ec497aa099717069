import type { Qualifier } from '../../types.js';

/** A currency word or symbol: its ISO code and, for cents, the fraction of the unit it names. */
export interface CurrencySpec {
  code: string;
  /** 0.01 for "cts", "Cent"; 1 when absent. */
  factor?: number;
}

/**
 * The amounts slot of a Locale: how a language writes numbers, scales,
 * qualifiers, currencies and units. All keys are lower-case; multi-word keys
 * match any run of white space between their words.
 */
export interface AmountConfig {
  /** Decimal separator: "," in German, "." in English. */
  decimalSeparator: ',' | '.';
  /** Digit-group separator: "." in German, "," in English. */
  groupSeparator: '.' | ',';
  /**
   * Other characters written between groups of three digits: spaces ("100 000",
   * also no-break and thin spaces) and, in Swiss German, apostrophes
   * ("250'000"). Read only between a first group of one to three digits (not
   * opening with 0) and groups of exactly three.
   */
  spacedGroupSeparators: readonly string[];
  /**
   * Whether a decimal written with the other language's separator is still read
   * as a decimal when it cannot be a digit group ("2.5" in German text is 2.5;
   * "1,5" in English is a list, not a number).
   */
  foreignDecimal: boolean;
  /** Whether "3." before a word is an ordinal ("am 3. Oktober", "im 2. Quartal"). */
  ordinalDot: boolean;
  /** Nouns that follow an ordinal, even where a sentence splitter ended the sentence at its dot ("3. Quartal"). */
  ordinalNouns: readonly string[];
  /** Number words that stand alone as amounts ("zwei", "three", "zwölf"). */
  numberWords: Readonly<Record<string, number>>;
  /** Number words that count only before a scale word ("ein", "a", "half a", "eine halbe"). */
  scaleOnlyNumberWords: Readonly<Record<string, number>>;
  /** Scale words after a number ("Mio.", "Milliarden", "mln", "bn", "Dutzend"). */
  scales: Readonly<Record<string, number>>;
  /** Scale suffixes written right after the digits ("$9bn", "£5m"). */
  attachedScales: Readonly<Record<string, number>>;
  /** Phrases right before an amount ("mehr als", "up to") and what they mean. */
  qualifiers: Readonly<Record<string, Qualifier>>;
  /** Phrases right after an amount that qualify it ("or more" → at_least, "oder weniger" → at_most). */
  postQualifiers: Readonly<Record<string, Qualifier>>;
  /**
   * Qualifiers that before a duration mean "during", not "more than" ("built up
   * over 20 years"), unless one of `durationLeads` comes first ("for over 20 years").
   */
  durationPrepositions: readonly string[];
  durationLeads: readonly string[];
  /** Units that are durations. */
  durationUnits: readonly string[];
  /** Phrases that mark the following amount as negative ("minus", "a negative"). */
  negativeWords: readonly string[];
  /** Currency symbols and codes written before the number ("$", "US$", "€", "EUR"). */
  currencyPrefixes: Readonly<Record<string, CurrencySpec>>;
  /** Currency words written after the number ("Euro", "US-Dollar", "dlrs", "cts", "stg"). */
  currencyWords: Readonly<Record<string, CurrencySpec>>;
  /** Percent signs and words after the number, to their unit ("%", "Prozent", "Prozentpunkte"). */
  percentWords: Readonly<Record<string, string>>;
  /** Words that join the two ends of a range ("bis", "to", "-", "oder"). */
  rangeWords: readonly string[];
  /** Words between a part and the whole it is part of: "900 of its 4,200 jobs", "900 der 4.200 Stellen". */
  partitiveWords: readonly string[];
  /** "zwischen … und …": the opening word and the joining word. */
  betweenWords: { open: readonly string[]; join: readonly string[] };
  /** Nouns after a number, in a base form, to the contract's unit ("Nutzer" → "user"). */
  units: Readonly<Record<string, string>>;
  /** Endings stripped, one at a time, to find a noun in `units` ("Nutzern" → "nutzer"). */
  inflections: readonly string[];
  /**
   * How to find the counted noun when it is not in `units`: German takes the
   * first capitalized word ("77 registrierte Straftaten"); English the first
   * plural-looking word of the words that follow ("14 large banks").
   */
  unitNoun: 'capitalized' | 'plural-s';
  /**
   * An unlisted counted noun's plural endings and what replaces each for its
   * singular, tried in order ("batteries" → "battery", "processors" →
   * "processor"; an ending replaced by itself keeps "business" whole). Empty
   * where the unit is the noun as the text writes it (German).
   */
  unlistedPlurals: ReadonlyArray<readonly [string, string]>;
  /** Endings of words after a number that are no nouns ("shipped", "including"); English only. */
  notNounEndings: readonly string[];
  /** Words that end the search for a unit noun ("der", "of", "were"). */
  stopWords: readonly string[];
  /** Month names and abbreviations: a number beside one is a date. */
  months: readonly string[];
  /** Words after a number that make it a time of day ("Uhr", "a.m.", "GMT"). */
  timeWords: readonly string[];
  /** Words after a number that make it an age ("-Jährige", "years old"). */
  ageWordsAfter: readonly string[];
  /** Phrases right before a number that make it an age ("im Alter von", "aged"). */
  ageWordsBefore: readonly string[];
  /** Words whose following number is a label, not an amount ("Nr.", "Artikel", "Windows", "page"). */
  labelWords: readonly string[];
  /**
   * A number right after a capitalized word inside a sentence belongs to a
   * name ("Windows 11", "Android 6.0"): in English whatever follows it
   * (`any`), in German, which capitalizes every noun, only where nothing
   * counted follows (`bare`).
   */
  nameBeforeNumber: 'any' | 'bare';
}
