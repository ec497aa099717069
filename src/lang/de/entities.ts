/** German entity words: legal forms, context nouns, roles, titles, and names only German text uses. */
import type { EntityConfig, LexiconEntry } from '../../stages/entities/config.js';
import { localized, sharedLexicon } from '../../lexicon/index.js';
import { firstNames } from '../../lexicon/first-names.js';
import { noWords } from '../../core/lists.js';

/** Bodies and companies known by their German names, and German spellings of shared ones. */
const germanNames: readonly LexiconEntry[] = [
  { name: 'Raiffeisen Bank International', type: 'company', aliases: ['RBI'] },
  { name: 'Europäische Union', type: 'organization', aliases: ['EU'] },
  { name: 'Vereinigte Staaten', type: 'place', aliases: ['US', 'USA'] },
];

/**
 * Adjectives that open German names and take the weak ending after an
 * article: "die Deutsche Bank" → "der Deutschen Bank", "der Europäische
 * Gerichtshof" → "des Europäischen Gerichtshofs". Words in -isch/-sch are
 * recognized by their ending; these others are listed. City adjectives in -er
 * ("Frankfurter", "Wiener") never change.
 */
const NAME_ADJECTIVES = ['Allgemeine', 'Erste', 'Freie', 'Grüne', 'Internationaler', 'Kleine', 'Neue', 'Oberster', 'Vereinigte', 'Vereinte'];
const SCH_ADJECTIVE = /sch(?:e|er|es)$/u;

/** A name's spelling with its adjectives (before the last word) in the weak form, or null when it has none. */
function weakForm(name: string): string | null {
  const words = name.split(' ');
  let changed = false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!(SCH_ADJECTIVE.test(w) || NAME_ADJECTIVES.includes(w))) continue;
    words[i] = w.replace(/(?:e|er|es)$/u, 'en');
    changed = true;
  }
  return changed ? words.join(' ') : null;
}

/** Entries with the weak forms of their spellings as further aliases. */
function withWeakForms(entries: readonly LexiconEntry[]): LexiconEntry[] {
  return entries.map((entry) => {
    const spellings = [entry.name, ...(entry.aliases ?? [])];
    const weak = spellings.map(weakForm).filter((w): w is string => w !== null && !spellings.includes(w));
    return weak.length ? { ...entry, aliases: [...(entry.aliases ?? []), ...new Set(weak)] } : entry;
  });
}

