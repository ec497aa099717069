import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody } from '../../helpers/attributions.js';

/** Each attribution's source, with the exact text its speaker span covers. */
async function speakersOf(body: string) {
  const text = germanBody(body);
  const found = await attributionsOf(text, 'de');
  return found.map((a) => ({ ...a.source, span: (a.spans?.source ?? []).map((s) => text.slice(s.start, s.end)).join(' … '), cue: a.cue }));
}

describe('German speakers: names written without a capital', () => {
  it('reads a name after a lower-case particle as the speaker', async () => {
    const [a] = await speakersOf('Die Verhandlungen sind laut al-Hakim endgültig gescheitert.');
    expect(a).toMatchObject({ span: 'al-Hakim', cue: 'laut' });
  });

  it('reads an outlet the entity stage knows by its lower-case name', async () => {
    const [a] = await speakersOf('Laut dpa wurden bei dem Unfall drei Menschen verletzt.');
    expect(a).toMatchObject({ span: 'dpa', type: 'media', cue: 'Laut' });
    const [b] = await speakersOf('Wie der Sender n-tv berichtete, ist die Brücke gesperrt.');
    expect(b).toMatchObject({ span: 'der Sender n-tv', type: 'media', organization: 'n-tv' });
  });

  it('reads an outlet whose name opens with a role noun as the outlet, not as a person', async () => {
    const [a] = await speakersOf('Zuvor hatte das „Manager Magazin“ über die Schließung des Werks berichtet.');
    expect(a).toMatchObject({ type: 'media', organization: 'Manager Magazin', cue: 'hatte berichtet' });
  });

  it('reads a web address as an outlet', async () => {
    const [a] = await speakersOf('Laut netzwelt.de ist der Dienst seit Montag gestört.');
    expect(a).toMatchObject({ span: 'netzwelt.de', type: 'media', organization: 'netzwelt.de' });
  });
});

describe('German speakers: adverbs inside a noun phrase', () => {
  it('keeps an adverb before an adjective in the speaker: "einer gestern vorgestellten Studie"', async () => {
    const [a] = await speakersOf('Die meisten Tarife sind zu teuer, so das Fazit einer gestern vorgestellten Studie der Verbraucherzentrale.');
    expect(a).toMatchObject({ span: 'das Fazit einer gestern vorgestellten Studie der Verbraucherzentrale', cue: 'so' });
    const [b] = await speakersOf('Laut einer kürzlich veröffentlichten Umfrage sind die Mieter unzufrieden.');
    expect(b).toMatchObject({ span: 'einer kürzlich veröffentlichten Umfrage', cue: 'Laut' });
  });

  it('reads an adverb before the adjective right after "nach" or "laut", and two adverbs after an article', async () => {
    const [a] = await speakersOf('Nach bisher unbestätigten Berichten hat der Konzern 2.000 Stellen gestrichen.');
    expect(a).toMatchObject({ span: 'bisher unbestätigten Berichten', cue: 'Nach' });
    const [b] = await speakersOf('Laut bislang unveröffentlichten Zahlen des Ministeriums sank die Zahl der Einbrüche um 12 Prozent.');
    expect(b).toMatchObject({ span: 'bislang unveröffentlichten Zahlen des Ministeriums', cue: 'Laut' });
    const [c] = await speakersOf('Einer erst gestern veröffentlichten Studie zufolge fehlen 40.000 Pflegekräfte.');
    expect(c).toMatchObject({ span: 'Einer erst gestern veröffentlichten Studie', type: 'document', cue: 'zufolge' });
  });
});

describe('German speakers: acronyms', () => {
  it('takes an unknown acronym after its article for a body, also for verbs that need a known speaker', async () => {
    const [a] = await speakersOf('Der VKU begründete die Erhöhung damit, dass die Netze teurer geworden seien.');
    expect(a).toMatchObject({ span: 'Der VKU', type: 'organization', organization: 'VKU', cue: 'begründete' });
    expect(await speakersOf('Der Leitindex schloss am Abend im Minus.')).toEqual([]);
  });
});

