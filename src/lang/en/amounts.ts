import type { AmountConfig } from '../../stages/amounts/config.js';

export const englishAmounts: AmountConfig = {
  decimalSeparator: '.',
  groupSeparator: ',',
  units: { percent: 'percent', pct: 'percent', chips: 'chip', users: 'user', employees: 'employee' },
};
