import { describe, expect, it } from 'vitest';
import { entitiesOf, named, summary } from '../entity-helpers.js';

const de = (text: string) => entitiesOf(text, 'de');

describe('German entities: the lexicon', () => {
  it('finds known companies, media and parties with canonical names', async () => {
    const e = await de('Die Siemens AG und die SPÖ kritisierten laut APA den Plan der ÖVP.');
    expect(summary(e)).toEqual(expect.arrayContaining(['company:Siemens', 'organization:SPÖ', 'media:APA', 'organization:ÖVP']));
  });

  it('reads genitives and hyphen compounds as the company', async () => {
    const e = await de('Nvidias Umsatz stieg, während Huawei-Chips knapp blieben und der Samsung-Konzern wartete.');
    expect(summary(e)).toEqual(['company:Nvidia', 'company:Huawei', 'company:Samsung']);
    expect(named(e, 'Nvidia')!.mentions[0]!.text).toBe('Nvidias');
  });

  it('gives chips their vendor', async () => {
    const e = await de('Der Ascend 910C soll den H100 ersetzen, der Gaudi 3 kommt später.');
    expect(e.map((x) => [x.name, x.vendor])).toEqual([['Ascend 910C', 'Huawei'], ['H100', 'Nvidia'], ['Gaudi 3', 'Intel']]);
  });

  it('does not take generic chip words or places for entities', async () => {
    const e = await de('In China und den USA werden KI-Chips und AI-Chips knapp.');
    expect(e.filter((x) => x.type !== 'place')).toEqual([]);
  });
});

describe('German entities: places', () => {
  it('names places as German writes them, also when the text uses the English name', async () => {
    const e = await de('Die Lieferungen aus Singapore und Indien nach München verdoppelten sich.');
    expect(summary(e)).toEqual(['place:Singapur', 'place:Indien', 'place:München']);
  });
});

describe('German entities: unknown names', () => {
  it('finds a company by its legal form', async () => {
    const e = await de('Die Brauerei Kleinhuber GmbH meldete einen Rekord.');
    expect(summary(e)).toContain('company:Kleinhuber');
  });

  it('reads a company\'s one distinctive word as the company later, not inside a person\'s name or after an adjective', async () => {
    const e = await de(
      'Die Kleinhuber GmbH streicht 80 Stellen. Kleinhuber habe die Lage falsch eingeschätzt, sagte Firmengründer Hans Kleinhuber. '
      + 'Auch die Volksbanken AG spart, wie die regionalen Volksbanken.',
    );
    expect(named(e, 'Kleinhuber')!.mentions.map((m) => m.text)).toEqual(['Kleinhuber GmbH', 'Kleinhuber']);
    expect(named(e, 'Hans Kleinhuber')).toMatchObject({ type: 'person' });
    expect(e.find((x) => x.name.startsWith('Volksbanken'))!.mentions).toHaveLength(1);
  });

  it('reads a company called by the name before its head word and legal form as the company', async () => {
    const e = await de('Die Halvard Semiconductor GmbH baut Stellen ab. Halvard wollte sich dazu nicht äußern.');
    expect(named(e, 'Halvard Semiconductor')!.mentions.map((m) => m.text)).toEqual(['Halvard Semiconductor GmbH', 'Halvard']);
  });

  it('finds a company after a context noun', async () => {
    const e = await de('Der Softwarekonzern Zentrix stellte am Montag neue Zahlen vor.');
    expect(summary(e)).toEqual(['company:Zentrix']);
  });

  it('does not take a common noun after a context noun for a company', async () => {
    const e = await de('Im Herbst plant der Konzern Investitionen in Höhe von 40 Millionen Euro und der Hersteller Verbesserungen am Werk.');
    expect(e).toEqual([]);
  });

  it('takes given name and surname of a company named after a person, one word otherwise', async () => {
    const e = await de('Das zeigt eine Studie der Unternehmensberatung Roland Berger. Die Firma Bosch Aufträge zu vergeben, lehnte der Betriebsrat ab.');
    expect(summary(e)).toEqual(expect.arrayContaining(['company:Roland Berger', 'company:Bosch']));
    expect(summary(e)).not.toContain('person:Roland Berger');
  });

  it('finds a name-shaped company before "-Chef"', async () => {
    const e = await de('DataWerk-Chef Thomas Brandl trat zurück.');
    expect(summary(e)).toEqual(['company:DataWerk', 'person:Thomas Brandl']);
    expect(named(e, 'Thomas Brandl')).toMatchObject({ role: 'Chef', organization: 'DataWerk' });
  });

  it('finds ministries by their word ending and joins the bracketed abbreviation', async () => {
    const e = await de('Das Bundesministerium für Verkehr und Wohnen (BMVW) widersprach. Das BMVW prüft nun. Im Umweltministeriums-Bericht stand nichts.');
    expect(summary(e)).toContain('organization:Bundesministerium für Verkehr und Wohnen');
    expect(named(e, 'Bundesministerium für Verkehr und Wohnen')!.mentions.map((m) => m.text)).toEqual(['Bundesministerium für Verkehr und Wohnen', 'BMVW', 'BMVW']);
  });

  it('names a new body by the initials in brackets', async () => {
    const e = await de('Die Gesellschaft für Netz-Analyse (GNA) warnt.');
    expect(summary(e)).toEqual(['organization:Gesellschaft für Netz-Analyse']);
  });
});

