import { describe, expect, it } from 'vitest';
import { attributionsOf, onlyAttributionOf } from '../../helpers/attributions.js';

const attributions = (text: string) => attributionsOf(text, 'en');
const only = (text: string) => onlyAttributionOf(text, 'en');

/** An article with a headline, so the sentence under test is body text. */
const article = (...body: string[]): string => `Chip makers report results\n\n${body.join(' ')}\n`;

describe('English attributions: reporting verbs', () => {
  it('an organization before "said"', async () => {
    const a = await only(article('The Federal Reserve said bank borrowings rose to 2.1 billion dollars last week.'));
    expect(a.source).toMatchObject({ type: 'organization', text: 'The Federal Reserve' });
    expect(a).toMatchObject({ cue: 'said', stance: 'asserts', inherited: false });
  });

  it('a named person with role and organization', async () => {
    const a = await only(article('Oxfam senior policy adviser Tom Hailes said the pledge came too late.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Tom Hailes', organization: 'Oxfam' });
  });

  it('a named person whose role a country\'s possessive opens: the country, not the title\'s words', async () => {
    const a = await only(article("Japan's Prime Minister Fumio Kishida said the economy would grow."));
    expect(a.source).toMatchObject({ type: 'person', name: 'Fumio Kishida', organization: 'Japan' });
    const b = await only(article("Germany's Economy Minister Robert Habeck said the plan was sound."));
    expect(b.source).toMatchObject({ type: 'person', name: 'Robert Habeck', organization: 'Germany' });
  });

  it('an unnamed spokesperson of a named organization', async () => {
    const a = await only(article('A spokeswoman for Lakeview Capital told reporters the fund would stay open.'));
    expect(a.source).toMatchObject({ type: 'spokesperson', name: null, organization: 'Lakeview Capital' });
    expect(a.cue).toBe('told');
  });

  it('anonymous plural sources with and without a count', async () => {
    const [three, many] = await attributions(article(
      'Three people familiar with the matter said the deal could close in May.',
      'Analysts said the shares were undervalued.',
    ));
    expect(three!.source).toMatchObject({ type: 'anonymous', count: 3 });
    expect(many!.source).toMatchObject({ type: 'anonymous', count: null });
  });

  it('a single unnamed source counts as one', async () => {
    const a = await only(article('A source close to the talks said a deal was near.'));
    expect(a.source).toMatchObject({ type: 'anonymous', count: 1 });
  });

  it('a described individual is a person', async () => {
    const a = await only(article('A company official said the plant would reopen in June.'));
    expect(a.source).toMatchObject({ type: 'person', name: null });
  });

  it('another outlet reporting', async () => {
    const a = await only(article('The Wall Street Journal reported that the bank had hired advisers.'));
    expect(a.source).toMatchObject({ type: 'media' });
    expect(a.cue).toBe('reported');
  });

  it('a document as the source', async () => {
    const a = await only(article('A study released on Monday found that sales fell 4 percent.'));
    expect(a.source).toMatchObject({ type: 'document' });
  });

  it('a document by its maker is the source, the maker its organization', async () => {
    const survey = await only(article('About 40 percent of small firms use AI tools, a survey by the Halden Institute found.'));
    expect(survey.source).toMatchObject({ text: 'a survey by the Halden Institute', type: 'document', organization: 'Halden Institute' });
    const study = await only(article('A study published by the University of Leeds showed that 12 percent of firms had cut jobs.'));
    expect(study.source).toMatchObject({ text: 'A study published by the University of Leeds', type: 'document' });
  });

  it('a poll by joint sponsors joined with a slash is one document', async () => {
    const shows = await only(article('The latest Reuters/Ipsos poll shows the mayor leading by 5 points.'));
    expect(shows.source).toMatchObject({ text: 'The latest Reuters/Ipsos poll', type: 'document' });
    const according = await only(article('The mayor leads by 5 points, according to a Daily Ledger/Siena College poll.'));
    expect(according.source).toMatchObject({ text: 'a Daily Ledger/Siena College poll', type: 'document' });
  });

  it('the maker is the last name after "by", past words that describe it', async () => {
    const a = await only(article('Sales fell 4 percent, according to a report published by UK-based consultancy Marlow Finch Partners.'));
    expect(a.source).toMatchObject({ type: 'document', organization: 'Marlow Finch Partners' });
  });

  it('"by" after a word that is no document names no maker', async () => {
    const a = await only(article('Prices rose by 3 percent, the ministry said.'));
    expect(a.source).toMatchObject({ text: 'the ministry', type: 'organization' });
  });

  it('auxiliaries and adverbs belong to the cue span, the verb is the cue', async () => {
    const a = await only(article('The ministry has also said it would cut the tariff to 5 percent.'));
    expect(a.cue).toBe('said');
    const cue = a.spans!.cue[0]!;
    expect(a.sentence.slice(cue.start - a.sentence.length, cue.end)).toBeDefined();
  });

  it('an adverb in -ly before the verb belongs to the cue span, not to the source', async () => {
    const told = await only(article('Marc Delaney, the chief executive of the port authority, forcefully told reporters the strike was illegal.'));
    expect(told.source).toMatchObject({ text: 'Marc Delaney, the chief executive of the port authority,', name: 'Marc Delaney' });
    expect(told).toMatchObject({ cue: 'told' });
    expect(told.text.endsWith('forcefully told')).toBe(true);
    const argue = await only(article('Critics routinely argue that the fees are too high.'));
    expect(argue).toMatchObject({ cue: 'argue', source: { text: 'Critics', type: 'anonymous' } });
    const family = await only(article('The family said the payment never arrived.'));
    expect(family.source.text).toBe('The family');
  });

  it('a passive verb is no attribution', async () => {
    expect(await attributions(article('The merger is expected to close next year.'))).toHaveLength(0);
  });

  it('weak verbs need a subject that can hold a view', async () => {
    expect(await attributions(article('The economy showed signs of growth in March.'))).toHaveLength(0);
    const a = await only(article('Economists expect the central bank to raise rates by 0.25 percent.'));
    expect(a.source.type).toBe('anonymous');
  });
});

