import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody } from '../../helpers/attributions.js';

/** Each attribution's role spans as the texts they cover. */
async function rolesOf(body: string) {
  const text = germanBody(body);
  const found = await attributionsOf(text, 'de');
  return found.map((a) => {
    const texts = (spans: Array<{ start: number; end: number }> | undefined) => (spans ?? []).map((s) => text.slice(s.start, s.end));
    return { source: texts(a.spans?.source), cue: texts(a.spans?.cue), frame: texts(a.spans?.frame), content: texts(a.spans?.content), inherited: a.inherited };
  });
}

describe('German attribution role spans', () => {
  it('takes a reporting clause before what was said, with its comma, as the frame', async () => {
    const [a] = await rolesOf('Am Montag sagte die Sprecherin der Stadtwerke, dass die Preise im Herbst steigen.');
    expect(a).toMatchObject({
      source: ['die Sprecherin der Stadtwerke'], cue: ['sagte'],
      frame: ['Am Montag sagte die Sprecherin der Stadtwerke,'], content: ['dass die Preise im Herbst steigen'],
    });
  });

  it('takes a reporting clause after what was said from its comma to the end, without the stop', async () => {
    const [a] = await rolesOf('Die Preise steigen im Herbst, sagte der Sprecher am Montag.');
    expect(a).toMatchObject({ frame: [', sagte der Sprecher am Montag'], content: ['Die Preise steigen im Herbst'] });
  });

  it('takes the fronted part of the reporting clause into the frame', async () => {
    const [a] = await rolesOf('Als die Feuerwehr eintraf, sagte der Einsatzleiter, das Feuer sei gelöscht.');
    expect(a).toMatchObject({ frame: ['Als die Feuerwehr eintraf, sagte der Einsatzleiter,'], content: ['das Feuer sei gelöscht'] });
    const [b] = await rolesOf('In der Debatte um die Rente, die seit Monaten geführt wird, hat die Ministerin gesagt, dass sie nicht nachgibt.');
    expect(b).toMatchObject({ frame: ['In der Debatte um die Rente, die seit Monaten geführt wird, hat die Ministerin gesagt,'], content: ['dass sie nicht nachgibt'] });
  });

  it('leaves a frame between two parts of what was said between its commas', async () => {
    const [a] = await rolesOf('Die Preise steigen, sagte der Händler, weil die Kosten wachsen.');
    expect(a).toMatchObject({ frame: [', sagte der Händler,'], content: ['Die Preise steigen', 'weil die Kosten wachsen'] });
  });

  it('gives a separable verb its cue in two places', async () => {
    const [a] = await rolesOf('Das Unternehmen teilte am Freitag mit, dass das Werk in Linz schließt.');
    expect(a).toMatchObject({ cue: ['teilte', 'mit'], frame: ['Das Unternehmen teilte am Freitag mit,'], content: ['dass das Werk in Linz schließt'] });
  });

  it('keeps the reflexive and its adjective in the cue of a perfect: "hat sich bereit erklärt"', async () => {
    const [a] = await rolesOf('Der Minister hat sich gestern bereit erklärt, das Amt abzugeben.');
    expect(a).toMatchObject({ source: ['Der Minister'], cue: ['hat', 'sich', 'bereit', 'erklärt'], content: ['das Amt abzugeben'] });
    const [b] = await rolesOf('Die Ärztin hat sich zu dem Vorfall geäußert: Niemand sei verletzt.');
    expect(b).toMatchObject({ cue: ['hat', 'sich', 'geäußert'], content: ['Niemand sei verletzt'] });
    const [c] = await rolesOf('Die Ärztin hat Bedenken geäußert, dass die Station zu klein sei.');
    expect(c).toMatchObject({ cue: ['hat', 'geäußert'] });
  });

  it('keeps the reflexive of a cue with words of its own: "zeigte sich überzeugt", "sprach sich … aus"', async () => {
    const [a] = await rolesOf('Der Trainer zeigte sich überzeugt, dass die Mannschaft den Pokal holt.');
    expect(a).toMatchObject({ source: ['Der Trainer'], cue: ['zeigte', 'sich', 'überzeugt'], content: ['dass die Mannschaft den Pokal holt'] });
    const [b] = await rolesOf('Die Ministerin sprach sich dafür aus, die Steuer zu senken.');
    expect(b).toMatchObject({ cue: ['sprach', 'sich', 'aus'], content: ['die Steuer zu senken'] });
  });

  it('keeps the noun of a claim-making phrase in the cue: "stellte die These auf", "schreibt … den Verdienst zu"', async () => {
    const [a] = await rolesOf('Die Forscherinnen stellten schon damals die These auf, dass der Mond hohl sei.');
    expect(a).toMatchObject({ source: ['Die Forscherinnen'], cue: ['stellten', 'die', 'These', 'auf'], content: ['dass der Mond hohl sei'] });
    const [b] = await rolesOf('Der Kolumnist schreibt der Notenbank den Verdienst zu, die Inflation gebremst zu haben.');
    expect(b).toMatchObject({ cue: ['schreibt', 'den', 'Verdienst', 'zu'], content: ['die Inflation gebremst zu haben'] });
  });

  it('takes only the quotation as what was said after "nannte", also when the sentence goes on', async () => {
    const [a] = await rolesOf('Die Verbandschefin nannte den Plan „fahrlässig“ und verwies auf eine eigene Studie.');
    expect(a).toMatchObject({ source: ['Die Verbandschefin'], cue: ['nannte'], frame: ['Die Verbandschefin nannte den Plan'], content: ['„fahrlässig“'] });
  });

  it('leaves the content around a prepositional source in two pieces', async () => {
    const [a] = await rolesOf('Die Brücke bleibt nach Angaben der Polizei bis Montag gesperrt.');
    expect(a).toMatchObject({ frame: ['nach Angaben der Polizei'], content: ['Die Brücke bleibt', 'bis Montag gesperrt'] });
  });

  it('takes a colon into the frame and the quotation marks into the content', async () => {
    const [a] = await rolesOf('Die Gewerkschaftschefin erklärte: „Diese Kürzungen tragen wir nicht mit.“');
    expect(a).toMatchObject({ frame: ['Die Gewerkschaftschefin erklärte:'], content: ['„Diese Kürzungen tragen wir nicht mit.“'] });
  });

  it('frames a quotation inside the clause with the clause up to it', async () => {
    const [a] = await rolesOf('Die Finanzministerin nannte die Forderungen der Länder „völlig überzogen“.');
    expect(a).toMatchObject({ frame: ['Die Finanzministerin nannte die Forderungen der Länder'], content: ['„völlig überzogen“'] });
  });

  it('keeps a run of reported speech apart from a quotation before it', async () => {
    const found = await rolesOf('Der Trainer sagte, das Team sei müde. „Wir brauchen eine Pause.“ Die nächsten Spiele seien schwer.');
    expect(found.map((a) => a.content)).toEqual([['das Team sei müde'], ['„Wir brauchen eine Pause.“'], ['Die nächsten Spiele seien schwer.']]);
  });

  it('follows a quotation over the sentences it spans', async () => {
    const [a] = await rolesOf('Die Ministerin erklärte: „Wir kürzen bei der Bildung nicht. Das haben wir versprochen.“ Danach ging sie.');
    expect(a!.content).toEqual(['„Wir kürzen bei der Bildung nicht. Das haben wir versprochen.“']);
  });

  it('follows a quotation back to where it opened, when the frame comes after it', async () => {
    const found = await rolesOf('„Wir kürzen bei der Bildung nicht. Das haben wir versprochen“, sagte die Ministerin.');
    expect(found.at(-1)).toMatchObject({ frame: [', sagte die Ministerin'], content: ['„Wir kürzen bei der Bildung nicht. Das haben wir versprochen“'] });
  });

  it('does not follow Swiss quotation marks, which open the other way, into the next quotation', async () => {
    const [a] = await rolesOf('Der Sprecher sagte: «Wir bleiben in Basel.» Dann ging er. «Das war es.»');
    expect(a!.content).toEqual(['«Wir bleiben in Basel.»']);
  });

  it('reads a clause whose first word points back as saying the sentence before', async () => {
    const [a] = await rolesOf('Das Werk in Linz schließt im Mai. Dies bestätigte der Betriebsrat am Abend.');
    expect(a).toMatchObject({ cue: ['bestätigte'], frame: ['bestätigte der Betriebsrat am Abend'], content: ['Das Werk in Linz schließt im Mai. Dies'] });
  });

  it('reads a clause that points back as saying the sentence before, also with a relative clause on its last noun', async () => {
    const [a] = await rolesOf('Der Bund will 3,5 Milliarden Euro zahlen. Das geht aus einem Papier des Ministeriums hervor, das dem „Spiegel“ vorliegt.');
    expect(a).toMatchObject({ content: ['Der Bund will 3,5 Milliarden Euro zahlen. Das'] });
    // A clause that goes on with a statement of its own says that one.
    const [b] = await rolesOf('Der Bund will zahlen. Das bestätigte der Sprecher, der Preis sei aber noch offen.');
    expect(b!.content).not.toContain('Der Bund will zahlen. Das');
  });

  it('reads a reporting clause whose object points back as saying the sentence before', async () => {
    const [a] = await rolesOf('Das Werk in Linz schließt im Mai. Der Betriebsrat bestätigte das am Abend.');
    expect(a).toMatchObject({ frame: ['Der Betriebsrat bestätigte', 'am Abend'], content: ['Das Werk in Linz schließt im Mai.', 'das'] });
  });

  it('does not take an article before its noun for a word pointing back', async () => {
    const [a] = await rolesOf('Das Werk in Linz schließt im Mai. Der Betriebsrat bestätigte das neue Angebot am Abend.');
    expect(a!.content).not.toContain('Das Werk in Linz schließt im Mai.');
  });

  it('reports a continuation sentence whole, with its stop, spoken by the source named before', async () => {
    const [, b] = await rolesOf('Der Sprecher der Reederei sagte, das Schiff sei beschädigt. Die Reparatur dauere drei Wochen.');
    expect(b).toMatchObject({ inherited: true, source: ['Der Sprecher der Reederei'], cue: [], frame: [], content: ['Die Reparatur dauere drei Wochen.'] });
  });

  it('quotes a further quotation under the frame that introduced its speaker; a paraphrase continues without one', async () => {
    const found = await rolesOf('Die Trainerin sagte: „Wir haben gut gespielt.“ Die Abwehr sei stark gewesen. „Am Samstag wollen wir gewinnen.“');
    expect(found.map((a) => [a.inherited, a.cue, a.frame])).toEqual([
      [false, ['sagte'], ['Die Trainerin sagte:']],
      [true, [], []],
      [true, ['sagte'], ['Die Trainerin sagte:']],
    ]);
    expect(found[2]).toMatchObject({ source: ['Die Trainerin'], content: ['„Am Samstag wollen wir gewinnen.“'] });
  });

  it('does not continue an earlier speaker into a quotation the next sentence reports ("Das sagte …")', async () => {
    const found = await rolesOf('Die Sprecherin nahm Stellung: Man habe alles richtig gemacht. „Wir prüfen das.“ Das sagte der Minister am Montag.');
    expect(found.map((a) => [a.source[0], a.inherited])).toEqual([['Die Sprecherin', false], ['der Minister', false]]);
  });

  it('spans a run of continuation sentences from its first sentence, the later ones adding nothing of their own', async () => {
    const found = await rolesOf('Die Bürgermeisterin sagte, die Brücke sei marode. Die Sanierung verschlinge zwei Millionen Euro. Sie dauere bis zum Sommer.');
    expect(found.map((a) => a.content)).toEqual([
      ['die Brücke sei marode'],
      ['Die Sanierung verschlinge zwei Millionen Euro. Sie dauere bis zum Sommer.'],
      [],
    ]);
  });

  it('gives a continuation inside a quotation already spanned no content of its own', async () => {
    const found = await rolesOf('Der Trainer sagte: „Wir haben gut gespielt. Ich habe der Mannschaft gratuliert.“');
    expect(found.map((a) => a.content)).toEqual([['„Wir haben gut gespielt. Ich habe der Mannschaft gratuliert.“'], []]);
  });

  it('lets a sentence that is only its frame stand for what was said', async () => {
    const [a] = await rolesOf('Der Trainer war zufrieden. Er fügte hinzu.');
    expect(a!.content).toEqual(['Er fügte hinzu.']);
  });
});

