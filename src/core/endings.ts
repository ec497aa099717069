/**
 * A list of word endings, read backwards from a word's end through a tree of
 * the endings' last characters: a word that ends in none of them is turned
 * away after a look-up or two, however many endings the list has.
 */
interface EndingNode {
  /** The node of the character before this one, by UTF-16 unit. */
  readonly before: Map<number, EndingNode>;
  /** A listed ending ends here. */
  complete: boolean;
}

export class Endings {
  private readonly root: EndingNode = { before: new Map(), complete: false };

  constructor(endings: Iterable<string>) {
    for (const ending of endings) {
      let node = this.root;
      for (let i = ending.length - 1; i >= 0; i--) {
        const unit = ending.charCodeAt(i);
        let next = node.before.get(unit);
        if (!next) {
          next = { before: new Map(), complete: false };
          node.before.set(unit, next);
        }
        node = next;
      }
      node.complete = true;
    }
  }

  /** Whether `word` ends in a listed ending with at least `before` characters before it. */
  endsIn(word: string, before = 0): boolean {
    let node: EndingNode | undefined = this.root;
    for (let from = word.length; from >= before; from--) {
      if (node.complete) return true;
      if (from === 0) return false;
      node = node.before.get(word.charCodeAt(from - 1));
      if (!node) return false;
    }
    return false;
  }
}
