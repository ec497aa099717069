import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody, onlyAttributionOf } from '../../helpers/attributions.js';

/** Every attribution of a short German text under a headline, in order. */
const attributions = (text: string) => attributionsOf(germanBody(text), 'de');
const only = (text: string) => onlyAttributionOf(germanBody(text), 'de');

describe('German cue verbs', () => {
  it('reads the subject before the verb', async () => {
    const a = await only('Der Sprecher der Stadtwerke sagte, die Preise würden im Herbst steigen.');
    expect(a).toMatchObject({ cue: 'sagte', stance: 'asserts', rule: 'de.attribution.cue-verb' });
    expect(a.source).toMatchObject({ text: 'Der Sprecher der Stadtwerke', type: 'spokesperson' });
  });

  it('reads the subject after an inverted verb, behind a quote', async () => {
    const a = await only('„Wir bauen 300 Stellen ab“, sagte Finanzvorständin Petra Moser am Dienstag.');
    expect(a.source).toMatchObject({ text: 'Finanzvorständin Petra Moser', type: 'person', name: 'Petra Moser' });
  });

  it('joins a separable particle to its verb', async () => {
    const a = await only('Am Montag teilte das Unternehmen mit, dass das Werk in Linz schließt.');
    expect(a).toMatchObject({ cue: 'teilte mit', text: 'teilte das Unternehmen mit' });
    expect(a.source.type).toBe('organization');
  });

  it('finds the speaker of a direct quote standing before it', async () => {
    const a = await only('Die Gewerkschaftschefin erklärte: „Diese Kürzungen tragen wir nicht mit.“');
    expect(a).toMatchObject({ cue: 'erklärte' });
    expect(a.source).toMatchObject({ text: 'Die Gewerkschaftschefin', type: 'person' });
  });

  it('reads a participle after its auxiliary', async () => {
    const a = await only('Die Stadtverwaltung hat am Freitag bekanntgegeben, dass die Brücke gesperrt bleibt.');
    expect(a).toMatchObject({ cue: 'hat bekanntgegeben' });
    expect(a.source.text).toBe('Die Stadtverwaltung');
  });

  it('gives the stance of denying and confirming verbs', async () => {
    expect((await only('Ein Sprecher des Versicherers bestritt die Vorwürfe.')).stance).toBe('denies');
    expect((await only('Der Vorstand dementierte Berichte über einen Verkauf.')).stance).toBe('denies');
    expect((await only('Der Bürgermeister wies die Kritik am Montag zurück.'))).toMatchObject({ stance: 'denies', cue: 'wies zurück' });
    expect((await only('Die Bahn bestätigte den Ausfall von 40 Zügen.')).stance).toBe('confirms');
  });

  it('knows the present tense of a reporting verb for plural and singular speakers', async () => {
    expect(await only('Die Anwohner schildern, dass der Lärm jede Nacht andauere.')).toMatchObject({ cue: 'schildern' });
    expect(await only('Mehrere Ärzte bemängeln, dass die Station zu klein sei.')).toMatchObject({ cue: 'bemängeln' });
    expect(await only('Die Ministerin wiederholt, dass die Reform kommen werde.')).toMatchObject({ cue: 'wiederholt' });
    expect(await only('Die Abgeordneten äußern sich besorgt über die Kosten.')).toMatchObject({ cue: 'äußern sich' });
  });

  it('takes the later of two coordinated verbs for the cue when it introduces what was said', async () => {
    expect(await only('Der Bürgermeister lobte die Helfer und sagte, die Lage sei unter Kontrolle.')).toMatchObject({ cue: 'sagte' });
    expect(await only('Die Ärztin äußerte Bedenken und wagte die Prognose, die Station werde bald überlastet sein.')).toMatchObject({ cue: 'wagte die Prognose' });
    // The first verb introduces what it says itself: it stays the cue.
    expect(await only('Der Trainer sagte, die Mannschaft sei müde, und lobte den Einsatz.')).toMatchObject({ cue: 'sagte' });
  });

  it('gives a verb after a comma and before "aber" the subject of the clause before it', async () => {
    const a = await only('Die Reederei hielt sich mit Zahlen zurück, betonte aber, dass kein Schiff verloren gegangen sei.');
    expect(a).toMatchObject({ cue: 'betonte' });
    expect(a.source.text).toBe('Die Reederei');
    // After a fronted clause the verb has a subject of its own.
    expect((await only('Als die Feuerwehr eintraf, sagte aber der Hausmeister, das Feuer sei schon aus.')).source.text).toBe('der Hausmeister');
  });

  it('reads "wie X berichten" as one phrase', async () => {
    const a = await only('Die Molkerei verlagert ihre Produktion, wie zwei mit den Plänen vertraute Personen berichten.');
    expect(a).toMatchObject({ text: 'wie zwei mit den Plänen vertraute Personen berichten', cue: 'berichten', rule: 'de.attribution.wie-x' });
    expect(a.source).toMatchObject({ type: 'anonymous', count: 2 });
  });

  it('reads the subject of a verb-final clause after its conjunction', async () => {
    const found = await attributions('Die Kurse fielen, während Konzernsprecherin Eva Lang jede Absprache bestritt.');
    expect(found[0]).toMatchObject({ stance: 'denies' });
    expect(found[0]!.source).toMatchObject({ type: 'spokesperson', name: 'Eva Lang' });
  });
});

