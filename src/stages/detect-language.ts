/** Picks the language whose function words are most frequent in the text. */
import type { LanguageCode } from '../types.js';
import type { LanguageProfile } from '../lang/locale.js';
import { CASED, LETTER, classAt, widthAt } from '../core/chars.js';

/** Enough running text to decide; detection stays cheap on huge inputs. */
const SAMPLE_CHARS = 20_000;

/**
 * A lead in function words that settles the language: the count stops there.
 * News text reaches it within the first ~1,000 characters, and once reached
 * the other language does not catch up on the rest of the sample.
 */
export const SETTLING_LEAD = 20;

export function detectLanguage(text: string, profiles: readonly LanguageProfile[], fallback: LanguageCode): LanguageCode {
  const counts = new Array<number>(profiles.length).fill(0);
  const settled = countFunctionWords(text.slice(0, SAMPLE_CHARS), profiles, counts);
  if (settled >= 0) return profiles[settled]!.code;
  let best = fallback;
  let bestCount = 0;
  profiles.forEach((p, k) => {
    if (counts[k]! > bestCount) {
      best = p.code;
      bestCount = counts[k]!;
    }
  });
  return best;
}

/**
 * Counts each profile's function words in the sample into `counts`; stops at
 * the first profile that leads by SETTLING_LEAD and gives its index (-1 when
 * none does). Apart from detectLanguage, so that the loop V8 optimizes while
 * it runs has no code after it that has not run yet.
 */
function countFunctionWords(sample: string, profiles: readonly LanguageProfile[], counts: number[]): number {
  // Lower-casing never shortens a word: a run longer than every function word is none.
  let maxLength = 0;
  for (const p of profiles) for (const word of p.functionWords) maxLength = Math.max(maxLength, word.length);
  // The runs of letters (`/\p{L}+/u`), one character at a time: a match object per word cost more than the look-ups.
  let i = 0;
  while (i < sample.length) {
    const cls = classAt(sample, i);
    if (!(cls & LETTER)) { i += widthAt(sample, i); continue; }
    const start = i;
    let cased = cls & CASED;
    i += widthAt(sample, i);
    while (i < sample.length) {
      const next = classAt(sample, i);
      if (!(next & LETTER)) break;
      cased |= next & CASED;
      i += widthAt(sample, i);
    }
    if (i - start > maxLength) continue;
    const word = cased ? sample.slice(start, i).toLowerCase() : sample.slice(start, i);
    for (let k = 0; k < profiles.length; k++) {
      if (!profiles[k]!.functionWords.has(word)) continue;
      const count = ++counts[k]!;
      if (count >= SETTLING_LEAD && leads(counts, k, count)) return k;
    }
  }
  return -1;
}

/** Whether profile `k`, with `count` function words, leads every other profile by SETTLING_LEAD. */
function leads(counts: readonly number[], k: number, count: number): boolean {
  for (let j = 0; j < counts.length; j++) if (j !== k && count - counts[j]! < SETTLING_LEAD) return false;
  return true;
}
