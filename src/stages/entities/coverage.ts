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
    // A loop, not fill: a mention is a few characters, and fill is a call into the runtime.
    const { taken } = this;
    for (let i = start; i < end; i++) taken[i] = 1;
  }

  /** Takes the span if it is free; says whether it did. */
  claim(start: number, end: number): boolean {
    if (!this.isFree(start, end)) return false;
    this.take(start, end);
    return true;
  }
}
