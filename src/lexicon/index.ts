import type { LexiconEntry } from '../stages/entities/config.js';
import { chips } from './chips.js';
import { companies } from './companies.js';
import { media } from './media.js';
import { organizations } from './organizations.js';
import { places } from './places.js';

/** Names shared by every language. */
export const sharedLexicon: readonly LexiconEntry[] = [...companies, ...media, ...organizations, ...chips, ...places];
