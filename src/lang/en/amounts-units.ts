/**
 * English nouns counted or measured in the news, singular, to the contract's
 * unit. The stage strips "s" and "es" ("users" → "user"), and an unlisted
 * noun's plural ending (unlistedPlurals in amounts.ts); irregular plurals are
 * listed.
 */
export const englishUnits: Readonly<Record<string, string>> = {
  // people
  user: 'user', subscriber: 'subscriber', customer: 'customer', client: 'client', employee: 'employee', worker: 'worker',
  staff: 'employee', job: 'job', people: 'person', person: 'person', resident: 'resident', citizen: 'citizen',
  participant: 'participant', respondent: 'respondent', visitor: 'visitor', student: 'student', child: 'child',
  children: 'child', women: 'woman', woman: 'woman', men: 'man', man: 'man', refugee: 'refugee', migrant: 'migrant',
  soldier: 'soldier', death: 'death', victim: 'victim', patient: 'patient', member: 'member', voter: 'voter', vote: 'vote',
  seat: 'seat', case: 'case', infection: 'infection', shareholder: 'shareholder', player: 'player', shopper: 'shopper',
  // things
  chip: 'chip', unit: 'unit', piece: 'piece', copy: 'copy', copies: 'copy', device: 'device', phone: 'phone',
  smartphone: 'smartphone', vehicle: 'vehicle', car: 'car', aircraft: 'aircraft', plane: 'aircraft', share: 'share',
  company: 'company', companies: 'company', firm: 'company', bank: 'bank', branch: 'branch', store: 'store', shop: 'store',
  plant: 'plant', factory: 'factory', factories: 'factory', country: 'country', countries: 'country', nation: 'country',
  state: 'state', city: 'city', cities: 'city', page: 'page', project: 'project', download: 'download', app: 'app',
  server: 'server', home: 'home', house: 'house', household: 'household', contract: 'contract', order: 'order',
  // measures and durations
  year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute', second: 'second',
  decade: 'decade', quarter: 'quarter', time: 'time',
  tonne: 'tonne', ton: 'tonne', tons: 'tonne', kilogram: 'kilogram', kg: 'kilogram', gram: 'gram', ounce: 'ounce',
  kilometre: 'kilometre', kilometer: 'kilometre', km: 'kilometre', mile: 'mile', metre: 'metre', meter: 'metre',
  foot: 'foot', feet: 'foot', inch: 'inch', inches: 'inch', acre: 'acre', hectare: 'hectare', ha: 'hectare',
  litre: 'litre', liter: 'litre', gallon: 'gallon', barrel: 'barrel', bpd: 'barrel per day', degree: 'degree',
  megawatt: 'megawatt', mw: 'megawatt', gigawatt: 'gigawatt', gw: 'gigawatt', kilowatt: 'kilowatt', kw: 'kilowatt',
  megapixel: 'megapixel', gigabyte: 'gigabyte', gb: 'gigabyte', terabyte: 'terabyte', tb: 'terabyte', megabyte: 'megabyte',
  mb: 'megabyte', gigahertz: 'gigahertz', ghz: 'gigahertz', megahertz: 'megahertz', mhz: 'megahertz', mbps: 'megabit per second',
  nanometre: 'nanometre', nanometer: 'nanometre', nm: 'nanometre', teraflop: 'teraflop', operation: 'operation',
  point: 'point', ratio: 'ratio',
  // plurals the stage's endings do not undo ("series" is no "sery")
  life: 'life', lives: 'life', mips: 'mips',
};
