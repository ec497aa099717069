/** Picks the language whose function words are most frequent in the text. */
import type { LanguageCode } from '../types.js';
import type { LanguageProfile } from '../lang/locale.js';

/** Enough running text to decide; detection stays cheap on huge inputs. */
const SAMPLE_CHARS = 20_000;

export function detectLanguage(text: string, profiles: readonly LanguageProfile[], fallback: LanguageCode): LanguageCode {
  const counts = new Map<LanguageCode, number>(profiles.map((p) => [p.code, 0]));
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
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
