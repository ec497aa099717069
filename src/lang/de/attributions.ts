import type { AttributionConfig } from '../../stages/attributions/config.js';
import { entityBeforeCue } from '../../stages/attributions/entity-cue.js';

export const germanAttributions: AttributionConfig = {
  rules: [
    entityBeforeCue('de.attribution.entity-cue', [
      { word: 'sagte', stance: 'asserts' },
      { word: 'berichtete', stance: 'asserts' },
      { word: 'bestritt', stance: 'denies' },
      { word: 'bestätigte', stance: 'confirms' },
    ]),
  ],
  refiners: [],
};
