import type { LexiconEntry } from '../stages/entities/config.js';

const place = (name: string, ...aliases: string[]): LexiconEntry =>
  aliases.length ? { name, type: 'place', aliases } : { name, type: 'place' };

/**
 * Countries, regions and cities. Places are not scored, but knowing them keeps
 * "US-Konzern" or "China-Chef" from being read as a company.
 */
export const places: readonly LexiconEntry[] = [
  place('USA', 'US', 'U.S.', 'United States', 'America', 'Amerika', 'Vereinigte Staaten'), place('China', 'Volksrepublik China'),
  place('Taiwan'), place('Japan'), place('Südkorea', 'South Korea', 'Korea'), place('Nordkorea', 'North Korea'), place('India', 'Indien'),
  place('Deutschland', 'Germany', 'West Germany', 'Westdeutschland', 'BRD'), place('Österreich', 'Austria'), place('Schweiz', 'Switzerland'),
  place('Frankreich', 'France'), place('Italien', 'Italy'), place('Spanien', 'Spain'), place('Großbritannien', 'Britain', 'Great Britain', 'UK', 'United Kingdom', 'England'),
  place('Russland', 'Russia'), place('Ukraine'), place('Polen', 'Poland'), place('Niederlande', 'Netherlands', 'Holland'), place('Belgien', 'Belgium'),
  place('Schweden', 'Sweden'), place('Norwegen', 'Norway'), place('Finnland', 'Finland'), place('Dänemark', 'Denmark'), place('Irland', 'Ireland'),
  place('Griechenland', 'Greece'), place('Türkei', 'Turkey'), place('Israel'), place('Iran'), place('Irak', 'Iraq'), place('Syrien', 'Syria'),
  place('Ägypten', 'Egypt'), place('Saudi-Arabien', 'Saudi Arabia'), place('Brasilien', 'Brazil'), place('Mexiko', 'Mexico'), place('Kanada', 'Canada'),
  place('Australien', 'Australia'), place('Singapur', 'Singapore'), place('Hongkong', 'Hong Kong'), place('Vietnam'), place('Indonesien', 'Indonesia'),
  place('Malaysia'), place('Thailand'), place('Philippinen', 'Philippines'), place('Südafrika', 'South Africa'), place('Nigeria'), place('Argentinien', 'Argentina'),
  place('Ungarn', 'Hungary'), place('Tschechien', 'Czech Republic'), place('Slowakei', 'Slovakia'), place('Slowenien', 'Slovenia'), place('Kroatien', 'Croatia'),
  place('Serbien', 'Serbia'), place('Rumänien', 'Romania'), place('Bulgarien', 'Bulgaria'), place('Portugal'), place('Luxemburg', 'Luxembourg'),
  place('Europa', 'Europe'), place('Asien', 'Asia'), place('Afrika', 'Africa'), place('Lateinamerika', 'Latin America'), place('Nahost', 'Middle East'),
  place('Wien', 'Vienna'), place('Berlin'), place('München', 'Munich'), place('Hamburg'), place('Frankfurt'), place('Köln', 'Cologne'), place('Stuttgart'),
  place('Düsseldorf'), place('Graz'), place('Linz'), place('Salzburg'), place('Innsbruck'), place('Klagenfurt'), place('Zürich', 'Zurich'), place('Genf', 'Geneva'),
  place('Brüssel', 'Brussels'), place('Paris'), place('London'), place('Rom', 'Rome'), place('Madrid'), place('Moskau', 'Moscow'), place('Peking', 'Beijing'),
  place('Shanghai'), place('Shenzhen'), place('Tokio', 'Tokyo'), place('Seoul'), place('Taipeh', 'Taipei'), place('New York'), place('Washington'),
  place('San Francisco'), place('Silicon Valley'), place('Kalifornien', 'California'), place('Texas'), place('Cupertino'), place('Santa Clara'),
  place('Bayern', 'Bavaria'), place('Hessen', 'Hesse'), place('Sachsen', 'Saxony'), place('Niedersachsen'), place('Nordrhein-Westfalen'), place('Baden-Württemberg'),
  place('Brandenburg'), place('Thüringen'), place('Tirol', 'Tyrol'), place('Kärnten'), place('Steiermark'), place('Niederösterreich'), place('Oberösterreich'),
  place('Vorarlberg'), place('Burgenland'),
];
