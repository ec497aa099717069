import type { LexiconEntry } from '../stages/entities/config.js';

/** Named chips with their makers. */
export const chips: readonly LexiconEntry[] = [
  { name: 'Ascend 910B', type: 'chip', vendor: 'Huawei' },
  { name: 'H20', type: 'chip', vendor: 'Nvidia' },
  { name: 'H100', type: 'chip', vendor: 'Nvidia' },
];