describe('German "schreiben": a text, not a company\'s result', () => {
  it.each([
    'Der Klinikverbund hat im ersten Halbjahr einen Verlust von 45 Millionen Euro geschrieben.',
    'Die Reederei schreibt seit Jahren Verluste.',
    'Die Firma schrieb 2024 einen Gewinn von drei Millionen Euro.',
  ])('%s', async (sentence) => {
    expect(await attributions(sentence)).toHaveLength(0);
  });

  it('a letter written is a statement', async () => {
    const a = await only('Der Minister schrieb in einem Brief, die Lage sei ernst.');
    expect(a).toMatchObject({ cue: 'schrieb', stance: 'asserts' });
  });
});

describe('German prepositional sources', () => {
  it('laut X', async () => {
    const a = await only('Laut einer Umfrage des Handelsverbands planen 40 Prozent der Kunden weniger Ausgaben.');
    expect(a).toMatchObject({ cue: 'Laut', rule: 'de.attribution.laut-x' });
    expect(a.source).toMatchObject({ text: 'einer Umfrage des Handelsverbands', type: 'document' });
  });

  it('X zufolge, with anonymous sources and no count', async () => {
    const a = await only('Die Brauerei steht Insidern zufolge vor dem Verkauf an einen Investor.');
    expect(a).toMatchObject({ text: 'Insidern zufolge', cue: 'zufolge', rule: 'de.attribution.x-zufolge' });
    expect(a.source).toMatchObject({ type: 'anonymous', count: null });
  });

  it('so X at the end of a sentence', async () => {
    const a = await only('Der Umbau kostet rund zwei Millionen Euro, so ein mit der Sache vertrauter Insider.');
    expect(a).toMatchObject({ cue: 'so', rule: 'de.attribution.so-x' });
    expect(a.source).toMatchObject({ type: 'anonymous', count: 1 });
  });

  it('so is not a source when a verb follows', async () => {
    expect(await attributions('Die Mieten stiegen, so dass viele Familien wegzogen.')).toEqual([]);
  });

  it('so X followed by what the words were about, or by "wörtlich"', async () => {
    const a = await only('„Wir brauchen 200 neue Busse“, so Verkehrsdezernentin Petra Lange zu den Plänen der Stadt.');
    expect(a).toMatchObject({ text: 'so Verkehrsdezernentin Petra Lange', cue: 'so', rule: 'de.attribution.so-x' });
    expect(a.source).toMatchObject({ text: 'Verkehrsdezernentin Petra Lange', type: 'person', name: 'Petra Lange' });
    const b = await only('„Das Werk schließt nicht vor 2030“, so der Betriebsratschef wörtlich.');
    expect(b.source).toMatchObject({ text: 'der Betriebsratschef', type: 'person' });
    // "zu" before a verb is an infinitive, not a topic.
    expect(await attributions('Die Kommune verkauft Grundstücke, so Geld zu sparen ist ihr Ziel.')).toEqual([]);
  });

  it('nach Angaben von X and seiner Einschätzung nach', async () => {
    const a = await only('Nach Angaben der Polizei wurden drei Menschen verletzt.');
    expect(a).toMatchObject({ cue: 'Nach', rule: 'de.attribution.nach-angaben' });
    expect(a.source).toMatchObject({ text: 'Angaben der Polizei', type: 'organization' });
  });

  it('nach Auskunft, Schilderung, dem Willen or the state of knowledge of X', async () => {
    const a = await only('Nach Auskunft der Feuerwehr mussten 40 Anwohner ihre Häuser verlassen.');
    expect(a).toMatchObject({ text: 'Nach Auskunft der Feuerwehr', cue: 'Nach', rule: 'de.attribution.nach-angaben' });
    expect(a.source).toMatchObject({ text: 'Auskunft der Feuerwehr', type: 'organization' });
    expect((await only('Nach Schilderung von Augenzeugen fuhr der Lastwagen mit 80 km/h in die Menge.')).source)
      .toMatchObject({ text: 'Schilderung von Augenzeugen', type: 'anonymous' });
    expect((await only('Nach dem Willen der Landesregierung sollen bis 2030 rund 500 Windräder entstehen.')).source)
      .toMatchObject({ text: 'dem Willen der Landesregierung', type: 'organization' });
    expect((await only('Nach derzeitigem Ermittlungsstand war der 23-Jährige allein unterwegs.')).source.text).toBe('derzeitigem Ermittlungsstand');
    // "gegen den Willen" is no source.
    expect(await attributions('Gegen den Willen der Eltern zog die 17-Jährige nach Berlin.')).toEqual([]);
  });

  it('a document a statement comes out of', async () => {
    const a = await only('Das geht aus dem Geschäftsbericht der Reederei hervor.');
    expect(a).toMatchObject({ cue: 'geht hervor', rule: 'de.attribution.aus-x-hervor' });
    expect(a.source.type).toBe('document');
  });

  it('heißt es in X', async () => {
    const a = await only('Die Fusion sei abgesagt, hieß es in einer Mitteilung der Gewerkschaft.');
    expect(a).toMatchObject({ cue: 'hieß es', rule: 'de.attribution.heisst-es' });
    expect(a.source.type).toBe('document');
  });
});

