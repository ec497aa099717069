import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody, onlyAttributionOf } from '../../helpers/attributions.js';

/** Every attribution of a short German text under a headline, in order. */
const attributions = (text: string) => attributionsOf(germanBody(text), 'de');
const only = (text: string) => onlyAttributionOf(germanBody(text), 'de');

describe('German cue verbs: what is not a cue', () => {
  it('a capitalized noun inside a sentence is not a verb form ("Angaben" is not "angaben")', async () => {
    const a = await only('Die Sitzung werde nach Angaben der Stadtwerke im Mai stattfinden.');
    expect(a).toMatchObject({ cue: 'nach', rule: 'de.attribution.nach-angaben' });
  });

  it('a separable particle closes its clause: "warf … vor" before a noun is a preposition', async () => {
    expect(await attributions('Die Kugelstoßerin warf die Kugel weit und siegte vor der Titelverteidigerin.')).toEqual([]);
  });

  it('a separable particle may still follow later in the clause', async () => {
    const a = await only('Die Gemeinde teilte mit großem Bedauern mit, dass das Freibad geschlossen bleibt.');
    expect(a).toMatchObject({ cue: 'teilte mit' });
  });

  it('a verb that also stands alone keeps its particle: "forderte … auf", "gestand … ein"', async () => {
    const a = await only('Der Landrat forderte die 12 Gemeinden des Kreises auf, bis Juni Notunterkünfte zu melden.');
    expect(a).toMatchObject({ cue: 'forderte auf', stance: 'asserts' });
    expect(a.source.text).toBe('Der Landrat');
    expect(await only('Der Trainer gestand nach dem 0:3 seine Fehler ein.')).toMatchObject({ cue: 'gestand ein', stance: 'confirms' });
    // Without its particle the verb alone is the cue.
    expect((await only('Die Gewerkschaft forderte 8 Prozent mehr Lohn.')).cue).toBe('forderte');
  });

  it('a separable particle after a quoted fragment in its clause', async () => {
    const a = await only('Der Bürgermeister wies die Vorwürfe der Opposition als „völlig haltlos“ zurück.');
    expect(a).toMatchObject({ cue: 'wies zurück', stance: 'denies' });
    expect(a.source).toMatchObject({ text: 'Der Bürgermeister', type: 'person' });
    expect(await only('Die Ministerin hob die „hervorragende Zusammenarbeit“ mit den Ländern hervor.')).toMatchObject({ cue: 'hob hervor' });
  });

  it('a consequence after the comma ("so dass") is not what was said: the sentence is a report without a cue', async () => {
    for (const text of ['Der Fahrer meldete der Leitstelle einen Defekt, so dass der Zug halten musste.', 'Der Fahrer meldete der Leitstelle einen Defekt, sodass der Zug halten musste.']) {
      const a = await only(text);
      expect(a.spans?.cue).toEqual([]);
    }
  });

  it('an agentless passive after "darf", "kann" or "muss" is the writer\'s conclusion, not a report', async () => {
    expect(await attributions('Als Ergebnis der Messungen darf also festgehalten werden, dass der See sauberer geworden ist.')).toEqual([]);
    expect(await attributions('Nach den Messungen kann festgestellt werden, dass der See sauberer geworden ist.')).toEqual([]);
    const a = await only('Gestern wurde berichtet, dass der See sauberer geworden ist.');
    expect(a).toMatchObject({ cue: 'wurde berichtet' });
  });

  it('a state passive names who was addressed, no speaker: "sind aufgerufen", "ist gefordert"', async () => {
    expect(await attributions('Die 40.000 Anwohner sind aufgerufen, bis Freitag Wasser zu sparen.')).toEqual([]);
    expect(await attributions('Jetzt ist der Aufsichtsrat der Bank gefordert.')).toEqual([]);
    // A verb whose perfect takes "sein" is active after "ist".
    expect((await only('Der Minister ist davon ausgegangen, dass 300 Stellen bleiben.')).source.text).toBe('Der Minister');
  });

  it('"würden" with a participle is a passive: its subject does not speak', async () => {
    expect(await attributions('Die Pläne der Kommission würden am 9. Dezember der Öffentlichkeit bekanntgegeben.')).toEqual([]);
    const a = await only('Das gilt als Fortschritt, wie er von Umweltverbänden seit 20 Jahren gefordert würde.');
    expect(a).toMatchObject({ cue: 'gefordert' });
    expect(a.source.text).toBe('Umweltverbänden');
  });

  it('a cue verb used reflexively reports nothing', async () => {
    expect(await attributions('Damit bestätigt sich die Befürchtung der Bauern.')).toEqual([]);
  });

  it('a participle in the passive has no speaker in its subject; its agent speaks', async () => {
    expect(await attributions('Der Vertrag wird in der Branche als Wendepunkt angesehen.')).toEqual([]);
    const a = await only('Die Gebühren wurden von der Kammer erst im Herbst bekanntgegeben.');
    expect(a).toMatchObject({ cue: 'wurden bekanntgegeben' });
    expect(a.source.text).toBe('der Kammer');
  });

  it('the agent of a passive "als … bezeichnet" reports the whole sentence; without an agent nobody does', async () => {
    const a = await only('Die Pläne der Kammer wurden vom Umweltverband als völlig überzogen bezeichnet.');
    expect(a.source.text).toBe('Umweltverband');
    expect(a.spans?.cue).toEqual([]);
    expect(await attributions('Das Gebiet am Fluss wird als Auenwald bezeichnet.')).toEqual([]);
  });
});