describe('German speakers: nouns written like adjectives', () => {
  it('reads an age written lower-case after its article as the speaker', async () => {
    const [a] = await speakersOf('Am Montag sagte der 74-jährige in einem Interview, dass er nichts gesehen habe.');
    expect(a).toMatchObject({ span: 'der 74-jährige', type: 'person', cue: 'sagte' });
  });

  it('an age before its noun stays an adjective', async () => {
    const [a] = await speakersOf('Die 74-jährige Ärztin sagte, sie habe nichts gesehen.');
    expect(a).toMatchObject({ span: 'Die 74-jährige Ärztin', type: 'person', name: null });
  });
});

describe('German speakers: what stands before the verb is not always the subject', () => {
  it('a fronted phrase opened by an oblique possessive is an object; the name after the verb speaks', async () => {
    const [a] = await speakersOf('Seinen Rücktritt hatte Bergmann im Oktober selbst angekündigt.');
    // "im Oktober" says when, not who.
    expect(a).toMatchObject({ span: 'Bergmann' });
  });

  it('a genitive before "zufolge" belongs to it, not to the speaker before it', async () => {
    const found = await speakersOf('Der Betrieb müsse erhalten bleiben, forderte Gewerkschaftssekretär Jonas Beck einer Mitteilung zufolge.');
    expect(found.map((a) => [a.span, a.type])).toEqual([['Gewerkschaftssekretär Jonas Beck', 'person'], ['einer Mitteilung', 'document']]);
  });

  it('a phrase opened by "jeden", "allen" or "mehreren" is no subject: the object before an infinitive or a fronted one speaks not', async () => {
    const found = await speakersOf('Betriebsratschef Uwe Keller sagte, man werde „jeden einzelnen Arbeitsplatz verteidigen“.');
    expect(found).toEqual([expect.objectContaining({ span: 'Betriebsratschef Uwe Keller', cue: 'sagte' })]);
    const [a] = await speakersOf('Mehreren Zeitungen sagte der Minister, die Lage sei ernst.');
    expect(a).toMatchObject({ span: 'der Minister', cue: 'sagte' });
    const [b] = await speakersOf('Allen Mitarbeitern erklärte der Vorstand am Montag, das Werk bleibe offen.');
    expect(b).toMatchObject({ span: 'der Vorstand' });
    const [c] = await speakersOf('Jeden Zweifel wies die Sprecherin zurück.');
    expect(c).toMatchObject({ span: 'die Sprecherin', cue: 'wies zurück' });
  });

  it('after "und" a verb shares the subject before it: the phrase after it is its object', async () => {
    expect(await speakersOf('Am Montag hatten hunderte Bauern demonstriert und forderten 20 Millionen Euro als Ausgleich.')).toEqual([]);
  });

  it('"Als X" before the verb is a predicative; the subject follows the verb', async () => {
    const [a] = await speakersOf('Als Ursache gab der Betreiber einen Kurzschluss im Stellwerk an.');
    expect(a).toMatchObject({ span: 'der Betreiber', cue: 'gab an' });
    const [b] = await speakersOf('Als größtes Problem sah es die Bürgermeisterin an, dass die Umgehungsstraße fehlt.');
    expect(b).toMatchObject({ span: 'die Bürgermeisterin' });
  });

  it('"als" opening a clause whose verb comes last still reads the subject after it', async () => {
    const [a] = await speakersOf('Als der Minister sagte, die Reform komme, jubelten die Abgeordneten.');
    expect(a).toMatchObject({ span: 'der Minister', cue: 'sagte' });
  });

  it('a fronted object that names no speaker leaves the subject to the speaker after the verb', async () => {
    const [a] = await speakersOf('Die Pläne der Regierung kritisierte der Vorsitzende des Verbands scharf: „Das ist ein Fehler.“');
    expect(a).toMatchObject({ span: 'der Vorsitzende des Verbands' });
  });

  it('a fronted speaker stays the subject before a dative after the verb', async () => {
    const [a] = await speakersOf('Der Minister sagte der Zeitung, die Reform komme im Herbst.');
    expect(a).toMatchObject({ span: 'Der Minister' });
  });

  it('"sie" after a fronted speaker is the object; after a fronted thing, the subject', async () => {
    const [a] = await speakersOf('Der Sprecher des Verbands nannte sie „unverantwortlich“.');
    expect(a).toMatchObject({ span: 'Der Sprecher des Verbands', cue: 'nannte' });
    const [b] = await speakersOf('Die Reform lobte sie mit den Worten: „Das ist ein guter Tag.“');
    expect(b).toMatchObject({ span: 'sie' });
  });

  it('a feminine outlet after "Der" before the verb is the addressee; the speaker or name after the verb speaks', async () => {
    const [a] = await speakersOf('Der Nachrichtenagentur dpa sagte ein Sprecher, die 40 Filialen blieben geöffnet.');
    expect(a).toMatchObject({ span: 'ein Sprecher', type: 'spokesperson', cue: 'sagte' });
    const [b] = await speakersOf('Der Süddeutschen Zeitung sagte Jana Winter, sie trete 2026 nicht mehr an.');
    expect(b).toMatchObject({ span: 'Jana Winter', type: 'person', name: 'Jana Winter' });
    // A masculine noun after "Der" is the subject.
    const [c] = await speakersOf('Der Sender teilte am Montag mit, die Sendung falle aus.');
    expect(c).toMatchObject({ span: 'Der Sender', type: 'media' });
  });

  it('a sentence adverb before the verb ("Unterdessen", "Derweil", "Überdies") is no speaker; the subject after the verb is', async () => {
    const [a] = await speakersOf('Unterdessen ruft die Gewerkschaft alle 3000 Beschäftigten dazu auf, am Montag zu streiken.');
    expect(a).toMatchObject({ span: 'die Gewerkschaft', type: 'organization', cue: 'ruft dazu auf' });
    const [b] = await speakersOf('Derweil kritisierte der Landrat die Pläne für die neue Umgehungsstraße.');
    expect(b).toMatchObject({ span: 'der Landrat', cue: 'kritisierte' });
    const [c] = await speakersOf('Überdies warnte die Ärztekammer vor einem Mangel an 2000 Hausärzten.');
    expect(c).toMatchObject({ span: 'die Ärztekammer', cue: 'warnte' });
  });
});

