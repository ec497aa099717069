import type { LanguageProfile } from '../locale.js';

export const englishProfile: LanguageProfile = {
  code: 'en',
  functionWords: new Set(['the', 'and', 'of', 'to', 'is', 'was', 'in', 'that', 'for', 'it', 'with', 'as', 'on', 'be', 'at', 'by', 'this', 'have', 'from', 'are', 'has', 'had', 'were', 'said', 'its', 'which', 'would', 'will', 'not', 'but', 'an', 'they', 'their', 'he', 'she', 'says']),
};
