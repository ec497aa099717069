import type { LexiconEntry } from '../stages/entities/config.js';

const outlet = (name: string, ...aliases: string[]): LexiconEntry =>
  aliases.length ? { name, type: 'media', aliases } : { name, type: 'media' };

/** News outlets and agencies. */
export const media: readonly LexiconEntry[] = [
  outlet('Reuters', 'Reuter'), outlet('Bloomberg', 'Bloomberg News'), outlet('Associated Press', 'AP'), outlet('AFP', 'Agence France-Presse'),
  outlet('dpa', 'DPA', 'Deutsche Presse-Agentur', 'Deutsche Presseagentur'), outlet('APA', 'Austria Presse Agentur'),
  outlet('Xinhua'), outlet('Kyodo'), outlet('Yonhap'), outlet('Interfax'), outlet('TASS', 'Itar-Tass'), outlet('ANSA'), outlet('SDA'),
  outlet('BBC', 'British Broadcasting Corporation'), outlet('BBC News'), outlet('BBC Radio 4', 'Radio 4'), outlet('CNN'), outlet('CNBC'),
  outlet('Fox News'), outlet('NBC'), outlet('CBS'), outlet('ABC News'), outlet('NPR'), outlet('Sky News'), outlet('Al Jazeera'),
  outlet('New York Times', 'The New York Times', 'NYT'), outlet('Wall Street Journal', 'The Wall Street Journal', 'WSJ'),
  outlet('Washington Post', 'The Washington Post'), outlet('Financial Times', 'FT'), outlet('The Economist'),
  outlet('The Guardian', 'Guardian'), outlet('The Times'), outlet('The Information'), outlet('Nikkei', 'Nikkei Asia'),
  outlet('South China Morning Post', 'SCMP'), outlet('Caixin'), outlet('Global Times'), outlet('People\'s Daily'),
  outlet('Forbes'), outlet('Business Insider'), outlet('TechCrunch'), outlet('The Verge'), outlet('Wired'),
  outlet('Ars Technica'), outlet('Engadget'), outlet('CNET'), outlet('ZDNet'), outlet('Axios'), outlet('Politico'),
  outlet('Handelsblatt'), outlet('Frankfurter Allgemeine Zeitung', 'Frankfurter Allgemeine', 'FAZ'), outlet('Süddeutsche Zeitung', 'Süddeutsche', 'SZ'),
  outlet('Der Spiegel', 'Spiegel', 'Spiegel Online'), outlet('Zeit Online'), outlet('Welt am Sonntag'), outlet('Bild-Zeitung', 'Bild.de'),
  outlet('Focus Online'), outlet('Wirtschaftswoche', 'WirtschaftsWoche'), outlet('Manager Magazin'), outlet('Börsen-Zeitung'),
  outlet('Hamburger Abendblatt'), outlet('Tagesspiegel'), outlet('taz'), outlet('Rheinische Post'), outlet('Heise', 'heise online'),
  outlet('Golem', 'Golem.de'), outlet('Computerbase', 'ComputerBase'), outlet('Chip.de'), outlet('t3n'), outlet('netzpolitik.org'),
  outlet('ARD'), outlet('ZDF'), outlet('N24', 'n24'), outlet('Phoenix'), outlet('Jakarta Post', 'The Jakarta Post'), outlet('Times of India'), outlet('Le Parisien'), outlet('Tagesschau'), outlet('Deutschlandfunk'), outlet('Deutsche Welle', 'DW'), outlet('RTL'), outlet('n-tv'),
  outlet('Der Standard', 'derStandard.at', 'derStandard'), outlet('Kurier'), outlet('Kronen Zeitung', 'Krone-Zeitung'),
  outlet('Kleine Zeitung'), outlet('Salzburger Nachrichten'), 
  outlet('ORF'), outlet('Ö1'), outlet('Puls 4'), outlet('Wiener Zeitung'), outlet('Neue Zürcher Zeitung', 'NZZ'), outlet('Tages-Anzeiger'),
  outlet('Le Monde'), outlet('Le Figaro'), outlet('Les Echos'), outlet('Corriere della Sera'), outlet('La Repubblica'), outlet('El País'),
  outlet('Wikinews'),
];
