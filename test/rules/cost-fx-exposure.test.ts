import { describe, expect, it } from 'vitest';
import { costFxExposure } from '../../src/rules/builtin/cost-fx-exposure.js';
import { BASE, findingsOf } from './support.js';

const WITH_RATES = BASE.replace('  currency: GBP\n', '  currency: GBP\n  fx_rates: { USD: 0.8 }\n');

describe('cost-fx-exposure', () => {
  it('fires when more than a fifth of cost is paid in another currency', () => {
    // Staff paid in USD: 200,000 GBP of 775,400.
    const text = WITH_RATES.replace(
      'basis: fixed, monthly_amount: 250000 }',
      'basis: fixed, monthly_amount: 250000, currency: USD }',
    );
    const [finding] = findingsOf(costFxExposure, text);
    expect(finding).toMatchObject({ id: 'cost-fx-exposure/op', severity: 'medium' });
    expect(finding?.message).toContain('200,000 GBP of 775,400 GBP');
    expect(finding?.message).toContain('USD 25.8% (staff)');
    expect(finding?.evidence[0]).toMatchObject({ path: 'costs[5].currency' });
  });

  it('stays quiet when the foreign share is small', () => {
    const text = WITH_RATES.replace(
      'basis: per_subscriber, per_subscriber_month: 0.2 }',
      'basis: per_subscriber, per_subscriber_month: 0.2, currency: USD }',
    );
    expect(findingsOf(costFxExposure, text)).toEqual([]);
    expect(findingsOf(costFxExposure, BASE)).toEqual([]);
  });
});
