import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody, onlyAttributionOf } from '../../helpers/attributions.js';
import { ausHervorRule, quoteIntroRule } from '../../../src/lang/de/attributions/rules.js';

/** Every attribution of a short German text under a headline, in order. */
const attributions = (text: string) => attributionsOf(germanBody(text), 'de');
const only = (text: string) => onlyAttributionOf(germanBody(text), 'de');
/** The text of each span, cut from the sentence the attribution stands in. */
const cut = (a: { sentence: string; start: number }, spans: ReadonlyArray<{ start: number; end: number }> | undefined, offset: number) =>
  (spans ?? []).map((s) => a.sentence.slice(s.start - offset, s.end - offset));

describe('German reporting verbs and phrases', () => {
  it('reads answering and summing-up verbs', async () => {
    expect(await only('Die Ministerin erwiderte, der Etat sei längst ausgeschöpft.')).toMatchObject({ cue: 'erwiderte' });
    expect(await only('Der Kassenwart fasste zusammen, dass 40 Mitglieder ausgetreten seien.')).toMatchObject({ cue: 'fasste zusammen' });
    expect(await only('Der Trainer sagte voraus, dass sein Team die Liga gewinnt.')).toMatchObject({ cue: 'sagte voraus' });
  });

  it('reads phrases built on "machen", "bringen", "lassen" and "sein"', async () => {
    expect(await only('Der Vorsitzende machte deutlich, dass es keine Entlassungen geben werde.')).toMatchObject({ cue: 'machte deutlich' });
    expect(await only('Die Landrätin ließ wissen, die Straße bleibe bis Mai gesperrt.')).toMatchObject({ cue: 'ließ wissen' });
    expect(await only('Die Ärztin ist der Ansicht, dass die Impfung 90 Prozent der Fälle verhindert.')).toMatchObject({ cue: 'ist der Ansicht' });
    const a = await only('Die Gewerkschaft brachte ihren Ärger zum Ausdruck: „Das ist ein Wortbruch.“');
    expect(a).toMatchObject({ cue: 'brachte zum Ausdruck' });
    expect(a.source.text).toBe('Die Gewerkschaft');
  });

  it('takes the adverb that points to what follows into the cue: "verwies darauf, dass", "warnte davor, … zu"', async () => {
    const a = await only('Die Ministerin verwies darauf, dass 12 Schulen saniert werden.');
    expect(a).toMatchObject({ text: 'Die Ministerin verwies darauf', cue: 'verwies darauf' });
    expect((await only('Die Polizei wies am Abend darauf hin, dass die A7 gesperrt bleibt.')).cue).toBe('wies darauf hin');
    expect((await only('Der Verband warnte davor, die Mieten um 10 Prozent zu erhöhen.')).cue).toBe('warnte davor');
    // "darüber hinaus" means "moreover"; a pointing adverb after "und" belongs to the later verb.
    expect((await only('Die Regierung beschuldigt die Rebellen darüber hinaus, Gelder aus dem Ausland zu erhalten.')).cue).toBe('beschuldigt');
  });

  it('reads phrases with a noun in the perfect, the noun before the participle', async () => {
    const a = await only('Die Landesregierung hatte die Auffassung vertreten, das Gericht sei für die Klage nicht zuständig.');
    expect(a).toMatchObject({ cue: 'hatte die Auffassung vertreten', stance: 'asserts', rule: 'de.attribution.cue-verb' });
    expect(a.source).toMatchObject({ text: 'Die Landesregierung', type: 'organization' });
    expect((await only('Die Prüfer sind zu dem Ergebnis gekommen, dass 12 Millionen Euro fehlen.')).cue).toBe('sind zu dem Ergebnis gekommen');
    expect((await only('Der Betriebsrat hat darauf bestanden, dass 300 Stellen erhalten bleiben.')).cue).toBe('hat darauf bestanden');
    expect(await only('Der Kämmerer hat die Zahlen des Gutachtens infrage gestellt.')).toMatchObject({ cue: 'hat infrage gestellt', stance: 'denies' });
    // Without its noun the participle is an act: representing a client, arriving somewhere.
    expect(await attributions('Der Anwalt hat den Konzern vor dem Landgericht vertreten.')).toEqual([]);
    expect(await attributions('Der Zug aus Hamburg ist mit 40 Minuten Verspätung in Köln gekommen.')).toEqual([]);
  });

  it('wakes its rare rules on rare words: an announcer by its last word, "aus … hervor" by its verb', async () => {
    const quoteIntro = quoteIntroRule('q').triggers ?? [];
    expect(quoteIntro).toEqual(expect.arrayContaining([':', 'worten', 'begründung']));
    expect(quoteIntro).not.toContain('mit');
    expect(ausHervorRule('a').triggers).not.toContain('aus');
    // Woken by "hervorgeht", the rule still reads each "aus" of the sentence.
    expect(await only('Wie aus dem Bericht hervorgeht, stiegen die Kosten aus Sicht der Prüfer stark.'))
      .toMatchObject({ cue: 'hervorgeht', rule: 'de.attribution.aus-x-hervor' });
  });

  it('takes an announcing phrase into the cue of a reporting verb', async () => {
    expect(await only('Die Stürmerin trat den Zweifeln mit den Worten entgegen, sie sei völlig gesund.'))
      .toMatchObject({ cue: 'trat mit den Worten entgegen' });
  });

  it('reads "sprechen von" in the present plural', async () => {
    const a = await only('Die Veranstalter sprechen von 30.000 Besuchern am ersten Tag.');
    expect(a).toMatchObject({ cue: 'sprechen von' });
    expect(a.source.text).toBe('Die Veranstalter');
  });

  it('reads verbs of criticism, threat and naming that report what someone did by speaking', async () => {
    expect(await only('Der Betriebsrat übte scharfe Kritik an den 300 Kündigungen.')).toMatchObject({ cue: 'übte Kritik' });
    expect(await only('Die Staatsanwältin erhob schwere Vorwürfe gegen die 3 Manager.')).toMatchObject({ cue: 'erhob Vorwürfe' });
    expect(await only('Der Verband drohte mit einem Streik ab dem 1. Mai.')).toMatchObject({ cue: 'drohte mit' });
    expect(await only('Der Präsident bezeichnete die Wahl mit 40 Prozent Beteiligung als Erfolg.')).toMatchObject({ cue: 'bezeichnete als' });
  });

  it('reads present-tense plurals of reporting verbs', async () => {
    const a = await only('Die Kritiker werfen der Stadt vor, 2 Millionen Euro verschwendet zu haben.');
    expect(a).toMatchObject({ cue: 'werfen vor' });
    expect(a.source).toMatchObject({ text: 'Die Kritiker', type: 'anonymous' });
  });

  it('a group of people named by what they are or do speaks for itself ("Die Anwohner kritisierten …")', async () => {
    const a = await only('Die Anwohner kritisierten den Bau der 40 Meter hohen Halle.');
    expect(a).toMatchObject({ cue: 'kritisierten' });
    expect(a.source).toMatchObject({ text: 'Die Anwohner', type: 'anonymous' });
  });

  it('a shout introduces its quotation whoever shouts', async () => {
    const a = await only('Der Mann stieg auf das Dach und rief: „Ich bleibe hier!“');
    expect(a).toMatchObject({ cue: 'rief' });
    expect(a.source.text).toBe('Der Mann');
  });

  it('"mit der Begründung" joins the cue and announces what was said', async () => {
    const a = await only('Die Gemeinde hatte den Antrag mit der Begründung abgelehnt, das Grundstück sei zu klein.');
    expect(a).toMatchObject({ cue: 'hatte mit der Begründung abgelehnt' });
    expect(a.source.text).toBe('Die Gemeinde');
  });

  it('"mit der Begründung" after a name in apposition and a relative clause inside the clause', async () => {
    const a = await only('Am Freitag zog der Partner des Konsortiums, Halvorsen Bau, der als Generalunternehmer auftrat, sein Angebot mit der Begründung zurück, die Ausschreibung sei auf den Konkurrenten zugeschnitten.');
    expect(a).toMatchObject({ cue: 'zog zurück mit der Begründung' });
    expect(a.source.text).toBe('der Partner des Konsortiums, Halvorsen Bau');
    const b = await only('Die Reederei, die seit Jahren Verluste schreibt, erhöhte die Preise mit der Begründung, der Treibstoff sei um 40 Prozent teurer geworden.');
    expect(b.source.text).toBe('Die Reederei');
    expect(b.cue).toBe('erhöhte mit der Begründung');
  });

  it('reads a subject behind a focus particle ("Auch der Minister …")', async () => {
    const a = await only('Auch der Finanzminister kritisierte den Entwurf für das Jahr 2026.');
    expect(a).toMatchObject({ cue: 'kritisierte' });
    expect(a.source).toMatchObject({ text: 'der Finanzminister', type: 'person' });
  });
});

