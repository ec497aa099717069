import type { EntityConfig } from '../../stages/entities/config.js';
import { sharedLexicon } from '../../lexicon/index.js';

export const germanEntities: EntityConfig = {
  lexicon: [...sharedLexicon],
};