describe('German speakers: descriptions around a name', () => {
  it('takes a description ending in a quoted name with lower-case links, and the name after it', async () => {
    const [a] = await speakersOf('Ein Sprecher der „Polizei von Neustadt“, Kommissar Jan Berg sagte, die Straße sei wieder frei.');
    expect(a).toMatchObject({ span: 'Ein Sprecher der „Polizei von Neustadt“, Kommissar Jan Berg', name: 'Jan Berg' });
  });

  it('takes a role after the name with "so genannte" and a quoted name', async () => {
    const [a] = await speakersOf('Die Lage sei ruhig, sagte Eva Roth, die Sprecherin der so genannten „Bergwacht Süd“.');
    expect(a).toMatchObject({ span: 'Eva Roth, die Sprecherin der so genannten „Bergwacht Süd“', name: 'Eva Roth' });
  });

  it('a quoted phrase with lower-case words is a quotation, not a name', async () => {
    const [a] = await speakersOf('Der Präsident beklagte im Zusammenhang mit der Debatte eine wachsende „Kluft zwischen Arm und Reich“.');
    expect(a).toMatchObject({ span: 'Der Präsident', cue: 'beklagte' });
  });

  it('leaves the outlet a speaker spoke in out of the speaker: "im „Spiegel“", "in der ARD"', async () => {
    const [a] = await speakersOf('„Die Brücke ist seit 2019 marode“, sagte die Verkehrsministerin in der ARD.');
    expect(a).toMatchObject({ span: 'die Verkehrsministerin', type: 'person', cue: 'sagte' });
    const [b] = await speakersOf('Die Reform komme 2027, so der Kanzleramtschef im „Spiegel“.');
    expect(b).toMatchObject({ span: 'der Kanzleramtschef', type: 'person', cue: 'so' });
    // A body the speaker belongs to stays: "der Sprecher im Ministerium".
    const [c] = await speakersOf('Die Zahlen stimmten, so der Sprecher im Ministerium.');
    expect(c).toMatchObject({ span: 'der Sprecher im Ministerium' });
    // An outlet named with its city: "im Kölner Stadt-Anzeiger", "in der Frankfurter Rundschau"; a body with its city stays.
    const [d] = await speakersOf('„Die Miete stieg um 30 Prozent“, sagte die Anwältin im Kölner Stadt-Anzeiger.');
    expect(d).toMatchObject({ span: 'die Anwältin', cue: 'sagte' });
    const [e] = await speakersOf('Die Sperrung dauere bis Mai, so der Stadtrat in der Frankfurter Rundschau.');
    expect(e).toMatchObject({ span: 'der Stadtrat', cue: 'so' });
    const [f] = await speakersOf('Die Kosten stiegen auf 3 Millionen Euro, sagte der Sprecher im Berliner Senat.');
    expect(f).toMatchObject({ span: 'der Sprecher im Berliner Senat' });
  });

  it('leaves the outlet a named speaker spoke to out of the speaker: "sagte Huber der Frankfurter Allgemeinen Zeitung"', async () => {
    const [a] = await speakersOf('Der Ökonom Hans Huber warnt vor einer Rezession. Die Preise würden weiter steigen, sagte Huber der Frankfurter Allgemeinen Zeitung.');
    expect(a).toMatchObject({ span: 'Der Ökonom Hans Huber', type: 'person' });
    const [, b] = await speakersOf('Der Ökonom Hans Huber warnt vor einer Rezession. Die Preise würden weiter steigen, sagte Huber der Frankfurter Allgemeinen Zeitung.');
    expect(b).toMatchObject({ span: 'Huber', type: 'person', name: 'Hans Huber', organization: null, cue: 'sagte' });
    const [c] = await speakersOf('Man werde die Pläne prüfen, sagte Anna Müller der Nachrichtenagentur Reuters.');
    expect(c).toMatchObject({ span: 'Anna Müller', type: 'person', organization: null });
    const [d] = await speakersOf('Das sei falsch, sagte Petra Lang der „Bild“-Zeitung.');
    expect(d).toMatchObject({ span: 'Petra Lang', type: 'person' });
    // After a role the article opens a genitive: the spokesperson of the newspaper.
    const [e] = await speakersOf('Die Zahlen stimmten, sagte ein Sprecher der Zeitung.');
    expect(e).toMatchObject({ span: 'ein Sprecher der Zeitung', type: 'spokesperson' });
  });

  it('leaves a news agency that unnamed people or a spokesperson spoke to out of the speaker', async () => {
    const [a] = await speakersOf('Der Umsatz sei gestiegen, sagten zwei mit der Sache vertraute Personen der Nachrichtenagentur Reuters.');
    expect(a).toMatchObject({ span: 'zwei mit der Sache vertraute Personen', type: 'anonymous', count: 2, organization: null });
    const [b] = await speakersOf('Die Zahlen stimmten, sagte ein Konzernsprecher der Nachrichtenagentur dpa.');
    expect(b).toMatchObject({ span: 'ein Konzernsprecher', type: 'spokesperson' });
    // People of the outlet are its own: "Journalisten der Nachrichtenagentur AFP"; a newspaper may have a spokesperson.
    const [c] = await speakersOf('Die Lage sei ruhig, berichteten Journalisten der Nachrichtenagentur AFP.');
    expect(c).toMatchObject({ span: 'Journalisten der Nachrichtenagentur AFP', organization: 'AFP' });
  });

  it('keeps the initial inside a name: "George W. Bush"', async () => {
    const [a] = await speakersOf('Ähnlich äußerte sich der frühere US-Präsident George W. Bush: „Wir haben die Lage im Griff.“');
    expect(a).toMatchObject({ span: 'der frühere US-Präsident George W. Bush', type: 'person', cue: 'äußerte sich' });
    const [b] = await speakersOf('„Das Museum bleibt bis 2027 geschlossen“, sagte Direktorin Anna M. Keller am Montag.');
    expect(b).toMatchObject({ span: 'Direktorin Anna M. Keller', type: 'person', cue: 'sagte' });
  });

  it('takes a role and the name in apposition after it in a "wie" clause, the verb joined or after a time', async () => {
    const [a] = await speakersOf('Wie der Sprecher der Stadtwerke, Jens Hoffmann, mitteilte, steigt der Gaspreis um 8 Prozent.');
    expect(a).toMatchObject({ span: 'der Sprecher der Stadtwerke, Jens Hoffmann', name: 'Jens Hoffmann', type: 'spokesperson', cue: 'mitteilte' });
    const [b] = await speakersOf('Die Fähre fällt bis Juni aus, wie die Landrätin des Kreises, Maria Kessler, am Montag bestätigte.');
    expect(b).toMatchObject({ span: 'die Landrätin des Kreises, Maria Kessler', name: 'Maria Kessler', type: 'person', cue: 'bestätigte' });
    const [c] = await speakersOf('Wie ein Vertreter der Gewerkschaft, Ole Brandt, sagte, streiken 400 Beschäftigte.');
    expect(c).toMatchObject({ span: 'ein Vertreter der Gewerkschaft, Ole Brandt', cue: 'sagte' });
  });

  it('keeps the name before a description whose closing comma is left out', async () => {
    const [a] = await speakersOf('Jana Berger, Sprecherin des Bundesverbands der Pflegekräfte sagte am Montag, die Lage in den Heimen sei ernst.');
    expect(a).toMatchObject({ span: 'Jana Berger, Sprecherin des Bundesverbands der Pflegekräfte', name: 'Jana Berger', type: 'spokesperson', cue: 'sagte' });
    const [b] = await speakersOf('Die Landung wird schwierig, wie Tobias Renner, Direktor des Instituts für Raumfahrt betont.');
    expect(b).toMatchObject({ span: 'Tobias Renner, Direktor des Instituts für Raumfahrt', name: 'Tobias Renner', type: 'person', cue: 'betont' });
  });
});