describe('German cue verbs: what the cue and its speaker are', () => {
  it('the auxiliary is part of the cue as written', async () => {
    const a = await only('Die Bürgermeisterin hatte im Gemeinderat gesagt, die Brücke werde saniert.');
    expect(a).toMatchObject({ cue: 'hatte gesagt', text: 'Die Bürgermeisterin hatte im Gemeinderat gesagt' });
  });

  it('reads the speaker after "wie" and an adverb', async () => {
    const a = await only('Wie schon die Bergwacht mitteilte, ist der Pass gesperrt.');
    expect(a).toMatchObject({ cue: 'mitteilte', rule: 'de.attribution.wie-x' });
    expect(a.source.text).toBe('die Bergwacht');
  });

  it('finds the particle after an inverted subject with an apposition', async () => {
    const a = await only('Am Abend gab der Leiter der Feuerwehr, Karl Gruber, bekannt, dass der Brand gelöscht sei.');
    expect(a).toMatchObject({ cue: 'gab bekannt' });
    expect(a.source).toMatchObject({ text: 'der Leiter der Feuerwehr, Karl Gruber', name: 'Karl Gruber' });
  });

  it('takes a description and the name after it as one speaker', async () => {
    const a = await only('Eine Sprecherin der Bergrettung, Anna Moser sagte, die Lage sei ruhig.');
    expect(a.source).toMatchObject({ text: 'Eine Sprecherin der Bergrettung, Anna Moser', type: 'spokesperson', name: 'Anna Moser' });
  });

  it('leaves the object a cue needs out of an inverted subject ("sprach X von …")', async () => {
    const a = await only('Im Landtag sprach Petra Wimmer von einem schweren Fehler der Regierung.');
    expect(a).toMatchObject({ cue: 'sprach von' });
    expect(a.source.text).toBe('Petra Wimmer');
  });

  it('a verb with a prepositional object needs no particle at the clause end', async () => {
    const a = await only('Die Feuerwehr sprach von einem großen Glück für die Bewohner.');
    expect(a).toMatchObject({ cue: 'sprach von' });
  });

  it('a sentence-opening adverb is not the speaker', async () => {
    const a = await only('Daraufhin hatte der Verband erklärt, die Liga werde verkleinert.');
    expect(a.source.text).toBe('der Verband');
  });
});

