import { describe, expect, it } from 'vitest';
import { csvField, csvFormatter, csvRow } from '../../src/format/csv.js';
import { plainStyle } from '../../src/format/index.js';
import type { ClaimsDocument } from '../../src/types.js';

describe('csv (RFC 4180)', () => {
  it('quotes fields with commas, quotes, CR or LF and doubles the quotes inside', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('')).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('„Zitat“ ohne Komma')).toBe('„Zitat“ ohne Komma');
  });

  it('ends every row with CRLF', () => {
    expect(csvRow(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });

  it('writes a header, then a row per claim with its figures, entities and aligned sources', () => {
    const text = 'Nvidia, the chipmaker, sold "over 100,000" chips, a spokesperson said.';
    const doc: ClaimsDocument = {
      schemaVersion: 1, source: 'dir/a "b".txt', language: 'en', title: null, published: null, warnings: [],
      entities: [{ id: 'e1', name: 'Nvidia', type: 'company', mentions: [{ text: 'Nvidia', start: 0, end: 6 }], rule: 'r' }],
      claims: [{
        id: 'c1', text, start: 0, end: text.length, entities: ['e1'],
        quantities: [{ text: 'over 100,000', start: 32, end: 44, value: 100000, unit: 'chip', qualifier: 'more_than', rule: 'r' }],
        money: [],
        attributions: [
          { text: 'a spokesperson said', start: 52, end: 71, cue: 'said', stance: 'asserts', inherited: false, rule: 'r',
            source: { text: 'a spokesperson', type: 'spokesperson', count: 1, name: null, organization: 'Nvidia' } },
          { text: 'x', start: 0, end: 1, cue: 'denied', stance: 'denies', inherited: false, rule: 'r',
            source: { text: 'Nvidia', type: 'organization', count: null, name: null, organization: 'Nvidia' } },
        ],
      }],
    };
    const o = { explain: false, style: plainStyle, multiple: true };
    const out = csvFormatter.begin(o) + csvFormatter.document({ text, doc }, 0, o) + csvFormatter.end(1, o);
    expect(out).toBe(
      'source_file,claim,sentence,figures,entities,source_type,source,stance,sourced_in\r\n' +
      `"dir/a ""b"".txt",c1,"Nvidia, the chipmaker, sold ""over 100,000"" chips, a spokesperson said.","over 100,000",Nvidia,` +
      'spokesperson; organization,a spokesperson; Nvidia,asserts; denies,\r\n',
    );
  });
});