describe('German reports: a verb that says what someone did by speaking', () => {
  const offset = germanBody('').length;

  it('a report has the whole sentence as its statement, and no cue or frame of its own', async () => {
    const a = await only('Der Mieterverband kritisierte die Erhöhung um 12 Prozent.');
    expect(a).toMatchObject({ cue: 'kritisierte' });
    expect(cut(a, a.spans?.content, offset)).toEqual(['Der Mieterverband kritisierte die Erhöhung um 12 Prozent.']);
    expect(cut(a, a.spans?.source, offset)).toEqual(['Der Mieterverband']);
    expect(a.spans).toMatchObject({ cue: [], frame: [] });
  });

  it('a relative clause after the object keeps it a report', async () => {
    const a = await only('Die Ministerin verteidigte den Haushalt, der 3 Milliarden Euro Schulden vorsieht.');
    expect(a.spans?.cue).toEqual([]);
  });

  it('a report in a clause of its own starts at that clause', async () => {
    const a = await only('Die Opposition lehnte den Plan ab, während der Bauernverband die 20 neuen Stellen begrüßte.');
    expect(cut(a, a.spans?.content, offset)).toEqual(['während der Bauernverband die 20 neuen Stellen begrüßte.']);
  });

  it('a quoted fragment the clause goes on after keeps it a report', async () => {
    const a = await only('Die Richter äußerten sich „mit großer Sorge“ über die 20 neuen Fälle.');
    expect(a.spans?.cue).toEqual([]);
  });

  it('a clause saying when or why after the comma keeps it a report', async () => {
    const [landrat] = await attributions('Der Landrat kritisierte den Plan, während 30 Gemeinden ihn begrüßten.');
    expect(landrat).toMatchObject({ cue: 'kritisierte' });
    expect(landrat!.spans?.cue).toEqual([]);
  });

  it('a verb followed by what was said is no report', async () => {
    // A statement has its cue and frame; a report has neither.
    const framed = (a: { spans?: { cue: unknown[]; frame?: unknown[] } }) => (a.spans?.cue.length ?? 0) > 0 && (a.spans?.frame?.length ?? 0) > 0;
    expect(framed(await only('Der Sprecher der Stadtwerke sagte, die Preise würden um 5 Prozent steigen.'))).toBe(true);
    expect(framed(await only('Die Preise steigen um 5 Prozent, sagte der Sprecher der Stadtwerke.'))).toBe(true);
    expect(framed(await only('Die Ministerin kritisierte: „Das kostet 2 Millionen Euro.“'))).toBe(true);
  });

  it('a demonstrative inside the object does not point back', async () => {
    const a = await only('Der Mieterverband kritisierte die Kosten dieses Umbaus von 3 Millionen Euro.');
    expect(a.spans?.cue).toEqual([]);
  });

  it('a verb whose object points back to the sentence before is no report', async () => {
    const found = await attributions('Das Werk schließt im Mai. Dies bestätigte der Betriebsrat am Abend.');
    expect(found).toHaveLength(1);
    expect(found[0]!.spans?.cue).toHaveLength(1);
  });
});

