import type { LexiconEntry } from '../stages/entities/config.js';

/** News outlets and agencies. */
export const media: readonly LexiconEntry[] = [
  { name: 'Reuters', type: 'media', aliases: ['Reuter'] },
  { name: 'Bloomberg', type: 'media' },
];