describe('German speaker spans: names and attachments', () => {
  it('keeps a name with a lower-case particle in its apposition', async () => {
    const [a] = await rolesOf('Das Abkommen sei gescheitert, sagte der Vorsitzende des Hilfswerks, Amr el-Sayed.');
    expect(a!.source).toEqual(['der Vorsitzende des Hilfswerks, Amr el-Sayed']);
    const [b] = await rolesOf('Die Zinsen blieben unverändert, teilte die Banca d\'Italia mit.');
    expect(b!.source).toEqual(['die Banca d\'Italia']);
  });

  it('takes a genitive plural without article into the speaker', async () => {
    const [a] = await rolesOf('Der Streit sei beigelegt, sagte der Sprecher der Liga arabischer Staaten.');
    expect(a!.source).toEqual(['der Sprecher der Liga arabischer Staaten']);
  });

  it('leaves a time after "in" out of the speaker', async () => {
    const [a] = await rolesOf('Die Schule werde saniert, kündigte der Leiter des Bauamts in der kommenden Woche an.');
    expect(a!.source).toEqual(['der Leiter des Bauamts']);
  });
});

describe('German speaker spans: roles and titles', () => {
  it('takes a bare role with a genitive after a postposed name', async () => {
    const [a] = await rolesOf('Die Lage sei ruhig, sagte Hans Berger, Kommandant des Pionierbataillons, am Montag.');
    expect(a!.source).toEqual(['Hans Berger, Kommandant des Pionierbataillons']);
  });

  it('ends a quoted title at its closing mark unless a noun is joined to it', async () => {
    const [a] = await rolesOf('Laut „Reuters“ Warnschüsse fielen in der Nacht zwei Mal.');
    expect(a!.source).toEqual(['„Reuters“']);
    const [b] = await rolesOf('Die Zahl stieg auf 30, berichtete die „Bild“-Zeitung.');
    expect(b!.source).toEqual(['die „Bild“-Zeitung']);
  });
});

describe('German verb-final relative frames', () => {
  it('reads "in dem sie gesagt hatte" with the auxiliary after the participle', async () => {
    const [a] = await rolesOf('Anlass war ein Interview der Ministerin, in dem sie gesagt hatte, die Steuern würden um zwei Prozent sinken.');
    expect(a).toMatchObject({
      source: ['sie'], cue: ['gesagt', 'hatte'], frame: [', in dem sie gesagt hatte,'], content: ['die Steuern würden um zwei Prozent sinken'],
    });
  });
});

describe('German speaker spans: the date of an edition', () => {
  it('takes "vom <date>" after a report or an edition into the speaker', async () => {
    const [a] = await rolesOf('Das Werk schließt, berichtete die Zeitung in ihrer Ausgabe vom 7. April.');
    expect(a!.source).toEqual(['die Zeitung in ihrer Ausgabe vom 7. April']);
    const [b] = await rolesOf('Laut einem Bericht vom 17.12.2005 fehlen 30 Lehrer.');
    expect(b!.source).toEqual(['einem Bericht vom 17.12.2005']);
  });
});
