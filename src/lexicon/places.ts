import type { LexiconEntry } from '../stages/entities/config.js';

/** A place by its German and English names (the same where both write it alike), and other spellings. */
const place = (de: string, en: string, ...aliases: string[]): LexiconEntry => ({
  name: de, type: 'place', aliases: en === de ? aliases : [en, ...aliases], localNames: { de, en },
});

/**
 * Countries, regions and cities. Places are not scored, but knowing them keeps
 * "US-Konzern" or "China-Chef" from being read as a company.
 */
export const places: readonly LexiconEntry[] = [
  place('USA', 'United States', 'US', 'U.S.', 'America', 'Amerika', 'Vereinigte Staaten'), place('China', 'China', 'Volksrepublik China'),
  place('Taiwan', 'Taiwan'), place('Japan', 'Japan'), place('Südkorea', 'South Korea', 'Korea'), place('Nordkorea', 'North Korea'), place('Indien', 'India'),
  place('Deutschland', 'Germany', 'West Germany', 'Westdeutschland', 'BRD'), place('Österreich', 'Austria'), place('Schweiz', 'Switzerland'),
  place('Frankreich', 'France'), place('Italien', 'Italy'), place('Spanien', 'Spain'), place('Großbritannien', 'Britain', 'Great Britain', 'UK', 'United Kingdom', 'England'),
  place('Russland', 'Russia'), place('Ukraine', 'Ukraine'), place('Polen', 'Poland'), place('Niederlande', 'Netherlands', 'Holland'), place('Belgien', 'Belgium'),
  place('Schweden', 'Sweden'), place('Norwegen', 'Norway'), place('Finnland', 'Finland'), place('Dänemark', 'Denmark'), place('Irland', 'Ireland'),
  place('Griechenland', 'Greece'), place('Türkei', 'Turkey'), place('Israel', 'Israel'), place('Iran', 'Iran'), place('Irak', 'Iraq'), place('Syrien', 'Syria'),
  place('Ägypten', 'Egypt'), place('Saudi-Arabien', 'Saudi Arabia'), place('Brasilien', 'Brazil'), place('Mexiko', 'Mexico'), place('Kanada', 'Canada'),
  place('Australien', 'Australia'), place('Singapur', 'Singapore'), place('Hongkong', 'Hong Kong'), place('Vietnam', 'Vietnam'), place('Indonesien', 'Indonesia'),
  place('Malaysia', 'Malaysia'), place('Thailand', 'Thailand'), place('Philippinen', 'Philippines'), place('Südafrika', 'South Africa'), place('Nigeria', 'Nigeria'), place('Argentinien', 'Argentina'),
  place('Ungarn', 'Hungary'), place('Tschechien', 'Czech Republic'), place('Slowakei', 'Slovakia'), place('Slowenien', 'Slovenia'), place('Kroatien', 'Croatia'),
  place('Serbien', 'Serbia'), place('Rumänien', 'Romania'), place('Bulgarien', 'Bulgaria'), place('Portugal', 'Portugal'), place('Luxemburg', 'Luxembourg'),
  place('Europa', 'Europe'), place('Asien', 'Asia'), place('Afrika', 'Africa'), place('Lateinamerika', 'Latin America'), place('Nahost', 'Middle East'),
  place('Wien', 'Vienna'), place('Berlin', 'Berlin'), place('München', 'Munich'), place('Hamburg', 'Hamburg'), place('Frankfurt', 'Frankfurt'), place('Köln', 'Cologne'), place('Stuttgart', 'Stuttgart'),
  place('Düsseldorf', 'Düsseldorf'), place('Graz', 'Graz'), place('Linz', 'Linz'), place('Salzburg', 'Salzburg'), place('Innsbruck', 'Innsbruck'), place('Klagenfurt', 'Klagenfurt'), place('Zürich', 'Zurich'), place('Genf', 'Geneva'),
  place('Brüssel', 'Brussels'), place('Paris', 'Paris'), place('London', 'London'), place('Rom', 'Rome'), place('Madrid', 'Madrid'), place('Moskau', 'Moscow'), place('Peking', 'Beijing'),
  place('Shanghai', 'Shanghai'), place('Shenzhen', 'Shenzhen'), place('Tokio', 'Tokyo'), place('Seoul', 'Seoul'), place('Taipeh', 'Taipei'), place('New York', 'New York'), place('Washington', 'Washington'),
  place('San Francisco', 'San Francisco'), place('Silicon Valley', 'Silicon Valley'), place('Kalifornien', 'California'), place('Texas', 'Texas'), place('Cupertino', 'Cupertino'), place('Santa Clara', 'Santa Clara'),
  place('Bayern', 'Bavaria'), place('Hessen', 'Hesse'), place('Sachsen', 'Saxony'), place('Niedersachsen', 'Niedersachsen'), place('Nordrhein-Westfalen', 'Nordrhein-Westfalen'), place('Baden-Württemberg', 'Baden-Württemberg'),
  place('Brandenburg', 'Brandenburg'), place('Thüringen', 'Thüringen'), place('Tirol', 'Tyrol'), place('Kärnten', 'Kärnten'), place('Steiermark', 'Steiermark'), place('Niederösterreich', 'Niederösterreich'), place('Oberösterreich', 'Oberösterreich'),
  place('Vorarlberg', 'Vorarlberg'), place('Burgenland', 'Burgenland'),
];
