import type { AttributionConfig } from '../../stages/attributions/config.js';

export const englishAttributions: AttributionConfig = {
  cues: [
    { word: 'said', stance: 'asserts' },
    { word: 'says', stance: 'asserts' },
    { word: 'reported', stance: 'asserts' },
    { word: 'denied', stance: 'denies' },
    { word: 'confirmed', stance: 'confirms' },
  ],
};