describe('German frames without a reporting verb', () => {
  it('"zu Folge" written apart is "zufolge"', async () => {
    const a = await only('Der Verein steht Gerüchten zu Folge vor dem Abstieg in die 3. Liga.');
    expect(a).toMatchObject({ cue: 'zu Folge', text: 'Gerüchten zu Folge', rule: 'de.attribution.x-zufolge' });
  });

  it('"Ersten Angaben vom Montag zufolge" keeps the date with the statement', async () => {
    const a = await only('Ersten Angaben vom Montag zufolge kamen 12 Menschen ums Leben.');
    expect(a.source.text).toBe('Ersten Angaben vom Montag');
  });

  it('"wie sich aus X ergab": the source is what it followed from', async () => {
    const a = await only('Wie sich aus der Auswertung der Messdaten ergab, lag der Wert bei 40 Mikrogramm.');
    expect(a).toMatchObject({ cue: 'Wie sich ergab', rule: 'de.attribution.aus-x-hervor' });
    expect(a.source).toMatchObject({ text: 'der Auswertung der Messdaten', type: 'document' });
    expect((await only('Aus dem Protokoll ergibt sich, dass 14 Stimmen fehlten.')).cue).toBe('ergibt sich');
  });

  it('"ergab" without "sich" is no frame', async () => {
    expect(await attributions('Die Addition aus allen Posten ergab 300 Euro.')).toEqual([]);
  });

  it('"nach" a law or a study in the plural', async () => {
    expect((await only('Nach dem Grundgesetz wählt der Bundestag den Kanzler mit 316 Stimmen.')).source.text).toBe('dem Grundgesetz');
    expect((await only('Nach jüngsten Untersuchungen sind 30 Prozent der Bäume geschädigt.')).cue).toBe('Nach');
  });

  it('"hieß es" opened by an adverb or written "es hieß", and "verlautete"', async () => {
    expect(await only('Weiter hieß es, die 200 Stellen seien sicher.')).toMatchObject({ cue: 'hieß es', source: { type: 'anonymous' } });
    expect(await only('Es hieß, die 200 Stellen seien sicher.')).toMatchObject({ cue: 'Es hieß' });
    const a = await only('Aus Regierungskreisen verlautete, die Steuer steige um 2 Prozent.');
    expect(a).toMatchObject({ cue: 'verlautete' });
    expect(a.source.text).toBe('Regierungskreisen');
  });

  it('"hieß" and "verlautete" closing a "wie" clause, with or without the place it came from', async () => {
    const a = await only('Wie aus Koalitionskreisen verlautete, soll die Pendlerpauschale um 5 Cent steigen.');
    expect(a).toMatchObject({ text: 'Wie aus Koalitionskreisen verlautete', cue: 'verlautete', rule: 'de.attribution.heisst-es' });
    expect(a.source).toMatchObject({ text: 'Koalitionskreisen', type: 'anonymous' });
    const b = await only('Die Werft soll, wie es am Freitag aus dem Aufsichtsrat hieß, 300 Stellen streichen.');
    expect(b).toMatchObject({ text: 'wie es am Freitag aus dem Aufsichtsrat hieß', cue: 'es hieß' });
    expect(b.source.text).toBe('dem Aufsichtsrat');
    expect(await only('Wie es hieß, wurden 12 Lastwagen beschlagnahmt.')).toMatchObject({ cue: 'es hieß', source: { text: '', type: 'anonymous' } });
    // "heißen" without "es" is naming: no hearsay.
    expect(await attributions('Wie der Ort mit 300 Einwohnern heißt, steht auf keiner Karte.')).toEqual([]);
  });

  it('"wurde bekannt" before a statement: news from nobody named', async () => {
    const a = await only('Am Montag wurde bekannt, dass 40 Filialen schließen.');
    expect(a).toMatchObject({ cue: 'wurde bekannt', rule: 'de.attribution.bekannt-wurde' });
    expect(a.source).toMatchObject({ text: '', type: 'anonymous' });
    expect((await only('Wie am Abend bekannt wurde, schließen 40 Filialen.')).cue).toBe('bekannt wurde');
    expect((await only('Zuvor war bekannt geworden, dass 40 Filialen schließen.')).cue).toBe('war bekannt geworden');
  });

  it('"bekannt" as an adjective or with "gab" is no such frame', async () => {
    expect(await attributions('Die Stadt ist für ihre 300 Brücken bekannt.')).toEqual([]);
    const a = await only('Die Firma gab am Montag bekannt, dass 40 Filialen schließen.');
    expect(a).toMatchObject({ cue: 'gab bekannt', rule: 'de.attribution.cue-verb' });
  });
});

