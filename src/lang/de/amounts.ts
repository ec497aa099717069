import type { AmountConfig } from '../../stages/amounts/config.js';

export const germanAmounts: AmountConfig = {
  decimalSeparator: ',',
  groupSeparator: '.',
  units: { prozent: 'percent', chips: 'chip', stück: 'piece', nutzer: 'user', mitarbeiter: 'employee' },
};
