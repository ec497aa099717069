import { describe, expect, it } from 'vitest';
import { amountRows, amountsIn } from '../../helpers/amounts.js';

const rows = (text: string) => amountRows(text, 'de');

describe('German numbers', () => {
  it('reads dotted thousands and comma decimals', async () => {
    expect(await rows('Der Zulieferer beschäftigt weltweit 12.400 Mitarbeiter und steigerte die Marge auf 7,25 Prozent.')).toEqual([
      ['12.400 Mitarbeiter', 12400, 'employee', null],
      ['7,25 Prozent', 7.25, 'percent', null],
    ]);
  });

  it('reads long digit groups', async () => {
    expect(await rows('Die Behörde zählte im Vorjahr 2.315.870 Anträge.')).toEqual([['2.315.870 Anträge', 2315870, 'anträge', null]]);
  });

  it('reads digit groups set apart by spaces or, as in Switzerland, apostrophes', async () => {
    expect(await rows('Der Verband zählt 100 000 Mitglieder, 12\u202f500 Betriebe und Einnahmen von 1 250 000,50 Franken sowie 250’000 Euro.')).toEqual([
      ['100 000 Mitglieder', 100000, 'member', null],
      ['12\u202f500 Betriebe', 12500, 'business', null],
      ['1 250 000,50 Franken', 1250000.5, 'CHF', null],
      ['250’000 Euro', 250000, 'EUR', null],
    ]);
  });

  it('reads no digit groups from a phone number or a year before a number', async () => {
    const found = (await rows('Die Hotline 030 123 456 half im Jahr 2019 100 Menschen.')).map((r) => r[1]);
    expect(found).not.toContain(30123456);
    expect(found).not.toContain(123456);
    expect(found).not.toContain(2019100);
  });

  it('reads a decimal written with a point as a decimal, never as a digit group', async () => {
    expect(await rows('Der Akku ist um 2.5 Prozent schwächer als beim Vorgänger.')).toEqual([['2.5 Prozent', 2.5, 'percent', null]]);
  });

  it('multiplies scale words, abbreviated or written out', async () => {
    expect(await rows('Die Stadt investiert 14,6 Mio. Euro in Schulen, das Land 2 Mrd. Euro in Straßen.')).toEqual([
      ['14,6 Mio. Euro', 14_600_000, 'EUR', null],
      ['2 Mrd. Euro', 2_000_000_000, 'EUR', null],
    ]);
  });

  it('reads a German Billion as 10^12 and a Milliarde as 10^9', async () => {
    expect(await rows('Die Staatsschulden liegen bei 2,4 Billionen Euro, der Fonds umfasst eine Milliarde Euro.')).toEqual([
      ['2,4 Billionen Euro', 2.4e12, 'EUR', null],
      ['eine Milliarde Euro', 1e9, 'EUR', null],
    ]);
  });

  it('reads number words with a scale word', async () => {
    expect(await rows('Das Netz erreicht zwei Millionen Haushalte, eine halbe Milliarde Euro fließt in den Ausbau.')).toEqual([
      ['zwei Millionen Haushalte', 2_000_000, 'household', null],
      ['eine halbe Milliarde Euro', 500_000_000, 'EUR', null],
    ]);
  });

  it('reads a Dutzend as twelve', async () => {
    expect(await rows('Ein Dutzend Filialen schließt bis zum Sommer.')).toEqual([['Ein Dutzend Filialen', 12, 'branch', null]]);
  });

  it('ignores a bare article and vague plurals', async () => {
    expect(await rows('Ein Sprecher sagte, Millionen Kunden seien betroffen, Hunderttausende hätten geklagt.')).toEqual([]);
  });
});

describe('German qualifiers', () => {
  it.each([
    ['Der Händler verkaufte über 40.000 Fahrräder.', 'more_than'],
    ['Der Händler verkaufte mehr als 40.000 Fahrräder.', 'more_than'],
    ['Der Händler verkaufte weniger als 40.000 Fahrräder.', 'less_than'],
    ['Der Händler verkaufte unter 40.000 Fahrräder.', 'less_than'],
    ['Der Händler verkaufte rund 40.000 Fahrräder.', 'about'],
    ['Der Händler verkaufte etwa 40.000 Fahrräder.', 'about'],
    ['Der Händler verkaufte knapp 40.000 Fahrräder.', 'about'],
    ['Der Händler verkaufte mindestens 40.000 Fahrräder.', 'at_least'],
    ['Der Händler verkaufte höchstens 40.000 Fahrräder.', 'at_most'],
    ['Der Händler will bis zu 40.000 Fahrräder verkaufen.', 'up_to'],
  ])('%s', async (sentence, qualifier) => {
    const [amount] = await amountsIn(sentence, 'de');
    expect(amount?.value).toBe(40000);
    expect(amount?.qualifier).toBe(qualifier);
    expect(amount?.text.startsWith(sentence.split(' ').find((w) => amount!.text.startsWith(w))!)).toBe(true);
  });

  it('reads a qualifier before a currency amount', async () => {
    expect(await rows('Die Sanierung kostet maximal 350 Millionen Euro.')).toEqual([['maximal 350 Millionen Euro', 350e6, 'EUR', 'at_most']]);
  });

  it('reads "oder mehr" after the amount', async () => {
    expect(await rows('Wer 50 oder mehr Stunden arbeitet, erhält einen Zuschlag.')).toEqual([['50 oder mehr Stunden', 50, 'hour', 'at_least']]);
  });
});

