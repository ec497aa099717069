import type { AttributionConfig } from '../../stages/attributions/config.js';
import { entityBeforeCue } from '../../stages/attributions/entity-cue.js';

export const englishAttributions: AttributionConfig = {
  rules: [
    entityBeforeCue('en.attribution.entity-cue', [
      { word: 'said', stance: 'asserts' },
      { word: 'says', stance: 'asserts' },
      { word: 'reported', stance: 'asserts' },
      { word: 'denied', stance: 'denies' },
      { word: 'confirmed', stance: 'confirms' },
    ]),
  ],
  refiners: [],
};