describe('German speakers: relative clauses and pointers', () => {
  it('"nach denen" after a statement says what it says; the pronoun is the speaker span, the statement the source', async () => {
    const found = await speakersOf('Der Verband verwies auf Studien der Universität, nach denen die Mieten weiter steigen würden.');
    expect(found.at(-1)).toMatchObject({ span: 'denen', text: 'Studien der Universität', type: 'document', cue: 'nach' });
  });

  it('"nach dem" in a relative clause without reported speech is no attribution', async () => {
    const found = await speakersOf('Die Ministerin wartete auf den Bericht, nach dem sie seit Wochen gefragt hatte.');
    expect(found).toEqual([]);
  });

  it('"Folgendes" after the speaker points to the statement; it is no part of the speaker', async () => {
    const [a] = await speakersOf('Dazu erklärte die Ministerin Folgendes. „Wir kürzen bei der Bildung nicht.“');
    expect(a).toMatchObject({ span: 'die Ministerin', cue: 'erklärte' });
  });

  it('"Demnach" takes its source from the sentence before; the speaker span is the pointing word itself', async () => {
    const found = await speakersOf('Die Feuerwehr sagte am Abend, der Brand sei gelöscht. Demnach waren drei Häuser betroffen.');
    expect(found.at(-1)).toMatchObject({ span: 'Demnach', text: 'Die Feuerwehr', cue: 'Demnach' });
  });
});