describe('German declines', () => {
  it.each([
    'Der Autozulieferer wollte sich zu den Zahlen nicht äußern.',
    'Der Autozulieferer lehnte eine Stellungnahme ab.',
    'Der Autozulieferer reagierte nicht auf Anfragen.',
    'Der Autozulieferer war für eine Stellungnahme nicht erreichbar.',
  ])('%s', async (sentence) => {
    const a = await only(sentence);
    expect(a).toMatchObject({ stance: 'declines' });
    expect(a.source.type).toBe('organization');
  });

  it('reads a declined statement put first, its subject after the verb: "Eine Stellungnahme lehnte X ab"', async () => {
    const a = await only('Eine Stellungnahme dazu lehnte der Autozulieferer am Montag ab.');
    expect(a).toMatchObject({ stance: 'declines', cue: 'Stellungnahme lehnte ab' });
    expect(a.source).toMatchObject({ type: 'organization', text: 'der Autozulieferer' });
    const b = await only('Einen Kommentar lehnte ein Sprecher des Konzerns ab.');
    expect(b).toMatchObject({ stance: 'declines' });
    expect(b.source).toMatchObject({ type: 'spokesperson', text: 'ein Sprecher des Konzerns' });
    // Any other object put first is rejected, not a statement declined.
    expect(await attributions('Den Vorschlag lehnte der Autozulieferer ab.')).toHaveLength(0);
  });

  it.each([
    'Der Autozulieferer wollte die Zahlen nicht bestätigen.',
    'Der Autozulieferer wollte den Bericht weder bestätigen noch dementieren.',
    'Der Autozulieferer bestätigte den Bericht nicht.',
    'Der Autozulieferer dementierte den Bericht nicht.',
    'Der Autozulieferer konnte die Zahlen zunächst nicht bestätigen.',
  ])('%s — not confirming or not denying is declining', async (sentence) => {
    const a = await only(sentence);
    expect(a.stance).toBe('declines');
    expect(a.source.type).toBe('organization');
  });

  it.each([
    'Ein Konzernsprecher bezeichnete den Bericht als falsch.',
    'Ein Konzernsprecher bezeichnete die Meldung als „völlig haltlos“.',
    'Ein Konzernsprecher nannte die Berichte „reine Spekulation“.',
  ])('%s — a judgement that denies is a denial', async (sentence) => {
    expect((await only(sentence)).stance).toBe('denies');
  });

  it('a judgement that does not deny stays an assertion', async () => {
    expect((await only('Ein Konzernsprecher nannte die Zahlen „beeindruckend“.')).stance).toBe('asserts');
    expect((await only('Ein Konzernsprecher bezeichnete den Plan als Erfolg.')).stance).toBe('asserts');
  });

  it('"nicht nur" is no negation, and a negation in what was said is no refusal', async () => {
    expect((await only('Der Autozulieferer bestätigte die Zahlen nicht nur, sondern nannte weitere.')).stance).toBe('confirms');
    expect((await only('Der Autozulieferer bestätigte, dass die Preise nicht steigen.')).stance).toBe('confirms');
  });

  it('gives each party of "weder … noch" its own attribution', async () => {
    const found = await attributions('Weder Nvidia noch Huawei reagierten auf Anfragen der Zeitung.');
    expect(found.map((a) => [a.source.organization, a.stance])).toEqual([['Nvidia', 'declines'], ['Huawei', 'declines']]);
  });
});

describe('German hearsay', () => {
  it('names the body after "heißt es vonseiten"', async () => {
    const a = await only('Auf Anfrage hieß es vonseiten der Stadtwerke, man prüfe den Fall.');
    expect(a).toMatchObject({ cue: 'hieß es' });
    expect(a.source).toMatchObject({ text: 'der Stadtwerke', type: 'organization' });
  });
});

