/**
 * The one importer of compromise. Used only for people the rules cannot
 * tell, one sentence at a time (compromise is slow on whole documents).
 */
import nlp from 'compromise';
import type { TaggedName } from '../../stages/entities/config.js';

/** Person names compromise sees in one sentence, as offsets into it. */
export function tagPeople(sentence: string): TaggedName[] {
  const found: TaggedName[] = [];
  const doc = nlp(sentence);
  for (const p of doc.people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
    let start = p.offset.start;
    let end = start + p.offset.length;
    // compromise keeps trailing punctuation and possessives inside the span.
    while (end > start && /[^\p{L}\p{M}.]/u.test(sentence[end - 1]!)) end--;
    if (sentence.slice(end - 2, end) === "'s") end -= 2;
    // Titles and roles ("president Nelson Mandela") are not part of the name.
    while (start < end && /[^\p{Lu}]/u.test(sentence[start]!)) {
      const space = sentence.indexOf(' ', start);
      start = space < 0 || space >= end ? end : space + 1;
    }
    if (end > start) found.push({ start, end });
  }
  return found;
}