describe('German "X zufolge": where the source phrase starts', () => {
  it('a lower-case verb before the phrase is not part of it', async () => {
    const a = await only('Bei dem Unfall starben amtlichen Angaben zufolge zwei Menschen.');
    expect(a.source).toMatchObject({ text: 'amtlichen Angaben', type: 'anonymous' });
  });

  it('an adverb before the phrase is not part of it either', async () => {
    const a = await only('Die Zahl der Opfer dürfte ersten Annahmen zufolge noch steigen.');
    expect(a.source).toMatchObject({ text: 'ersten Annahmen', type: 'anonymous' });
  });

  it('an auxiliary before "eigenen Angaben" leaves the phrase whole', async () => {
    const a = await only('Der Verein hat eigenen Angaben zufolge 500 Mitglieder.');
    expect(a.source.text).toBe('eigenen Angaben');
  });
});

describe('German quotations introduced by any verb', () => {
  it('a clause before a colon and a quotation: its subject speaks, its verb and particle are the cue', async () => {
    const a = await only('Danach griff die Senatorin den Bürgermeister scharf an: „So geht man mit Steuergeld nicht um.“');
    expect(a).toMatchObject({ cue: 'griff an', rule: 'de.attribution.quote-intro' });
    expect(a.source).toMatchObject({ text: 'die Senatorin', type: 'person' });
  });

  it('"mit den Worten" announces a quotation, and a pronoun after the verb is its subject', async () => {
    const a = await only('Die neue Halle lobte er mit den Worten: „Ein Gewinn für die ganze Stadt.“');
    expect(a).toMatchObject({ cue: 'lobte mit den Worten' });
    expect(a.source.text).toBe('er');
  });

  it('needs a known kind of speaker', async () => {
    expect(await attributions('Die Grafik zeigt: „Weniger ist mehr.“')).toEqual([]);
  });
});

describe('German speakers named before their role', () => {
  it('takes the role after the name into the speaker', async () => {
    const a = await only('Der Zug fällt aus, sagte Jonas Brandl, der Sprecher der Lokalbahn.');
    expect(a.source).toMatchObject({ text: 'Jonas Brandl, der Sprecher der Lokalbahn', name: 'Jonas Brandl' });
  });

  it('a pronoun right after the verb is the subject, not the fronted dative', async () => {
    const a = await only('Dem Gemeinderat schlug sie vor, die Gebühren zu senken.');
    expect(a).toMatchObject({ cue: 'schlug vor' });
    expect(a.source.text).toBe('sie');
  });

  it('"sagte … aus" is testimony', async () => {
    const a = await only('Der Zeuge sagte vor Gericht aus, er habe niemanden gesehen.');
    expect(a).toMatchObject({ cue: 'sagte aus' });
  });
});

describe('German statements by nobody named', () => {
  it('", hieß es" without a place is said by an unnamed source with no phrase of its own', async () => {
    const a = await only('Die Brücke bleibe bis Juni gesperrt, hieß es.');
    expect(a).toMatchObject({ text: 'hieß es', cue: 'hieß es', rule: 'de.attribution.heisst-es' });
    expect(a.source).toMatchObject({ text: '', type: 'anonymous', count: null, name: null, organization: null });
  });

  it('"hieß es" followed by when or how it was said, before the comma or the end', async () => {
    const a = await only('Die Brücke bleibe bis Juni gesperrt, hieß es am Dienstag.');
    expect(a).toMatchObject({ text: 'hieß es', cue: 'hieß es', rule: 'de.attribution.heisst-es' });
    expect(a.source).toMatchObject({ text: '', type: 'anonymous' });
    expect(await only('Weiter hieß es zum Abschluss, die 40 Mitarbeiter würden übernommen.')).toMatchObject({ cue: 'hieß es', source: { type: 'anonymous' } });
    expect((await only('Dazu hieß es lediglich, man prüfe alle 12 Anträge.')).cue).toBe('hieß es');
    // A name after it is what something was called.
    expect(await attributions('Bis 1990 hieß es Karl-Marx-Stadt.')).toEqual([]);
  });

  it('an agentless passive of a cue verb before what was said', async () => {
    const a = await only('Am Vormittag war berichtet worden, dass die Fähre ausfalle.');
    expect(a).toMatchObject({ cue: 'war berichtet worden', text: 'war berichtet worden' });
    expect(a.source).toMatchObject({ text: '', type: 'anonymous' });
  });

  it('an agentless passive of a cue verb alone after what was said, at the end of the sentence', async () => {
    const a = await only('Die Sanierung der Brücke könne bis zu 18 Monate dauern, wird vermutet.');
    expect(a).toMatchObject({ cue: 'wird vermutet', text: 'wird vermutet', stance: 'asserts' });
    expect(a.source).toMatchObject({ text: '', type: 'anonymous' });
    expect((await only('Die Fähre falle bis Freitag aus, wurde am Montag mitgeteilt.')).cue).toBe('wurde mitgeteilt');
    // A passive clause of its own that says more is no report of the clause before it.
    expect(await attributions('Die Zahlen wurden 2019 geprüft, wurden aber im Jahr 2021 erneut bestätigt.')).toEqual([]);
  });

  it('a passive with an agent names the agent; one without a statement after it names nobody', async () => {
    const [a] = await attributions('Die Preise wurden von der Kammer bekanntgegeben, wie jedes Jahr.');
    expect(a!.source).toMatchObject({ text: 'der Kammer', type: 'organization' });
    expect(await attributions('Der Bau wurde im Gemeinderat heftig kritisiert.')).toEqual([]);
  });

  it('"von" after a noun belongs to that noun, not to the passive', async () => {
    expect(await attributions('Aus dem Handel wurden die meisten Fälle von Betrug gemeldet, 40 Prozent aller Fälle.')).toEqual([]);
  });

  it('an agentless passive in a writing is said by the writing', async () => {
    const a = await only('In einem Bericht der Zeitung wurde vermutet, dass 20 Menschen an Bord waren.');
    expect(a).toMatchObject({ cue: 'wurde vermutet' });
    expect(a.source).toMatchObject({ text: 'einem Bericht der Zeitung', type: 'document' });
  });
});