describe('German entities: people', () => {
  it('reads a role before given names and surname', async () => {
    const e = await de('Finanzministerin Karin Obermaier legte das Budget vor.');
    expect(named(e, 'Karin Obermaier')).toMatchObject({ type: 'person', role: 'Finanzministerin' });
  });

  it('takes role and organization from "X-Sprecher"', async () => {
    const e = await de('TikTok-Sprecherin Laura Brenner wies das zurück.');
    expect(named(e, 'Laura Brenner')).toMatchObject({ role: 'Sprecherin', organization: 'TikTok' });
  });

  it('takes role and organization from an apposition', async () => {
    const e = await de('Das sagte Jan Moser, Sprecher von Siemens, am Abend.');
    expect(named(e, 'Jan Moser')).toMatchObject({ role: 'Sprecher', organization: 'Siemens' });
  });

  it('links later surname mentions, also in the genitive, to one person', async () => {
    const e = await de('Wirtschaftsminister Hans Peter Gruber kündigte Reformen an. Grubers Plan stieß auf Kritik. Gruber verteidigte ihn.');
    const people = e.filter((x) => x.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Hans Peter Gruber');
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Hans Peter Gruber', 'Grubers', 'Gruber']);
  });

  it('joins "Finanzminister X" to the full name', async () => {
    const e = await de('Sabine Hollerer verteidigte den Plan. Finanzministerin Hollerer sprach von Sparsamkeit.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Sabine Hollerer']);
  });

  it('does not read a role alone or an acronym role before a noun as a person', async () => {
    const e = await de('Der Sprecher wollte sich nicht äußern. Laut CEO Survey sinkt das Vertrauen.');
    expect(e.filter((x) => x.type === 'person')).toEqual([]);
  });
});

describe('German entities: inflected lexicon names', () => {
  it('reads a genitive "-es" on a known body', async () => {
    const e = await de('Die Kosten des Bundesheeres steigen.');
    expect(summary(e)).toEqual(['organization:Bundesheer']);
  });

  it('reads the weak adjective ending after an article: "der Deutschen Bank", "des Europäischen Gerichtshofs"', async () => {
    const e = await de('Ein Kredit der Deutschen Bank fiel unter ein Urteil des Europäischen Gerichtshofs, berichtete die Redaktion der Süddeutschen Zeitung.');
    expect(summary(e)).toEqual(['company:Deutsche Bank', 'organization:Europäischer Gerichtshof', 'media:Süddeutsche Zeitung']);
    expect(named(e, 'Deutsche Bank')!.mentions[0]!.text).toBe('Deutschen Bank');
  });

  it('keeps a city adjective in "-er" as it is and declines the adjective after it', async () => {
    const e = await de('Das schrieb ein Kommentator der Frankfurter Allgemeinen Zeitung am Montag.');
    expect(summary(e)).toEqual(['media:Frankfurter Allgemeine Zeitung']);
  });
});

describe('German entities: names after roles', () => {
  it('takes an unknown given name and surname after a role', async () => {
    const e = await de('Außenministerin Ngozi Adewale reiste ab. Adewales Besuch endete.');
    expect(named(e, 'Ngozi Adewale')!.mentions.map((m) => m.text)).toEqual(['Ngozi Adewale', 'Adewales']);
  });

  it('drops a genitive -s from a full name when the text has the bare surname', async () => {
    const e = await de('Karl Obermüllers Plan scheiterte. Obermüller schwieg.');
    expect(summary(e)).toEqual(['person:Karl Obermüller']);
  });
});
