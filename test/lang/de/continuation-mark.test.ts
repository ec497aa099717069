import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/model.js';
import { continuationMark } from '../../../src/lang/de/attributions/continuation.js';
import { tokenize } from '../../../src/stages/attributions/tokens.js';

const sentence = (text: string): Sentence => ({ index: 1, start: 0, end: text.length, text, paragraph: 0, isTitle: false });
const markOf = (text: string) => {
  const s = sentence(text);
  const mark = continuationMark(s, tokenize(s));
  return mark && { word: text.slice(mark.start, mark.end), bridges: mark.bridges };
};

describe('German continuation mark', () => {
  it('a Konjunktiv I bridges a gap only where no speech word stands before or after it', () => {
    expect(markOf('Die Brücke sei seit Jahren marode.')).toEqual({ word: 'sei', bridges: true });
    expect(markOf('Der Prüfer erklärte gestern, die Brücke sei marode.')).toEqual({ word: 'sei', bridges: false });
    expect(markOf('Die Brücke sei marode, erklärte der Prüfer.')).toEqual({ word: 'sei', bridges: false });
  });

  it('reads hearsay only where its modal stands', () => {
    expect(markOf('Der Fahrer soll zu schnell gefahren sein.')).toEqual({ word: 'soll', bridges: false });
    expect(markOf('Der Fahrer ist zu schnell gefahren.')).toBeNull();
  });
});