export const germanEntities: EntityConfig = {
  lexicon: withWeakForms([...germanNames, ...localized(sharedLexicon, 'de')]),
  nameEndings: ['s', 'es', "'s", '’s', "'", '’'],
  legalForms: ['AG', 'SE', 'GmbH', 'KGaA', 'KG', 'OHG', 'GmbH & Co. KG', 'Co. KG', 'e.V.', 'eG', 'Inc', 'Corp', 'Ltd', 'Plc', 'PLC', 'N.V.', 'S.A.', 'SpA', 'LLC'],
  nameConnectors: ['für', 'und', '&'],
  companyNouns: ['Konzern', 'Unternehmen', 'Firma', 'Hersteller', 'Anbieter', 'Start-up', 'Startup', 'Mutterkonzern', 'Muttergesellschaft', 'Tochtergesellschaft', 'Tochterfirma', 'Zulieferer', 'Autobauer', 'Händler', 'Versicherer', 'Versandhändler', 'Onlinehändler', 'Dienstleister', 'Betreiber', 'Netzbetreiber', 'Mobilfunker', 'Mobilfunkbetreiber', 'Chipkonzern', 'Chiphersteller', 'Technologiekonzern', 'Softwarekonzern', 'Softwarehersteller', 'Internetkonzern', 'Elektronikkonzern', 'Smartphonehersteller', 'Handyhersteller', 'Tech-Konzern', 'Technologie-Gigant', 'Tech-Gigant', 'Tech-Riese', 'Internetriese', 'Halbleiterhersteller', 'Rüstungskonzern', 'Energiekonzern', 'Ölkonzern', 'Pharmakonzern', 'Baukonzern', 'Stahlkonzern', 'Versicherungskonzern', 'Medienkonzern', 'Mischkonzern', 'Investmentbank', 'Ratingagentur', 'Beratungsfirma', 'Unternehmensberatung', 'Beratungsgesellschaft', 'Beratungsunternehmen', 'Strategieberatung', 'Wirtschaftsprüfungsgesellschaft', 'Wirtschaftsprüfer', 'Marktforscher', 'Marktforschungsinstitut', 'Marktforschungsunternehmen'],
  companyNounEndings: ['konzern', 'hersteller', 'riese', 'gigant', 'zulieferer', 'anbieter'],
  commonNounEndings: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ität', 'itäten', 'nisse', 'ismus', 'ierung', 'ierungen'],
  companyCompoundHeads: ['Chef', 'Chefin', 'Sprecher', 'Sprecherin', 'Konzern', 'Aktie', 'Aktien', 'Mutter', 'Tochter', 'Vorstand', 'Vorstandschef', 'Gründer', 'Manager', 'Managerin', 'Mitarbeiter', 'Zentrale', 'Boss'],
  organizationHeads: noWords(),
  // Only for the short name a company is later called by ("Halvard" of "Halvard Semiconductor GmbH"): where every
  // noun is capitalized, a head word alone makes no company.
  companyHeads: ['Semiconductor', 'Semiconductors', 'Technologies', 'Pharmaceuticals', 'Therapeutics', 'Holding', 'Holdings', 'Airlines', 'Motors', 'Electronics', 'Industries', 'Werke'],
  organizationWordEndings: ['ministerium', 'bundesamt', 'landesamt', 'verfassungsgericht', 'gerichtshof', 'landesgericht', 'kartellamt', 'rechnungshof', 'bundesanstalt', 'bundesagentur'],
  organizationPrefixes: ['Bundes', 'Landes'],
  stopWords: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'aber', 'doch', 'denn', 'wie', 'als', 'so', 'auch', 'noch', 'nur', 'schon', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'um', 'durch', 'gegen', 'ohne', 'trotz', 'laut', 'dass', 'daß', 'ob', 'wenn', 'weil', 'während', 'er', 'sie', 'es', 'wir', 'ihr', 'ich', 'man', 'dies', 'diese', 'dieser', 'dieses', 'jene', 'sein', 'seine', 'ihre', 'unser', 'kein', 'keine', 'nicht', 'dabei', 'damit', 'dazu', 'daher', 'dann', 'da', 'hier', 'dort', 'heute', 'gestern', 'morgen', 'jetzt', 'bereits', 'zudem', 'außerdem', 'allerdings', 'jedoch', 'zwar', 'sowie', 'bisher', 'zuletzt', 'vergangene', 'vergangenen', 'vergangenes', 'nächste', 'nächsten', 'ende', 'anfang', 'mitte', 'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'herr', 'frau', 'prozent', 'euro', 'dollar', 'millionen', 'milliarden', 'jahr', 'jahre', 'jahren', 'woche', 'wochen', 'monat', 'monaten', 'tag', 'tage', 'tagen'],
  personTitles: ['Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.', 'Professor', 'Professorin', 'Mag.', 'Dipl.-Ing.', 'Ing.'],
  roles: ['Sprecher', 'Sprecherin', 'Chef', 'Chefin', 'Vorstandschef', 'Vorstandschefin', 'Vorstandsvorsitzender', 'Vorstandsvorsitzende', 'Aufsichtsratschef', 'Geschäftsführer', 'Geschäftsführerin', 'Gründer', 'Gründerin', 'Präsident', 'Präsidentin', 'Vorsitzender', 'Vorsitzende', 'Minister', 'Ministerin', 'Kanzler', 'Kanzlerin', 'Bundeskanzler', 'Bundeskanzlerin', 'Bundespräsident', 'Bundespräsidentin', 'Landeshauptmann', 'Landeshauptfrau', 'Bürgermeister', 'Bürgermeisterin', 'Staatssekretär', 'Staatssekretärin', 'Abgeordneter', 'Abgeordnete', 'Analyst', 'Analystin', 'Ökonom', 'Ökonomin', 'Ökonomen', 'Experte', 'Expertin', 'Direktor', 'Direktorin', 'Leiter', 'Leiterin', 'Manager', 'Managerin', 'Vorstand', 'Finanzvorstand', 'Chefvolkswirt', 'Chefvolkswirtin', 'Chefökonom', 'Chefökonomin', 'Generalsekretär', 'Generalsekretärin', 'Parteichef', 'Parteichefin', 'Fraktionschef', 'Fraktionschefin', 'CEO', 'CFO', 'CTO', 'COO', 'Anwalt', 'Anwältin', 'Richter', 'Richterin', 'Staatsanwalt', 'Botschafter', 'Regierungschef', 'Premierminister', 'Premierministerin', 'Ministerpräsident', 'Ministerpräsidentin', 'Außenminister', 'Finanzminister', 'Finanzministerin', 'Wirtschaftsminister', 'Wirtschaftsministerin', 'Innenminister', 'Innenministerin', 'Bildungsministerin', 'Bildungsminister', 'Vizekanzler', 'Landesrat', 'Landesrätin', 'Stadtrat', 'Stadträtin', 'Professor', 'Professorin'],
  roleEndings: ['sprecher', 'sprecherin', 'chef', 'chefin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'vorsitzender', 'vorsitzende', 'direktor', 'direktorin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'ökonomen', 'kanzler', 'kanzlerin', 'leiter', 'leiterin', 'vorstand', 'manager', 'managerin', 'experte', 'expertin', 'gründer', 'gründerin', 'sekretär', 'sekretärin'],
  roleLinkers: ['bei', 'von', 'vom', 'des', 'der'],
  firstNames: firstNames.filter((n) => n !== 'Mark'),
  nameParticles: ['von', 'van', 'de', 'der', 'zu', 'di', 'da', 'del', 'du', 'bin', 'al'],
  notNames: ['Konzern', 'Unternehmen', 'Regierung', 'Bundesregierung', 'Polizei', 'Staat', 'Land', 'Stadt', 'Partei', 'Firma', 'Bank', 'Markt', 'Börse', 'Aktie', 'Aktien', 'Umsatz', 'Gewinn', 'Chip', 'Chips', 'Prozent', 'Euro', 'Dollar', 'Anfang', 'Ende', 'Mitte', 'Jahr', 'Jahres', 'Woche', 'Monat', 'Zeit', 'Angaben', 'Bericht', 'Berichten', 'Zufolge', 'Kreise', 'Insider', 'Medien', 'Nachrichtenagentur', 'Agentur', 'KI', 'AI', 'IT', 'EDV', 'GPU', 'CPU', 'LED', 'USB', 'GPS', 'LKW', 'PKW', 'SMS', 'PR', 'HR', 'PC', 'TV', 'US', 'USA', 'CEO', 'CFO', 'App', 'Apps', 'Online', 'Handy', 'China', 'Asien', 'Europa'],
  capitalizationMarksNames: false,
  wideGivenNames: noWords(),
};
