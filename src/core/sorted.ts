/**
 * Look-ups in lists ordered by start offset, so that a document-level pass
 * asks about the items near a position without walking the whole list (a
 * walk per item is quadratic in a long text).
 */

/** The index of the first item whose start is at or after `at` (the list's length when none is). */
export function firstStartingAt(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items starting in [from, to), in list order. */
export function* startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): Generator<T> {
  for (let i = firstStartingAt(items, from); i < items.length && items[i]!.start < to; i++) yield items[i]!;
}

/**
 * For each prefix of a list ordered by start, the last item that `keep`
 * accepts: `before(at)` answers "the last such item starting before `at`" in
 * logarithmic time.
 */
export function lastBefore<T extends { start: number }>(items: readonly T[], keep: (item: T) => boolean): (at: number) => T | null {
  const last: Array<T | null> = [];
  let current: T | null = null;
  for (const item of items) {
    if (keep(item)) current = item;
    last.push(current);
  }
  return (at) => {
    const n = firstStartingAt(items, at);
    return n > 0 ? last[n - 1]! : null;
  };
}