describe('English attributions: stances', () => {
  it('denied and rejected deny, confirmed confirms', async () => {
    const [denied, confirmed] = await attributions(article(
      'Harbor Motors denied the report on Tuesday.',
      'The regulator confirmed it had opened an inquiry into 12 dealers.',
    ));
    expect(denied!.stance).toBe('denies');
    expect(confirmed!.stance).toBe('confirms');
  });

  it('"the company" in a later sentence is the company that sentence is about, the first it names', async () => {
    const found = await attributions(article('Boeing announced a deal with Corvane Technologies.', 'The company also said it had sold ten planes.'));
    expect(found[0]!.source).toMatchObject({ type: 'organization', organization: 'Boeing' });
  });

  it('"the company" is the first company of that sentence, not a public body named before it', async () => {
    const found = await attributions(article('The European Commission fined Halvard Motors.', 'The company said it would appeal.'));
    expect(found[0]!.source).toMatchObject({ type: 'organization', organization: 'Halvard Motors' });
  });

  it('"the ministry" is a body whose name has the noun, never just the body named last', async () => {
    const other = await attributions(article('The European Commission opened an investigation.', "Germany's economy ministry confirmed it had notified the aid."));
    expect(other[0]!.source).toMatchObject({ type: 'organization', organization: null });
    const same = await attributions(article('The Ministry of Finance announced the plan on Monday.', 'The ministry said the cuts would save $2 billion.'));
    expect(same[0]!.source).toMatchObject({ type: 'organization', organization: 'Ministry of Finance' });
  });

  it('"X said it did not comment" is X declining, one attribution; a decline after a statement stays apart', async () => {
    const said = await attributions(article("The Information Commissioner's Office said it did not comment on ongoing investigations."));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ stance: 'declines', text: "The Information Commissioner's Office said it did not comment" });
    expect(said[0]!.source).toMatchObject({ text: "The Information Commissioner's Office", type: 'organization' });
    const both = await attributions(article('Growth will slow, Mr Mendis told reporters, although he would not say by how much.'));
    expect(both.map((a) => a.stance)).toEqual(['asserts', 'declines']);
  });

  it('"according to estimates from X" is a document by X, though "estimates" is also a verb', async () => {
    const [a] = await attributions(article('Huawei shipped 200,000 chips in the first half, according to estimates from TrendForce, while Nvidia sold more.'));
    expect(a!.source).toMatchObject({ text: 'estimates from TrendForce', type: 'document', organization: 'TrendForce' });
  });

  it('a capital that only opens the sentence names no one: "Arbitragers said" are unnamed people', async () => {
    const found = await attributions(article('Arbitragers said the bid was too low.', 'Most arbitragers expect a higher offer.'));
    expect(found[0]!.source).toMatchObject({ type: 'anonymous', name: null });
  });

  it('a country speaking is an organization, not a person named Japan', async () => {
    const [a] = await attributions(article('Japan said it would retaliate against the tariffs.'));
    expect(a!.source).toMatchObject({ type: 'organization', name: null, organization: 'Japan' });
    const [b] = await attributions(article('The U.S. said the talks would resume in May.'));
    expect(b!.source).toMatchObject({ type: 'organization', organization: 'United States' });
  });

  it('one unknown name that its statement calls "it" is a body; a person\'s "it was" is no sign', async () => {
    const [a] = await attributions(article('Harwick said its sales fell 4% in the quarter.'));
    expect(a!.source).toMatchObject({ type: 'organization', count: null, name: null, organization: 'Harwick' });
    const [b] = await attributions(article('Harwick said it would close two plants.'));
    expect(b!.source).toMatchObject({ type: 'organization', organization: 'Harwick' });
    const [c] = await attributions(article('Okafor said it was too early to tell.'));
    expect(c!.source).toMatchObject({ type: 'person', name: 'Okafor' });
  });

  it('a company called by its one distinctive word is the organization, not a person of that name', async () => {
    const found = await attributions(article('Nexon Semiconductor will cut 1,200 jobs.', 'Nexon has not responded to questions about the plan.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toMatchObject({ type: 'organization', name: null, organization: 'Nexon Semiconductor' });
    expect(found[0]!.stance).toBe('declines');
  });

  it('declined to comment, did not respond and could not be reached decline', async () => {
    const found = await attributions(article(
      'Harbor Motors declined to comment on the 40 million dollar fine.',
      'A spokesman for the union did not respond to a request for comment.',
      'Mr. Jonas Webb could not be reached for comment.',
    ));
    expect(found.map((a) => a.stance)).toEqual(['declines', 'declines', 'declines']);
    expect(found[0]!.cue).toBe('declined to comment');
  });

  it.each([
    'Nvidia did not confirm the report.',
    "Nvidia didn't confirm the report.",
    'Nvidia has not denied the report.',
    'Nvidia did not dispute the figures.',
    'Nvidia would not say how many chips it sold.',
    'Nvidia would neither confirm nor deny the report.',
    'Nvidia declined to confirm the report.',
  ])('%s — a negated or refused answer declines, it neither confirms nor denies', async (sentence) => {
    const a = await only(article(sentence));
    expect(a.stance).toBe('declines');
    expect(a.source.text).toBe('Nvidia');
  });

  it('calling a report false denies it; calling a plan a success does not', async () => {
    expect((await only(article('Nvidia called the reports of a sale "false and misleading."'))).stance).toBe('denies');
    const [said, calling] = await attributions(article('"Nobody is selling anything," Jane Roe said, calling the reports baseless.'));
    expect([said!.stance, calling!.stance]).toEqual(['asserts', 'denies']);
    expect((await only(article('Nvidia called the plan a success.'))).stance).toBe('asserts');
  });

  it('a negated view still states one, and a negation in what was said is no refusal', async () => {
    expect((await only(article('Analysts do not believe the figures.'))).stance).toBe('asserts');
    expect((await only(article('Nvidia said it did not expect a price cut.'))).stance).toBe('asserts');
  });
});

describe('English attributions: spokespeople of a body named by a common noun', () => {
  it('"a ministry spokesperson" after a university is not the university\'s', async () => {
    const [, spokes] = await attributions(article(
      'A study published by the University of Leeds showed that 12 percent of firms had cut jobs.',
      'A ministry spokesperson said that more than 300 permits were pending.',
    ));
    expect(spokes!.source).toMatchObject({ type: 'spokesperson', organization: null, text: 'A ministry spokesperson' });
  });

  it('takes an earlier body whose name has the noun, and for a business noun the last company', async () => {
    const [, ministry] = await attributions(article(
      'The Ministry of Trade said exports rose 4 percent.',
      'A spokesman for the ministry said 300 permits were pending.',
    ));
    expect(ministry!.source.organization).toBe('Ministry of Trade');
    const [, company] = await attributions(article(
      'Nvidia said sales rose 4 percent.',
      'A company spokeswoman said 300 engineers would move.',
    ));
    expect(company!.source.organization).toBe('Nvidia');
  });
});

