/** The German Locale, assembled from one module per slot. */
import { assembleLocale, type Locale } from '../locale.js';
import { compileEntities } from '../../stages/entities/compiled.js';
import { amountGrammar } from '../../stages/amounts/grammar.js';
import { compileAttributions } from '../../stages/attributions/config.js';
import { germanHeader } from './header.js';
import { germanSentences } from './sentences.js';
import { germanEntities } from './entities.js';
import { germanAmounts } from './amounts.js';
import { germanAttributions } from './attributions/index.js';

export const german: Locale = assembleLocale({
  code: 'de',
  header: germanHeader,
  sentences: germanSentences,
  entities: compileEntities(germanEntities),
  amounts: amountGrammar(germanAmounts),
  attributions: compileAttributions(germanAttributions),
});