describe('German ranges and signs', () => {
  it('splits "bis" ranges into two quantities sharing the unit', async () => {
    expect(await rows('Die Preise dürften um 10 bis 20 Prozent steigen.')).toEqual([
      ['10', 10, 'percent', null],
      ['20 Prozent', 20, 'percent', null],
    ]);
  });

  it('shares the scale and currency of a range', async () => {
    expect(await rows('Der Umbau kostet zwischen 2 und 3 Milliarden Euro.')).toEqual([
      ['2', 2e9, 'EUR', null],
      ['3 Milliarden Euro', 3e9, 'EUR', null],
    ]);
  });

  it('keeps a Prozentpunkte unit for both ends', async () => {
    expect(await rows('Das Wachstum fällt um 0,4 bis 0,6 Prozentpunkte höher aus.')).toEqual([
      ['0,4', 0.4, 'percentage point', null],
      ['0,6 Prozentpunkte', 0.6, 'percentage point', null],
    ]);
  });

  it('marks a minus sign or the word minus as negative', async () => {
    expect(await rows('Die Notenbank senkte den Einlagensatz auf -0,25 Prozent, der Index lag bei minus 2,34 Prozent.')).toEqual([
      ['-0,25 Prozent', -0.25, 'percent', null],
      ['minus 2,34 Prozent', -2.34, 'percent', null],
    ]);
  });

  it('leaves a fall told by a verb positive', async () => {
    expect(await rows('Der Absatz sank um 5 Prozent.')).toEqual([['5 Prozent', 5, 'percent', null]]);
  });
});

describe('German currencies', () => {
  it.each([
    ['Die Firma investiert 300 US-Dollar pro Gerät.', 300, 'USD'],
    ['Die Firma investiert $300 pro Gerät.', 300, 'USD'],
    ['Die Firma investiert 300 € pro Gerät.', 300, 'EUR'],
    ['Die Firma investiert 300 EUR pro Gerät.', 300, 'EUR'],
    ['Die Firma investiert 300 Franken pro Gerät.', 300, 'CHF'],
    ['Die Firma investiert 300 Yuan pro Gerät.', 300, 'CNY'],
    ['Die Firma investiert 300 Pfund pro Gerät.', 300, 'GBP'],
    ['Die Firma investierte damals 300 Schilling pro Gerät.', 300, 'ATS'],
    ['Ein Liter kostet nun 45 Cent mehr.', 0.45, 'EUR'],
  ])('%s', async (sentence, value, currency) => {
    const [amount] = await amountsIn(sentence, 'de');
    expect(amount).toMatchObject({ kind: 'money', value, of: currency });
  });

  it('gives a bare scaled number the currency named in the sentence before', async () => {
    const found = await amountsIn('Der Fonds hält Anleihen im Wert von 12 Milliarden Euro. Weitere 3 Milliarden könnten folgen.', 'de');
    expect(found.map((a) => [a.text, a.value, a.of, a.rule])).toEqual([
      ['12 Milliarden Euro', 12e9, 'EUR', 'amounts.money-word'],
      ['3 Milliarden', 3e9, 'EUR', 'amounts.money-context'],
    ]);
  });

  it('keeps a bare scaled number a quantity with no currency nearby', async () => {
    expect(await rows('Die Plattform zählt inzwischen 3 Millionen.')).toEqual([['3 Millionen', 3e6, null, null]]);
  });
});

