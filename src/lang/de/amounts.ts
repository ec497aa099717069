/** How German news writes numbers, scales, qualifiers and currencies. */
import type { AmountConfig } from '../../stages/amounts/config.js';
import { germanUnits } from './amounts-units.js';
import { noWords } from '../../core/lists.js';

const EUR = { code: 'EUR' };
const USD = { code: 'USD' };

export const germanAmounts: AmountConfig = {
  decimalSeparator: ',',
  groupSeparator: '.',
  spacedGroupSeparators: [' ', '\u00a0', '\u202f', '\u2009', "'", '’'],
  foreignDecimal: true,
  ordinalDot: true,
  ordinalNouns: [
    'Quartal', 'Halbjahr', 'Platz', 'Stelle', 'Rang', 'Runde', 'Liga', 'Mal', 'Jahrhundert', 'Jahrestag', 'Geburtstag',
    'Stock', 'Etage', 'Klasse', 'Auflage', 'Spieltag', 'Minute', 'Spielminute', 'Bezirk', 'Kalenderwoche',
    'Amtszeit', 'Generation', 'Welle', 'Lesung', 'Instanz', 'Sitzung', 'Tag', 'Woche', 'Monat',
  ],
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100,
    anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
  },
  scaleOnlyNumberWords: {
    ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, eins: 1,
    'eine halbe': 0.5, 'einer halben': 0.5, 'einen halben': 0.5, 'ein halbes': 0.5, 'eine viertel': 0.25,
  },
  scales: {
    hundert: 1e2, tausend: 1e3, 'tsd.': 1e3,
    million: 1e6, millionen: 1e6, 'mio.': 1e6, mio: 1e6, 'mill.': 1e6,
    milliarde: 1e9, milliarden: 1e9, 'mrd.': 1e9, mrd: 1e9,
    billion: 1e12, billionen: 1e12, 'bio.': 1e12,
    dutzend: 12,
  },
  attachedScales: {},
  qualifiers: {
    'über': 'more_than', 'mehr als': 'more_than', 'gut': 'more_than', 'weit über': 'more_than', 'deutlich über': 'more_than',
    'deutlich mehr als': 'more_than', 'knapp über': 'more_than', 'knapp mehr als': 'more_than', 'jenseits von': 'more_than',
    'oberhalb von': 'more_than',
    'weniger als': 'less_than', 'unter': 'less_than', 'knapp unter': 'less_than', 'deutlich unter': 'less_than',
    'knapp weniger als': 'less_than', 'unterhalb von': 'less_than',
    'rund': 'about', 'etwa': 'about', 'ungefähr': 'about', 'ca.': 'about', 'circa': 'about', 'zirka': 'about',
    'knapp': 'about', 'fast': 'about', 'beinahe': 'about', 'nahezu': 'about', 'annähernd': 'about',
    'schätzungsweise': 'about', 'an die': 'about', 'um die': 'about', 'in etwa': 'about',
    'mindestens': 'at_least', 'wenigstens': 'at_least', 'nicht weniger als': 'at_least', 'mehr als nur': 'at_least',
    'höchstens': 'at_most', 'maximal': 'at_most', 'nicht mehr als': 'at_most', 'allenfalls': 'at_most',
    'bis zu': 'up_to', 'bis maximal': 'up_to',
  },
  postQualifiers: { 'oder mehr': 'at_least', 'und mehr': 'at_least', 'oder weniger': 'at_most', 'und weniger': 'at_most' },
  durationPrepositions: ['über'],
  durationLeads: ['seit', 'für', 'vor'],
  durationUnits: ['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'quarter'],
  negativeWords: ['minus', 'ein minus von', 'einem minus von'],
  currencyPrefixes: {
    '$': USD, 'us$': USD, 'us-$': USD, 'usd': USD, '€': EUR, 'eur': EUR, '£': { code: 'GBP' }, 'gbp': { code: 'GBP' },
    '¥': { code: 'JPY' }, 'chf': { code: 'CHF' }, 'sfr.': { code: 'CHF' }, 'fr.': { code: 'CHF' },
    'cny': { code: 'CNY' }, 'jpy': { code: 'JPY' },
  },
  currencyWords: {
    euro: EUR, eur: EUR, '€': EUR, cent: { code: 'EUR', factor: 0.01 }, eurocent: { code: 'EUR', factor: 0.01 },
    dollar: USD, 'us-dollar': USD, 'us dollar': USD, usd: USD, '$': USD, 'us-cent': { code: 'USD', factor: 0.01 },
    'kanadische dollar': { code: 'CAD' }, 'australische dollar': { code: 'AUD' }, 'hongkong-dollar': { code: 'HKD' },
    'taiwan-dollar': { code: 'TWD' }, 'singapur-dollar': { code: 'SGD' }, 'neuseeland-dollar': { code: 'NZD' },
    franken: { code: 'CHF' }, 'schweizer franken': { code: 'CHF' }, chf: { code: 'CHF' }, rappen: { code: 'CHF', factor: 0.01 },
    yuan: { code: 'CNY' }, renminbi: { code: 'CNY' }, cny: { code: 'CNY' }, yen: { code: 'JPY' }, jpy: { code: 'JPY' },
    pfund: { code: 'GBP' }, 'britische pfund': { code: 'GBP' }, 'pfund sterling': { code: 'GBP' }, gbp: { code: 'GBP' },
    schilling: { code: 'ATS' }, 'mark': { code: 'DEM' }, 'd-mark': { code: 'DEM' }, dm: { code: 'DEM' },
    rubel: { code: 'RUB' }, rupien: { code: 'INR' }, 'indische rupien': { code: 'INR' }, won: { code: 'KRW' },
    kronen: { code: 'SEK' }, 'schwedische kronen': { code: 'SEK' }, 'dänische kronen': { code: 'DKK' },
    'norwegische kronen': { code: 'NOK' }, zloty: { code: 'PLN' }, forint: { code: 'HUF' }, lira: { code: 'TRY' },
    'türkische lira': { code: 'TRY' }, bitcoin: { code: 'XBT' },
  },
  percentWords: {
    '%': 'percent', prozent: 'percent', 'v. h.': 'percent', 'v.h.': 'percent',
    prozentpunkt: 'percentage point', prozentpunkte: 'percentage point', prozentpunkten: 'percentage point',
    '%-punkte': 'percentage point', '%-punkten': 'percentage point',
    basispunkt: 'basis point', basispunkte: 'basis point', basispunkten: 'basis point',
    promille: 'per mille',
  },
  rangeWords: ['bis', 'oder', '-', '–', 'auf'],
  betweenWords: { open: ['zwischen'], join: ['und'] },
  units: germanUnits,
  inflections: ['n', 'en', 's', 'e'],
  unitNoun: 'capitalized',
  unlistedPlurals: [],
  notNounEndings: noWords(),
  stopWords: [
    'der', 'die', 'das', 'des', 'dem', 'den', 'und', 'oder', 'aber', 'von', 'vom', 'mit', 'für', 'in', 'im', 'auf', 'an',
    'am', 'bei', 'aus', 'nach', 'zu', 'zum', 'zur', 'um', 'pro', 'je', 'als', 'wie', 'ist', 'sind', 'war', 'waren', 'wird',
    'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'hatten', 'sei', 'seien', 'soll', 'sollen', 'kann', 'können',
    'nicht', 'noch', 'auch', 'mehr', 'weniger', 'bis', 'seit', 'gegenüber', 'über', 'unter', 'vor', 'zwischen',
  ],
  months: [
    'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan.', 'Feb.', 'Mär.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Okt.', 'Nov.', 'Dez.',
  ],
  timeWords: ['uhr', 'mez', 'mesz', 'utc'],
  ageWordsAfter: ['jährig', 'jahre alt', 'jahren alt', 'lenze'],
  ageWordsBefore: ['im alter von', 'alter von', 'alter:', 'alt:'],
  labelWords: [
    'nr.', 'nummer', 'no.', 'revision', 'release', 'artikel', 'art.', '§', 'paragraf', 'paragraph', 'absatz', 'abs.', 'seite', 's.', 'kapitel',
    'platz', 'rang', 'version', 'windows', 'formel', 'staffel', 'folge', 'episode', 'runde', 'gruppe', 'klasse',
    'stufe', 'phase', 'level', 'linie', 'gleis', 'terminal', 'halle', 'bundesstraße', 'autobahn', 'kanal', 'gen',
    'modell', 'serie', 'iphone', 'galaxy', 'pixel', 'playstation', 'xbox', 'generation', 'spieltag', 'etappe',
    'covid', 'flug', 'kw', 'bezirk', 'jahrgang', 'heft', 'band', 'ausgabe', 'top',
  ],
  nameBeforeNumber: 'bare',
};