describe('English attributions: the agent of a passive', () => {
  it('"was first reported by" an outlet, "was denied by" a company, "was not confirmed by" a ministry', async () => {
    const reported = await only(article('The plan was first reported by the Financial Times.'));
    expect(reported).toMatchObject({ cue: 'reported', stance: 'asserts', rule: 'en.attribution.passive-agent' });
    expect(reported.source).toMatchObject({ type: 'media' });
    expect((await only(article('The report was denied by Lakeview Capital on Monday.')))).toMatchObject({ stance: 'denies' });
    expect((await only(article('The figures were not confirmed by the ministry.')))).toMatchObject({ stance: 'declines' });
  });

  it('an act in the passive, or a passive without "by", names no source', async () => {
    expect(await attributions(article('The offer was rejected by the board.'))).toEqual([]);
    expect(await attributions(article('Smith was asked by reporters about the cuts.'))).toEqual([]);
    expect(await attributions(article('The figures were reported in March.'))).toEqual([]);
  });
});

describe('English attributions: quoted as saying', () => {
  it('the subject of "was quoted by … as saying" said it, not the outlet that quoted it', async () => {
    const a = await only(article('Nvidia was quoted by the Financial Times as saying it had no plans to bid.'));
    expect(a).toMatchObject({ cue: 'quoted by the Financial Times as saying', stance: 'asserts', rule: 'en.attribution.quoted-as-saying' });
    expect(a.source).toMatchObject({ text: 'Nvidia', type: 'organization', organization: 'Nvidia' });
  });

  it('"was cited as saying" and "was quoted as telling" too', async () => {
    expect((await only(article('The minister was cited as saying prices would rise.'))).source).toMatchObject({ text: 'The minister', type: 'person' });
    expect((await only(article('Jane Roe was quoted as telling staff the plant would close.'))).source).toMatchObject({ name: 'Jane Roe' });
  });

  it('an outlet that "quoted X as saying": X said it, and the outlet reported it', async () => {
    const found = await attributions(article('The Tribune quoted a ministry spokeswoman as saying that more than 300 permits were pending.'));
    const quoted = found.find((a) => a.rule === 'en.attribution.quoted-as-saying');
    expect(quoted).toMatchObject({ cue: 'as saying', stance: 'asserts' });
    expect(quoted!.source).toMatchObject({ text: 'a ministry spokeswoman', type: 'spokesperson' });
    expect(found.map((a) => a.source.text)).toContain('The Tribune');
  });

  it('"quotes X, the minister, as saying": the named person with the apposition', async () => {
    const found = await attributions(article('The paper quotes Ada Brenner, the trade minister, as saying the rules would cost $3 billion.'));
    const quoted = found.find((a) => a.rule === 'en.attribution.quoted-as-saying');
    expect(quoted!.source).toMatchObject({ name: 'Ada Brenner', type: 'person' });
  });

  it('an active "quoted" whose object does not reach "as saying" reports no quoted source', async () => {
    const found = await attributions(article('The Tribune quoted figures from the ministry in its report as saying little.'));
    expect(found.filter((a) => a.rule === 'en.attribution.quoted-as-saying')).toEqual([]);
  });

  it('a passive "cited" without "as saying" reports nothing', async () => {
    expect(await attributions(article('The report was cited by lawmakers as evidence of fraud.'))).toEqual([]);
  });
});

describe('English attributions: cue words read as nouns', () => {
  it('a cue word after a possessive or a preposition is a noun, not a verb with a subject', async () => {
    expect(await attributions(article('The senator unleashed a flurry of tweets attacking the bill.'))).toEqual([]);
    expect(await attributions(article('Critics seized on Friday’s tweets as proof of bias.'))).toEqual([]);
    expect(await attributions(article('The governor’s claims about the budget angered the union.'))).toEqual([]);
  });

  it('still reads a name or a pronoun before the verb', async () => {
    const a = await only(article('The governor tweets that the strike is over.'));
    expect(a).toMatchObject({ cue: 'tweets', source: { text: 'The governor' } });
    const b = await only(article('He’s said the plant will stay open.'));
    expect(b.cue).toBe('said');
    const name = await only(article('Foster’s said the merger would create a global wine group.'));
    expect(name).toMatchObject({ cue: 'said', source: { text: 'Foster’s' } });
  });
});

