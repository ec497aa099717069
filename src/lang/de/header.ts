import type { HeaderConfig } from '../../stages/header.js';

export const germanHeader: HeaderConfig = {
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5,
    juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, dezember: 12, dez: 12,
  },
  bylineLabels: ['Von'],
  dateLabels: ['Veröffentlicht', 'Aktualisiert', 'Zuletzt aktualisiert', 'Stand', 'Erschienen', 'Publiziert', 'Erstellt'],
};
