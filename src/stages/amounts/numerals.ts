/**
 * Resolving a written number to its value: digits with a locale's separators
 * ("100.000" is 100000 in German, "100,000" in English), stock-price
 * fractions ("1-1/8"), and exact multiplication by scale words.
 */
import type { AmountConfig } from './config.js';

/**
 * The value of a digit run such as "1.034.514", "14,6" or "2.5"; null where the
 * run is no number in this locale (a date "30.09.2024", a version "1.2.3", an
 * English list "1,5").
 */
export function parseDigits(raw: string, config: Pick<AmountConfig, 'decimalSeparator' | 'groupSeparator' | 'foreignDecimal'>): number | null {
  const { decimalSeparator: dec, groupSeparator: grp } = config;
  const decimalAt = raw.indexOf(dec);
  // Plain digits, most numbers: nothing to split.
  if (decimalAt < 0 && raw.indexOf(grp) < 0) return Number(raw);
  if (decimalAt !== raw.lastIndexOf(dec)) return null;
  const whole = decimalAt < 0 ? raw : raw.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : raw.slice(decimalAt + 1);
  if (fraction.includes(grp)) return null;
  const groups = whole.split(grp);
  if (groups.length > 1) {
    const grouped = groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
    if (grouped) return Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
    // "2.5" in German text: a decimal written the English way, never a digit group.
    if (config.foreignDecimal && groups.length === 2 && decimalAt < 0) return Number(`${groups[0]}.${groups[1]}`);
    return null;
  }
  return Number(`${whole}${fraction ? `.${fraction}` : ''}`);
}

/** Multiplies without binary noise: 1.7 × 10^9 is 1700000000, not 1699999999.9999998. */
export function scaleValue(value: number, factor: number): number {
  const product = value * factor;
  // Whole numbers multiply exactly while the product has at most 15 digits: nothing to round (and no string to make).
  if (Number.isInteger(value) && Number.isInteger(factor) && Math.abs(product) < 1e15) return product;
  return Number(product.toPrecision(15));
}

const FRACTION_DENOMINATORS = new Set([2, 4, 8, 16, 32, 64]);

/** A stock-price fraction "1/8" as a number, or null for anything else ("24/7", "2023/24"). */
export function parseFraction(numerator: string, denominator: string): number | null {
  const n = Number(numerator);
  const d = Number(denominator);
  if (!FRACTION_DENOMINATORS.has(d) || n <= 0 || n >= d) return null;
  return n / d;
}
