import { describe, expect, it } from 'vitest';
import { entitiesOf, named, summary } from '../entity-helpers.js';

const en = (text: string) => entitiesOf(text, 'en');

describe('English entities: the lexicon', () => {
  it('gives canonical names for legal-form spellings and possessives', async () => {
    const e = await en("NVIDIA Corp. beat forecasts, and Huawei's new chips sold out.");
    expect(summary(e)).toEqual(['company:Nvidia', 'company:Huawei']);
  });

  it('names places as English writes them', async () => {
    const e = await en('Shipments from Singapore and Munich to the U.S. doubled.');
    expect(summary(e)).toEqual(['place:Singapore', 'place:Munich', 'place:United States']);
  });

  it('reads known names in an ALL-CAPS wire headline', async () => {
    const e = await en('TOSHIBA SAYS IT WILL CUT CHIP OUTPUT\nTokyo, March 3 - Toshiba said it would cut output.');
    expect(named(e, 'Toshiba')!.mentions).toHaveLength(2);
  });

  it('finds chips with vendors, including memory parts', async () => {
    const e = await en('Sales of the MI300X and A100 rose, while 256K DRAM prices fell.');
    expect(e.map((x) => [x.type, x.name, x.vendor])).toEqual([['chip', 'MI300X', 'AMD'], ['chip', 'A100', 'Nvidia'], ['chip', '256K DRAM', undefined]]);
  });
});

describe('English entities: unknown names', () => {
  it('finds companies by legal form', async () => {
    const e = await en('Shares of Harbor Lane Industries Inc rose after Mossgrove and Co raised its rating.');
    expect(summary(e)).toEqual(['company:Harbor Lane Industries', 'company:Mossgrove']);
  });

  it('reads ticker brackets as the company before them, or as a company', async () => {
    const e = await en('Brightwater Financial Corp <BWF> said it agreed to buy <Kestrel Savings Bank>.');
    expect(summary(e)).toEqual(['company:Brightwater Financial', 'company:Kestrel Savings Bank']);
    expect(named(e, 'Brightwater Financial')!.mentions).toHaveLength(2);
  });

  it('finds organizations by their head word', async () => {
    const e = await en('The National Widget Manufacturers Association said orders rose.');
    expect(summary(e)).toEqual(['organization:National Widget Manufacturers Association']);
  });

  it('finds a company after a context noun', async () => {
    const e = await en('The deal makes chipmaker Altavance the largest supplier.');
    expect(summary(e)).toEqual(['company:Altavance']);
  });

  it('finds companies by a head word that ends company names', async () => {
    const e = await en('Nexon Semiconductor said its rival Corvane Technologies cut prices.');
    expect(summary(e)).toEqual(['company:Nexon Semiconductor', 'company:Corvane Technologies']);
  });

  it('reads the one distinctive word of a company named with a legal form or head word as that company later', async () => {
    const e = await en('Nexon Semiconductor will cut 1,200 jobs. Nexon declined to comment. Brakefield Corp. said Brakefield would hire.');
    expect(named(e, 'Nexon Semiconductor')!.mentions.map((m) => m.text)).toEqual(['Nexon Semiconductor', 'Nexon']);
    expect(e.filter((x) => x.type === 'company' && x.mentions.some((m) => m.text === 'Brakefield'))).toHaveLength(1);
    expect(e.some((x) => x.type === 'person')).toBe(false);
  });

  it('reads a hyphenated distinctive name ("Fenwick-Doyle") as the company too', async () => {
    const e = await en('Investors backed Fenwick-Doyle Corp. On Monday, Fenwick-Doyle said it agreed to the bid.');
    expect(named(e, 'Fenwick-Doyle')!.mentions.map((m) => m.text)).toEqual(['Fenwick-Doyle Corp', 'Fenwick-Doyle']);
  });

  it('does not read that word as the company inside a longer name, a person\'s name or where it is an ordinary word', async () => {
    const e = await en(
      'Kerrigan Holdings Inc bought Holiday Corp. The Holiday Inns chain stays, said founder Anna Kerrigan. Investors bought Summit Corp. Summit said the summit went well.',
    );
    expect(named(e, 'Kerrigan Holdings')!.mentions).toHaveLength(1);
    expect(named(e, 'Anna Kerrigan')).toMatchObject({ type: 'person' });
    expect(e.find((x) => x.name.startsWith('Holiday'))!.mentions.map((m) => m.text)).toEqual(['Holiday Corp']);
    expect(e.find((x) => x.name.startsWith('Summit'))!.mentions).toHaveLength(1);
  });
});