describe('English attributions: inverted and prepositional cues', () => {
  it('"said X" after a quotation, with an apposition naming the employer', async () => {
    const a = await only(article('"Demand for memory chips is still weak," said Laura Pinto, an analyst at Corvid Securities.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Laura Pinto', organization: 'Corvid Securities', text: 'Laura Pinto' });
    expect(a.rule).toBe('en.attribution.inverted-verb');
  });

  it('"according to" takes the source on its right', async () => {
    const a = await only(article('Exports rose 7 percent in April, according to the trade ministry.'));
    expect(a).toMatchObject({ cue: 'according to' });
    expect(a.source.text).toBe('the trade ministry');
  });

  it('a name with an apposition before the verb', async () => {
    const a = await only(article('Dana Ruiz, the union’s chief negotiator, said talks would resume.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Dana Ruiz' });
    expect(a.source.text).toBe('Dana Ruiz, the union’s chief negotiator,');
  });

  it('a clause set off after a name is no apposition: the name alone is the source', async () => {
    const speaking = await only(article('Harmon, speaking to reporters in Ohio, said the plant would close in March.'));
    expect(speaking.source).toMatchObject({ text: 'Harmon', type: 'person', name: 'Harmon', organization: null });
    const setting = await only(article('Mayor Ellen Porter, at a news conference on Tuesday, said the bridge would reopen in May.'));
    expect(setting.source).toMatchObject({ text: 'Mayor Ellen Porter', name: 'Ellen Porter' });
    const relative = await only(article('Senator Alan Brooks, who chairs the budget committee, told reporters the bill was dead.'));
    expect(relative.source).toMatchObject({ text: 'Senator Alan Brooks', name: 'Alan Brooks' });
    expect(relative.cue).toBe('told');
    const afterConjunction = await only(article('Shares fell after Harmon, in a radio interview, said the plant would close.'));
    expect(afterConjunction.source.text).toBe('Harmon');
  });

  it('keeps the name before a second apposition or a clause after the first', async () => {
    const two = await only(article('Scott Hale, the attorney general of Kansas, one of the states suing the agency, said the rule was illegal.'));
    expect(two.source).toMatchObject({ name: 'Scott Hale', text: 'Scott Hale, the attorney general of Kansas, one of the states suing the agency,' });
    const clause = await only(article('Michael Ruiz, president of the transit workers union, which represents 40,000 drivers, said the strike would go on.'));
    expect(clause.source).toMatchObject({ name: 'Michael Ruiz', text: 'Michael Ruiz, president of the transit workers union,' });
    const place = await only(article('In Brussels, the European Commission, the EU’s executive arm, said talks would resume.'));
    expect(place.source.text).toBe('the European Commission, the EU’s executive arm,');
  });

  it('a name with its party label takes the apposition after it', async () => {
    const a = await only(article('Rep. Ann Kuster (D-N.H.), a member of the budget panel, said the bill would pass.'));
    expect(a.source).toMatchObject({ text: 'Rep. Ann Kuster (D-N.H.), a member of the budget panel,', name: 'Ann Kuster', type: 'person' });
  });

  it('reads a long apposition or clause set off before the verb', async () => {
    const long = await only(article('Leonard Hsu, director of the centrist Fiscal Policy Institute and a professor of economics at Northgate University in Ohio, said the plan was sound.'));
    expect(long.source).toMatchObject({ name: 'Leonard Hsu', type: 'person' });
    expect(long.source.text.endsWith('Northgate University in Ohio,')).toBe(true);
    const clause = await only(article('Nina Patel, who as a young lawyer worked for the city in the 1990s and later ran the transit agency for six years, said the line would open.'));
    expect(clause.source).toMatchObject({ text: 'Nina Patel', name: 'Nina Patel' });
  });

  it('keeps an apposition that opens with a role, an -ing adjective or "of"', async () => {
    const acting = await only(article('Ruth Kerr, acting director of the agency, said fares would rise.'));
    expect(acting.source.text).toBe('Ruth Kerr, acting director of the agency,');
    const of = await only(article('Lisa Hale, of the Mayfield Tenants Union, said rents had doubled.'));
    expect(of.source).toMatchObject({ text: 'Lisa Hale, of the Mayfield Tenants Union,', organization: 'Mayfield Tenants Union' });
  });
});

describe('English attributions: a phrase opening the sentence without a comma', () => {
  it('is not part of the name after it', async () => {
    const hearing = await only(article('During the hearing Ramirez said the contract had been signed in May.'));
    expect(hearing.source).toMatchObject({ text: 'Ramirez', type: 'person' });
    const statement = await only(article('In a statement Northwind Air said flights would resume on Friday.'));
    expect(statement.source.text).toBe('Northwind Air');
    const apposition = await only(article('In a separate interview Karl Weber, the plant manager, said no jobs would be cut.'));
    expect(apposition.source).toMatchObject({ text: 'Karl Weber, the plant manager,', name: 'Karl Weber' });
  });

  it('keeps words that describe the name', async () => {
    const a = await only(article('The independent Budget Office said the plan would cost $4 billion.'));
    expect(a.source.text).toBe('The independent Budget Office');
    const b = await only(article('In Ohio state senator Jane Doe said the vote would be close.'));
    expect(b.source.name).toBe('Jane Doe');
  });
});

describe('English attributions: clauses that continue a subject', () => {
  it('an opening participle clause is not the subject a later verb continues', async () => {
    const a = await only(article('Citing weak demand, the company cut its forecast and said it would close two plants.'));
    expect(a).toMatchObject({ cue: 'said', rule: 'en.attribution.continued-subject', source: { text: 'the company', type: 'organization' } });
  });

  it('a participle after a comma takes the subject of the clause', async () => {
    const a = await only(article('Harbor Motors cut its forecast by 8 percent, citing weaker demand in Europe.'));
    expect(a).toMatchObject({ cue: 'citing', rule: 'en.attribution.continued-subject' });
    expect(a.source).toMatchObject({ text: 'Harbor Motors' });
  });

  it('a second verb of the same speaker stays one attribution with both cues', async () => {
    const a = await only(article('Mayor Lena Ortiz toured the plant on Friday and said 300 jobs were safe.'));
    expect(a.source.name).toBe('Lena Ortiz');
    expect(a.cue).toBe('said');
  });

  it('"X, who said" names its source through the relative pronoun', async () => {
    const a = await only(article('The deal was backed by Omar Haddad, who said the price of 12 dollars a share was fair.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Omar Haddad', text: 'Omar Haddad' });
    const source = a.spans!.source[0]!;
    expect(source.end - source.start).toBe(3);
  });

  it('"asked not to be named" reports nothing', async () => {
    const a = await only(article('The bank will close 40 branches, said a person close to the board, who asked not to be named.'));
    expect(a.source).toMatchObject({ type: 'anonymous', count: 1 });
    expect(a.spans!.cue).toHaveLength(1);
  });

  it('any noun speaks with a verb of speech, but not with other verbs', async () => {
    const a = await only(article('The billionaire says the tower will cost 2 billion dollars.'));
    expect(a.source.type).toBe('person');
    expect(await attributions(article('The price estimates rose 5 percent.'))).toHaveLength(0);
  });
});

