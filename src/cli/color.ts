/**
 * The color level for human-readable output: --color/--no-color first, then
 * NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal. chalk 5 reads
 * none of this by itself once given a level, so the decision is made here.
 */
export type ColorLevel = 0 | 1 | 2 | 3;

export function resolveColorLevel(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): ColorLevel {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '' && flag !== true) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && flag !== true) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (flag === true) return env.COLORTERM === 'truecolor' ? 3 : 2;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 2;
}