describe('German verbs that report only what they quote or assume', () => {
  it('"nannte" reports with a quotation', async () => {
    const a = await only('Die Bürgermeisterin nannte die Pläne „völlig überzogen“.');
    expect(a).toMatchObject({ cue: 'nannte' });
    expect(a.source.text).toBe('Die Bürgermeisterin');
  });

  it('"nannte" without a quotation reports nothing', async () => {
    expect(await attributions('Die Bürgermeisterin nannte keine Einzelheiten.')).toEqual([]);
  });

  it('"gehen von … aus" is an assumption of its subject', async () => {
    const a = await only('Die Gutachter gehen von einem Schaden in Millionenhöhe aus.');
    expect(a).toMatchObject({ cue: 'gehen von aus' });
    expect(a.source).toMatchObject({ text: 'Die Gutachter', type: 'anonymous' });
  });
});

describe('German particles written apart', () => {
  it('"bekannt gab" in a verb-final clause', async () => {
    const a = await only('Wie die Sparkasse in Linz bekannt gab, schließen zwei Filialen.');
    expect(a).toMatchObject({ cue: 'bekannt gab', rule: 'de.attribution.wie-x' });
    expect(a.source.text).toBe('die Sparkasse in Linz');
  });

  it('"bekannt gegeben" after its auxiliary', async () => {
    const a = await only('Der Verein hatte am Montag bekannt gegeben, dass er den Trainer entlässt.');
    expect(a).toMatchObject({ cue: 'hatte bekannt gegeben' });
  });

  it('"davon ausgegangen" in the perfect: "davon" belongs to the cue', async () => {
    const a = await only('Die Feuerwehr ist davon ausgegangen, dass der Keller trocken bleibt.');
    expect(a).toMatchObject({ cue: 'ist davon ausgegangen', stance: 'asserts' });
    expect(a.source.text).toBe('Die Feuerwehr');
    const b = await only('Die Gutachter waren lange davon ausgegangen, dass die Mauer hält.');
    expect(b).toMatchObject({ cue: 'waren davon ausgegangen' });
    expect(b.source.text).toBe('Die Gutachter');
  });

  it('"davon ausgehen" joined in a verb-final clause', async () => {
    const a = await only('Die Gutachter, die davon ausgehen, dass die Mauer hält, raten zur Geduld.');
    expect(a).toMatchObject({ cue: 'davon ausgehen' });
    expect(a.source.text).toBe('Die Gutachter');
  });

  it('a passive with a particle written apart: "wird davon ausgegangen", "wurde bekannt gegeben"', async () => {
    const a = await only('Es wird davon ausgegangen, dass die Fähre im Herbst wieder fährt.');
    expect(a).toMatchObject({ cue: 'wird davon ausgegangen', stance: 'asserts' });
    const b = await only('Vom Landkreis wird davon ausgegangen, dass die Fähre im Herbst wieder fährt.');
    expect(b).toMatchObject({ cue: 'wird davon ausgegangen' });
    expect(b.source.text).toBe('Landkreis');
    const c = await only('Es wurde bekannt gegeben, dass die Fähre im Herbst wieder fährt.');
    expect(c).toMatchObject({ cue: 'wurde bekannt gegeben' });
  });

  it('"ausgegangen" without "davon" is not a cue', async () => {
    expect(await attributions('Wir sind von Berlin ausgegangen, als wir die Route planten.')).toEqual([]);
    expect(await attributions('Das Licht ist ausgegangen, als der Sturm aufzog.')).toEqual([]);
  });
});