describe('English attributions: references across sentences', () => {
  it('"he said" resolves to the last named speaker; a surname to the full name', async () => {
    const found = await attributions(article(
      'Finance Minister Ravi Menon said the deficit would fall to 4 percent.',
      '"We will not raise taxes," he said.',
      'Mr Menon said growth reached 6 percent.',
    ));
    expect(found.map((a) => a.source.name)).toEqual(['Ravi Menon', 'Ravi Menon', 'Ravi Menon']);
  });

  it('"they" are the unnamed people who spoke last, not a company named before them', async () => {
    const found = await attributions(article(
      'Nvidia raised its forecast on Monday.',
      'Analysts said the outlook was strong.',
      'They said demand would rise by 8 percent.',
    ));
    expect(found.map((a) => [a.source.text, a.source.type, a.source.organization])).toEqual([['Analysts', 'anonymous', null], ['They', 'anonymous', null]]);
  });

  it('"they" in the sentence of unnamed people is them again: one source', async () => {
    const found = await attributions(article('Officials in Beijing have criticized the rules, which they say violate trade law.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toMatchObject({ text: 'Officials in Beijing', type: 'anonymous' });
  });

  it('"they" after a company alone is the company', async () => {
    const found = await attributions(article('Analysts expect little.', 'Nvidia raised its forecast on Monday.', 'They said demand would rise by 8 percent.'));
    expect(found.at(-1)!.source).toMatchObject({ text: 'They', type: 'organization', organization: 'Nvidia' });
  });

  it('a surname takes the first full name the text writes before it, titles left out', async () => {
    const found = await attributions(article(
      'The plan came from Mr. Jane Doe of the harbour board.',
      'Ms Doe said the cranes would cost 40 million dollars.',
    ));
    expect(found.map((a) => a.source.name)).toEqual(['Jane Doe']);
  });

  it('a person named again keeps the organization given before; a short company name becomes the full one', async () => {
    const found = await attributions(article(
      'Shares of Corwin Steel Inc fell on Monday.',
      'A Corwin spokeswoman said demand was weak.',
      'Tom Reyes, an analyst at Lakeview Capital, said the shares were cheap.',
      'Reyes added that margins would recover.',
      'He said the dividend was safe.',
    ));
    expect(found.map((a) => [a.source.name, a.source.organization])).toEqual([
      [null, 'Corwin Steel'], ['Tom Reyes', 'Lakeview Capital'], ['Tom Reyes', 'Lakeview Capital'], ['Tom Reyes', 'Lakeview Capital'],
    ]);
  });

  it('"the spokesman" keeps the organization of the earlier spokesperson', async () => {
    const found = await attributions(article(
      'A Northwind Bank spokesman told a briefing that reserves rose by 300 million dollars.',
      'The spokesman said the rise was seasonal.',
    ));
    expect(found[1]!.source).toMatchObject({ type: 'spokesperson', organization: 'Northwind Bank' });
  });

  it('"the association" is the association named before', async () => {
    const found = await attributions(article(
      'The Pacific Timber Association said orders rose 3 percent.',
      'The association said shipments fell.',
    ));
    expect(found[1]!.source).toMatchObject({ type: 'organization', organization: 'Pacific Timber Association' });
  });

  it('a direct quotation continues its speaker into the next sentence', async () => {
    const found = await attributions(article(
      '"Prices will stay high," said Ken Oda, chief executive of Oda Foods.',
      '"There is no quick fix."',
    ));
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ inherited: true, source: { name: 'Ken Oda' } });
  });

  it('a headline carries no attribution', async () => {
    expect(await attributions('Analysts say chip demand will rise\n\nThe market grew.\n')).toHaveLength(0);
  });
});

describe('English attributions: views, wishes and intentions', () => {
  it('a belief and a wish are attributed to their holder', async () => {
    const found = await attributions(article(
      'Most economists believe rates will rise again in June.',
      'The union wants a shorter working week.',
      'The regulator hopes that prices will fall.',
    ));
    expect(found.map((a) => [a.source.text, a.cue])).toEqual([
      ['Most economists', 'believe'], ['The union', 'wants'], ['The regulator', 'hopes'],
    ]);
    expect(found[0]!.source).toMatchObject({ type: 'anonymous' });
  });

  it("an intention of one's own act is the writer's claim, not an attribution", async () => {
    expect(await attributions(article(
      'Harbor Motors plans to cut 300 jobs in Ohio.',
      'The city council refused to publish the audit.',
      'The airline wants to buy 12 new jets.',
    ))).toHaveLength(0);
  });

  it('a view inside a quotation belongs to the quoted speaker', async () => {
    const a = await only(article('"Our members want a fair deal," the union leader said.'));
    expect(a.cue).toBe('said');
  });

  it('a view after a verb of speech is part of what was said', async () => {
    const a = await only(article('The mayor said residents want the bridge reopened by May.'));
    expect(a).toMatchObject({ cue: 'said', source: { text: 'The mayor' } });
  });

  it('what the rules note for the refiners (a view verb, a pronoun to resolve) is not printed', async () => {
    const found = await attributions(article(
      'Most economists believe rates will rise again in June.',
      'Finance Minister Ravi Menon said the deficit would fall.',
      '"We will not raise taxes," he said.',
    ));
    expect(found.map((a) => [a.cue, a.source.name])).toEqual([['believe', null], ['said', 'Ravi Menon'], ['said', 'Ravi Menon']]);
    for (const a of found) expect(Object.keys(a)).not.toContain('notes');
  });

  it('a view verb that is a noun here is no cue', async () => {
    expect(await attributions(article('The Lisbon plans for a new airport have not been approved.'))).toHaveLength(0);
    expect(await attributions(article('Exports to Canada won broad support.'))).toHaveLength(0);
  });

  it('a past wish narrates and is no attribution', async () => {
    expect(await attributions(article('Ms Ortega wanted to raise 2 billion dollars for the port.'))).toHaveLength(0);
  });
});

describe('English attributions: poll respondents', () => {
  it('shares of respondents are anonymous sources', async () => {
    const found = await attributions(article(
      'About 4 in 10 say they want a change of course.',
      'Two-thirds of the farmers said prices were too low.',
      'Nearly half said they would vote again.',
      'Large majorities of voters in all three states say the economy is weak.',
    ));
    expect(found.map((a) => a.source.text)).toEqual([
      'About 4 in 10', 'Two-thirds of the farmers', 'Nearly half', 'Large majorities of voters in all three states',
    ]);
    for (const a of found) expect(a.source).toMatchObject({ type: 'anonymous', count: null });
  });
});

describe('English attributions: past affiliations', () => {
  it.each([
    ['"Demand is strong," said Jane Roe, a former Intel engineer.', 'Jane Roe'],
    ['Jane Roe, formerly of Intel, said demand was strong.', 'Jane Roe, formerly of Intel,'],
    ['A former Intel executive said demand was strong.', 'A former Intel executive'],
  ])('%s — the source no longer speaks for the company', async (sentence, text) => {
    const a = await only(article(sentence));
    expect(a.source).toMatchObject({ text, type: 'person', organization: null });
  });

  it('a current affiliation stays', async () => {
    const a = await only(article('Jane Roe, an engineer at Intel, said demand was strong.'));
    expect(a.source).toMatchObject({ type: 'person', organization: 'Intel' });
  });
});

