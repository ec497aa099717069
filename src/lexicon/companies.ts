import type { LexiconEntry } from '../stages/entities/config.js';

/** Companies known by name in any language. */
export const companies: readonly LexiconEntry[] = [
  { name: 'ByteDance', type: 'company' },
  { name: 'TikTok', type: 'company' },
  { name: 'Huawei', type: 'company', aliases: ['Huawei Technologies'] },
  { name: 'Nvidia', type: 'company', aliases: ['NVIDIA', 'Nvidia Corp.'] },
  { name: 'Microsoft', type: 'company' },
];
