/**
 * Quantities and money. A first, deliberately small number grammar: digits
 * with the locale's separators and a unit word after them.
 */
import type { DocumentContext } from '../../core/model.js';
import type { Money, Quantity } from '../../types.js';
import { escapeRegExp, WORD_END } from '../../core/patterns.js';

export interface AmountResult {
  quantities: Quantity[];
  money: Money[];
}

export function findAmounts(doc: DocumentContext): AmountResult {
  const { decimalSeparator, groupSeparator, units } = doc.locale.amounts;
  const dec = escapeRegExp(decimalSeparator);
  const grp = escapeRegExp(groupSeparator);
  const unitWords = Object.keys(units).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}(?:${grp}\\d{3})+|\\d+)(?:${dec}(\\d+))?\\s*(${unitWords})${WORD_END}`, 'giu');
  const quantities: Quantity[] = [];
  for (const m of doc.text.matchAll(re)) {
    const value = Number(`${m[1]!.split(groupSeparator).join('')}${m[2] ? `.${m[2]}` : ''}`);
    quantities.push({
      text: m[0], start: m.index, end: m.index + m[0].length, value,
      unit: units[m[3]!.toLowerCase()] ?? m[3]!.toLowerCase(), qualifier: null, rule: 'amount.number-unit',
    });
  }
  return { quantities, money: [] };
}