describe('English attributions: source phrases', () => {
  it('a party label in parentheses belongs to the name', async () => {
    const a = await only(article('Sen. Maria Lopez (D-N.M.) said the bill would pass next week.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Maria Lopez', text: 'Sen. Maria Lopez (D-N.M.)' });
  });

  it('a role with the name set off after it, and an apposition between dashes', async () => {
    const [role, dashes] = await attributions(article(
      'A senior economist, Tom Reyes, said inflation had peaked.',
      'Ana Ruiz — a nurse from Tulsa — says the clinic is understaffed.',
    ));
    expect(role!.source).toMatchObject({ type: 'person', name: 'Tom Reyes', text: 'A senior economist, Tom Reyes,' });
    expect(dashes!.source).toMatchObject({ type: 'person', name: 'Ana Ruiz', text: 'Ana Ruiz — a nurse from Tulsa —' });
  });

  it('a comma before "said" does not invert a clause that goes on after its subject', async () => {
    const a = await only(article('Paula Grant, the fund manager, said the rally was over.'));
    expect(a.source).toMatchObject({ name: 'Paula Grant' });
  });

  it('inverted sources described, not named', async () => {
    const [aged, several] = await attributions(article(
      '"The town needs jobs," said the 46-year-old.',
      'The rebound came too late, said several observers.',
    ));
    expect(aged!.source).toMatchObject({ type: 'person', text: 'the 46-year-old' });
    expect(several!.source).toMatchObject({ type: 'anonymous', text: 'several observers' });
  });

  it('"according to" a tally, a law or a pronoun', async () => {
    const found = await attributions(article(
      'Ruiz leads by 40 delegates, according to a tally by The Associated Press.',
      'The couple ran a bakery in Lyon, according to him.',
      'Shops must close at ten, according to state law.',
    ));
    expect(found.map((a) => [a.source.text, a.source.type])).toEqual([
      ['a tally by The Associated Press', 'document'], ['him', 'person'], ['state law', 'document'],
    ]);
  });

  it('a time between the subject and its verb', async () => {
    const a = await only(article('Mayor Chen on Tuesday said the bridge would reopen.'));
    expect(a).toMatchObject({ cue: 'said', source: { text: 'Mayor Chen' } });
  });

  it('"the US" is a country, not the pronoun "us"', async () => {
    const a = await only(article('But the US says it cannot back the fund.'));
    expect(a.source).toMatchObject({ type: 'organization', text: 'the US' });
  });
});

describe('English attributions: titles of office before a name', () => {
  it('the field of an office is part of the title, not a body', async () => {
    const [finance, managing] = await attributions(article(
      'Finance Minister Lena Marsh told reporters the budget would balance next year.',
      'Managing Director Paul Reyes said the fund expected slower growth.',
    ));
    expect(finance!.source).toMatchObject({ type: 'person', name: 'Lena Marsh', organization: null });
    expect(managing!.source).toMatchObject({ type: 'person', name: 'Paul Reyes', organization: null });
  });

  it('a capitalized title between the body and the name is no name', async () => {
    const [cfo, deputy] = await attributions(article(
      'Norvik Chief Financial Officer Ralf Berger told analysts margins would improve.',
      'Deputy Prime Minister Ana Novak said the coalition would hold.',
    ));
    expect(cfo!.source).toMatchObject({ type: 'person', name: 'Ralf Berger' });
    expect(deputy!.source).toMatchObject({ type: 'person', name: 'Ana Novak' });
  });

  it('a spokesman named after the politician he speaks for', async () => {
    const a = await only(article('Senator Hale spokesman Tom Reyes said the vote would be delayed.'));
    expect(a.source).toMatchObject({ type: 'spokesperson', name: 'Tom Reyes' });
  });

  it('a nationality before the title is no body, an owner is', async () => {
    const [german, japan] = await attributions(article(
      'German Economy Minister Tom Becker said gas supplies were secure.',
      "Japan's Trade Minister Ken Mori said talks would resume in May.",
    ));
    expect(german!.source).toMatchObject({ name: 'Tom Becker', organization: null });
    expect(japan!.source).toMatchObject({ name: 'Ken Mori', organization: 'Japan' });
  });
});

describe('English attributions: anonymity granted after the cue', () => {
  it('an official who spoke on condition of anonymity is anonymous', async () => {
    const a = await only(article('A Norvik official said on condition of anonymity that 300 jobs would go.'));
    expect(a.source).toMatchObject({ type: 'anonymous', count: 1 });
  });
});

describe('English attributions: verbs of an act, not of speech', () => {
  it('calling a strike or calling in to a show reports nothing', async () => {
    const found = await attributions(article(
      'The pilots union called a strike for Friday after talks with the airline failed.',
      'The governor recently called in to a radio show about the storm damage.',
    ));
    expect(found).toEqual([]);
  });

  it('recalling vehicles is a product recall, recalling a conversation still speaks', async () => {
    const found = await attributions(article(
      'Norvik Motors is recalling 120,000 vehicles because of a faulty brake line.',
      'The mayor recalled a conversation in which the builder admitted the delay.',
    ));
    expect(found.map((a) => a.source.text)).toEqual(['The mayor']);
  });

  it('calling something a mistake still judges it', async () => {
    const a = await only(article('Senator Ruth Adler called her vote for the bill a mistake.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Ruth Adler' });
  });
});

