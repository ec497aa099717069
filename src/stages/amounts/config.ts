/** The amounts slot of a Locale: how numbers, scales, currencies and qualifiers are written. */
export interface AmountConfig {
  /** Decimal separator: "," in German, "." in English. */
  decimalSeparator: ',' | '.';
  /** Digit-group separator: "." in German, "," in English. */
  groupSeparator: '.' | ',';
  /** Unit words after a number, lower-case, to the contract's English singular ("Prozent" → "percent"). */
  units: Readonly<Record<string, string>>;
}
