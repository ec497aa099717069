import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/stages/sentences.js';
import { germanSentences } from '../../src/lang/de/sentences.js';
import { englishSentences } from '../../src/lang/en/sentences.js';

const de = (text: string, titleEnd: number | null = null) => splitSentences(text, germanSentences, titleEnd).map((s) => s.text);
const en = (text: string, titleEnd: number | null = null) => splitSentences(text, englishSentences, titleEnd).map((s) => s.text);

describe('German sentences', () => {
  it('does not split after an ordinal before a month', () => {
    expect(de('Am 30. September meldete die Firma Zahlen. Der Kurs stieg.')).toEqual(['Am 30. September meldete die Firma Zahlen.', 'Der Kurs stieg.']);
  });
  it('does not split after ordinals in names and after articles', () => {
    expect(de('Soldaten des 3. Bataillons kamen zum 2. Deutschen Klimakongress. Sie blieben bis zum 25. Juli.')).toEqual([
      'Soldaten des 3. Bataillons kamen zum 2. Deutschen Klimakongress.', 'Sie blieben bis zum 25. Juli.',
    ]);
    expect(de('Er war Gast beim „2. Forum Digital“ in Wien. Danach reiste er ab.')).toEqual(['Er war Gast beim „2. Forum Digital“ in Wien.', 'Danach reiste er ab.']);
  });
  it('joins a long line with a next line that starts in lower case', () => {
    const line = 'Der Konzern hat in den vergangenen Monaten mehrere neue Werke eröffnet und sucht seitdem im';
    expect(de(`${line} ganzen Land nach Personal. Mehr folgt.`)).toHaveLength(2);
    expect(de(`${line.padEnd(110, ' x')}\nganzen Land nach Personal. Mehr folgt.`)).toHaveLength(2);
  });
  it('ends a subheading line that stands between finished paragraphs', () => {
    expect(de('Der Umsatz stieg kräftig.\nAusblick für Europa\nDer Vorstand rechnet mit mehr.')).toEqual([
      'Der Umsatz stieg kräftig.', 'Ausblick für Europa', 'Der Vorstand rechnet mit mehr.',
    ]);
  });
  it('keeps abbreviations and scale words inside the sentence', () => {
    expect(de('Der Umsatz lag bei 2 Mrd. Euro, z. B. im Handel. Dr. Meier sagte das.')).toEqual(['Der Umsatz lag bei 2 Mrd. Euro, z. B. im Handel.', 'Dr. Meier sagte das.']);
  });
  it('keeps German decimals and thousands together', () => {
    expect(de('Es waren 100.000 Stück und 1,5 Prozent. Danach nicht mehr.')).toEqual(['Es waren 100.000 Stück und 1,5 Prozent.', 'Danach nicht mehr.']);
  });
  it('splits after a closing quote', () => {
    expect(de('„Wir wachsen.“ Das sagte der Chef.')).toEqual(['„Wir wachsen.“', 'Das sagte der Chef.']);
  });
  it('treats blank lines and the headline as boundaries', () => {
    const text = 'Neue Chips für China\nDer Konzern plant viel\n\nMehr folgt';
    expect(de(text, 'Neue Chips für China'.length)).toEqual(['Neue Chips für China', 'Der Konzern plant viel', 'Mehr folgt']);
  });
});

describe('English sentences', () => {
  it('keeps initials, U.S. and Inc. inside the sentence', () => {
    expect(en('Analyst E.F. Hutton of Acme Inc. said U.S. sales rose. They fell later.')).toEqual(['Analyst E.F. Hutton of Acme Inc. said U.S. sales rose.', 'They fell later.']);
  });
  it('joins wrapped wire lines and splits at indented paragraphs', () => {
    const text = 'CHIP ORDERS RISE\n    SAN JOSE, March 6 - Orders rose\nsharply in February.\n    The group said more.';
    expect(en(text, 'CHIP ORDERS RISE'.length)).toEqual(['CHIP ORDERS RISE', 'SAN JOSE, March 6 - Orders rose\nsharply in February.', 'The group said more.']);
  });
  it('reads CRLF line breaks as single breaks, not blank lines', () => {
    const text = 'CHIP ORDERS RISE\r\n    SAN JOSE, March 6 - Orders rose\r\nsharply in February.\r\n\r\nThe group said more.';
    expect(en(text, 'CHIP ORDERS RISE'.length)).toEqual(['CHIP ORDERS RISE', 'SAN JOSE, March 6 - Orders rose\r\nsharply in February.', 'The group said more.']);
  });
  it('numbers paragraphs', () => {
    const s = splitSentences('One. Two.\n\nThree.', englishSentences, null);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});
