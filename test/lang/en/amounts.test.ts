import { describe, expect, it } from 'vitest';
import { amountRows, amountsIn } from '../../helpers/amounts.js';

const rows = (text: string) => amountRows(text, 'en');

describe('English numbers', () => {
  it('reads comma thousands and point decimals', async () => {
    expect(await rows('The retailer employs 125,000 people and lifted its margin to 6.75 percent.')).toEqual([
      ['125,000 people', 125000, 'person', null],
      ['6.75 percent', 6.75, 'percent', null],
    ]);
  });

  it('does not read a comma between digits as a decimal', async () => {
    const values = (await rows('Rooms 1,5 and 9 were empty.')).map(([, value]) => value);
    expect(values).not.toContain(1.5);
    expect(values).not.toContain(15);
  });

  it('reads wire-copy scales and currencies', async () => {
    expect(await rows('The utility said net profit rose to 412 mln dlrs from 1.2 billion dlrs.')).toEqual([
      ['412 mln dlrs', 412e6, 'USD', null],
      ['1.2 billion dlrs', 1.2e9, 'USD', null],
    ]);
  });

  it('reads glued scales after a currency symbol', async () => {
    expect(await rows('The brewer paid $9bn for the rival and £350m for its brands.')).toEqual([
      ['$9bn', 9e9, 'USD', null],
      ['£350m', 350e6, 'GBP', null],
    ]);
  });

  it('reads no second scale after a glued one', async () => {
    expect(await rows('Borrowing could reach $2.5bn trillion, one analyst wrote.')).toEqual([['$2.5bn', 2.5e9, 'USD', null]]);
  });

  it('reads number words with a scale word', async () => {
    expect(await rows('The app now has two million users and half a million paying subscribers.')).toEqual([
      ['two million users', 2e6, 'user', null],
      ['half a million', 5e5, 'subscriber', null],
    ]);
  });

  it('reads a trillion and a dozen', async () => {
    expect(await rows('Japan plans to spend 1.5 trillion yen on a dozen new plants.')).toEqual([
      ['1.5 trillion yen', 1.5e12, 'JPY', null],
      ['a dozen', 12, 'plant', null],
    ]);
  });

  it('reads digit groups set apart by a no-break or thin space, not by a plain one', async () => {
    expect(await rows('About 12\u00a0500 fans and 3\u2009400 staff came; she won 5 100-meter races.')).toEqual(expect.arrayContaining([
      ['About 12\u00a0500 fans', 12500, 'fan', 'about'],
      ['3\u2009400 staff', 3400, 'employee', null],
    ]));
    expect((await rows('She won 5 100-meter races.')).map((r) => r[1])).not.toContain(5100);
  });

  it('reads the Indian scales lakh and crore', async () => {
    expect(await rows('The state set aside Rs 450 crore for roads and Rs 3.5 lakh per village.')).toEqual([
      ['Rs 450 crore', 4.5e9, 'INR', null],
      ['Rs 3.5 lakh', 3.5e5, 'INR', null],
    ]);
  });

  it('reads stock-price fractions', async () => {
    expect(await rows('The stock rose 3-3/8 to 41-1/4 in active trading.')).toEqual([
      ['3-3/8', 3.375, null, null],
      ['41-1/4', 41.25, null, null],
    ]);
  });

  it('ignores vague plurals and a bare article', async () => {
    expect(await rows('A spokesman said billions of dollars and millions of jobs were at stake.')).toEqual([]);
  });
});

describe('English qualifiers', () => {
  it.each([
    ['The carrier flew more than 3,000 flights.', 'more_than'],
    ['The carrier flew over 3,000 flights.', 'more_than'],
    ['The carrier flew fewer than 3,000 flights.', 'less_than'],
    ['The carrier flew under 3,000 flights.', 'less_than'],
    ['The carrier flew about 3,000 flights.', 'about'],
    ['The carrier flew nearly 3,000 flights.', 'about'],
    ['The carrier flew some 3,000 flights.', 'about'],
    ['The carrier flew at least 3,000 flights.', 'at_least'],
    ['The carrier flew at most 3,000 flights.', 'at_most'],
    ['The carrier plans up to 3,000 flights.', 'up_to'],
  ])('%s', async (sentence, qualifier) => {
    const [amount] = await amountsIn(sentence, 'en');
    expect(amount).toMatchObject({ value: 3000, qualifier });
  });

  it('reads a qualifier before a currency symbol', async () => {
    expect(await rows('The fine could reach more than $2 billion.')).toEqual([['more than $2 billion', 2e9, 'USD', 'more_than']]);
  });

  it('reads "or higher" after the amount', async () => {
    expect(await rows('Lenders want a coverage ratio of 1.25 or higher.')).toEqual([['1.25 or higher', 1.25, null, 'at_least']]);
  });

  it('reads "over" before a span of time as a span, not as more than', async () => {
    expect(await rows('The debt built up over 15 years.')).toEqual([['15 years', 15, 'year', null]]);
    expect(await rows('She has worked there for over 15 years.')).toEqual([['over 15 years', 15, 'year', 'more_than']]);
  });
});

