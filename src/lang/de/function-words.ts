import type { LanguageProfile } from '../locale.js';

export const germanProfile: LanguageProfile = {
  code: 'de',
  functionWords: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'auf', 'für', 'sich', 'auch', 'wird', 'werden', 'hat', 'haben', 'sei', 'sind', 'wie', 'noch', 'nach', 'bei', 'aus', 'zu', 'im', 'dass', 'oder', 'aber', 'über', 'zum', 'zur', 'sagte', 'laut']),
};
