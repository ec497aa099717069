import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody } from '../../helpers/attributions.js';

/** Every attribution of a short German text under a headline, in order. */
const attributions = (text: string) => attributionsOf(germanBody(text), 'de');

describe('German descriptions resolved to who the article named before', () => {
  it('a person introduced as the head of a body speaks for it, also as a description and a surname', async () => {
    const found = await attributions(
      'Der Landesrechnungshof prüfte die Spitäler. Der Hof, eine Kontrollstelle unter Leitung der Präsidentin Karin Egger, legte einen Bericht vor. '
      + 'Die Präsidentin erwartet höhere Kosten. Die Betten reichten nicht, sagte Egger.',
    );
    expect(found.map((a) => [a.source.text, a.source.name, a.source.organization])).toEqual([
      ['Die Präsidentin', 'Karin Egger', 'Landesrechnungshof'], ['Egger', 'Karin Egger', 'Landesrechnungshof'],
    ]);
  });

  it('a person with no membership word before the name stays without a body', async () => {
    const found = await attributions('Der Landesrechnungshof prüfte die Spitäler. Dabei war auch die Präsidentin Karin Egger. Die Betten reichten nicht, sagte Egger.');
    expect(found[0]!.source).toMatchObject({ name: 'Karin Egger', organization: null });
  });

  it('a generic body noun takes the body whose name ends in it, not the last one named', async () => {
    const found = await attributions('Der Landesrechnungshof und die Firma Kranz GmbH stritten lange. Den Schaden schätzte der Hof auf drei Millionen Euro.');
    expect(found.at(-1)!.source).toMatchObject({ text: 'der Hof', type: 'organization', organization: 'Landesrechnungshof' });
  });

  it('an authority is not a party named just before it, but the office named after it', async () => {
    const found = await attributions(
      'Die Grünen forderten mehr Kontrollen. Den Schaden bezifferte die Behörde auf 1,2 Millionen Euro. '
      + 'Das Bundeskartellamt veröffentlicht seine Zahlen jedes Jahr.',
    );
    expect(found.at(-1)!.source).toMatchObject({ text: 'die Behörde', organization: 'Bundeskartellamt' });
  });
});

describe('German spokespeople named by a compound: the body their role opens with', () => {
  it('a ministry spokesperson speaks for the ministry named before, not for the party named last', async () => {
    const found = await attributions(
      'Das Finanzministerium prüft die Pläne. Finanzminister Lars Klingbeil (SPD) wies den Bericht zurück. '
      + 'Ein Ministeriumssprecher sagte, man äußere sich nicht zu internen Papieren.',
    );
    expect(found.at(-1)!.source).toMatchObject({ text: 'Ein Ministeriumssprecher', type: 'spokesperson', organization: 'Finanzministerium' });
  });

  it('a spokesperson whose body the article does not name speaks for no body named for something else', async () => {
    const found = await attributions('Die Firma Kranz GmbH verkaufte das Gelände. Ein Polizeisprecher sagte, die Ermittlungen dauerten an.');
    expect(found.at(-1)!.source).toMatchObject({ text: 'Ein Polizeisprecher', type: 'spokesperson', organization: null });
  });
});

describe('German descriptions of people: who they may name', () => {
  const names = async (text: string) => (await attributions(text)).map((a) => [a.source.text, a.source.name]);

  it('a new person ("ein Augenzeuge", "viele Minister") is never the person named before', async () => {
    expect(await names('Oppositionsführer Hans Wegner besuchte die Stadt. Ein Augenzeuge sagte, es habe 30 Verletzte gegeben.')).toEqual([['Ein Augenzeuge', null]]);
    expect(await names('Außenministerin Petra Lang reiste nach Rom. Auch viele Außenminister erklärten, die Lage sei ernst.')).toEqual([['viele Außenminister', null]]);
  });

  it('"der Minister" is the person last named with that role, here or sentences before', async () => {
    expect(await names('Finanzminister Hans Eichel besuchte Dresden. Dort traf er Bürger. Am Abend gab es ein Konzert. Der Minister sagte, die Kosten stiegen.'))
      .toEqual([['Der Minister', 'Hans Eichel']]);
    expect(await names('Hans Eichel, Präsident des Verbands, besuchte das Werk. Es regnete. Der Präsident sagte, die Kosten stiegen.'))
      .toEqual([['Der Präsident', 'Hans Eichel']]);
  });

  it('a description of another role, sentences away from the last name, names nobody', async () => {
    expect(await names('Angela Merkel besuchte das Werk in Dresden. Es regnete. Am Abend gab es ein Konzert. Der Analyst sagte, die Kosten stiegen um 3 Prozent.'))
      .toEqual([['Der Analyst', null]]);
  });

  it('a pronoun and a possessive name the person named last', async () => {
    expect(await names('Angela Merkel besuchte das Werk. Sie sagte, die Kosten stiegen um 3 Prozent.')).toEqual([['Sie', 'Angela Merkel']]);
    expect(await names('Hans Eichel besuchte das Werk. Seiner Meinung nach stiegen die Kosten.')).toEqual([['Seiner Meinung', 'Hans Eichel']]);
  });
});

describe('German pronouns after an unnamed speaker', () => {
  it('"er" after "Ein Unternehmenssprecher" is that spokesperson, not the person named before him', async () => {
    const found = await attributions(
      'Firmengründer Hans Brandt hatte das Werk 1998 eröffnet. Ein Sprecher der Stadtwerke bestätigte die Pläne am Montag. '
      + 'Einen Zusammenhang mit dem Unfall bestritt er jedoch.',
    );
    expect(found.map((a) => [a.source.text, a.source.type, a.source.name, a.stance])).toEqual([
      ['Ein Sprecher der Stadtwerke', 'spokesperson', null, 'confirms'],
      ['er', 'spokesperson', null, 'denies'],
    ]);
    expect(found[1]!.source.organization).toBe(found[0]!.source.organization);
  });

  it('"er" after a named speaker is still that speaker', async () => {
    const found = await attributions('Ein Sprecher der Stadtwerke bestätigte die Pläne. Werkleiter Jonas Albrecht sagte, die Anlage sei sicher. Er kündigte eine Prüfung an.');
    expect(found[2]!.source).toMatchObject({ text: 'Er', name: 'Jonas Albrecht' });
  });
});
