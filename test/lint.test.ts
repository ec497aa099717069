/**
 * The lint rules on articles of our own, built by hand so that each test
 * depends on the rule and not on today's extraction.
 */
import { describe, expect, it } from 'vitest';
import { LINT_RULE_IDS, lintDocument, type LintConfig } from '../src/lint/index.js';
import { unsourcedFigure } from '../src/lint/unsourced-figure.js';
import { anonymousOnly } from '../src/lint/anonymous-only.js';
import { singleSource } from '../src/lint/single-source.js';
import { denialMissing } from '../src/lint/denial-missing.js';
import { LineIndex } from '../src/lint/position.js';
import { DocumentBuilder } from './helpers/build-document.js';

const ALL_WARNINGS: LintConfig = { disabled: new Set(), errors: new Set() };

describe('unsourced-figure', () => {
  const text = [
    'Werk in Dresden wird größer',
    '',
    'Infineon will in Dresden 1.000 neue Stellen schaffen, sagte ein Sprecher des Konzerns.',
    'Die Fabrik soll 5 Milliarden Euro kosten.',
    'Die Stadt rechnet mit weiteren 500 Stellen bei Zulieferern, teilte das Rathaus mit.',
  ].join('\n');
  const build = (): DocumentBuilder => new DocumentBuilder(text, 'de')
    .entity('Infineon', 'company')
    .claim('Infineon will in Dresden 1.000 neue Stellen schaffen, sagte ein Sprecher des Konzerns.', (c) => c
      .quantity('1.000 neue Stellen', 1000, 'job')
      .attribution({ phrase: 'sagte ein Sprecher des Konzerns', source: 'ein Sprecher des Konzerns', type: 'spokesperson', cue: 'sagte', count: 1, organization: 'Infineon' }))
    .claim('Die Fabrik soll 5 Milliarden Euro kosten.', (c) => c.money('5 Milliarden Euro', 5e9, 'EUR'));

  it('flags the one figure without a source in an article that attributes its figures', () => {
    const doc = build()
      .claim('Die Stadt rechnet mit weiteren 500 Stellen bei Zulieferern, teilte das Rathaus mit.', (c) => c
        .quantity('500 Stellen', 500, 'job')
        .attribution({ phrase: 'teilte das Rathaus mit', source: 'das Rathaus', type: 'organization', cue: 'teilte mit' }))
      .build();
    const findings = unsourcedFigure.check(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('figure “5 Milliarden Euro” has no source, while all 2 other figure sentences in the article are attributed');
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('5 Milliarden Euro');
    expect(findings[0]!.sentence.text).toBe('Die Fabrik soll 5 Milliarden Euro kosten.');
  });

  it('says nothing when the article attributes none of its figures (a different kind of text)', () => {
    const doc = new DocumentBuilder(text, 'de')
      .claim('Die Fabrik soll 5 Milliarden Euro kosten.', (c) => c.money('5 Milliarden Euro', 5e9, 'EUR'))
      .build();
    expect(unsourcedFigure.check(doc)).toEqual([]);
  });

  it('says nothing where most figures have no source: a results table, not an exception', () => {
    const results = 'Wahl in Graz\n\nDie Grünen kamen auf 28 Prozent, teilte die Stadt mit.\nDie KPÖ erreichte 29 Prozent.\nDie ÖVP fiel auf 26 Prozent.\n';
    const doc = new DocumentBuilder(results, 'de')
      .claim('Die Grünen kamen auf 28 Prozent, teilte die Stadt mit.', (c) => c
        .quantity('28 Prozent', 28, 'percent')
        .attribution({ phrase: 'teilte die Stadt mit', source: 'die Stadt', type: 'organization', cue: 'teilte mit' }))
      .claim('Die KPÖ erreichte 29 Prozent.', (c) => c.quantity('29 Prozent', 29, 'percent'))
      .claim('Die ÖVP fiel auf 26 Prozent.', (c) => c.quantity('26 Prozent', 26, 'percent'))
      .build();
    expect(unsourcedFigure.check(doc)).toEqual([]);
  });

  it('leaves the headline alone: headlines carry figures without sources', () => {
    const headline = 'Nvidia sells 10,000 chips\n\nNvidia sold 10,000 chips to Baidu, the company said.\n';
    const doc = new DocumentBuilder(headline, 'en')
      .claim('Nvidia sells 10,000 chips', (c) => c.quantity('10,000 chips', 10000, 'chip'))
      .claim('Nvidia sold 10,000 chips to Baidu, the company said.', (c) => c
        .quantity('10,000 chips', 10000, 'chip')
        .attribution({ phrase: 'the company said', source: 'the company', type: 'organization', cue: 'said', organization: 'Nvidia' }))
      .build();
    expect(unsourcedFigure.check(doc)).toEqual([]);
  });
});

describe('anonymous-only', () => {
  const text = [
    'Talks over chip plant stall',
    '',
    'Talks between Intel and the Polish government have stalled, three people familiar with the matter said.',
    'The plant would employ 2,000 people, one of them added, according to a planning document seen by this newspaper.',
  ].join('\n');

  it('flags a claim that only anonymous sources carry, naming them', () => {
    const doc = new DocumentBuilder(text, 'en')
      .entity('Intel', 'company')
      .claim('Talks between Intel and the Polish government have stalled, three people familiar with the matter said.', (c) => c
        .attribution({ phrase: 'three people familiar with the matter said', source: 'three people familiar with the matter', type: 'anonymous', count: 3, cue: 'said' }))
      .build();
    const [finding, ...rest] = anonymousOnly.check(doc);
    expect(rest).toEqual([]);
    expect(finding!.message).toBe('claim rests only on anonymous sources: “three people familiar with the matter”');
    expect(text.slice(finding!.start, finding!.end)).toBe('three people familiar with the matter said');
  });

  it('does not flag a claim that a document also carries', () => {
    const doc = new DocumentBuilder(text, 'en')
      .claim('The plant would employ 2,000 people, one of them added, according to a planning document seen by this newspaper.', (c) => c
        .quantity('2,000 people', 2000, 'person')
        .attribution({ phrase: 'one of them added', source: 'one of them', type: 'anonymous', count: 1, cue: 'added' })
        .attribution({ phrase: 'according to a planning document', source: 'a planning document', type: 'document', cue: 'according to' }))
      .build();
    expect(anonymousOnly.check(doc)).toEqual([]);
  });

  it('flags a German claim resting on Insider and Kreise, inherited by the next sentence', () => {
    const de = 'Übernahme geplant\n\nSiemens will den Softwareanbieter kaufen, wie Insider berichten. Der Preis liege bei rund 2 Milliarden Euro.\n';
    const doc = new DocumentBuilder(de, 'de')
      .entity('Siemens', 'company')
      .claim('Siemens will den Softwareanbieter kaufen, wie Insider berichten.', (c) => c
        .attribution({ phrase: 'wie Insider berichten', source: 'Insider', type: 'anonymous', cue: 'berichten' }))
      .claim('Der Preis liege bei rund 2 Milliarden Euro.', (c) => c
        .money('rund 2 Milliarden Euro', 2e9, 'EUR', 'about')
        .attribution({ phrase: 'wie Insider berichten', source: 'Insider', type: 'anonymous', cue: 'berichten', inherited: true }))
      .build();
    const findings = anonymousOnly.check(doc);
    expect(findings.map((f) => f.sentence.text)).toEqual([
      'Siemens will den Softwareanbieter kaufen, wie Insider berichten.',
      'Der Preis liege bei rund 2 Milliarden Euro.',
    ]);
    // The inherited source lies in the sentence before: the finding points at its own sentence.
    expect(de.slice(findings[1]!.start, findings[1]!.end)).toBe('Der Preis liege bei rund 2 Milliarden Euro.');
  });
});

describe('single-source', () => {
  const text = [
    'Chipfabrik: Bericht über Verzögerung',
    '',
    'Die neue Fabrik von TSMC in Arizona liegt ein Jahr hinter dem Plan, berichtet ein Zulieferer.',
    'Die Kosten seien um 4 Milliarden US-Dollar gestiegen.',
    'TSMC wies den Bericht zurück.',
  ].join('\n');
  const base = (): DocumentBuilder => new DocumentBuilder(text, 'de')
    .entity('TSMC', 'company')
    .claim('Die neue Fabrik von TSMC in Arizona liegt ein Jahr hinter dem Plan, berichtet ein Zulieferer.', (c) => c
      .attribution({ phrase: 'berichtet ein Zulieferer', source: 'ein Zulieferer', type: 'person', count: 1, cue: 'berichtet' }))
    .claim('Die Kosten seien um 4 Milliarden US-Dollar gestiegen.', (c) => c
      .money('4 Milliarden US-Dollar', 4e9, 'USD')
      .attribution({ phrase: 'berichtet ein Zulieferer', source: 'ein Zulieferer', type: 'person', count: 1, cue: 'berichtet', inherited: true }));
  const denial = (b: DocumentBuilder): DocumentBuilder => b.claim('TSMC wies den Bericht zurück.', (c) => c
    .attribution({ phrase: 'TSMC wies den Bericht zurück', source: 'TSMC', type: 'organization', organization: 'TSMC', cue: 'wies zurück', stance: 'denies' }));

  it('flags a denied story that rests on one supplier', () => {
    const findings = singleSource.check(denial(base()).build());
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('the contested claims rest on one source, “ein Zulieferer”, against the denial of “TSMC”');
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('berichtet ein Zulieferer');
  });

  it('says nothing when nobody denies', () => {
    expect(singleSource.check(base().build())).toEqual([]);
  });

  it('says nothing when a second source confirms', () => {
    const withConfirmation = 'Chipfabrik: Bericht über Verzögerung\n\nEin Jahr Verzug, berichtet ein Zulieferer. Das bestätigte ein Mitarbeiter der Baufirma. TSMC wies den Bericht zurück.\n';
    const doc = new DocumentBuilder(withConfirmation, 'de')
      .entity('TSMC', 'company')
      .claim('Ein Jahr Verzug, berichtet ein Zulieferer.', (c) => c
        .attribution({ phrase: 'berichtet ein Zulieferer', source: 'ein Zulieferer', type: 'person', count: 1, cue: 'berichtet' }))
      .claim('Das bestätigte ein Mitarbeiter der Baufirma.', (c) => c
        .attribution({ phrase: 'Das bestätigte ein Mitarbeiter der Baufirma', source: 'ein Mitarbeiter der Baufirma', type: 'person', count: 1, cue: 'bestätigte', stance: 'confirms' }))
      .claim('TSMC wies den Bericht zurück.', (c) => c
        .attribution({ phrase: 'TSMC wies den Bericht zurück', source: 'TSMC', type: 'organization', organization: 'TSMC', cue: 'wies zurück', stance: 'denies' }))
      .build();
    expect(singleSource.check(doc)).toEqual([]);
  });

  it('does not count the denier speaking again, under a longer name, as support', () => {
    const en = 'Micron delay\n\nMicron will delay its plant, a supplier said. Micron Technology denied the report. The company said it was hiring, spokesperson Ana Ruiz said.\n';
    const doc = new DocumentBuilder(en, 'en')
      .entity('Micron', 'company', ['Micron', 'Micron Technology'])
      .claim('Micron will delay its plant, a supplier said.', (c) => c
        .attribution({ phrase: 'a supplier said', source: 'a supplier', type: 'person', count: 1, cue: 'said' }))
      .claim('Micron Technology denied the report.', (c) => c
        .attribution({ phrase: 'Micron Technology denied', source: 'Micron Technology', type: 'organization', organization: 'Micron Technology', cue: 'denied', stance: 'denies' }))
      .claim('The company said it was hiring, spokesperson Ana Ruiz said.', (c) => c
        .attribution({ phrase: 'spokesperson Ana Ruiz said', source: 'spokesperson Ana Ruiz', type: 'spokesperson', count: 1, name: 'Ana Ruiz', organization: 'Micron', cue: 'said' }))
      .build();
    expect(singleSource.check(doc).map((f) => f.message)).toEqual(['the contested claims rest on one source, “a supplier”, against the denial of “Micron Technology”']);
  });

  it('counts several unnamed people as several sources', () => {
    const en = 'Layoffs at Micron\n\nMicron plans to cut 1,500 jobs, two employees said. Micron denied the plans.\n';
    const doc = new DocumentBuilder(en, 'en')
      .entity('Micron', 'company')
      .claim('Micron plans to cut 1,500 jobs, two employees said.', (c) => c
        .quantity('1,500 jobs', 1500, 'job')
        .attribution({ phrase: 'two employees said', source: 'two employees', type: 'anonymous', count: 2, cue: 'said' }))
      .claim('Micron denied the plans.', (c) => c
        .attribution({ phrase: 'Micron denied', source: 'Micron', type: 'organization', organization: 'Micron', cue: 'denied', stance: 'denies' }))
      .build();
    expect(singleSource.check(doc)).toEqual([]);
  });
});

describe('denial-missing', () => {
  const text = [
    'Samsung in talks with Nvidia',
    '',
    'Samsung is close to a deal to supply memory chips to Nvidia, Bloomberg reported.',
    'Nvidia declined to comment.',
  ].join('\n');
  const reported = (b: DocumentBuilder): DocumentBuilder => b
    .claim('Samsung is close to a deal to supply memory chips to Nvidia, Bloomberg reported.', (c) => c
      .attribution({ phrase: 'Bloomberg reported', source: 'Bloomberg', type: 'media', organization: 'Bloomberg', cue: 'reported' }));

  it('flags the company that is never asked, not the one that declined', () => {
    const doc = reported(new DocumentBuilder(text, 'en').entity('Samsung', 'company').entity('Nvidia', 'company').entity('Bloomberg', 'media'))
      .claim('Nvidia declined to comment.', (c) => c
        .attribution({ phrase: 'Nvidia declined to comment', source: 'Nvidia', type: 'organization', organization: 'Nvidia', cue: 'declined to comment', stance: 'declines' }))
      .build();
    const findings = denialMissing.check(doc);
    expect(findings.map((f) => f.message)).toEqual([
      'Samsung is the subject of a claim by “Bloomberg” but never answers in the article (no response, denial or confirmation)',
    ]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('Samsung');
  });

  it('takes the party named first as the claim\'s subject, not every party it names', () => {
    const en = 'Orders\n\nAnalysts said the investment would help Samsung win orders from Nvidia and AMD.\nSamsung did not respond to a request for comment.\n';
    const doc = new DocumentBuilder(en, 'en')
      .entity('Samsung', 'company').entity('Nvidia', 'company').entity('AMD', 'company')
      .claim('Analysts said the investment would help Samsung win orders from Nvidia and AMD.', (c) => c
        .attribution({ phrase: 'Analysts said', source: 'Analysts', type: 'anonymous', cue: 'said' }))
      .claim('Samsung did not respond to a request for comment.', (c) => c
        .attribution({ phrase: 'Samsung did not respond to a request for comment', source: 'Samsung', type: 'organization', organization: 'Samsung', cue: 'did not respond', stance: 'declines' }))
      .build();
    expect(denialMissing.check(doc)).toEqual([]);
  });

  it('counts a spokesperson whose source phrase names the company as its answer', () => {
    const de = 'Bosch und der Chipmangel\n\nBosch muss die Produktion drosseln, berichtet das Handelsblatt. Ein Bosch-Sprecher bestätigte das.\n';
    const doc = new DocumentBuilder(de, 'de')
      .entity('Bosch', 'company')
      .entity('Handelsblatt', 'media')
      .claim('Bosch muss die Produktion drosseln, berichtet das Handelsblatt.', (c) => c
        .attribution({ phrase: 'berichtet das Handelsblatt', source: 'das Handelsblatt', type: 'media', organization: 'Handelsblatt', cue: 'berichtet' }))
      .claim('Ein Bosch-Sprecher bestätigte das.', (c) => c
        .attribution({ phrase: 'Ein Bosch-Sprecher bestätigte', source: 'Ein Bosch-Sprecher', type: 'spokesperson', count: 1, cue: 'bestätigte', stance: 'confirms' }))
      .build();
    expect(denialMissing.check(doc)).toEqual([]);
  });

  it('does not treat a company named inside an anonymous source phrase as the subject', () => {
    const en = 'Chip orders\n\nOrders are up 20 percent, a person close to Samsung said.\n';
    const doc = new DocumentBuilder(en, 'en')
      .entity('Samsung', 'company')
      .claim('Orders are up 20 percent, a person close to Samsung said.', (c) => c
        .quantity('20 percent', 20, 'percent')
        .attribution({ phrase: 'a person close to Samsung said', source: 'a person close to Samsung', type: 'anonymous', count: 1, cue: 'said' }))
      .build();
    expect(denialMissing.check(doc)).toEqual([]);
  });
});

describe('lintDocument', () => {
  const text = 'Werk\n\nÜber 300 Stellen fallen weg, sagen Insider.\nDie Fabrik kostet 2 Mrd. Euro.\n';
  const doc = new DocumentBuilder(text, 'de', 'drafts/werk.txt')
    .claim('Über 300 Stellen fallen weg, sagen Insider.', (c) => c
      .quantity('Über 300 Stellen', 300, 'job', 'more_than')
      .attribution({ phrase: 'sagen Insider', source: 'Insider', type: 'anonymous', cue: 'sagen' }))
    .claim('Die Fabrik kostet 2 Mrd. Euro.', (c) => c.money('2 Mrd. Euro', 2e9, 'EUR'))
    .build();

  it('places findings at 1-based lines and columns, in text order, with the sentence', () => {
    expect(lintDocument(doc, text, ALL_WARNINGS).map((f) => [f.rule, f.severity, f.line, f.column, f.endColumn, f.sentence])).toEqual([
      ['anonymous-only', 'warning', 3, 30, 43, 'Über 300 Stellen fallen weg, sagen Insider.'],
      ['unsourced-figure', 'warning', 4, 19, 30, 'Die Fabrik kostet 2 Mrd. Euro.'],
    ]);
  });

  it('skips disabled rules and reports --error rules as errors', () => {
    const findings = lintDocument(doc, text, { disabled: new Set(['anonymous-only']), errors: new Set(['unsourced-figure']) });
    expect(findings.map((f) => [f.rule, f.severity, f.file])).toEqual([['unsourced-figure', 'error', 'drafts/werk.txt']]);
  });

  it('has the four rules of the issue, each with an id', () => {
    expect(LINT_RULE_IDS).toEqual(['unsourced-figure', 'anonymous-only', 'single-source', 'denial-missing']);
  });
});

describe('LineIndex', () => {
  it('counts columns in characters, so an umlaut or emoji is one column', () => {
    const text = 'erste Zeile\nÄrger 🙂 über 5 Chips\r\ndritte';
    const lines = new LineIndex(text);
    expect(lines.positionOf(0)).toEqual({ line: 1, column: 1 });
    expect(lines.positionOf(text.indexOf('über'))).toEqual({ line: 2, column: 9 });
    expect(lines.positionOf(text.indexOf('dritte'))).toEqual({ line: 3, column: 1 });
  });
});
