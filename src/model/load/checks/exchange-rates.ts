/**
 * Every currency other than the operator's that the model uses needs an exchange rate, or
 * costs in different currencies could not be added up. There is no sensible default rate.
 */

import { field } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

const CURRENCY_SITES: readonly (readonly string[])[] = [
  ['costs', '*', 'currency'],
  ['contracts', '*', 'currency'],
  ['intelligence', '*', 'currency'],
];

export const checkExchangeRates: ModelCheck = (context: CheckContext) => {
  const operator = field(context.root, 'operator');
  const home = field(operator, 'currency');
  const rates = field(operator, 'fx_rates');
  const reported = new Set<string>();
  for (const pattern of CURRENCY_SITES) {
    for (const [path, currency] of select(context.root, pattern)) {
      if (typeof currency !== 'string' || currency === home || field(rates, currency) !== undefined)
        continue;
      if (reported.has(currency)) continue;
      reported.add(currency);
      context.error(path, {
        code: 'missing-exchange-rate',
        message: `amounts in ${currency} cannot be added to ${String(home)} amounts without an exchange rate`,
        expected: `operator.fx_rates.${currency}: the value of one ${currency} in ${String(home)}`,
        found: 'no rate',
        suggestion: `add \`fx_rates: { ${currency}: … }\` under operator`,
      });
    }
  }
};
