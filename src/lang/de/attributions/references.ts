/**
 * German words for reading descriptions back to who they name: membership
 * words that tie a person to the body named before them, and the kinds of
 * names a generic body noun can stand for.
 */
import type { ReferenceWords } from '../../../stages/attributions/refiners.js';

export const GERMAN_REFERENCE_WORDS: ReferenceWords = {
  membership: ['Leitung', 'Führung', 'Vorsitz', 'Spitze', 'Mitglied', 'Mitglieder'],
  bodyClasses: {
    Behörde: ['amt', 'ministerium', 'agentur', 'polizei', 'anwaltschaft', 'aufsicht', 'kommission', 'verwaltung', 'direktion', 'dienst'],
    Behörden: ['amt', 'ministerium', 'agentur', 'polizei', 'anwaltschaft', 'aufsicht', 'kommission', 'verwaltung', 'direktion', 'dienst'],
    Amt: ['ämter', 'ministerium'],
    Ministerium: ['ressort'],
    Gericht: ['gerichtshof', 'hof'],
    Partei: ['spd', 'cdu', 'csu', 'fdp', 'övp', 'spö', 'fpö', 'afd', 'grüne', 'linke', 'linkspartei', 'neos'],
  },
  companyWords: ['unternehmen', 'konzern', 'firma', 'firmen'],
  newcomerWords: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'viele', 'vielen', 'mehrere', 'mehreren', 'einige', 'einigen',
    'zahlreiche', 'zahlreichen', 'alle', 'allen', 'beide', 'beiden', 'andere', 'anderen', 'weitere', 'weiteren'],
  roleEndings: ['en', 'es', 'n', 's'],
  possessives: ['sein', 'seine', 'seiner', 'seinen', 'seinem', 'seines', 'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'ihres'],
};