describe('English attributions: a business noun referring back', () => {
  it('"the company" is the company, not the regulator named after it', async () => {
    const [, company] = await attributions(article(
      'Norvik Inc must pay a fine of 3 million dollars, the Securities and Exchange Commission said.',
      'The company said it would appeal the fine.',
    ));
    expect(company!.source).toMatchObject({ type: 'organization', organization: 'Norvik' });
  });

  it('"the union" is never the company named before it', async () => {
    const [, union] = await attributions(article(
      'Ryanair said on Monday it had cancelled 400 flights because of the strike.',
      'The union denied that it had rejected a new pay offer.',
    ));
    expect(union!.source).toMatchObject({ type: 'organization', organization: null });
  });

  it('"the companies" are not the one body named last', async () => {
    const [, companies] = await attributions(article(
      'Morgan Stanley advised Norvik Inc on its purchase of Halden Labs, Reuters reported.',
      'Halden shareholders will get 40 dollars a share, the companies said in a joint statement.',
    ));
    expect(companies!.source).toMatchObject({ type: 'organization', organization: null });
  });

  it('"the automaker" is the company named before it', async () => {
    const [, automaker] = await attributions(article(
      'Norvik Motors will stop production for two weeks, a union official said.',
      'The automaker said it was not aware of any supply problems.',
    ));
    expect(automaker!.source).toMatchObject({ type: 'organization', organization: 'Norvik Motors' });
  });

  it('"the bank" may be a central bank whose name has the noun', async () => {
    const [, bank] = await attributions(article(
      'Lending figures from the Bank of England showed a slowdown in March.',
      'Mortgage approvals fell to 61,000, the bank said.',
    ));
    expect(bank!.source).toMatchObject({ type: 'organization', organization: 'Bank of England' });
  });
});

describe('English attributions: the body in an apposition', () => {
  it('a role with its body set off before or after the name', async () => {
    const [before, after] = await attributions(article(
      "Halvik's chief executive, Brian Morrow, declined to comment on the report.",
      "Tom Reyes, Ostara's chief economist, said rates would fall.",
    ));
    expect(before!.source).toMatchObject({ type: 'person', name: 'Brian Morrow', organization: 'Halvik' });
    expect(after!.source).toMatchObject({ type: 'person', name: 'Tom Reyes', organization: 'Ostara' });
  });
});

describe('English attributions: names with lower-case particles', () => {
  it('a role with the name set off after it, the name holding a particle', async () => {
    const [bin, al] = await attributions(article(
      'The oil minister, Faisal bin Nasser, said output would rise in June.',
      'The kingdom\'s energy minister, Khalid al-Mansour, said prices were too low.',
    ));
    expect(bin!.source).toMatchObject({ type: 'person', name: 'Faisal bin Nasser' });
    expect(al!.source).toMatchObject({ type: 'person', name: 'Khalid al-Mansour' });
  });

  it('a surname with its particle is completed from earlier in the article', async () => {
    const [, later] = await attributions(article(
      'Board chairman Pieter van Dalen told shareholders the dividend would stay.',
      'The bank has enough capital, van Dalen said.',
    ));
    expect(later!.source).toMatchObject({ type: 'person', name: 'Pieter van Dalen' });
  });
});

describe('English attributions: transcripts and progressive forms', () => {
  it("a speaker's label before a colon, as transcripts print it", async () => {
    const found = await attributions(article(
      'KOWALSKI: We will not sign this contract.',
      'UPDATE: The vote was moved to Friday.',
    ));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue: ':', source: { text: 'KOWALSKI', type: 'person' } });
  });

  it('a progressive form is the verb of its clause', async () => {
    const [telling, saying] = await attributions(article(
      'The governor is telling voters that the tax will go.',
      'Union leaders have been saying the deal is unfair.',
    ));
    expect(telling).toMatchObject({ cue: 'telling', source: { text: 'The governor' } });
    expect(saying).toMatchObject({ cue: 'saying', source: { text: 'Union leaders' } });
  });
});

describe('English attributions: content spans', () => {
  it('what a verb reports starts after its time and setting', async () => {
    const text = article('The mayor said Tuesday that the bridge would reopen.', 'The firm said in a statement that sales rose.');
    const found = await attributions(text);
    const contents = found.map((a) => a.spans!.content.map((c) => text.slice(c.start, c.end)));
    expect(contents).toEqual([['that the bridge would reopen'], ['that sales rose']]);
  });
});

describe('English attributions: a clause between the subject and its verb', () => {
  it('reads the subject before a participle clause set off by commas', async () => {
    const a = await only(article('A senior trade official, speaking at a conference in Lisbon, said exports would fall 8% this year.'));
    expect(a.source).toMatchObject({ text: 'A senior trade official', type: 'person' });
    expect(a.cue).toBe('said');
  });

  it('reads the subject before a relative clause, and a name inside the clause is not the speaker', async () => {
    const a = await only(article('The harbour master, who met Tom Price on Monday, told reporters that 40 ships were waiting.'));
    expect(a.source).toMatchObject({ text: 'The harbour master', type: 'person', name: null });
    expect(a.cue).toBe('told');
  });

  it('reads a source set off in commas as the source, not the phrase before it', async () => {
    const a = await only(article('This plant, the agency said, makes 200 engines a week.'));
    expect(a.source).toMatchObject({ text: 'the agency' });
  });

  it('reads no subject from a phrase inside a clause, nor from one named by its apposition alone', async () => {
    const found = await attributions(article('Costs and delays, as well as rules such as export limits, could cut sales by 5%, analysts said.'));
    expect(found.map((a) => a.source.text)).toEqual(['analysts']);
    const named = await attributions(article('The biggest buyer of the ore, Chile, has said it will stop imports.'));
    expect(named.map((a) => a.source.text)).not.toContain('The biggest buyer of the ore');
  });
});

describe('English attributions: sources granted anonymity', () => {
  it('makes a described individual who speaks on condition of anonymity an anonymous source', async () => {
    const a = await only(article('A senior port official, speaking on condition of anonymity, said 12 cranes were out of service.'));
    expect(a.source).toMatchObject({ text: 'A senior port official', type: 'anonymous', count: 1 });
    const b = await only(article('An engineer speaking on condition of anonymity said the line had stopped twice.'));
    expect(b.source).toMatchObject({ type: 'anonymous', count: 1 });
  });

  it('reads the anonymity clause after an inverted subject', async () => {
    const a = await only(article('"The budget is gone," said one city planner, who asked not to be identified.'));
    expect(a.source).toMatchObject({ text: 'one city planner', type: 'anonymous', count: 1 });
  });

  it('keeps a named person and a person whose reported words mention anonymity', async () => {
    const a = await only(article('A city planner said the votes were cast anonymously.'));
    expect(a.source).toMatchObject({ type: 'person' });
  });

  it('does not take "declined to be named" for declining to comment', async () => {
    const a = await only(article('A trader, who declined to be named, said copper had hit $9,000 a tonne.'));
    expect(a).toMatchObject({ cue: 'said', stance: 'asserts' });
    expect(a.source).toMatchObject({ text: 'A trader', type: 'anonymous' });
  });

  it('does not take an adverb before a passive verb for its subject', async () => {
    const found = await attributions(article('The rise was also partly explained by a cold January.'));
    expect(found).toEqual([]);
  });
});