describe('German lists of speakers', () => {
  const sources = async (text: string) => (await attributions(text)).map((a) => [a.source.text, a.source.type, a.cue]);

  it('gives each company of a comma list before the verb its own attribution', async () => {
    expect(await sources('Siemens, Bosch und Infineon erklärten am Dienstag, die Regeln kosteten Arbeitsplätze.')).toEqual([
      ['Siemens', 'organization', 'erklärten'], ['Bosch', 'organization', 'erklärten'], ['Infineon', 'organization', 'erklärten'],
    ]);
  });

  it('reads a list after "wie" and one closed by "sowie"', async () => {
    expect((await sources('Wie Siemens, Bosch sowie Infineon mitteilten, sinken die Preise.')).map(([text]) => text)).toEqual(['Siemens', 'Bosch', 'Infineon']);
  });

  it('reads a list after an inverted verb when a comma closes it', async () => {
    expect((await sources('Am Montag erklärten BASF, Bayer und Henkel, sie wollten mehr investieren.')).map(([text]) => text)).toEqual(['BASF', 'Bayer', 'Henkel']);
  });

  it('reads a list after an inverted verb that a time, an adverb or its particle follows', async () => {
    expect((await sources('Das teilten Siemens, Bosch und Infineon am Montag gemeinsam mit.')).map(([text, , cue]) => [text, cue])).toEqual([
      ['Siemens', 'teilten mit'], ['Bosch', 'teilten mit'], ['Infineon', 'teilten mit'],
    ]);
    expect((await sources('Das erklärten BASF, Bayer und Henkel am Dienstag.')).map(([text]) => text)).toEqual(['BASF', 'Bayer', 'Henkel']);
  });

  it('gives each named person of a coordinated subject an attribution', async () => {
    expect((await sources('Petra Brenner und Jonas Albrecht warnten vor hohen Kosten.')).map(([text, type]) => [text, type])).toEqual([
      ['Petra Brenner', 'person'], ['Jonas Albrecht', 'person'],
    ]);
  });

  it('keeps a list of unnamed groups together as one anonymous source', async () => {
    expect(await sources('Ärzte, Pfleger und Apotheker warnten vor Engpässen.')).toEqual([['Ärzte, Pfleger und Apotheker', 'anonymous', 'warnten']]);
  });

  it('does not join a clause before the comma to the list', async () => {
    expect(await sources('Das sagte Konzernchef Huber, Bosch und Infineon wollten sich nicht äußern.')).toEqual([
      ['Konzernchef Huber', 'person', 'sagte'], ['Bosch', 'organization', 'wollten sich äußern'], ['Infineon', 'organization', 'wollten sich äußern'],
    ]);
  });

  it('reads no speakers in a list of genitive objects', async () => {
    expect(await attributions('Die Manager werden des Diebstahls, des Betrugs und der Untreue beschuldigt.')).toEqual([]);
  });
});

describe('German continuation and references', () => {
  it('carries the source into a following Konjunktiv sentence', async () => {
    const found = await attributions('Die Ministerin sagte, das Budget reiche nicht. Die Kosten seien um 20 Prozent gestiegen.');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ inherited: true, stance: 'asserts', text: 'seien' });
    expect(found[1]!.source.text).toBe('Die Ministerin');
  });

  it('carries the source into a strong verb\'s Konjunktiv II plural, which differs from the past tense', async () => {
    const found = await attributions('Es gebe keine Pläne für ein Verbot, teilte eine Sprecherin mit. Die Regeln beträfen nur wenige Firmen.');
    expect(found.map((a) => [a.source.text, a.inherited])).toEqual([['eine Sprecherin', false], ['eine Sprecherin', true]]);
    expect(found[1]!.text).toBe('beträfen');
  });

  it('takes "das Unternehmen" and "ein Unternehmenssprecher" for the last company, not a union named since', async () => {
    const found = await attributions('Der Autozulieferer Mahle will Stellen abbauen. Die IG Metall kritisierte die Pläne. '
      + 'Das Unternehmen wies die Kritik zurück. Ein Unternehmenssprecher wollte sich nicht äußern.');
    expect(found.map((a) => [a.source.text, a.source.organization])).toEqual([
      ['Die IG Metall', 'IG Metall'], ['Das Unternehmen', 'Mahle'], ['Ein Unternehmenssprecher', 'Mahle'],
    ]);
  });

  it('leaves "der Konzern" unresolved where no company was named', async () => {
    const found = await attributions('Die IG Metall kritisierte die Pläne. Der Konzern wies die Kritik zurück.');
    expect(found.map((a) => [a.source.text, a.source.organization])).toEqual([['Die IG Metall', 'IG Metall'], ['Der Konzern', null]]);
  });

  it('does not carry a source into an indicative sentence', async () => {
    const found = await attributions('Die Ministerin sagte, das Budget reiche nicht. Die Kosten stiegen um 20 Prozent.');
    expect(found).toHaveLength(1);
  });

  it('names a pronoun or surname after the person it refers to', async () => {
    const found = await attributions('Laut Ökonomin Anna Berger wächst die Wirtschaft kaum. Sie sagte, 2025 werde schwierig. Das sei ein Risiko, so Berger.');
    expect(found.map((a) => a.source.name)).toEqual(['Anna Berger', 'Anna Berger', 'Anna Berger']);
  });
});

