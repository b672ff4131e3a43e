import { describe, expect, it } from 'vitest';
import { conFixedUnitPrices } from '../../src/rules/builtin/con-fixed-unit-prices.js';
import { BASE, findingsOf } from './support.js';

/** The 48-month platform contract with its per-subscriber price fixed. */
const FIXED = BASE.replace(
  '    unit_prices: { per_subscriber_month: 0.8 }\n    price_review: annual_review\n',
  '    unit_prices: { per_subscriber_month: 0.8 }\n    price_review: fixed\n',
);

describe('con-fixed-unit-prices', () => {
  it('fires on unit prices fixed for more than 24 months', () => {
    const [finding] = findingsOf(conFixedUnitPrices, FIXED);
    expect(finding).toMatchObject({
      id: 'con-fixed-unit-prices/platform',
      severity: 'medium',
      message:
        'contract platform with enabler fixes per_subscriber_month for a 48-month term with no price review',
    });
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'contracts[1].price_review',
      'contracts[1].unit_prices',
      'contracts[1].term_months',
    ]);
  });

  it('takes "an" before a term said with a vowel sound', () => {
    const [finding] = findingsOf(
      conFixedUnitPrices,
      FIXED.replace('term_months: 48', 'term_months: 80'),
    );
    expect(finding?.message).toContain('for an 80-month term with no price review');
  });

  it('stays quiet on a term of 24 months or less', () => {
    expect(
      findingsOf(conFixedUnitPrices, FIXED.replace('term_months: 48', 'term_months: 24')),
    ).toEqual([]);
  });

  it('stays quiet when only a monthly fee is fixed, or prices are reviewed', () => {
    expect(findingsOf(conFixedUnitPrices, BASE)).toEqual([]);
    const fee = FIXED.replace('{ per_subscriber_month: 0.8 }', '{ monthly_fee: 80000 }');
    expect(findingsOf(conFixedUnitPrices, fee)).toEqual([]);
  });
});
