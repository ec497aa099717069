import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody, onlyAttributionOf } from '../../helpers/attributions.js';

/** Every attribution of a short German text under a headline, in order. */
const attributions = (text: string) => attributionsOf(germanBody(text), 'de');
const only = (text: string) => onlyAttributionOf(germanBody(text), 'de');

describe('German source phrases', () => {
  it('keeps a participle phrase with a capitalized adjective inside the subject', async () => {
    const a = await only('Vertreter aller im Wiener Landtag vertretenen Parteien warnten vor Kürzungen.');
    expect(a.source).toMatchObject({ text: 'Vertreter aller im Wiener Landtag vertretenen Parteien', type: 'anonymous' });
  });

  it('keeps a measure before an adjective inside the subject', async () => {
    const a = await only('Zur Begründung verweist das 80 Seiten lange Gutachten auf steigende Zinsen.');
    expect(a.source).toMatchObject({ text: 'das 80 Seiten lange Gutachten', type: 'document' });
  });

  it('reads a party in brackets after a name as part of the subject, and as the person\'s body', async () => {
    const a = await only('Landesrätin Maria Gruber (ÖVP) hat dagegen die Gebühren gegen neue Kritik verteidigt.');
    expect(a.source).toMatchObject({ text: 'Landesrätin Maria Gruber (ÖVP)', type: 'person', name: 'Maria Gruber', organization: 'ÖVP' });
  });

  it('reads a clause past a date with an ordinal dot ("am 3. Juli")', async () => {
    const a = await only('Am 3. Juli teilte die Reederei mit, dass sie 200 Stellen streicht.');
    expect(a).toMatchObject({ cue: 'teilte mit' });
    expect(a.source).toMatchObject({ text: 'die Reederei', type: 'organization' });
    const b = await only('Der Bürgermeister hat am 12. Mai seinen Rücktritt für den 30. Juni bekannt gegeben.');
    expect(b).toMatchObject({ cue: 'hat bekannt gegeben' });
    expect(b.source.text).toBe('Der Bürgermeister');
    expect((await only('Wie die Bahn am 2. Januar mitteilte, fallen 40 Züge aus.')).source.text).toBe('die Bahn');
  });

  it('finds the subject before a relative clause', async () => {
    const a = await only('Die Reederei, die seit Jahren Verluste schreibt, teilte am Montag mit, dass sie 200 Stellen streicht.');
    expect(a).toMatchObject({ cue: 'teilte mit' });
    expect(a.source).toMatchObject({ text: 'Die Reederei', type: 'organization' });
  });

  it('finds the place of "heißt es" before a relative clause', async () => {
    const a = await only('In dem Gutachten, das am Montag von der Kammer veröffentlicht wurde, heißt es, die Mieten seien zu hoch.');
    expect(a).toMatchObject({ cue: 'heißt es', rule: 'de.attribution.heisst-es' });
    expect(a.source).toMatchObject({ text: 'dem Gutachten', type: 'document' });
  });

  it('"nach eigenen Angaben" names the body the sentence is about', async () => {
    const found = await attributions('Die Grünen kritisierten die Ausgaben. Nach eigenen Angaben erhielt das Bundeskartellamt im Vorjahr 30 Millionen Euro.');
    expect(found.at(-1)!.source).toMatchObject({ text: 'eigenen Angaben', type: 'organization', organization: 'Bundeskartellamt' });
  });
});

describe('German impersonal subjects', () => {
  it('an impersonal "man" speaks for the body the clause places it in', async () => {
    const a = await only('Dagegen bezifferte man den Schaden im Verkehrsministerium mit nur einer Million Euro.');
    expect(a).toMatchObject({ cue: 'bezifferte' });
    expect(a.source).toMatchObject({ type: 'organization', organization: 'Verkehrsministerium' });
  });

  it('an impersonal "man" with no body is no source', async () => {
    expect(await attributions('Im Sommer erwartet man einen Anstieg der Preise.')).toEqual([]);
  });
});

