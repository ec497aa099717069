/**
 * A list of word endings, read backwards from a word's end through a tree of
 * the endings' last characters: a word that ends in none of them is turned
 * away after a look-up or two, however many endings the list has.
 */
import { LATIN1_LOWER } from './chars.js';

/** matchLowerCase: the part ends in a listed ending. */
export const ENDS_IN = 1;
/** matchLowerCase: the part is listed. */
export const WHOLE = 2;
/** matchLowerCase: the word holds a character whose lower case is not known here. */
export const CANNOT_TELL = -1;

/** A tree node while the endings are read in: its children by UTF-16 unit. */
interface BuildNode {
  readonly before: Map<number, BuildNode>;
  readonly index: number;
}

/**
 * The tree is kept flat (these are read for nearly every word): node n's child for
 * the unit numbered c is `next[n * width + c]`, 0 for none (node 0 is the root,
 * nobody's child). The units of the endings are numbered 0..width-2; the last
 * column, width-1, stands for every other unit and holds no child.
 */
export class Endings {
  private readonly next: Int32Array;
  private readonly complete: Uint8Array;
  private readonly width: number;
  /** The column of each ASCII or Latin-1 unit as written. */
  private readonly column: Int32Array;
  /** The column of each ASCII or Latin-1 unit's lower case (lower-casing and look-up in one read). */
  private readonly lowerColumn: Int32Array;
  /** The column of each unit above Latin-1 that an ending holds. */
  private readonly wideColumn: Map<number, number>;

  constructor(endings: Iterable<string>) {
    const root: BuildNode = { before: new Map(), index: 0 };
    const nodes: BuildNode[] = [root];
    const complete: number[] = [0];
    const columnOf = new Map<number, number>();
    for (const ending of endings) {
      let node = root;
      for (let i = ending.length - 1; i >= 0; i--) {
        const unit = ending.charCodeAt(i);
        if (!columnOf.has(unit)) columnOf.set(unit, columnOf.size);
        let child = node.before.get(unit);
        if (!child) {
          child = { before: new Map(), index: nodes.length };
          nodes.push(child);
          complete.push(0);
          node.before.set(unit, child);
        }
        node = child;
      }
      complete[node.index] = 1;
    }
    const width = columnOf.size + 1;
    const none = width - 1;
    this.width = width;
    this.next = new Int32Array(nodes.length * width);
    for (const node of nodes) for (const [unit, child] of node.before) this.next[node.index * width + columnOf.get(unit)!] = child.index;
    this.complete = Uint8Array.from(complete);
    this.column = new Int32Array(0x100).fill(none);
    this.lowerColumn = new Int32Array(0x100).fill(none);
    this.wideColumn = new Map();
    for (const [unit, column] of columnOf) {
      if (unit > 0xff) this.wideColumn.set(unit, column);
      else this.column[unit] = column;
    }
    for (let unit = 0; unit < 0x100; unit++) this.lowerColumn[unit] = this.column[LATIN1_LOWER[unit]!]!;
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
    const { next, complete, width, lowerColumn } = this;
    let node = 0;
    let found = 0;
    for (let at = word.length; ; at--) {
      if (complete[node] === 1) {
        if (at - from >= before) found |= ENDS_IN;
        if (at === from) found |= WHOLE;
      }
      if (at === from) return found;
      const unit = word.charCodeAt(at - 1);
      if (unit > 0xff) return CANNOT_TELL;
      node = next[node * width + lowerColumn[unit]!]!;
      if (node === 0) return found;
    }
  }

  /** Whether `word` ends in a listed ending with at least `before` characters before it. */
  endsIn(word: string, before = 0): boolean {
    const { next, complete, width, column } = this;
    let node = 0;
    for (let from = word.length; from >= before; from--) {
      if (complete[node] === 1) return true;
      if (from === 0) return false;
      const unit = word.charCodeAt(from - 1);
      node = next[node * width + (unit <= 0xff ? column[unit]! : this.wideColumn.get(unit) ?? width - 1)]!;
      if (node === 0) return false;
    }
    return false;
  }
}
