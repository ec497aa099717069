/** German quotation marks: „…“ and »…« (the Swiss «…» and straight quotes are left alone: their direction is unclear). */
import type { QuotePairs } from '../../../stages/attributions/roles.js';

export const GERMAN_QUOTES: QuotePairs = new Map([['„', '“'], ['»', '«']]);