describe('German units', () => {
  it('takes the counted noun after adjectives, in a base form', async () => {
    expect(await rows('Das Portal hat über 10 Millionen monatlich aktive Nutzern.')).toEqual([['über 10 Millionen', 1e7, 'user', 'more_than']]);
  });

  it('reads Stück, Tonnen and Jahre', async () => {
    expect(await rows('Geliefert wurden 3.000 Stück, insgesamt 12 Tonnen, über einen Zeitraum von 5 Jahren.')).toEqual([
      ['3.000 Stück', 3000, 'piece', null],
      ['12 Tonnen', 12, 'tonne', null],
      ['5 Jahren', 5, 'year', null],
    ]);
  });

  it('lower-cases a noun it does not know', async () => {
    expect(await rows('Die Polizei registrierte 412 Wohnungseinbrüche.')).toEqual([['412 Wohnungseinbrüche', 412, 'wohnungseinbrüche', null]]);
  });

  it('reads a compound with a hyphen', async () => {
    expect(await rows('Das Gerät hat eine 48-Megapixel-Kamera.')).toEqual([['48', 48, 'megapixel', null]]);
  });

  it('lets a part count what its whole counts: "900 der 4.200 Stellen"', async () => {
    expect(await rows('Der Konzern streicht bis zu 900 seiner rund 4.200 Stellen, 60 der 75 Filialen schließen.')).toEqual([
      ['bis zu 900', 900, 'job', 'up_to'],
      ['rund 4.200 Stellen', 4200, 'job', 'about'],
      ['60', 60, 'branch', null],
      ['75 Filialen', 75, 'branch', null],
    ]);
    expect(await rows('Es stehen bis zu 3.000 der weltweit 48.000 Arbeitsplätze auf dem Spiel.')).toEqual([
      ['bis zu 3.000', 3000, 'job', 'up_to'],
      ['48.000 Arbeitsplätze', 48000, 'job', null],
    ]);
  });

  it('lets a bare number count what the number before it counted', async () => {
    const found = await amountsIn('In Bayern gab es 230 Unfälle. Es folgt Hessen mit 190.', 'de');
    expect(found.map((a) => [a.text, a.of, a.rule])).toEqual([
      ['230 Unfälle', 'unfälle', 'amounts.counted-noun'],
      ['190', 'unfälle', 'amounts.elliptical-unit'],
    ]);
  });

  it('steps over a chip name to the counted noun', async () => {
    expect(await rows('Der Konzern bestellte 50.000 Nvidia H100 Chips.')).toEqual([['50.000', 50000, 'chip', null]]);
  });
});

describe('German numbers that are not amounts', () => {
  it.each([
    ['years', 'Im Jahr 2022 begann der Umbau, 2019 war er beschlossen worden.'],
    ['dates with a month', 'Die Frist endet am 30. September.'],
    ['dates in digits', 'Die Frist endet am 30.09.2025 um Mitternacht.'],
    ['ordinals', 'Im 3. Quartal lief es besser.'],
    ['times', 'Die Sitzung beginnt um 10 Uhr und endet um 14.30 Uhr.'],
    ['ages', 'Der 58-Jährige leitet den Konzern, seine Stellvertreterin ist 49 Jahre alt.'],
    ['model numbers', 'Das neue Modell nutzt den Chip H20 und läuft mit Windows 11.'],
    ['numbers in names', 'Die G20 tagen in Rom, die Formel 1 fährt in Monza.'],
    ['paragraph numbers', 'Die Klage stützt sich auf Artikel 5 und Paragraf 218.'],
    ['phone numbers', 'Die Hotline ist unter +43 1 5880 erreichbar.'],
    ['score of a match', 'Die Mannschaft gewann das Spiel 3:1.'],
    ['a fiscal year', 'Im Wirtschaftsjahr 2024/25 sank der Umsatz.'],
    ['product versions', 'Das Tablet läuft mit Android 14 und unterstützt Bluetooth 5.3, anders als das ältere Pad 7.'],
    ['a camel-case product name', 'Im Test schlug sich das OnePlus 12 besser als erwartet.'],
    ['a model number glued to a noun', 'Im Inneren arbeitet ein Snapdragon 888-Prozessor.'],
    ['a list number on its own line', '3.'],
  ])('%s', async (_what, sentence) => {
    expect(await rows(sentence)).toEqual([]);
  });

  it('drops both ends of a range of ages', async () => {
    expect(await rows('Die meisten Befragten sind zwischen 31 und 40 Jahren alt.')).toEqual([]);
  });
});

describe('German rule ids and spans', () => {
  it('names the rule that made each item', async () => {
    const found = await amountsIn('Das Werk kostet 40 Millionen Euro, spart 8 Prozent Energie und beschäftigt 300 Menschen.', 'de');
    expect(found.map((a) => a.rule)).toEqual(['amounts.money-word', 'amounts.percent', 'amounts.counted-noun']);
  });
});
