import type { AttributionConfig } from '../../stages/attributions/config.js';

export const germanAttributions: AttributionConfig = {
  cues: [
    { word: 'sagte', stance: 'asserts' },
    { word: 'berichtete', stance: 'asserts' },
    { word: 'bestritt', stance: 'denies' },
    { word: 'bestätigte', stance: 'confirms' },
  ],
};
