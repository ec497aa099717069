/** Picks the language whose function words are most frequent in the text. */
import type { LanguageCode } from '../types.js';
import type { LanguageProfile } from '../lang/locale.js';
import { LETTER, classAt, widthAt } from '../core/chars.js';

/** Enough running text to decide; detection stays cheap on huge inputs. */
const SAMPLE_CHARS = 20_000;

export function detectLanguage(text: string, profiles: readonly LanguageProfile[], fallback: LanguageCode): LanguageCode {
  const counts = new Map<LanguageCode, number>(profiles.map((p) => [p.code, 0]));
  // The runs of letters (`/\p{L}+/u`), one character at a time: a match object per word cost more than the look-ups.
  const sample = text.slice(0, SAMPLE_CHARS);
  let i = 0;
  while (i < sample.length) {
    if (!(classAt(sample, i) & LETTER)) { i += widthAt(sample, i); continue; }
    const start = i;
    do i += widthAt(sample, i); while (i < sample.length && classAt(sample, i) & LETTER);
    const word = sample.slice(start, i).toLowerCase();
    for (const p of profiles) if (p.functionWords.has(word)) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
