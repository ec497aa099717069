import type { LexiconEntry } from '../stages/entities/config.js';

const org = (name: string, ...aliases: string[]): LexiconEntry =>
  aliases.length ? { name, type: 'organization', aliases } : { name, type: 'organization' };

/**
 * Governments, agencies, central banks, international and EU bodies, parties,
 * unions and courts whose names are the same in every language.
 */
export const organizations: readonly LexiconEntry[] = [
  // International bodies
  org('EU', 'European Union'), org('UN', 'United Nations', 'UNO'), org('NATO', 'Nato'), org('WTO', 'World Trade Organization'),
  org('IMF', 'International Monetary Fund'), org('World Bank'), org('OECD'), org('OPEC', 'Opec'), org('WHO', 'World Health Organization'),
  org('G7', 'G-7', 'Group of Seven'), org('G8', 'G-8', 'Group of Eight'), org('G20', 'G-20', 'Group of 20'),
  org('ECB', 'European Central Bank'), org('European Commission'), org('European Parliament'), org('Council of the European Union'),
  org('European Investment Bank', 'EIB'), org('EBRD'), org('Bank for International Settlements'), org('UNESCO'), org('UNICEF'),
  org('UNHCR'), org('ILO'), org('IAEA'), org('Interpol'), org('Europol'), org('Frontex'), org('ESA'), org('CERN'), org('ASEAN'),
  org('African Union'), org('Oxfam', 'Oxfam International'), org('Greenpeace'), org('Amnesty International'), org('Human Rights Watch'),
  org('Red Cross', 'International Committee of the Red Cross', 'ICRC'), org('Transparency International'), org('WWF'),
  org('Scientology', 'Church of Scientology'), org('FIFA'), org('UEFA'), org('IOC'),
  // United States
  org('Federal Reserve', 'Federal Reserve Board', 'Fed', 'U.S. Federal Reserve', 'US Federal Reserve'), org('White House'),
  org('Congress', 'U.S. Congress', 'US Congress'), org('Senate', 'U.S. Senate', 'US Senate'), org('House of Representatives'),
  org('Pentagon'), org('State Department', 'U.S. State Department', 'US State Department'),
  org('Commerce Department', 'U.S. Commerce Department', 'US Commerce Department', 'U.S. Department of Commerce'),
  org('Treasury', 'U.S. Treasury', 'US Treasury', 'Treasury Department', 'Department of the Treasury'),
  org('Justice Department', 'Department of Justice', 'DOJ'), org('Defense Department', 'Department of Defense'),
  org('Department of Energy', 'Energy Department'), org('Labor Department', 'Department of Labor'),
  org('Bureau of Industry and Security'), org('SEC', 'Securities and Exchange Commission'), org('FTC', 'Federal Trade Commission'),
  org('FCC', 'Federal Communications Commission'), org('FDA', 'Food and Drug Administration'), org('FBI'), org('CIA'), org('NSA'),
  org('NASA'), org('Supreme Court', 'U.S. Supreme Court', 'US Supreme Court'), org('Republican Party', 'GOP'), org('Democratic Party'),
  
  // United Kingdom and others
  org('Bank of England'), org('Bank of Japan', 'BOJ'), org('People\'s Bank of China', 'PBOC'), org('Swiss National Bank', 'SNB'),
  org('Bank of Canada'), org('Reserve Bank of India', 'RBI'), org('Bundesbank', 'Deutsche Bundesbank'), org('Downing Street'),
  org('House of Commons'), org('House of Lords'), org('Labour Party', 'Labour'), org('Conservative Party', 'Tories'),
  org('Liberal Democrats', 'Lib Dems'), org('Congress Party', 'Indian National Congress'), org('BJP', 'Bharatiya Janata Party'),
  org('Kremlin'), org('Duma'), org('Communist Party'), org('National People\'s Congress'), org('MIIT'),
  org('Cyberspace Administration of China'), org('NDRC'), org('MITI'), org('METI'), org('Bundeskartellamt'),
  org('Ofcom'), org('Competition and Markets Authority', 'CMA'),
  // Germany
  org('Bundesregierung'), org('Bundestag', 'Deutscher Bundestag', 'Deutschen Bundestag', 'Deutschen Bundestages'), org('Bundesrat'),
  org('Bundesverfassungsgericht'), org('Bundesgerichtshof', 'BGH'), org('Bundesverwaltungsgericht'), org('Bundeskanzleramt', 'Kanzleramt'),
  org('Bundeswehr'), org('Bundesamt für Verfassungsschutz', 'Verfassungsschutz', 'BfV'), org('Bundesnachrichtendienst', 'BND'),
  org('Bundeskriminalamt', 'BKA'), org('Bundesagentur für Arbeit', 'Arbeitsagentur'), org('Bundesnetzagentur'), org('BaFin'),
  org('Statistisches Bundesamt', 'Destatis'), org('Bundesamt für Sicherheit in der Informationstechnik', 'BSI'),
  org('Hochschulrektorenkonferenz', 'HRK'), org('Kultusministerkonferenz', 'KMK'), org('Deutsche Forschungsgemeinschaft', 'DFG'),
  org('Max-Planck-Gesellschaft'), org('Fraunhofer-Gesellschaft', 'Fraunhofer'), org('ifo Institut', 'Ifo-Institut', 'Ifo'), org('DIW'), org('IW'),
  org('CDU'), org('CSU'), org('SPD'), org('FDP'), org('Grüne', 'Die Grünen', 'Bündnis 90/Die Grünen'), org('Linkspartei', 'Die Linke', 'Linkspartei.PDS', 'PDS'),
  org('AfD'), org('BSW'), org('NPD'), org('DVU'), org('DKP'), org('MLPD'), org('Die Republikaner'), org('Piratenpartei'),
  org('DGB'), org('Verdi', 'ver.di'), org('IG Metall'), org('IG BCE'), org('GEW'), org('BDI'), org('BDA'), org('DIHK'), org('ZDH'), org('VDA'),
  org('Bitkom'), org('ZVEI'), org('VDMA'), org('Europäische Kommission', 'EU-Kommission'), org('Europäisches Parlament', 'EU-Parlament'),
  org('Europäische Zentralbank', 'EZB'), org('Europäischer Gerichtshof', 'EuGH'), org('Rat der EU'), org('Europäische Union'),
  org('Vereinte Nationen'), org('Weltbank'), org('Internationaler Währungsfonds', 'IWF'), org('Welthandelsorganisation'),
  org('Weltgesundheitsorganisation'), org('Bundesanstalt für Finanzdienstleistungsaufsicht'), org('Treuhand', 'Treuhandanstalt'),
  // Austria
  org('SPÖ'), org('ÖVP'), org('FPÖ'), org('Neos', 'NEOS'), org('BZÖ'), org('Team Stronach'), org('KPÖ'), org('Liste Pilz'),
  org('ÖGB'), org('Arbeiterkammer', 'AK'), org('Wirtschaftskammer', 'WKÖ', 'Wirtschaftskammer Österreich'), org('Industriellenvereinigung'),
  org('Landwirtschaftskammer'), org('Nationalrat'), org('Bundesheer', 'Österreichisches Bundesheer'), org('Fiskalrat'),
  org('Oesterreichische Nationalbank', 'Österreichische Nationalbank', 'OeNB', 'Nationalbank'), org('Verfassungsgerichtshof', 'VfGH'),
  org('Verwaltungsgerichtshof', 'VwGH'), org('Oberster Gerichtshof', 'OGH'), org('Rechnungshof'), org('Finanzmarktaufsicht', 'FMA'),
  org('Bundeswettbewerbsbehörde', 'BWB'), org('Arbeitsmarktservice', 'AMS'), org('WIFO', 'Wifo'), org('IHS'), org('Statistik Austria'),
  org('Volksanwaltschaft'), org('ÖH'), org('Universität Wien'),
  org('Wiener Börse'), org('Rapid Wien'), org('Austria Wien'), org('Red Bull Salzburg'), org('ÖFB'), org('ÖSV'),
  // Switzerland
  org('SVP'), org('FINMA'),
];