describe('German cue and speaker spans', () => {
  it('a noun the cue needs keeps its article or preposition', async () => {
    expect((await only('Die Prüfer kamen zu dem Ergebnis, dass 12 Millionen Euro fehlen.')).cue).toBe('kamen zu dem Ergebnis');
    expect((await only('Der Trainer wagte die Prognose, sein Team werde 3 Spiele gewinnen.')).cue).toBe('wagte die Prognose');
  });

  it('a short insertion between dashes stays inside the reporting clause', async () => {
    const a = await only('Dies gab heute – nach langen Tests im Labor – der Leiter der Klinik bekannt.');
    expect(a).toMatchObject({ cue: 'gab bekannt' });
    expect(a.source.text).toBe('der Leiter der Klinik');
  });

  it('where a speaker spoke is no part of the speaker, where they belong is', async () => {
    expect((await only('Die Preise steigen um 5 Prozent, sagte der Minister in einem Interview.')).source.text).toBe('der Minister');
    expect((await only('Die Preise steigen um 5 Prozent, sagte der Minister im Gespräch mit Reportern.')).source.text).toBe('der Minister');
    const a = await only('Der Vertreter der Mieter im Aufsichtsrat, Karl Roth, hat gefordert, dass die Miete um 5 Prozent sinkt.');
    expect(a).toMatchObject({ cue: 'hat gefordert' });
    expect(a.source.text).toBe('Der Vertreter der Mieter im Aufsichtsrat, Karl Roth');
  });

  it('"wird X zitiert": the subject of the passive is the speaker', async () => {
    const a = await only('„Wir holen 3 Punkte“, wird der Trainer im Fachblatt „Kicker“ zitiert.');
    expect(a).toMatchObject({ cue: 'wird zitiert' });
    expect(a.source.text).toBe('der Trainer');
  });

  it('an agentless "wurde vermutet" before a statement names nobody', async () => {
    const a = await only('Zunächst wurde vermutet, dass 20 Menschen an Bord waren.');
    expect(a).toMatchObject({ cue: 'wurde vermutet', source: { text: '', type: 'anonymous' } });
  });

  it('"wonach" reports what the statement named before it says', async () => {
    const [denial, report] = await attributions('Die Firma wies Berichte der Zeitung vom Montag zurück, wonach 300 Stellen wegfallen.');
    expect(denial).toMatchObject({ cue: 'wies zurück', stance: 'denies' });
    expect(report).toMatchObject({ cue: 'wonach', rule: 'de.attribution.wonach' });
    expect(report!.source.text).toBe('Berichte der Zeitung vom Montag');
  });
});

