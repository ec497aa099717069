/**
 * A list of word endings, looked up by length: one set probe per distinct
 * length instead of an `endsWith` per listed ending, and that only where the
 * word has a character there that an ending of the length begins with.
 */
export class Endings {
  private readonly endings: ReadonlySet<string>;
  /** The distinct lengths of the endings, longest first. */
  private readonly lengths: readonly number[];
  /** For each of these lengths, the first UTF-16 units of its endings. */
  private readonly firstUnits: ReadonlyArray<ReadonlySet<number>>;

  constructor(endings: Iterable<string>) {
    this.endings = new Set(endings);
    this.lengths = [...new Set([...this.endings].map((e) => e.length))].sort((a, b) => b - a);
    this.firstUnits = this.lengths.map((length) => new Set([...this.endings].filter((e) => e.length === length).map((e) => e.charCodeAt(0))));
  }

  /** Whether `word` ends in a listed ending with at least `before` characters before it. */
  endsIn(word: string, before = 0): boolean {
    for (let k = 0; k < this.lengths.length; k++) {
      const length = this.lengths[k]!;
      const from = word.length - length;
      if (from < before || (length > 0 && !this.firstUnits[k]!.has(word.charCodeAt(from)))) continue;
      if (this.endings.has(word.slice(from))) return true;
    }
    return false;
  }
}
