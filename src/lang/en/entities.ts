/** English entity words: legal forms, context nouns, roles, titles. */
import type { EntityConfig, LexiconEntry } from '../../stages/entities/config.js';
import { localized, sharedLexicon } from '../../lexicon/index.js';
import { firstNames } from '../../lexicon/first-names.js';
import { wideGivenNames } from '../../lexicon/wide-given-names.js';
import { noWords } from '../../core/lists.js';

/** Names with " & " between words, also as English writes them with "and": "Procter and Gamble". */
function withAndSpellings(entries: readonly LexiconEntry[]): LexiconEntry[] {
  return entries.map((entry) => {
    const spelled = [entry.name, ...(entry.aliases ?? [])].filter((n) => n.includes(' & ')).map((n) => n.replace(' & ', ' and '));
    return spelled.length ? { ...entry, aliases: [...(entry.aliases ?? []), ...spelled] } : entry;
  });
}

export const englishEntities: EntityConfig = {
  lexicon: withAndSpellings(localized(sharedLexicon, 'en')),
  nameEndings: ["'s", '’s', "'", '’'],
  legalForms: ['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'and Co', '& Co', 'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC', 'plc', 'LLC', 'LP', 'L.P.', 'N.V.', 'NV', 'S.A.', 'SA', 'SpA', 'AG', 'SE', 'GmbH', 'KGaA', 'Cos', 'Bhd', 'Pty'],
  nameConnectors: ['of', 'and', '&', 'for', 'de', 'du'],
  companyNouns: ['company', 'firm', 'chipmaker', 'chip maker', 'maker', 'manufacturer', 'giant', 'rival', 'group', 'retailer', 'carrier', 'automaker', 'carmaker', 'insurer', 'startup', 'start-up', 'subsidiary', 'unit', 'conglomerate', 'supplier', 'brokerage', 'operator', 'provider', 'lender', 'bank', 'developer', 'distributor', 'airline', 'producer', 'partner', 'affiliate', 'parent', 'competitor'],
  companyNounEndings: noWords(),
  commonNounEndings: noWords(),
  companyCompoundHeads: noWords(),
  organizationHeads: ['Association', 'Institute', 'University', 'College', 'Council', 'Commission', 'Party', 'Union', 'Ministry', 'Department', 'Agency', 'Fund', 'Foundation', 'Federation', 'Organization', 'Organisation', 'Committee', 'Court', 'Authority', 'Board', 'Bureau', 'Office', 'Administration', 'Society', 'Reserve', 'Treasury', 'Parliament', 'Assembly', 'Senate', 'Congress', 'Tribunal', 'Chamber', 'Confederation', 'Coalition', 'Alliance', 'Forum', 'Centre', 'Center', 'Exchange', 'Bank', 'Service', 'Police', 'Army', 'Navy'],
  // Not "Systems", "Energy", "Group" or "Capital": they end ordinary title-case phrases too ("Weapons Systems", "Clean Energy").
  companyHeads: ['Semiconductor', 'Semiconductors', 'Technologies', 'Pharmaceuticals', 'Therapeutics', 'Biosciences', 'Holdings', 'Airlines', 'Airways', 'Motors', 'Microsystems', 'Microelectronics', 'Electronics', 'Robotics', 'Laboratories', 'Industries'],
  organizationWordEndings: noWords(),
  organizationPrefixes: noWords(),
  stopWords: ['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'that', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'us', 'who', 'what', 'which', 'where', 'why', 'how', 'there', 'here', 'also', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more', 'other', 'such', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr', 'sir', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'said', 'says', 'say', 'told', 'added', 'noted', 'however', 'meanwhile', 'so', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'first', 'second', 'third', 'new', 'year', 'years', 'week', 'month', 'pct', 'mln', 'bln', 'dlrs', 'cts', 'vs', 'shr', 'net', 'revs', 'qtr', 'avg', 'shrs'],
  personTitles: ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Lord', 'Lady', 'Dame', 'Prof', 'Prof.', 'Professor', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Governor', 'Judge', 'Justice', 'General', 'Gen.', 'Rev.'],
  roles: ['spokesman', 'spokeswoman', 'spokesperson', 'chief executive officer', 'chief executive', 'chief financial officer', 'chief operating officer', 'chief technology officer', 'chief economist', 'chief', 'CEO', 'CFO', 'COO', 'CTO', 'chairman', 'chairwoman', 'chair', 'president', 'vice president', 'executive vice president', 'senior vice president', 'vice-president', 'director', 'managing director', 'executive director', 'general manager', 'manager', 'head', 'founder', 'co-founder', 'analyst', 'economist', 'strategist', 'trader', 'dealer', 'adviser', 'advisor', 'policy adviser', 'minister', 'finance minister', 'prime minister', 'foreign minister', 'trade minister', 'economy minister', 'chancellor', 'secretary', 'treasury secretary', 'commerce secretary', 'secretary of state', 'governor', 'official', 'spokesman for', 'lawyer', 'attorney', 'partner', 'professor', 'researcher', 'correspondent', 'editor', 'reporter', 'ambassador', 'senator', 'representative', 'mayor', 'leader', 'vice chairman', 'treasurer', 'controller', 'consultant', 'expert', 'engineer', 'scientist', 'campaigner', 'director-general', 'managing partner', 'senior analyst', 'chief analyst', 'deputy'],
  roleEndings: noWords(),
  roleLinkers: ['at', 'of', 'for', 'with', 'from'],
  firstNames,
  nameParticles: ['von', 'van', 'de', 'der', 'da', 'di', 'del', 'du', 'la', 'le', 'bin', 'al'],
  notNames: ['Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'Street', 'Avenue', 'Road', 'AI', 'CEO', 'CFO', 'IT', 'TV', 'PC', 'GDP', 'Chip', 'Chips', 'Officer', 'Executive', 'Operating', 'Chief', 'Vice', 'Senior', 'Deputy', 'Managing'],
  capitalizationMarksNames: true,
  wideGivenNames,
};
