/** Which characters of the text already belong to a mention: first come, first kept. */
export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }

  /** Takes the span if it is free; says whether it did. */
  claim(start: number, end: number): boolean {
    if (!this.isFree(start, end)) return false;
    this.take(start, end);
    return true;
  }
}
