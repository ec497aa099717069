import type { EntityType, LanguageCode } from '../../types.js';

/** A known name with its spellings, or a family of names given by a pattern. */
export interface LexiconEntry {
  /** Canonical name; empty for a pattern entry, whose name is the matched text. */
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  /** For chips: the maker's canonical name. */
  vendor?: string;
  /** The name each language writes it by, where they differ ("Singapur", "Singapore"); see `localized`. */
  localNames?: Readonly<Partial<Record<LanguageCode, string>>>;
  /** Regular-expression source for a family ("Snapdragon 8xx"); the match, hyphens as spaces, is the name. */
  pattern?: string;
}

/** The entity slot of a Locale: every word the entity stage reads. */
export interface EntityConfig {
  /** Known companies, media, organizations, chips and places, shared and language-specific. */
  lexicon: readonly LexiconEntry[];
  /** Endings an inflected name may carry: genitive "s", "'s", "es". */
  nameEndings: readonly string[];
  /** Legal forms after a company name: "AG", "GmbH", "Inc", "Corp", "and Co". */
  legalForms: readonly string[];
  /** Lower-case words allowed inside a multi-word name: "of", "and", "&", "für". */
  nameConnectors: readonly string[];
  /** Nouns that introduce a company name right after them: "der Konzern X", "chipmaker X". */
  companyNouns: readonly string[];
  /** Ends of compound nouns that introduce a company name: "Chiphersteller", "Softwarekonzern". */
  companyNounEndings: readonly string[];
  /**
   * Endings of common nouns, lower-case, never read as a company after a company noun where
   * every noun is capitalized: "der Konzern Investitionen" is no company "Investitionen".
   */
  commonNounEndings: readonly string[];
  /** Compound heads after a hyphen that make the first part a company: "X-Chef", "X-Aktie". */
  companyCompoundHeads: readonly string[];
  /** Last words that make a capitalized phrase an organization: "Association", "Ministry". */
  organizationHeads: readonly string[];
  /**
   * Last words that make a capitalized phrase a company: "Nexon Semiconductor", "Acme Technologies".
   * Only words that end company names and hardly anything else. Where every noun is capitalized, they
   * only tell the short name a company is called by later ("Halvard" of "Halvard Semiconductor GmbH").
   */
  companyHeads: readonly string[];
  /** Ends of single compound words that name an organization: "Finanzministerium". */
  organizationWordEndings: readonly string[];
  /** Prefixes that a body's name may drop on later mention: "Bundes" in "Bundesbildungsministerium". */
  organizationPrefixes: readonly string[];
  /** Words that never begin or belong to a name: articles, pronouns, months, weekdays, time words. */
  stopWords: readonly string[];
  /** Courtesy titles before a name: "Herr", "Mr", "Dr.". */
  personTitles: readonly string[];
  /** Role words as written before or after a name: "Sprecher", "spokeswoman", "Finance Minister", "CEO". */
  roles: readonly string[];
  /** Ends of compound role words: "Finanzminister", "Konzernsprecher". Empty where compounds are not written as one word. */
  roleEndings: readonly string[];
  /** Words between a role and the organization it belongs to: "at", "of", "bei", "von". */
  roleLinkers: readonly string[];
  /** Given names; a capitalized word after one is read as a surname. */
  firstNames: readonly string[];
  /** Particles inside surnames: "von", "van", "de". */
  nameParticles: readonly string[];
  /** Capitalized words that are not names: in German, nouns that often stand near names. */
  notNames: readonly string[];
  /** False where every noun is capitalized (German): capitalization alone is then no signal. */
  capitalizationMarksNames: boolean;
  /**
   * A wide list of given names, many of them also ordinary words ("Rod",
   * "Dawn"): one makes a person of a run of two or three capitalized words
   * that it starts and that nothing else explains. Empty where every noun is
   * capitalized.
   */
  wideGivenNames: readonly string[];
}
