/** The English Locale, assembled from one module per slot. */
import type { Locale } from '../locale.js';
import { englishHeader } from './header.js';
import { englishSentences } from './sentences.js';
import { englishEntities } from './entities.js';
import { englishAmounts } from './amounts.js';
import { englishAttributions } from './attributions/index.js';

export const english: Locale = {
  code: 'en',
  header: englishHeader,
  sentences: englishSentences,
  entities: englishEntities,
  amounts: englishAmounts,
  attributions: englishAttributions,
};