describe('German continuation without a cue of its own', () => {
  it('an agentless passive of a reporting verb continues the source before it', async () => {
    const found = await attributions('Die Vertreter der Bauern warnten vor Dürre. Zudem wurde mehr Geld für Bewässerung gefordert.');
    expect(found.map((a) => [a.source.text, a.inherited])).toEqual([['Die Vertreter der Bauern', false], ['Die Vertreter der Bauern', true]]);
    expect(found[1]).toMatchObject({ text: 'gefordert', stance: 'asserts' });
  });

  it('an agentless passive in Konjunktiv I before what was said continues the source before it', async () => {
    const found = await attributions('Der Betreiber sagte, die Anlage laufe wieder. Bei der Prüfung sei festgestellt worden, dass keine Gefahr bestehe.');
    expect(found.map((a) => [a.source.text, a.inherited])).toEqual([['Der Betreiber', false], ['Der Betreiber', true]]);
    // In the indicative it is a report of its own, by nobody named.
    const own = await attributions('Bei der Prüfung wurde festgestellt, dass keine Gefahr besteht.');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ cue: 'wurde festgestellt', inherited: false });
  });

  it('a passive with an agent does not continue the source before it: the agent speaks', async () => {
    const found = await attributions('Die Vertreter der Bauern warnten vor Dürre. Im Sommer wurde von der Kammer eine Hilfe angekündigt.');
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ cue: 'wurde angekündigt', inherited: false });
    expect(found[1]!.source.text).toBe('der Kammer');
  });

  it('a conditional opened by a Konjunktiv II verb is not reported speech', async () => {
    const found = await attributions('Laut Rechnungshof steigen die Schulden. Hätte es die Krise nicht gegeben, würde die Quote sinken.');
    expect(found).toHaveLength(1);
  });

  it('"soll" with a perfect infinitive is hearsay: it continues the source right before it', async () => {
    const found = await attributions('Nach Angaben der Feuerwehr wurden 14 Menschen verletzt. Zwei Kinder sollen schwer verletzt worden sein.');
    expect(found.map((a) => [a.source.text, a.inherited])).toEqual([['Angaben der Feuerwehr', false], ['Angaben der Feuerwehr', true]]);
    expect(found[1]).toMatchObject({ text: 'sollen', stance: 'asserts' });
    const fraud = await attributions('Die Staatsanwaltschaft wirft dem Kassenwart Untreue vor. Er soll 80.000 Euro veruntreut haben.');
    expect(fraud.map((a) => [a.source.text, a.inherited])).toEqual([['Die Staatsanwaltschaft', false], ['Die Staatsanwaltschaft', true]]);
  });

  it('"soll" with a plan, a possibility or a deadline is no hearsay', async () => {
    for (const plan of ['Die neue Halle soll im Mai 2026 eröffnet werden.', 'Der Film soll ab Mai in 300 Kinos zu sehen sein.', 'Bis Ende 2027 soll die Strecke fertiggestellt sein.']) {
      expect(await attributions(`Laut Stadtrat kostet der Umbau 12 Millionen Euro. ${plan}`)).toHaveLength(1);
    }
  });

  it('"soll" continues only in the clause that opens the sentence, not after a clause of its own', async () => {
    const found = await attributions('Laut Stadtrat kostet der Umbau 12 Millionen Euro. War lange ein Neubau geplant gewesen, soll nun ein Prüfer 14 Risse gefunden haben.');
    expect(found).toHaveLength(1);
  });
});

describe('German sources that are no speakers, outlets and hearsay', () => {
  it('a percentage of people is an amount, not a speaker', async () => {
    const found = await attributions('30 Prozent der Betriebe halten es für wahrscheinlich, dass die Preise steigen.');
    expect(found).toEqual([]);
  });

  it('a lone unknown name that reports news is an outlet; a known company stays a company', async () => {
    const found = await attributions('Das Update kommt im Mai, berichtet Techblick. Der Preis bleibt gleich, wie Handyfux berichtet. Der Absatz sank, meldete Siemens.');
    expect(found.map((a) => [a.source.text, a.source.type])).toEqual([['Techblick', 'media'], ['Handyfux', 'media'], ['Siemens', 'organization']]);
  });

  it('"angeblich" opening a clause reports hearsay from nobody named', async () => {
    const a = await only('Angeblich soll der neue Chip weniger Strom brauchen.');
    expect(a).toMatchObject({ cue: 'Angeblich', rule: 'de.attribution.angeblich', stance: 'asserts' });
    expect(a.source).toMatchObject({ type: 'anonymous', count: null });
  });

  it('"angeblich" before an adjective is no attribution', async () => {
    expect(await attributions('Die angeblich gestohlenen Daten tauchten im Netz auf.')).toEqual([]);
  });
});

describe('German Konjunktiv I reaching back', () => {
  it('a Konjunktiv I sentence continues the source past one sentence of the writer\'s own', async () => {
    const found = await attributions('Laut einer Studie der Kammer fehlen Lehrlinge. Im Vorjahr gab es 300 offene Stellen.\n\nBesonders betroffen seien kleine Betriebe.');
    expect(found.map((a) => [a.source.text, a.inherited])).toEqual([['einer Studie der Kammer', false], ['einer Studie der Kammer', true]]);
  });

  it('not into a sentence with a reporting verb of its own', async () => {
    const found = await attributions('Laut einer Studie der Kammer fehlen Lehrlinge. Im Vorjahr gab es 300 offene Stellen. Schon gestern hatten mehrere von ihnen angekündigt, es werde bald mehr Plätze geben.');
    expect(found).toHaveLength(1);
  });

  it('not into a sentence that frames a statement of its own', async () => {
    const found = await attributions('Laut einer Studie der Kammer fehlen Lehrlinge. Im Vorjahr gab es 300 offene Stellen. Der Verband zog den Antrag mit der Begründung zurück, es sei kein Geld da.');
    expect(found.filter((a) => a.inherited)).toEqual([]);
  });

  it('not past two of them', async () => {
    const found = await attributions('Laut einer Studie der Kammer fehlen Lehrlinge. Im Vorjahr gab es 300 offene Stellen. Die Löhne stiegen. Besonders betroffen seien kleine Betriebe.');
    expect(found).toHaveLength(1);
  });

  it('a Konjunktiv II form continues only the sentence right before', async () => {
    const found = await attributions('Laut einer Studie der Kammer fehlen Lehrlinge. Im Vorjahr gab es 300 offene Stellen. Mehr Lehrlinge würden die Lage entspannen.');
    expect(found).toHaveLength(1);
  });
});