describe('German subjects and phrases', () => {
  it('takes a subject closed by an apposition', async () => {
    const a = await only('Die Leiterin des Klärwerks, Maria Huber, sagte, das Wasser sei sauber.');
    expect(a.source).toMatchObject({ type: 'person', name: 'Maria Huber' });
  });

  it('does not take a fronted object for the subject', async () => {
    const a = await only('Den Schaden bezifferte der Versicherer auf drei Millionen Euro.');
    expect(a.source.text).toBe('der Versicherer');
  });

  it('keeps a quoted title inside the source phrase', async () => {
    const a = await only('Wie das Magazin „Der Falter“ berichtete, wird das Amt aufgelöst.');
    expect(a.source).toMatchObject({ text: 'das Magazin „Der Falter“', type: 'media' });
  });

  it('keeps a place after the speaker', async () => {
    const a = await only('Ein Sprecher der Botschaft in Wien sagte, alle Reisenden seien wohlauf.');
    expect(a.source.text).toBe('Ein Sprecher der Botschaft in Wien');
  });

  it('names a compound body as itself', async () => {
    const a = await only('Der Rechnungshof kritisierte die Ausgaben scharf.');
    expect(a.source).toMatchObject({ type: 'organization', organization: 'Rechnungshof' });
  });

  it('reads a participle that is also a present-tense form', async () => {
    const a = await only('Der Minister hatte am Vortag erklärt, die Steuer komme nicht.');
    expect(a).toMatchObject({ cue: 'hatte erklärt' });
    expect(a.source.text).toBe('Der Minister');
  });

  it('does not read an ordinary verb as a cue without a known speaker', async () => {
    expect(await attributions('Ein großer Teil der Kosten erklärt sich durch höhere Mieten.')).toEqual([]);
  });

  it('does not read a sentence-opening adverb as the speaker', async () => {
    const a = await only('Offiziell bestätigte die Reederei den Verkauf nicht.');
    expect(a.source.text).toBe('die Reederei');
  });

  it('a statement noun alone is an unnamed source', async () => {
    const a = await only('Ersten Angaben zufolge wurde niemand verletzt.');
    expect(a.source).toMatchObject({ text: 'Ersten Angaben', type: 'anonymous', count: null });
  });

  it('"nach eigenen Angaben" is the body the text is about', async () => {
    const found = await attributions('Die Reederei Nordsee hat ein Schiff verkauft. Nach eigenen Angaben erlöste die Reederei 40 Millionen Euro.');
    expect(found[0]!.source).toMatchObject({ type: 'organization' });
  });
});

describe('German Konjunktiv continuation', () => {
  it('recognizes a third-person subjunctive in -e', async () => {
    const found = await attributions('Die Ärztekammer warnte vor Engpässen. Die Versorgung gelte nur bis März als gesichert.');
    expect(found[1]).toMatchObject({ inherited: true, text: 'gelte' });
  });

  it('reads a subjunctive in -e before a pronoun and a noun as a verb, not an adjective', async () => {
    const found = await attributions('Der Pfarrer sagte, die Gemeinde solle Ruhe bewahren. Sonst schütze sie Gott allein.');
    expect(found[1]).toMatchObject({ inherited: true, text: 'schütze' });
  });

  it('does not take a past tense in -te for a subjunctive', async () => {
    const found = await attributions('Die Ärztekammer warnte vor Engpässen. Danach handelte der Minister rasch.');
    expect(found).toHaveLength(1);
  });

  it('continues a speaker into a following direct quotation', async () => {
    const found = await attributions('Der Trainer sagte nach dem Spiel: „Wir waren zu langsam.“ „Das Tor war verdient.“');
    expect(found.map((a) => a.inherited)).toEqual([false, true]);
  });

  it('expands a surname to the full name written elsewhere', async () => {
    const found = await attributions('Die Ökonomin Anna Berger stellte den Bericht vor. Die Inflation sinke langsam, so Berger.');
    expect(found.at(-1)!.source).toMatchObject({ type: 'person', name: 'Anna Berger' });
  });
});

