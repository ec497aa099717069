/**
 * German source nouns (inflected forms; compounds match by their last part:
 * "Konzernsprecher", "Regierungskreisen", "HIS-Studie") and the small words
 * the noun-phrase reader needs.
 */
import type { SourceWords } from '../../../stages/attributions/source.js';

const forms = (s: string): string[] => s.trim().split(/\s+/);

export const GERMAN_SOURCE_WORDS: SourceWords = {
  anonymous: forms(`Insider Insidern Insiders Kreise Kreisen Kreis Quelle Quellen Person Personen Informant Informanten
    Leute Leuten Experten Expertinnen Analysten Analystinnen Beobachter Beobachtern Ökonomen Ökonominnen Fachleute Fachleuten
    Teilnehmer Teilnehmern Mitarbeiter Mitarbeitern Beteiligte Beteiligten Eingeweihte Eingeweihten Vertreter Vertretern
    Diplomaten Ermittler Ermittlern Händler Händlern Politiker Politikern Kritiker Kritikern Anwälte Anwälten Wissenschaftler Wissenschaftlern
    Forscher Forschern Gutachter Gutachtern Sachverständige Sachverständigen Verantwortliche Verantwortlichen Gerüchte Gerüchten
    Anwohner Anwohnern Bewohner Bewohnern Einwohner Einwohnern Bürger Bürgern Demonstranten Aktivisten Aktivistinnen Umweltschützer
    Gegner Gegnern Befürworter Befürwortern Anhänger Anhängern Unterstützer Unterstützern Angehörige Angehörigen Zeugen Augenzeugen
    Ärzte Ärzten Mediziner Medizinern Polizisten Soldaten Rebellen Aufständischen Bauern Landwirte Landwirten Eltern Lehrer Lehrern
    Schüler Schülern Studenten Studierende Studierenden Arbeiter Arbeitern Beschäftigte Beschäftigten Angestellte Angestellten
    Passagiere Passagieren Fans Spieler Spielern Piloten Helfer Helfern Einsatzkräfte Einsatzkräften Retter Rettern Journalisten
    Reporter Reportern Korrespondenten Historiker Historikern Archäologen Astronomen Meteorologen Ingenieure Ingenieuren Beamte Beamten
    Investoren Aktionäre Aktionären Kunden Verbraucher Verbrauchern Wähler Wählern Mitglieder Mitgliedern Delegierte Delegierten
    Parlamentarier Parlamentariern Oppositionelle Oppositionellen Bürgerrechtler Menschenrechtler Organisatoren
    Befehlshaber Militärs Offiziere Offizieren Generäle Ermittlerinnen Behördenvertreter Funktionäre Funktionären
    Kläger Klägern Angeklagte Angeklagten Verteidiger Verteidigern Staatsanwälte Bischöfe Kardinäle Regierungschefs
    Frauen Männer Männern Schützer Techniker Technikern`),
  singular: forms('Quelle Person Informant Insider Eingeweihter'),
  person: forms(`Experte Expertin Analyst Analystin Ökonom Ökonomin Minister Ministerin Ministers Präsident Präsidentin Präsidenten
    Chef Chefin Chefs Vorsitzende Vorsitzender Vorsitzenden Direktor Direktorin Leiter Leiterin Manager Managerin
    Vorstand Vorständin Kanzler Kanzlerin Bürgermeister Bürgermeisterin Gouverneur Gouverneurin Abgeordnete Abgeordneter
    Staatssekretär Staatssekretärin Botschafter Botschafterin Gründer Gründerin Eigentümer Anwalt Anwältin Richter Richterin
    Professor Professorin Gewerkschafter Gewerkschafterin Beauftragte Beauftragter Koordinator Koordinatorin Generalsekretär
    Senator Senatorin Kommissar Kommissarin Premier Premierminister Premierministerin Regierungschef Regierungschefin Papst Bischof Trainer
    Trainerin Kardinal Pfarrer Pfarrerin Priester Prediger Predigerin Rabbiner Imam König Königin Prinz Kanzlerkandidat Kanzlerkandidatin Kandidat Kandidatin
    Staatsanwalt Staatsanwältin Verteidigerin Klägerin Angeklagter Zeuge Zeugin Augenzeuge Arzt Ärztin Medizinerin
    Historikerin Forscherin Wissenschaftlerin Journalist Journalistin Reporterin Korrespondent Korrespondentin Autor Autorin
    Regisseur Regisseurin Schauspieler Schauspielerin Sänger Sängerin Musiker Musikerin Künstler Künstlerin Schriftsteller Schriftstellerin
    Spielerin Kapitän Kapitänin Kommandeur General Offizier Oberst Diplomat Diplomatin Aktivist Aktivistin Unternehmer Unternehmerin
    Investor Investorin Politikerin Polizist Polizistin Pilot Pilotin Fahrer Fahrerin Betreiberin Veranstalterin Organisator
    Beamter Beamtin Ingenieur Ingenieurin Mitarbeiterin Sachbearbeiter Sachbearbeiterin
    Frau Mann Jährige Jähriger Geschäftsführer Geschäftsführerin Intendant Intendantin Rektor Rektorin Kommandant Kommandantin Landrat Landrätin`),
  spokesperson: forms('Sprecher Sprecherin Sprechers Sprecherinnen Pressesprecher Pressesprecherin'),
  organization: forms(`Unternehmen Unternehmens Konzern Konzerns Firma Firmen Gesellschaft Konzernleitung Konzernzentrale
    Regierung Staat Tribunal Ministerium Ministeriums Behörde Behörden Amt Amts Amtes Rat Rats Rates Polizei Staatsanwaltschaft Gericht Gerichts Gerichtes
    Gerichtshof Bundesanwaltschaft Bank Verband Verbands Verbandes Gewerkschaft Partei Fraktion Kommission Agentur Institut Instituts
    Veranstalter Veranstalters Hersteller Herstellers Autobauer Autobauers Betreiber Betreibers Anbieter Anbieters Zentralbank Notenbank Aufsicht Verwaltung
    Stadt Gemeinde Land Bundesregierung Landesregierung Organisation Verein Vereins Klub Club Universität Hochschule Stiftung Senat Bundestag
    Bundesrat Parlament Opposition Kammer Ausschuss Kabinett Hof Versicherung Versicherer Versicherers Bahn Post Reederei Brauerei Bundesamt Landesamt Ermittlungsbehörden Feuerwehr Armee Militär Weltbank Währungsfonds`),
  media: forms(`Zeitung Zeitungen Tageszeitung Wochenzeitung Magazin Magazins Nachrichtenmagazin Nachrichtenagentur Presseagentur
    Agentur Sender Senders Fernsehsender Rundfunk Rundfunks Blatt Blattes Portal Portals Nachrichtenportal Newsportal Onlineportal Website
    Webseite Blog Fachmagazin Fachzeitschrift Zeitschrift Medien Fernsehen Medienberichte Medienberichten Berichte Berichten Rundschau Anzeiger Tagblatt`),
  document: forms(`Studie Studien Bericht Berichts Berichtes Report Reports Umfrage Umfragen Analyse Untersuchung Auswertung Mitteilung
    Pressemitteilung Pressemeldung Erklärung Stellungnahme Schreiben Brief Dokument Dokumente Dokumenten Unterlagen Papier Papiers
    Statistik Statistiken Daten Prognose Prognosen Budget Budgets Haushalt Gutachten Urteil Urteils Urteilsbegründung Anklage Anklageschrift
    Hochrechnung Hochrechnungen Bilanz Quartalsbericht Geschäftsbericht Gesetzentwurf Entwurf Vertrag Protokoll Schätzung Berechnung
    Erhebung Befragung Index Liste Mail E-Mail Ankündigung Aussendung Antrag
    Untersuchungen Analysen Auswertungen Ermittlungen Erhebungen Befragungen Recherchen Meldung Meldungen Mitteilungen
    Gesetz Gesetzes Grundgesetz Grundgesetzes Verfassung Satzung Verordnung Ermittlungsstand Kenntnisstand Erkenntnisstand`),
  transparent: forms(`Vernehmen Angaben Annahmen Worten Ansicht Meinung Einschätzung Auffassung Aussage Aussagen Darstellung Informationen Schätzungen Berechnungen Erkenntnissen Erkenntnisse Vorabversion Fassung
    Auskunft Auskünften Schilderung Schilderungen Darstellungen Einschätzungen Überzeugung Willen Vorstellungen`),
  pronouns: forms('er sie Er Sie dieser diese letzterer letztere'),
  numbers: {
    ein: 1, eine: 1, einer: 1, einem: 1, eines: 1, einen: 1,
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    zweier: 2, dreier: 3, beide: 2, beiden: 2,
  },
  determiners: forms(`der die das des dem den ein eine einer eines einem einen kein keine keiner keinem keinen
    sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren dessen deren
    dieser diese dieses diesem diesen jener jene jenes jenem jenen alle allen mehrere mehreren einige einigen viele vielen
    zahlreiche zahlreichen andere anderen weitere weiteren manche`),
  measures: forms('Prozent Prozentpunkte Prozentpunkten Promille'),
  pastAffiliation: forms(`früher frühere früheren früherer früheres ehemalig ehemalige ehemaligen ehemaliger ehemaliges
    einstige einstigen einstiger einstiges vormalige vormaligen vormaliger vormaliges Ex-`),
  addressedOutlets: ['dpa', 'Reuters', 'AFP', 'Associated Press', 'APA', 'Bloomberg', 'KNA', 'epd', 'SDA', 'ANSA', 'Xinhua', 'Kyodo', 'Interfax'],
};

/**
 * Words that make a described individual an anonymous source, in the source
 * phrase or the clause set off after it: "ein Beamter, der anonym bleiben
 * wollte", "…, der namentlich nicht genannt werden will".
 */
export const GERMAN_ANONYMITY_MARKERS: readonly string[] = [
  'anonym', 'ungenannt', 'nicht namentlich', 'namentlich nicht', 'nicht genannt werden', 'nicht zitiert werden',
  'Namen nicht', 'unter der Bedingung der Anonymität', 'Zusicherung von Anonymität',
];
