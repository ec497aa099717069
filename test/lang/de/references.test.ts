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