describe('German speakers: sources granted anonymity', () => {
  it('makes a described individual who asked not to be named an anonymous source', async () => {
    const [a] = await speakersOf('Ein leitender Beamter, der nicht namentlich genannt werden wollte, sagte, das Projekt koste 40 Millionen Euro.');
    expect(a).toMatchObject({ span: 'Ein leitender Beamter', type: 'anonymous', count: 1 });
    const [b] = await speakersOf('Das Werk schließe im Mai, sagte eine Ingenieurin, die anonym bleiben wollte.');
    expect(b).toMatchObject({ type: 'anonymous', count: 1 });
  });

  it('keeps a person whose reported words mention anonymity', async () => {
    const [a] = await speakersOf('Eine Ingenieurin sagte, die Umfrage sei anonym durchgeführt worden.');
    expect(a).toMatchObject({ type: 'person' });
  });
});

describe('German speakers: a news agency after a spokesperson', () => {
  it('reads the agency as the addressee, not as the body the spokesperson speaks for', async () => {
    const found = await speakersOf('Die Nordwerk AG schließt das Werk in Kiel, wie eine Konzernsprecherin der dpa bestätigte.');
    expect(found.at(-1)).toMatchObject({ type: 'spokesperson', organization: 'Nordwerk' });
  });

  it('keeps a broadcaster whose spokesperson speaks for it', async () => {
    const [a] = await speakersOf('Ein Sprecher der ARD sagte, die Sendung falle am Sonntag aus.');
    expect(a).toMatchObject({ type: 'spokesperson', organization: 'ARD' });
  });
});
