/** The English Locale, assembled from one module per slot. */
import { assembleLocale, type Locale } from '../locale.js';
import { compileEntities } from '../../stages/entities/compiled.js';
import { amountGrammar } from '../../stages/amounts/grammar.js';
import { compileAttributions } from '../../stages/attributions/config.js';
import { englishHeader } from './header.js';
import { englishSentences } from './sentences.js';
import { englishEntities } from './entities.js';
import { englishAmounts } from './amounts.js';
import { englishAttributions } from './attributions/index.js';

export const english: Locale = assembleLocale({
  code: 'en',
  header: englishHeader,
  sentences: englishSentences,
  entities: compileEntities(englishEntities),
  amounts: amountGrammar(englishAmounts),
  attributions: compileAttributions(englishAttributions),
});
