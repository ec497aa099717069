import { expect } from 'vitest';
import type { Attribution, LanguageCode } from '../../src/types.js';
import { extract } from './extract.js';

/** An attribution with the text of the claim (sentence) it belongs to. */
export type AttributionInSentence = Attribution & { sentence: string };

/** Every attribution of a text, in text order, each with its sentence. */
export async function attributionsOf(text: string, lang: LanguageCode): Promise<AttributionInSentence[]> {
  const doc = await extract(text, lang);
  return doc.claims.flatMap((c) => c.attributions.map((a) => ({ ...a, sentence: c.text })));
}

/** The one attribution of a text; fails the test when there are none or several. */
export async function onlyAttributionOf(text: string, lang: LanguageCode): Promise<AttributionInSentence> {
  const found = await attributionsOf(text, lang);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** A short German text under a headline (headlines carry no attribution), so the text under test is body text. */
export const germanBody = (text: string): string => `Meldung des Tages\n\n${text}`;
