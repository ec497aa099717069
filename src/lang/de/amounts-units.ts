/**
 * German nouns counted or measured in the news, in a base form (plural where
 * the plural is what follows a number), to the contract's English unit. The
 * stage strips the endings in `inflections` ("Nutzern" → "nutzer"), so only
 * forms that differ otherwise are listed.
 */
export const germanUnits: Readonly<Record<string, string>> = {
  // people
  nutzer: 'user', nutzerinnen: 'user', benutzer: 'user', anwender: 'user', user: 'user', abonnenten: 'subscriber',
  kunden: 'customer', kunde: 'customer', mitarbeiter: 'employee', mitarbeiterinnen: 'employee', beschäftigte: 'employee',
  angestellte: 'employee', bedienstete: 'employee', arbeitnehmer: 'employee', arbeitsplätze: 'job', jobs: 'job', stellen: 'job',
  menschen: 'person', personen: 'person', person: 'person', leute: 'person', einwohner: 'inhabitant', bürger: 'citizen',
  teilnehmer: 'participant', befragte: 'respondent', befragten: 'respondent', besucher: 'visitor', zuschauer: 'spectator',
  studenten: 'student', studierende: 'student', schüler: 'pupil', kinder: 'child', kind: 'child', frauen: 'woman', männer: 'man',
  flüchtlinge: 'refugee', asylwerber: 'asylum seeker', asylbewerber: 'asylum seeker', migranten: 'migrant',
  soldaten: 'soldier', polizisten: 'police officer', tote: 'death', todesopfer: 'death', verletzte: 'injured person',
  opfer: 'victim', patienten: 'patient', mitglieder: 'member', wähler: 'voter', stimmen: 'vote', mandate: 'seat', sitze: 'seat',
  abgeordnete: 'member of parliament', fälle: 'case', fall: 'case', infektionen: 'infection', straftaten: 'crime', delikte: 'crime',
  // things
  chips: 'chip', chip: 'chip', stück: 'piece', exemplare: 'copy', geräte: 'device', smartphones: 'smartphone',
  fahrzeuge: 'vehicle', autos: 'car', wagen: 'car', flugzeuge: 'aircraft', aktien: 'share', anteile: 'share',
  unternehmen: 'company', firmen: 'company', konzerne: 'company', banken: 'bank', filialen: 'branch', standorte: 'site',
  werke: 'plant', länder: 'country', land: 'country', staaten: 'state', städte: 'city', gemeinden: 'municipality',
  seiten: 'page', projekte: 'project', anfragen: 'request', downloads: 'download', apps: 'app', server: 'server',
  wohnungen: 'apartment', häuser: 'house', haushalte: 'household', betriebe: 'business',
  // measures and durations
  jahre: 'year', jahr: 'year', monate: 'month', monat: 'month', wochen: 'week', woche: 'week', tage: 'day', tag: 'day',
  stunden: 'hour', stunde: 'hour', minuten: 'minute', minute: 'minute', sekunden: 'second', sekunde: 'second',
  jahrzehnte: 'decade', quartale: 'quarter',
  tonnen: 'tonne', tonne: 'tonne', kilogramm: 'kilogram', kilo: 'kilogram', kg: 'kilogram', gramm: 'gram',
  kilometer: 'kilometre', km: 'kilometre', meter: 'metre', m: 'metre', zentimeter: 'centimetre', cm: 'centimetre',
  millimeter: 'millimetre', mm: 'millimetre', quadratmeter: 'square metre', hektar: 'hectare', zoll: 'inch',
  liter: 'litre', barrel: 'barrel', fass: 'barrel', kubikmeter: 'cubic metre', grad: 'degree',
  megawatt: 'megawatt', mw: 'megawatt', gigawatt: 'gigawatt', gw: 'gigawatt', kilowatt: 'kilowatt', kw: 'kilowatt',
  kilowattstunden: 'kilowatt hour', kwh: 'kilowatt hour', terawattstunden: 'terawatt hour', twh: 'terawatt hour',
  megapixel: 'megapixel', gigabyte: 'gigabyte', gb: 'gigabyte', terabyte: 'terabyte', tb: 'terabyte', megabyte: 'megabyte',
  mb: 'megabyte', gigahertz: 'gigahertz', ghz: 'gigahertz', nanometer: 'nanometre', nm: 'nanometre', ps: 'horsepower',
  mah: 'milliampere hour', punkte: 'point', punkt: 'point', zähler: 'point', mal: 'time', fach: 'time',
};
