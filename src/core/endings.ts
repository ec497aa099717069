/**
 * A list of word endings, looked up by length: one set probe per distinct
 * length instead of an `endsWith` per listed ending.
 */
export class Endings {
  private readonly endings: ReadonlySet<string>;
  /** The distinct lengths of the endings, longest first. */
  private readonly lengths: readonly number[];

  constructor(endings: Iterable<string>) {
    this.endings = new Set(endings);
    this.lengths = [...new Set([...this.endings].map((e) => e.length))].sort((a, b) => b - a);
  }

  /** Whether `word` ends in a listed ending with at least `before` characters before it. */
  endsIn(word: string, before = 0): boolean {
    for (const length of this.lengths) {
      if (word.length - length < before) continue;
      if (this.endings.has(word.slice(word.length - length))) return true;
    }
    return false;
  }
}