describe('German "wonach": the reports it names', () => {
  it('reads "Berichte" before "wonach" as media reports, without the verb before them', async () => {
    const found = await attributions('Der Zulieferer dementierte Berichte, wonach ein Verkauf der Sparte geplant sei.');
    expect(found.map((a) => [a.source.text, a.source.type, a.stance])).toEqual([
      ['Der Zulieferer', 'organization', 'denies'],
      ['Berichte', 'media', 'asserts'],
    ]);
  });
});

describe('German declines: leaving a question open', () => {
  it('"ließ offen, ob …" declines; plural advocates and technicians are unnamed people, not a body', async () => {
    const [a] = await attributions('Konzernchef Daniel Kurz ließ offen, ob das Unternehmen Schadenersatz zahlen werde.');
    expect(a).toMatchObject({ stance: 'declines' });
    expect(a!.source).toMatchObject({ type: 'person', name: 'Daniel Kurz' });
    const [b] = await attributions('Verbraucherschützer schätzen den Schaden auf bis zu 30 Millionen Euro.');
    expect(b!.source).toMatchObject({ type: 'anonymous', organization: null });
  });
});

describe('German source organizations', () => {
  it('takes the organization from a compound role', async () => {
    const a = await only('ÖVP-Klubchef Martin Gruber sagte, die Reform komme im Frühjahr.');
    expect(a.source).toMatchObject({ type: 'person', name: 'Martin Gruber', organization: 'ÖVP' });
  });

  it('takes the organization from a genitive body', async () => {
    const a = await only('Die Sprecherin der Landespartei erklärte, man prüfe eine Klage.');
    expect(a.source).toMatchObject({ type: 'spokesperson', organization: 'Landespartei' });
  });

  it('names a body written in the genitive in its nominative', async () => {
    const a = await only('Nach Angaben des Betriebsrats sollen vor allem die Fertigung und die Logistik betroffen sein.');
    expect(a.source).toMatchObject({ type: 'organization', organization: 'Betriebsrat' });
    const b = await only('Ein Sprecher des Landesverbandes sagte, die Zahlen seien vorläufig.');
    expect(b.source).toMatchObject({ type: 'spokesperson', organization: 'Landesverband' });
  });

  it('names a generic body by the name after it', async () => {
    const a = await only('Ein Sprecher der Staatsanwaltschaft Görlitz erklärte, die Ermittlungen dauerten an.');
    expect(a.source).toMatchObject({ type: 'spokesperson', organization: 'Staatsanwaltschaft Görlitz' });
  });

  it('names a body by the name after its noun, also where the name ends in a noun of its own', async () => {
    const a = await only('Der Fahrgastverband Pro Bahn kritisierte, die Leidtragenden seien die Pendler.');
    expect(a.source).toMatchObject({ type: 'organization', organization: 'Pro Bahn' });
  });

  it('names a newspaper by its capitalized adjective', async () => {
    const a = await only('Wie die Kärntner Zeitung berichtete, schließt das Werk.');
    expect(a.source).toMatchObject({ type: 'media', organization: 'Kärntner Zeitung' });
  });

  it('reads a role after a place in the genitive as the speaker, speaking for the place', async () => {
    const a = await only('Sachsens Wirtschaftsminister Dirk Panter sagte, die Landesregierung stehe mit dem Unternehmen in Kontakt.');
    expect(a.source).toMatchObject({ type: 'person', name: 'Dirk Panter', organization: 'Sachsen' });
    const b = await only('Nach Ansicht von Bayerns Ministerpräsident Markus Söder ist der Plan falsch.');
    expect(b.source).toMatchObject({ type: 'person', name: 'Markus Söder', organization: 'Bayern' });
    // A body after a place is the place's, named by it.
    const c = await only('Baden-Württembergs Verkehrsministerium machte deutlich, dass die Strecke gesperrt bleibe.');
    expect(c.source).toMatchObject({ type: 'organization', organization: 'Baden-Württemberg' });
  });

  it('names a body whose compound opens with a person\'s name by the whole compound', async () => {
    const a = await only('Die Zahl der Fälle steige weiter, teilte das Robert-Koch-Institut mit.');
    expect(a.source).toMatchObject({ type: 'organization', organization: 'Robert-Koch-Institut' });
    const b = await only('Ein Sprecher des Paul-Ehrlich-Instituts sagte, der Impfstoff sei sicher.');
    expect(b.source).toMatchObject({ type: 'spokesperson', organization: 'Paul-Ehrlich-Institut' });
    // A name that is no person's keeps naming the body by its first part.
    const c = await only('Ein Sprecher der SPD-Bundestagsfraktion sagte, man sei zufrieden.');
    expect(c.source).toMatchObject({ type: 'spokesperson', organization: 'SPD' });
  });

  it('takes the author of a study from its compound', async () => {
    const a = await only('Laut der QRT-Studie sinkt die Arbeitslosigkeit.');
    expect(a.source).toMatchObject({ type: 'document', organization: 'QRT' });
  });

  it('does not take an adverb in -weise for a subjunctive', async () => {
    const found = await attributions('Die Ärztekammer warnte vor Engpässen. Die Gebühren sinken teilweise um zehn Prozent.');
    expect(found).toHaveLength(1);
  });
});