describe('English entities: people', () => {
  it('reads company, role and name before it', async () => {
    const e = await en('Nvidia spokeswoman Anna Keller declined to comment.');
    expect(named(e, 'Anna Keller')).toMatchObject({ type: 'person', role: 'spokeswoman', organization: 'Nvidia' });
  });

  it('reads a capitalized title with an unknown given name', async () => {
    const e = await en('Toshiba President Sei-ichi Tanabe said demand was strong.');
    expect(named(e, 'Sei-ichi Tanabe')).toMatchObject({ role: 'President', organization: 'Toshiba' });
  });

  it('reads role and employer from an apposition', async () => {
    const e = await en('Prices will recover, said Robert Lindqvist, chip analyst at Morgan Stanley.');
    expect(named(e, 'Robert Lindqvist')).toMatchObject({ role: 'analyst', organization: 'Morgan Stanley' });
  });

  it('reads a role after an article and lower-case words, in any case, and its employer after the linker', async () => {
    const e = await en('Prices will recover, said Robert Lindqvist, a senior chip analyst at Morgan Stanley. Demand fell, said Tom Brandt, Chief Economist of Nvidia.');
    expect(named(e, 'Robert Lindqvist')).toMatchObject({ role: 'analyst', organization: 'Morgan Stanley' });
    expect(named(e, 'Tom Brandt')).toMatchObject({ role: 'Chief Economist', organization: 'Nvidia' });
  });

  it('reads the longest role before a name, whatever the blanks between its words', async () => {
    const e = await en('Nvidia chief  executive officer Anna Keller declined to comment.');
    expect(named(e, 'Anna Keller')).toMatchObject({ role: 'chief  executive officer', organization: 'Nvidia' });
  });

  it('links later surname and courtesy-title mentions to one person', async () => {
    const e = await en('Finance Minister Gordon Whitfield spoke first. Mr Whitfield said Whitfield would stay.');
    const people = e.filter((x) => x.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Gordon Whitfield', role: 'Finance Minister' });
    expect(people[0]!.mentions).toHaveLength(3);
  });

  it('does not link a surname that starts another name', async () => {
    const e = await en('Edward White spoke. The White House did not comment.');
    expect(named(e, 'Edward White')!.mentions).toHaveLength(1);
  });

  it('reads a name that starts with a given name that is also a word', async () => {
    const e = await en('Profits rose, said Rod Kellerby, who runs the airline.');
    expect(named(e, 'Rod Kellerby')).toMatchObject({ type: 'person' });
  });

  it('reads a double given name by its first part', async () => {
    const e = await en('The figures were confirmed by Jo-Marie Tenholt on Monday.');
    expect(named(e, 'Jo-Marie Tenholt')).toMatchObject({ type: 'person' });
  });

  it('does not read a given name before an organization word, an initial or a line break as a person', async () => {
    const e = await en('Shares of Dawn Holdings Inc rose. Analysts at Rod Kellerby Group agreed.\nRay\nHalvorsen wrote the headline. A letter came from Jay M.');
    expect(e.filter((x) => x.type === 'person')).toEqual([]);
  });

  it('does not read roles alone or job titles as people', async () => {
    const e = await en('The Chief Operating Officer and a spokesman declined to comment.');
    expect(e.filter((x) => x.type === 'person')).toEqual([]);
  });
});

describe('English entities: wire copy', () => {
  it('reads a capitals headline name before a ticker as the company found in the story', async () => {
    const e = await en('RB KESTREL <KST> SHARES RISE\nNew York, May 2 - R.B. Kestrel Co said profits rose.');
    expect(summary(e.filter((x) => x.type !== 'place'))).toEqual(['company:R.B. Kestrel']);
    expect(named(e, 'R.B. Kestrel')!.mentions.map((m) => m.text)).toEqual(['RB KESTREL', 'KST', 'R.B. Kestrel Co']);
  });

  it('reads a name before "Group Inc" split over a wrapped line', async () => {
    const e = await en('He is an analyst at L.K.\nMarlow Group Inc. in New York.');
    expect(summary(e)).toContain('company:L.K. Marlow Group');
  });
});