describe('German partitive speakers', () => {
  it('"einer der …" is one person of a group', async () => {
    const a = await only('Einer der zwölf beteiligten Bergretter sagte: „Das war Rettung in letzter Minute.“');
    expect(a.source).toMatchObject({ text: 'Einer der zwölf beteiligten Bergretter' });
  });

  it('a part of a group of known sources', async () => {
    const a = await only('Zwei der Anwälte erklärten, sie würden Berufung einlegen.');
    expect(a.source).toMatchObject({ text: 'Zwei der Anwälte', type: 'anonymous', count: 2 });
  });
});

describe('German cue verbs that report nothing here', () => {
  it('a bracket pointing to earlier coverage is no source: "(wir berichteten)"', async () => {
    expect(await attributions('Die Brauerei schließt ihr Werk in Passau (wir berichteten).')).toEqual([]);
    expect(await attributions('Der Stadtrat lehnte den Antrag ab. (Die Lokalzeitung berichtete.)')).toEqual([]);
  });

  it('a reflexive verb after an inverted pronoun: "meldete er sich bei …"', async () => {
    expect(await attributions('Jetzt meldete er sich bei seiner Schwester in Kanada.')).toEqual([]);
  });

  it('"gemäß" with no source noun means "in keeping with"', async () => {
    expect(await attributions('Die Bauern handeln gemäß dem Brauch ihrer Vorfahren.')).toEqual([]);
    expect((await only('Gemäß einer Mitteilung der Stadt bleibt das Bad geschlossen.')).cue).toBe('Gemäß');
  });

  it('"bekannt wurde" in a relative clause is fame, not news', async () => {
    expect(await attributions('Die Sängerin, die durch eine Fernsehserie bundesweit bekannt wurde, tritt am Samstag in Ulm auf.')).toEqual([]);
  });

  it('an infinitive of purpose reports nothing: "Um … einschätzen zu können"', async () => {
    expect(await attributions('Um die Kosten besser einschätzen zu können, beauftragte die Stadt ein Ingenieurbüro.')).toEqual([]);
  });
});

describe('German verbs of advice, judgement and decision', () => {
  it('"riet", "urteilte", "entschied" report with a known kind of speaker', async () => {
    expect(await only('Die Ärztin riet, im Winter mehr Obst zu essen.')).toMatchObject({ cue: 'riet' });
    expect(await only('Der Richter urteilte, die Kündigung sei unwirksam gewesen.')).toMatchObject({ cue: 'urteilte' });
    expect(await only('Das Gericht hat entschieden, dass die Straße gesperrt bleibt.')).toMatchObject({ cue: 'hat entschieden' });
  });

  it('"riet" has no participle of its own: "in Streit geraten" reports nothing', async () => {
    expect(await attributions('Die Nachbarn waren wegen des Zauns in Streit geraten, als die Polizei kam.')).toEqual([]);
  });

  it('"äußerte Zweifel" is a cue with its noun', async () => {
    const a = await only('Die Gewerkschaft äußerte Zweifel, dass die Reform Stellen sichert.');
    expect(a).toMatchObject({ cue: 'äußerte Zweifel' });
    expect(a.source.text).toBe('Die Gewerkschaft');
  });

  it('"27 von 35" is a count, not the agent of a passive', async () => {
    const a = await only('Mit 27 von 35 Stimmen wurde beschlossen, den Hafen zu erweitern.');
    expect(a).toMatchObject({ cue: 'wurde beschlossen' });
    expect(a.source.text).toBe('');
  });
});