describe('German "nach": a source only with a statement, not a time or an event', () => {
  it('a verdict or an evaluation after "nach" says when', async () => {
    expect(await attributions('Zwei Wochen nach dem Urteil des Landgerichts legte die Reederei Berufung ein.')).toEqual([]);
    expect(await attributions('Die Ursache stand erst nach der Auswertung der Wetterdaten fest.')).toEqual([]);
    expect(await attributions('Kurz nach der Unabhängigkeitserklärung brachen in der Hauptstadt Unruhen aus.')).toEqual([]);
  });

  it('an act whose genitive names a medium is no source: "nach Anbringen eines Senders"', async () => {
    expect(await attributions('Nach Anbringen eines Senders wurde der Wolf wieder freigelassen.')).toEqual([]);
  });

  it('"nach" before a noun phrase is a preposition, not a postposition', async () => {
    expect(await attributions('Im Landkreis gibt es mehrere Studien nach dem Hochwasser von 2013.')).toEqual([]);
  });

  it('a report, a norm and a postposed opinion still speak', async () => {
    expect((await only('Nach einem Bericht der Lokalzeitung soll das Hallenbad im Herbst schließen.')).cue).toBe('Nach');
    expect((await only('Nach dem Grundgesetz ist die Würde des Menschen unantastbar.')).source.text).toBe('dem Grundgesetz');
    const a = await only('Ersten Angaben nach wurden zwei Wanderer leicht verletzt.');
    expect(a).toMatchObject({ cue: 'nach', rule: 'de.attribution.nach-angaben' });
    expect((await only('Ihrer Meinung nach sollte die Stadt mehr Radwege bauen.')).source.text).toBe('Ihrer Meinung');
    expect((await only('Nach Hubers Angaben fiel der Strom zwei Stunden lang aus.')).source.text).toBe('Hubers Angaben');
    expect((await only('Nach einer Hochrechnung des Senders liegt die Amtsinhaberin vorn.')).cue).toBe('Nach');
    expect((await only('So wird ihrer Meinung nach Tirol den Ausbau kaum bezahlen können.')).source.text).toBe('ihrer Meinung');
  });
});

describe('German findings of documents', () => {
  it('a study before "zeigt" reports what follows', async () => {
    const a = await only('Eine Studie der Universität Tübingen zeigt, dass 40 Prozent der Betriebe Stellen abbauen.');
    expect(a).toMatchObject({ cue: 'zeigt', stance: 'asserts', rule: 'de.attribution.findings' });
    expect(a.source).toMatchObject({ text: 'Eine Studie der Universität Tübingen', type: 'document' });
  });

  it('a survey after an inverted "ergab"', async () => {
    const a = await only('Das ergab eine Umfrage des Branchenverbands unter 800 Betrieben.');
    expect(a.source).toMatchObject({ type: 'document' });
    expect(a.source.text).toMatch(/^eine Umfrage des Branchenverbands/u);
  });

  it('data in a "wie" clause, and the perfect with "hat"', async () => {
    const wie = await only('Die Exporte sanken um 3 Prozent, wie Daten der Notenbank zeigen.');
    expect(wie.source).toMatchObject({ text: 'Daten der Notenbank', type: 'document' });
    const perfect = await only('Eine Befragung der Kammer hat ergeben, dass jeder dritte Betrieb Fachkräfte sucht.');
    expect(perfect).toMatchObject({ cue: 'hat ergeben' });
    expect(perfect.source).toMatchObject({ type: 'document' });
  });

  it('a company that shows a product, "zeigt sich" and a person report no finding', async () => {
    expect(await attributions('Der Hersteller zeigte auf der Messe ein neues Modell mit 12 Kernen.')).toEqual([]);
    expect(await attributions('Die Ministerin zeigte sich über die Zahlen erfreut.')).toEqual([]);
    expect(await attributions('Im zweiten Quartal zeigt sich eine Erholung der Umsätze.')).toEqual([]);
  });
});