describe('German pointers back to a source', () => {
  it('"Demnach" takes the source of the attribution before it', async () => {
    const found = await attributions('Die Polizei teilte am Abend mit, es gebe 3 Verletzte. Demnach ist der Fahrer geflohen.');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ cue: 'Demnach', rule: 'de.attribution.demnach' });
    expect(found[1]!.source.text).toBe('Die Polizei');
  });

  it('"demnach" after the verb points back as well: "Der Umsatz stieg demnach …"', async () => {
    const found = await attributions('Laut einem Bericht der Handelskammer sank die Zahl der Lehrlinge. Die Zahl der Betriebe stieg demnach um 4 Prozent.');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ cue: 'demnach', rule: 'de.attribution.demnach' });
    expect(found[1]!.source.text).toBe(found[0]!.source.text);
  });

  it('"Demnach" gives way to a source its own sentence names', async () => {
    const found = await attributions('Die Polizei teilte am Abend mit, es gebe 3 Verletzte. Demnach erwartet das Ministerium 5 weitere Patienten.');
    expect(found.map((a) => a.cue)).toEqual(['teilte mit', 'erwartet']);
  });
});

describe('German relative clauses that report', () => {
  const offset = germanBody('').length;

  it('a subject relative pronoun speaks for its antecedent; its clause is the frame', async () => {
    const a = await only('Gekommen war auch die Bürgermeisterin von Linz, die am Montag betonte, dass 30 Stellen entstehen.');
    expect(a).toMatchObject({ cue: 'betonte', text: 'die am Montag betonte' });
    expect(a.source.text).toBe('die Bürgermeisterin von Linz');
    expect(cut(a, a.spans?.source, offset)).toEqual(['die']);
  });

  it('a relative clause inside the subject is no report of its own', async () => {
    const a = await only('Der Mann, der den Unfall sah, sagte, das Auto sei mit 90 km/h gefahren.');
    expect(a).toMatchObject({ cue: 'sagte' });
    expect(a.source.text).toBe('Der Mann');
  });
});

