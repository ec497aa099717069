import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/stages/sentences.js';
import { englishSentences } from '../../../src/lang/en/sentences.js';

const sentences = (text: string): string[] => splitSentences(text, englishSentences, null).map((s) => s.text);

describe('English sentences', () => {
  it('a dotted acronym ends its sentence before a pronoun or an article', () => {
    expect(sentences('The chain opened 40 stores in the U.S. He says more will follow. The U.K. The market is small.')).toEqual([
      'The chain opened 40 stores in the U.S.', 'He says more will follow.', 'The U.K.', 'The market is small.',
    ]);
  });

  it('a dotted acronym inside a name, and an initial, stay in their sentence', () => {
    expect(sentences('The U.S. Treasury sold bonds. Ask E. Smith about the deal.')).toEqual([
      'The U.S. Treasury sold bonds.', 'Ask E. Smith about the deal.',
    ]);
  });
});