describe('German outlets quoting someone "mit den Worten"', () => {
  it('the one quoted said it; the outlet reports it', async () => {
    const found = await attributions('Die Zeitung zitierte einen Sprecher des Verkehrsministeriums mit den Worten, über 2.000 Anträge seien noch offen.');
    const quoted = found.find((a) => a.rule === 'de.attribution.quoted-with-words');
    expect(quoted).toMatchObject({ cue: 'mit den Worten', stance: 'asserts' });
    expect(quoted!.source).toMatchObject({ text: 'einen Sprecher des Verkehrsministeriums', type: 'spokesperson' });
    expect(found.map((a) => a.source.text)).toContain('Die Zeitung');
    // The role spans give the reporting word to the outlet, as nested quotations are annotated.
    expect(quoted!.spans?.cue).toEqual([]);
    expect(quoted!.spans?.source).toHaveLength(1);
  });

  it('a time between verb and object, and "mit der Aussage"', async () => {
    const found = await attributions('Das Magazin zitierte am Montag die Ministerin Karin Lenz mit der Aussage, die Zölle kosteten 3 Milliarden Euro.');
    const quoted = found.find((a) => a.rule === 'de.attribution.quoted-with-words');
    expect(quoted!.source).toMatchObject({ name: 'Karin Lenz', type: 'person' });
  });

  it('"mit folgenden Worten" opens the quoted words too, after "zitiert" and after another verb', async () => {
    const found = await attributions('Die Nachrichtenagentur zitiert dazu die Bürgermeisterin Petra Lohse mit folgenden Worten: „Die Sanierung kostet uns 4 Millionen Euro.“');
    const quoted = found.find((a) => a.rule === 'de.attribution.quoted-with-words');
    expect(quoted).toMatchObject({ cue: 'mit folgenden Worten' });
    expect(quoted!.source).toMatchObject({ name: 'Petra Lohse', type: 'person' });
    const [commented] = await attributions('Der Vorsitzende des Mieterbunds, Ole Jansen, kommentierte die Entscheidung mit folgenden Worten: „Das trifft 20.000 Haushalte.“');
    expect(commented).toMatchObject({ cue: 'kommentierte mit folgenden Worten' });
    expect(commented!.source).toMatchObject({ name: 'Ole Jansen' });
  });

  it('"zitierte" without "mit den Worten" gives no quoted source', async () => {
    const found = await attributions('Die Zeitung zitierte aus einem Schreiben des Ministeriums.');
    expect(found.filter((a) => a.rule === 'de.attribution.quoted-with-words')).toEqual([]);
  });
});

describe('German outlets quoting: who may be quoted', () => {
  it('a known person noun is quoted; an unknown noun is no source', async () => {
    const preacher = (await attributions('Der Sender zitierte den Prediger mit den Worten, die Gemeinde wachse.')).find((a) => a.rule === 'de.attribution.quoted-with-words');
    expect(preacher!.source).toMatchObject({ text: 'den Prediger', type: 'person' });
    const unknown = await attributions('Der Sender zitierte den Fahrplan mit den Worten eines Beamten.');
    expect(unknown.filter((a) => a.rule === 'de.attribution.quoted-with-words')).toEqual([]);
  });
});

describe('German past roles', () => {
  it('a former manager or spokeswoman speaks for no organization', async () => {
    const manager = await only('Der frühere Siemens-Manager Hans Huber sagte, die Kosten lägen bei 3 Milliarden Euro.');
    expect(manager.source).toMatchObject({ type: 'person', name: 'Hans Huber', organization: null });
    const spokeswoman = await only('Die ehemalige Bosch-Sprecherin Anna Weber sagte, 500 Stellen seien betroffen.');
    expect(spokeswoman.source).toMatchObject({ type: 'person', name: 'Anna Weber', organization: null });
    const prefixed = await only('Ex-Daimler-Chef Jürgen Brandt sagte, der Umbau koste Zeit.');
    expect(prefixed.source).toMatchObject({ name: 'Jürgen Brandt', organization: null });
  });

  it('a present role keeps its organization', async () => {
    const a = await only('Der Siemens-Manager Hans Huber sagte, die Kosten lägen bei 3 Milliarden Euro.');
    expect(a.source).toMatchObject({ name: 'Hans Huber', organization: 'Siemens' });
  });
});

describe('German negated confirmations in the perfect', () => {
  it('"hat … nicht bestätigt" and "hat … nicht dementiert" decline', async () => {
    const confirmed = await only('Der Betriebsrat hat die Zahlen bislang nicht bestätigt.');
    expect(confirmed).toMatchObject({ stance: 'declines' });
    const denied = await only('Der Konzern hat den Bericht über 800 Entlassungen nicht dementiert.');
    expect(denied).toMatchObject({ stance: 'declines' });
  });

  it('an unnegated perfect, and "nicht nur", keep their stance', async () => {
    expect(await only('Der Betriebsrat hat die Zahlen am Montag bestätigt.')).toMatchObject({ stance: 'confirms' });
    expect(await only('Der Konzern hat nicht nur den Bericht dementiert.')).toMatchObject({ stance: 'denies' });
  });
});
