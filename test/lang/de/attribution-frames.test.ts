import { describe, expect, it } from 'vitest';
import { attributionsOf, germanBody, onlyAttributionOf } from '../../helpers/attributions.js';

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

  it('takes an announcing phrase into the cue of a reporting verb', async () => {
    expect(await only('Die Stürmerin trat den Zweifeln mit den Worten entgegen, sie sei völlig gesund.'))
      .toMatchObject({ cue: 'trat mit den Worten entgegen' });
  });

  it('reads "sprechen von" in the present plural', async () => {
    const a = await only('Die Veranstalter sprechen von 30.000 Besuchern am ersten Tag.');
    expect(a).toMatchObject({ cue: 'sprechen von' });
    expect(a.source.text).toBe('Die Veranstalter');
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

  it('a verb followed by what was said is no report', async () => {
    // A statement has its cue and frame; a report has neither.
    const framed = (a: { spans?: { cue: unknown[]; frame?: unknown[] } }) => (a.spans?.cue.length ?? 0) > 0 && (a.spans?.frame?.length ?? 0) > 0;
    expect(framed(await only('Der Sprecher der Stadtwerke sagte, die Preise würden um 5 Prozent steigen.'))).toBe(true);
    expect(framed(await only('Die Preise steigen um 5 Prozent, sagte der Sprecher der Stadtwerke.'))).toBe(true);
    expect(framed(await only('Die Ministerin kritisierte: „Das kostet 2 Millionen Euro.“'))).toBe(true);
  });

  it('a verb whose object points back to the sentence before is no report', async () => {
    const found = await attributions('Das Werk schließt im Mai. Dies bestätigte der Betriebsrat am Abend.');
    expect(found).toHaveLength(1);
    expect(found[0]!.spans?.cue).toHaveLength(1);
  });
});
