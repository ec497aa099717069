/**
 * The output contract (../shared/contract/OUTPUT.md) as types, plus the
 * internal `rule` stamp every extracted item carries (shown with --explain).
 */
export type LanguageCode = 'de' | 'en';
export const LANGUAGE_CODES: readonly LanguageCode[] = ['de', 'en'];

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Every extracted item names the rule that produced it. */
export interface Ruled {
  rule: string;
}

export type EntityType = 'company' | 'chip' | 'person' | 'organization' | 'media' | 'product' | 'place';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Span[];
  vendor?: string;
  organization?: string;
  role?: string;
  rule: string;
}

export type Qualifier = 'more_than' | 'less_than' | 'about' | 'at_least' | 'at_most' | 'up_to';

export interface Quantity extends Span, Ruled {
  value: number;
  unit: string | null;
  qualifier: Qualifier | null;
}

export interface Money extends Span, Ruled {
  value: number;
  currency: string;
  qualifier: Qualifier | null;
}

export type SourceType = 'anonymous' | 'person' | 'spokesperson' | 'organization' | 'media' | 'document';
export type Stance = 'asserts' | 'denies' | 'confirms' | 'declines';

export interface Source {
  text: string;
  type: SourceType;
  count: number | null;
  name: string | null;
  organization: string | null;
}

/** Exact role spans, outside the contract: the peer scorers read them instead of locating the text. */
export interface AttributionSpans {
  source: Array<{ start: number; end: number }>;
  cue: Array<{ start: number; end: number }>;
  /**
   * What was said; it may reach into neighbouring sentences (a quotation over
   * several sentences, "Dies bestätigte X" saying the sentence before). Empty
   * for a continuation whose sentence is already part of the content of the
   * attribution it continues (a run of reported speech, a quotation).
   */
  content: Array<{ start: number; end: number }>;
  /** The whole introducing phrase with its joining comma or colon ("Die Ministerin sagte am Montag,"), where it differs from the attribution's span. */
  frame?: Array<{ start: number; end: number }>;
}

export interface Attribution extends Span, Ruled {
  source: Source;
  cue: string;
  stance: Stance;
  inherited: boolean;
  spans?: AttributionSpans;
}

export interface Claim extends Span {
  id: string;
  entities: string[];
  quantities: Quantity[];
  money: Money[];
  attributions: Attribution[];
  /**
   * The later claims whose attributions take this sentence as what was said
   * ("Mahle will 7.600 Stellen abbauen." then "Das teilte das Unternehmen
   * mit."): this sentence has a source, named there. Absent when none does.
   */
  sourcedIn?: string[];
}

/** A claim someone stands behind: in its own sentence, or in a later one that points back to it. */
export function isSourced(claim: Claim): boolean {
  return claim.attributions.length > 0 || (claim.sourcedIn?.length ?? 0) > 0;
}

export interface ClaimsDocument {
  schemaVersion: 1;
  source: string;
  language: LanguageCode;
  title: string | null;
  published: string | null;
  entities: Entity[];
  claims: Claim[];
  warnings: string[];
}

/** A document with the decoded text its spans point into (what formatters that show the article need). */
export interface ExtractedArticle {
  text: string;
  doc: ClaimsDocument;
}

/** What a document says before its claims and entities. */
export type DocumentHead = Omit<ClaimsDocument, 'entities' | 'claims'>;

/** One window's share of a long document: spans point into the whole text, ids are the document's. */
export interface DocumentWindow {
  claims: Claim[];
  /** The entities mentioned in this window, with only this window's mentions. */
  entities: Entity[];
}

/** A long document extracted window by window, as its windows are asked for. */
export interface WindowedDocument {
  head: DocumentHead;
  /** Each window is extracted when the iteration reaches it; iterable once. */
  windows: Iterable<DocumentWindow>;
  /** Every entity with all its mentions, in order of first mention; complete once `windows` is done. */
  entities(): Iterable<Entity>;
}

/** A long article: its decoded text and its document, extracted while it is written. */
export interface WindowedArticle extends WindowedDocument {
  text: string;
}