describe('German frames in a relative clause with a joined particle verb', () => {
  it('"…, das vorschlug, … zu …": the antecedent speaks an infinitive clause', async () => {
    const a = await only('Norwegen, das vorschlug, die Fangquoten im Nordmeer zu senken, fand keine Mehrheit.');
    expect(a).toMatchObject({ cue: 'vorschlug' });
    expect(a.source.text).toBe('Norwegen');
  });

  it('a particle infinitive with "zu" inside is a statement too ("einzurichten")', async () => {
    const a = await only('Der Stadtrat, der ankündigte, am Bahnhof eine Wache einzurichten, tagt im Rathaus.');
    expect(a).toMatchObject({ cue: 'ankündigte' });
  });

  it('a relative clause on the speaker of "so X" adds nothing: one attribution per source', async () => {
    const a = await only('Der Zug sei viel zu schnell gefahren, so die Gutachterin, die auch angab, dass die Bremsen versagt hätten.');
    expect(a).toMatchObject({ cue: 'so' });
  });
});

describe('German speakers with a lower-case name particle', () => {
  it('"laut al-Hakim" names a speaker', async () => {
    const a = await only('Die Ernte sei laut al-Hakim schlechter als im Vorjahr ausgefallen.');
    expect(a).toMatchObject({ cue: 'laut' });
    expect(a.source.text).toBe('al-Hakim');
  });
});

describe('German statement nouns with their speaker in the genitive', () => {
  it('"die Forderung des Verbands, … zu …" frames what the body demands', async () => {
    const a = await only('Die Forderung des Verbands, die Grundsteuer zu senken, stieß im Landtag auf Kritik.');
    expect(a).toMatchObject({ cue: 'Die Forderung', rule: 'de.attribution.statement-noun' });
    expect(a.source.text).toBe('des Verbands');
  });

  it('a relative clause after the speaker is no statement', async () => {
    expect(await attributions('Die Forderung des Verbands, die im Mai kam, stieß im Landtag auf Kritik.')).toEqual([]);
  });

  it('needs a known kind of speaker', async () => {
    expect(await attributions('Die Aussage des Gedichts, dass alles vergeht, berührte das Publikum.')).toEqual([]);
  });

  it('without a genitive, frames a "dass" or Konjunktiv I clause for a speaker it does not name', async () => {
    const a = await only('Die Ermittler fanden keine Belege für die Behauptungen, dass der Kassierer Geld unterschlagen habe.');
    expect(a).toMatchObject({ cue: 'die Behauptungen', rule: 'de.attribution.statement-noun' });
    expect(a.source.type).toBe('anonymous');
    expect((await only('Die Antwort des Vereins bestand in der Ankündigung, man werde den Vertrag kündigen.')).cue).toBe('der Ankündigung');
    // A relative clause after the noun is no statement; a "dass" clause is one in any mood.
    expect(await attributions('Die Stadt lehnte die Forderung, die im Mai einging, ohne Begründung ab.')).toEqual([]);
    expect(await attributions('Am Ende stand die Forderung, dass die Mieten sinken.').then((f) => f.length)).toBe(1);
    // A sentence naming a person may be telling their statement, whose speaker the noun does not show.
    expect(await attributions('Am Montag legte Bürgermeisterin Anna Berger den Akzent auf die Aussage, die Stadt sei schuldenfrei.')).toEqual([]);
  });
});