describe('German reflexive announcements', () => {
  it('"meldete sich mit den Worten" announces a quotation', async () => {
    const a = await only('Nach der Landung meldete sich die Pilotin mit den Worten: „Wir sind nach 9 Stunden sicher gelandet.“');
    expect(a).toMatchObject({ cue: 'meldete sich mit den Worten' });
    expect(a.source.text).toBe('die Pilotin');
  });

  it('a reflexive cue verb without an announcement still reports nothing', async () => {
    expect(await attributions('Damit bestätigt sich die Sorge der 300 Bauern.')).toEqual([]);
  });
});

describe('German verbless frames before a quotation', () => {
  it('"Zitat von X:" names the speaker after its head noun', async () => {
    const [a] = await attributionsOf(germanBody('Zitat von Bürgermeisterin Lang: „Wir bauen die Brücke für 20 Millionen Euro neu.“'), 'de');
    expect(a).toMatchObject({ cue: 'Zitat', rule: 'de.attribution.colon-frame' });
    expect(a!.source).toMatchObject({ text: 'Bürgermeisterin Lang', type: 'person' });
  });

  it('"Die Erklärung des Ministeriums:" takes the genitive as the speaker', async () => {
    const [a] = await attributionsOf(germanBody('Die Erklärung des Ministeriums: „Die Versorgung ist bis 2030 gesichert.“'), 'de');
    expect(a).toMatchObject({ cue: 'Erklärung', text: 'Die Erklärung des Ministeriums' });
    expect(a!.source).toMatchObject({ text: 'des Ministeriums', type: 'organization' });
  });

  it('a heading with a colon and no quotation, or no speaker, is no frame', async () => {
    expect(await attributionsOf(germanBody('Die Bilanz des Jahres: Der Umsatz stieg um zehn Prozent.'), 'de')).toEqual([]);
    expect(await attributionsOf(germanBody('Die Antwort: „Der Umsatz stieg um zehn Prozent.“'), 'de')).toEqual([]);
  });
});
