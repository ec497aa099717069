/**
 * A list of word endings, read backwards from a word's end through a tree of
 * the endings' last characters: a word that ends in none of them is turned
 * away after a look-up or two, however many endings the list has.
 */
import { lowerLatin1 } from './chars.js';

interface EndingNode {
  /** The node of the character before this one, by UTF-16 unit. */
  readonly before: Map<number, EndingNode>;
  /** A listed ending ends here. */
  complete: boolean;
}

/** matchLowerCase: the part ends in a listed ending. */
export const ENDS_IN = 1;
/** matchLowerCase: the part is listed. */
export const WHOLE = 2;
/** matchLowerCase: the word holds a character whose lower case is not known here. */
export const CANNOT_TELL = -1;

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

  /**
   * How the lower case of word[from, end) meets the list, read from the
   * word as written without lower-casing it first: ENDS_IN when it ends in a
   * listed ending with at least `before` characters before that (in the
   * part), WHOLE when the part itself is listed. CANNOT_TELL when a
   * character read is neither ASCII nor Latin-1, whose lower case this does
   * not know: the caller lower-cases the word instead.
   */
  matchLowerCase(word: string, from: number, before: number): number {
    let node: EndingNode | undefined = this.root;
    let found = 0;
    for (let at = word.length; ; at--) {
      if (node.complete) {
        if (at - from >= before) found |= ENDS_IN;
        if (at === from) found |= WHOLE;
      }
      if (at === from) return found;
      const unit = word.charCodeAt(at - 1);
      if (unit > 0xff) return CANNOT_TELL;
      node = node.before.get(lowerLatin1(unit));
      if (!node) return found;
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