describe('English ranges and signs', () => {
  it('splits ranges into two amounts sharing unit and scale', async () => {
    expect(await rows('Analysts expect growth of 10-12 pct and a charge of 1 to 2 billion dlrs.')).toEqual([
      ['10', 10, 'percent', null],
      ['12 pct', 12, 'percent', null],
      ['1', 1e9, 'USD', null],
      ['2 billion dlrs', 2e9, 'USD', null],
    ]);
  });

  it('reads "or" between two counts of the same unit', async () => {
    expect(await rows('The plan would take 20 or 25 years.')).toEqual([
      ['20', 20, 'year', null],
      ['25 years', 25, 'year', null],
    ]);
  });

  it('marks "a negative" and a minus sign as negative', async () => {
    expect(await rows('The bank reported a negative 300 mln dlrs position and a yield of -0.1 pct.')).toEqual([
      ['a negative 300 mln dlrs', -300e6, 'USD', null],
      ['-0.1 pct', -0.1, 'percent', null],
    ]);
  });
});

describe('English currencies', () => {
  it.each([
    ['The group paid 40 dlrs a share.', 40, 'USD'],
    ['The group paid US$40 a share.', 40, 'USD'],
    ['The group paid 40 euros a share.', 40, 'EUR'],
    ['The group paid 40 stg a share.', 40, 'GBP'],
    ['The group paid 400 yen a share.', 400, 'JPY'],
    ['The group paid 40 marks a share.', 40, 'DEM'],
    ['The group paid 40 Swiss francs a share.', 40, 'CHF'],
    ['The group paid 40 yuan a share.', 40, 'CNY'],
    ['The group paid 4,000 rupees a share.', 4000, 'INR'],
  ])('%s', async (sentence, value, currency) => {
    const [amount] = await amountsIn(sentence, 'en');
    expect(amount).toMatchObject({ kind: 'money', value, of: currency });
  });

  it('reads cents as a fraction of the dollar', async () => {
    expect(await rows('The company will pay a dividend of 10 cts a share.')).toEqual([['10 cts', 0.1, 'USD', null]]);
  });

  it('gives a bare scaled number the currency named in the same sentence', async () => {
    const found = await amountsIn('Exports rose to 912.4 mln dlrs from 850.1 mln a year earlier.', 'en');
    expect(found.map((a) => [a.text, a.value, a.of, a.rule])).toEqual([
      ['912.4 mln dlrs', 912.4e6, 'USD', 'amounts.money-word'],
      ['850.1 mln', 850.1e6, 'USD', 'amounts.money-context'],
    ]);
  });
});

describe('English units', () => {
  it('takes the head of the noun phrase, singular', async () => {
    expect(await rows('The survey covered 14 large regional banks and 35 countries.')).toEqual([
      ['14', 14, 'bank', null],
      ['35 countries', 35, 'country', null],
    ]);
  });

  it('lets a part count what its whole counts: "900 of its 4,200 jobs"', async () => {
    expect(await rows('The firm will cut up to 900 of its 4,200 jobs; 3 out of 10 staff will go.')).toEqual([
      ['up to 900', 900, 'job', 'up_to'],
      ['4,200 jobs', 4200, 'job', null],
      ['3', 3, 'employee', null],
      ['10 staff', 10, 'employee', null],
    ]);
  });

  it('gives an unlisted noun in the singular, by its plural ending', async () => {
    expect(await rows('Huawei shipped 200,000 processors, 3,000 server batteries and 40,000 boxes of parts.')).toEqual([
      ['200,000 processors', 200000, 'processor', null],
      ['3,000', 3000, 'battery', null],
      ['40,000 boxes', 40000, 'box', null],
    ]);
    expect(await rows('The studio made 12 series and saved 300 lives.')).toEqual([
      ['12 series', 12, 'series', null],
      ['300 lives', 300, 'life', null],
    ]);
  });

  it('reads percentage points', async () => {
    expect(await rows('The central bank cut its rate by 0.25 percentage points.')).toEqual([['0.25 percentage points', 0.25, 'percentage point', null]]);
  });

  it('reads a hyphenated unit', async () => {
    expect(await rows('The government sold 10-year bonds.')).toEqual([['10', 10, 'year', null]]);
  });

  it('reads a capitalized unit', async () => {
    expect(await rows('The new processor runs at 4.2 GHz.')).toEqual([['4.2 GHz', 4.2, 'gigahertz', null]]);
  });

  it('reads a glued unit', async () => {
    expect(await rows('The phone ships with 256GB of storage.')).toEqual([['256GB', 256, 'gigabyte', null]]);
  });
});

describe('English numbers that are not amounts', () => {
  it.each([
    ['years', 'In 2021 the firm moved its headquarters, as it had planned since 2019.'],
    ['dates', 'The offer expires on March 6, and the vote is on 30 September.'],
    ['times', 'Trading resumed at 10 a.m. and closed at 4 pm.'],
    ['ages', 'The 61-year-old founder, who is 61 years old, was aged 60 at the listing.'],
    ['ordinals', 'It was the 3rd rise in the 1990s.'],
    ['model numbers', 'The company sells the H20 and the 910B, and runs Windows 11.'],
    ['numbers in names', 'Leaders of the G20 met as Formula 1 raced nearby.'],
    ['fiscal years', 'The 2024-25 budget was approved.'],
    ['section numbers', 'The rules are set out in section 12 and on page 4.'],
    ['wire datelines in capitals', 'WASHINGTON, APRIL 14 - The Treasury said it would sell new notes.'],
    ['a year before 1800', 'The harbour was first charted in 1642, the museum said.'],
    ['code', 'The page ran alert(1) and set retries=3 when it loaded.'],
  ])('%s', async (_what, sentence) => {
    expect(await rows(sentence)).toEqual([]);
  });
});