describe('English attributions: a source phrase ending inside a name', () => {
  it('ends with the name, "and" inside it included', async () => {
    const a = await only(article('According to a filing with the Securities and Exchange Commission, the fund lost $40 million.'));
    expect(a.source).toMatchObject({ text: 'a filing with the Securities and Exchange Commission', type: 'document', organization: 'SEC' });
  });

  it('keeps the person whose firm the name is', async () => {
    const a = await only(article('"Demand is weak," said Ann Lowe of Baxter and Finch Inc.'));
    expect(a.source).toMatchObject({ text: 'Ann Lowe of Baxter and Finch Inc', type: 'person', name: 'Ann Lowe', organization: 'Baxter and Finch' });
  });
});

describe('English attributions: coordinated sources', () => {
  it('gives each party of a coordinated subject an attribution of its own', async () => {
    const found = await attributions(article('Nvidia, AMD and Intel all said demand for 4 million chips was strong.'));
    expect(found.map((a) => [a.source.text, a.source.type, a.cue])).toEqual([
      ['Nvidia', 'organization', 'said'], ['AMD', 'organization', 'said'], ['Intel', 'organization', 'said'],
    ]);
    const both = await attributions(article('The Bank of England and the Treasury said rates would stay at 5%.'));
    expect(both.map((a) => a.source.text)).toEqual(['The Bank of England', 'the Treasury']);
  });

  it('makes each party of "neither … nor" decline, and each of a joint refusal', async () => {
    const neither = await attributions(article('Neither Apple nor Samsung responded to requests for comment.'));
    expect(neither.map((a) => [a.source.text, a.stance])).toEqual([['Apple', 'declines'], ['Samsung', 'declines']]);
    const declined = await attributions(article('Apple and Samsung declined to comment.'));
    expect(declined.map((a) => [a.source.text, a.source.type, a.stance])).toEqual([['Apple', 'organization', 'declines'], ['Samsung', 'organization', 'declines']]);
  });

  it('does not split a name with "and" in it, nor a phrase that is no name', async () => {
    expect((await attributions(article('Procter and Gamble said sales rose 3%.'))).map((a) => a.source.text)).toEqual(['Procter and Gamble']);
    expect((await attributions(article('Pine and Larch Holdings said sales rose 3%.'))).map((a) => a.source.text)).toEqual(['Pine and Larch Holdings']);
  });
});

describe('English attributions: cue words inside a quotation', () => {
  it('a "says" inside the quoted words is the speaker\'s claim, not a second source', async () => {
    const a = await only(article('“Maybe he is not as rich as he says he is,” said Dana Whitfield, a tax lawyer in Denver.'));
    expect(a.source).toMatchObject({ type: 'person', name: 'Dana Whitfield' });
    expect(a).toMatchObject({ cue: 'said', stance: 'asserts' });
  });

  it('a quote continuing a speaker is still theirs when it says "I have been saying"', async () => {
    const found = await attributions(article(
      '“The budget will balance,” Mayor Ellen Ruiz said on Monday.',
      '“It is something I have been saying for two years, and nobody listened.”',
    ));
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ inherited: true, cue: 'said', source: { name: 'Ellen Ruiz' } });
  });

  it('a cue between the two parts of a quotation stays', async () => {
    const a = await only(article('“We told the board what we knew,” the treasurer said, “and we expect it to act.”'));
    expect(a.source).toMatchObject({ text: 'the treasurer' });
    expect(a.cue).toBe('said');
  });

  it('straight quotation marks, a quote run on without its closing mark, and a decimal in quotes', async () => {
    const found = await attributions(article(
      'Tom Reyes, the finance director, said sales had slowed. "We lost two contracts in the spring.',
      '"We expect prices to rise in the autumn," he said.',
      'Margins could reach "12.5", the company said.',
    ));
    expect(found.map((a) => [a.source.name ?? a.source.text, a.cue])).toEqual([['Tom Reyes', 'said'], ['Tom Reyes', 'said'], ['the company', 'said']]);
    expect(found[1]!.source.text).toBe('he');
  });

  it('the subject inside a quoted phrase does not continue to "but said"', async () => {
    const found = await attributions(article('Chief executive Maria Lind conceded that sales were "lower than we had hoped", but said margins would hold.'));
    expect(found.every((a) => a.source.name === 'Maria Lind')).toBe(true);
    expect(found.map((a) => a.source.text)).not.toContain('we');
  });

  it('a speaker label opening a quoted transcript passage still names the speaker', async () => {
    const a = await only('Interview transcript\n\n"HARLOW: Did the minister tell you when the plant will close?\n');
    expect(a.source).toMatchObject({ text: 'HARLOW' });
  });
});

describe('English attributions: appeals', () => {
  it('"called on X to …" keeps its particle in the cue', async () => {
    const a = await only(article('The nurses’ union called on the city council to delay the vote on hospital funding.'));
    expect(a).toMatchObject({ cue: 'called on', source: { text: 'The nurses’ union' } });
  });

  it('"calls on" and a continuing "calling on"', async () => {
    const [calls, calling] = await attributions(article(
      'Senator Ruth Okafor calls on the agency to publish its safety data.',
      'Residents marched to the town hall on Saturday, calling on the mayor to reopen the clinic.',
    ));
    expect(calls).toMatchObject({ cue: 'calls on', source: { name: 'Ruth Okafor' } });
    expect(calling).toMatchObject({ cue: 'calling on', source: { text: 'Residents' } });
  });
});

describe('English attributions: a label in a free relative', () => {
  it('"condemned what he called …" is the condemnation, not a report by "he"', async () => {
    const a = await only(article('The foreign minister condemned what he called a reckless provocation by the border troops.'));
    expect(a).toMatchObject({ cue: 'condemned', source: { text: 'The foreign minister' } });
  });

  it('"what critics call …" inside the writer\'s sentence makes no attribution, "called the plan …" still does', async () => {
    expect(await attributions(article('The city spent $4 million on what critics call a bridge to nowhere.'))).toEqual([]);
    const a = await only(article('Critics called the plan a bridge to nowhere.'));
    expect(a).toMatchObject({ cue: 'called', source: { text: 'Critics' } });
  });
});