describe('German verbs of repeating, explaining and insisting', () => {
  it('"wiederholte", "legte dar", "beharrte darauf", "nahm Stellung" are cues', async () => {
    expect(await only('Die Ministerin wiederholte, dass die Schulen offen bleiben.')).toMatchObject({ cue: 'wiederholte' });
    expect(await only('Der Gutachter legte dar, die Brücke sei nicht mehr sicher.')).toMatchObject({ cue: 'legte dar' });
    expect(await only('Die Gewerkschaft beharrte darauf, dass die Löhne steigen müssten.')).toMatchObject({ cue: 'beharrte darauf' });
    expect(await only('Am Abend nahm der Bürgermeister Stellung: Die Straße werde im Mai gesperrt.')).toMatchObject({ cue: 'nahm Stellung' });
  });

  it('"wiederholt" is also an adverb, "stellte … dar" also means "was"', async () => {
    expect(await attributions('Die Brücke war wiederholt gesperrt worden, als der Fluss stieg.')).toEqual([]);
    expect(await attributions('Die Baustelle stellte für die Anwohner eine große Belastung dar.')).toEqual([]);
  });
});

describe('German cue phrases of hearing, learning and denying', () => {
  it('"wie X erfuhr" reports what an outlet learned', async () => {
    const a = await only('Wie die Zeitung erfuhr, soll das Werk im Herbst schließen.');
    expect(a).toMatchObject({ cue: 'erfuhr' });
    expect(a.source.text).toBe('die Zeitung');
  });

  it('"erklärte sich bereit" keeps its reflexive and adjective in the cue', async () => {
    expect(await only('Der Trainer erklärte sich bereit, den Vertrag um ein Jahr zu verlängern.')).toMatchObject({ cue: 'erklärte sich bereit' });
  });

  it('"stellte in Abrede" denies', async () => {
    expect(await only('Der Landrat stellte in Abrede, dass er von den Plänen gewusst habe.')).toMatchObject({ cue: 'stellte in Abrede', stance: 'denies' });
  });
});

describe('German cue verbs whose object makes them an act, not speech', () => {
  it('"führt die Tabelle an", "schrieb schwarze Zahlen", "hielt an … fest" report nothing', async () => {
    expect(await attributions('Der Verein führt die Tabelle mit drei Punkten Vorsprung an.')).toEqual([]);
    expect(await attributions('Die Reederei schrieb im dritten Quartal wieder schwarze Zahlen.')).toEqual([]);
    expect(await attributions('Die Regierung hielt trotz der Proteste an ihrem Kurs fest.')).toEqual([]);
  });

  it('the same verbs still report speech', async () => {
    expect(await only('Die Reederei schrieb in ihrem Bericht, die Flotte werde verkleinert.')).toMatchObject({ cue: 'schrieb' });
    expect(await only('Die Regierung hielt fest, dass die Grenzen offen bleiben.')).toMatchObject({ cue: 'hielt fest' });
  });
});

describe('German speakers after the verb: demonstratives, and "so X" with an attachment', () => {
  it('"sagte dieser, …": a demonstrative alone is the subject', async () => {
    const a = await only('Im Gespräch mit dem Anwalt der Sängerin sagte dieser, dass sie bald wieder auftrete.');
    expect(a).toMatchObject({ cue: 'sagte' });
    expect(a.source.text).toBe('dieser');
  });

  it('"diese" before a noun is no subject of its own', async () => {
    const a = await only('Diese Woche sagte die Trainerin, die Mannschaft sei fit.');
    expect(a.source.text).toBe('die Trainerin');
  });

  it('", so das Ergebnis einer Studie mit …": an attachment after the speaker', async () => {
    const a = await only('Jede dritte Brücke ist marode, so das Ergebnis einer Studie mit dem Titel „Brücken heute“.');
    expect(a).toMatchObject({ cue: 'so' });
  });
});

describe('German "hält … für" with its judgement', () => {
  it('the judgement and a placeholder "es" belong to the cue', async () => {
    const a = await only('Die Behörde hält es für unwahrscheinlich, dass sich das Virus über Lebensmittel verbreitet.');
    expect(a).toMatchObject({ cue: 'hält es für unwahrscheinlich' });
  });

  it('a noun after "für" is no judgement word: the cue stays "hält für"', async () => {
    const a = await only('Der Verband hält die Reform für einen großen Erfolg.');
    expect(a).toMatchObject({ cue: 'hält für' });
  });
});
