/** How English news (wire copy included: "mln dlrs", "pct", "cts", "stg") writes amounts. */
import type { AmountConfig } from '../../stages/amounts/config.js';
import { englishUnits } from './amounts-units.js';
import { noWords } from '../../core/lists.js';

const USD = { code: 'USD' };
const GBP = { code: 'GBP' };
const EUR = { code: 'EUR' };
const CENTS = { code: 'USD', factor: 0.01 };

export const englishAmounts: AmountConfig = {
  decimalSeparator: '.',
  // A plain space is left out: "5 100-meter races", "won 3 100 votes" read two numbers in English copy.
  spacedGroupSeparators: ['\u00a0', '\u202f', '\u2009'],
  groupSeparator: ',',
  foreignDecimal: false,
  ordinalDot: false,
  ordinalNouns: noWords(),
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  scaleOnlyNumberWords: { a: 1, an: 1, one: 1, 'half a': 0.5, 'a half': 0.5, 'one and a half': 1.5, 'a quarter of a': 0.25 },
  scales: {
    hundred: 1e2, thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6,
    billion: 1e9, bln: 1e9, bil: 1e9, bn: 1e9, trillion: 1e12, tln: 1e12, trn: 1e12, tn: 1e12,
    dozen: 12,
    // Indian English: "Rs 500 crore" is 5 billion rupees.
    lakh: 1e5, crore: 1e7,
  },
  attachedScales: { m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12 },
  qualifiers: {
    'more than': 'more_than', 'over': 'more_than', 'above': 'more_than', 'upwards of': 'more_than', 'in excess of': 'more_than',
    'just over': 'more_than', 'well over': 'more_than', 'just above': 'more_than', 'well above': 'more_than',
    'less than': 'less_than', 'fewer than': 'less_than', 'under': 'less_than', 'below': 'less_than', 'just under': 'less_than',
    'just below': 'less_than', 'well under': 'less_than', 'well below': 'less_than',
    'about': 'about', 'around': 'about', 'approximately': 'about', 'approx.': 'about', 'roughly': 'about', 'some': 'about',
    'nearly': 'about', 'almost': 'about', 'close to': 'about', 'an estimated': 'about', 'circa': 'about', 'an approximate': 'about',
    'at least': 'at_least', 'no less than': 'at_least', 'no fewer than': 'at_least', 'a minimum of': 'at_least',
    'at most': 'at_most', 'no more than': 'at_most', 'a maximum of': 'at_most', 'not more than': 'at_most',
    'up to': 'up_to', 'as many as': 'up_to', 'as much as': 'up_to',
  },
  postQualifiers: {
    'or more': 'at_least', 'or higher': 'at_least', 'or above': 'at_least', 'or over': 'at_least', 'and up': 'at_least',
    'or less': 'at_most', 'or fewer': 'at_most', 'or lower': 'at_most', 'or below': 'at_most',
  },
  durationPrepositions: ['over'],
  durationLeads: ['for', 'of', 'in'],
  durationUnits: ['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'quarter'],
  negativeWords: ['minus', 'negative', 'a negative'],
  currencyPrefixes: {
    '$': USD, 'us$': USD, 'us $': USD, 'usd': USD, 'a$': { code: 'AUD' }, 'c$': { code: 'CAD' }, 'hk$': { code: 'HKD' },
    'nz$': { code: 'NZD' }, 's$': { code: 'SGD' }, '£': GBP, 'gbp': GBP, '€': EUR, 'eur': EUR, '¥': { code: 'JPY' },
    'rs': { code: 'INR' }, 'rs.': { code: 'INR' }, 'chf': { code: 'CHF' },
  },
  currencyWords: {
    dollars: USD, dollar: USD, dlrs: USD, dlr: USD, 'u.s. dollars': USD, 'u.s. dlrs': USD, 'us dollars': USD, usd: USD,
    'canadian dollars': { code: 'CAD' }, 'canadian dlrs': { code: 'CAD' }, 'australian dollars': { code: 'AUD' },
    'australian dlrs': { code: 'AUD' }, 'hong kong dollars': { code: 'HKD' }, 'hk dlrs': { code: 'HKD' },
    'hong kong dlrs': { code: 'HKD' }, 'new zealand dollars': { code: 'NZD' }, 'nz dlrs': { code: 'NZD' },
    'singapore dollars': { code: 'SGD' }, 'taiwan dollars': { code: 'TWD' },
    cents: CENTS, cent: CENTS, cts: CENTS, ct: CENTS,
    euros: EUR, euro: EUR, eur: EUR, 'euro cents': { code: 'EUR', factor: 0.01 },
    pounds: GBP, 'pounds sterling': GBP, sterling: GBP, stg: GBP, pence: { code: 'GBP', factor: 0.01 }, p: { code: 'GBP', factor: 0.01 },
    yen: { code: 'JPY' }, yuan: { code: 'CNY' }, renminbi: { code: 'CNY' }, rmb: { code: 'CNY' },
    marks: { code: 'DEM' }, 'mark': { code: 'DEM' }, 'deutsche marks': { code: 'DEM' }, 'dm': { code: 'DEM' },
    francs: { code: 'FRF' }, 'french francs': { code: 'FRF' }, 'swiss francs': { code: 'CHF' }, 'belgian francs': { code: 'BEF' },
    lire: { code: 'ITL' }, guilders: { code: 'NLG' }, pesetas: { code: 'ESP' }, schillings: { code: 'ATS' },
    rupees: { code: 'INR' }, rupee: { code: 'INR' }, roubles: { code: 'RUB' }, rubles: { code: 'RUB' }, rand: { code: 'ZAR' },
    kronor: { code: 'SEK' }, 'swedish crowns': { code: 'SEK' }, naira: { code: 'NGN' }, won: { code: 'KRW' },
    ringgit: { code: 'MYR' }, baht: { code: 'THB' }, rupiah: { code: 'IDR' }, riyals: { code: 'SAR' }, zlotys: { code: 'PLN' },
  },
  percentWords: {
    '%': 'percent', pct: 'percent', percent: 'percent', 'per cent': 'percent',
    'percentage point': 'percentage point', 'percentage points': 'percentage point', 'pct points': 'percentage point',
    'pct pts': 'percentage point', 'basis points': 'basis point', 'basis point': 'basis point', 'bps': 'basis point',
  },
  rangeWords: ['to', 'or', '-', '–'],
  betweenWords: { open: ['between', 'from'], join: ['and'] },
  partitiveWords: ['of', 'of the', 'of its', 'of their', 'of his', 'of her', 'of our', 'of these', 'of those', 'out of', 'out of the', 'out of its'],
  units: englishUnits,
  inflections: ['s', 'es'],
  unitNoun: 'plural-s',
  unlistedPlurals: [['series', 'series'], ['species', 'species'], ['ies', 'y'], ['sses', 'ss'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['ss', 'ss'], ['us', 'us'], ['is', 'is'], ['s', '']],
  notNounEndings: ['ed', 'ing', 'ly'],
  stopWords: [
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'than', 'that',
    'this', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could',
    'should', 'may', 'might', 'can', 'said', 'says', 'say', 'it', 'its', 'their', 'his', 'her', 'up', 'down', 'each', 'per',
    'year', 'last', 'next', 'ago', 'more', 'less', 'vs', 'versus', 'against', 'compared', 'while', 'when',
    'after', 'before', 'since', 'during', 'over', 'under', 'into', 'about', 'not', 'also', 'only', 'out',
  ],
  months: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  timeWords: ['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'bst', 'est', 'edt', 'cet', 'hrs'],
  ageWordsAfter: ['year-old', 'years old', 'year old', 'years-old', 'yr-old'],
  ageWordsBefore: ['aged', 'age', 'ages'],
  labelWords: [
    'no.', 'nos.', 'number', 'revision', 'release', 'article', 'section', 'page', 'chapter', 'version', 'windows', 'formula', 'season',
    'episode', 'round', 'group', 'class', 'stage', 'phase', 'level', 'route', 'highway', 'interstate', 'terminal',
    'gate', 'flight', 'covid', 'iphone', 'galaxy', 'pixel', 'playstation', 'xbox', 'generation', 'gen', 'series',
    'model', 'top', 'channel', 'radio', 'world war', 'psalm', 'apollo', 'fiscal', 'tranche',
  ],
  nameBeforeNumber: 'any',
};
