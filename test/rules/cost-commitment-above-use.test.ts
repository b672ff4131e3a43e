import { describe, expect, it } from 'vitest';
import { costCommitmentAboveUse } from '../../src/rules/builtin/cost-commitment-above-use.js';
import { BASE, findingsOf } from './support.js';

/** The platform fee costs 80,000 GBP a month; its contract commits 50,000. */
const OVER = BASE.replace(
  'minimum_commitment_per_month: 50000',
  'minimum_commitment_per_month: 90000',
);

describe('cost-commitment-above-use', () => {
  it('fires when a commitment exceeds the model’s spend with the provider', () => {
    const [finding, ...rest] = findingsOf(costCommitmentAboveUse, OVER);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'cost-commitment-above-use/platform', severity: 'medium' });
    expect(finding?.message).toContain('90,000 GBP');
    expect(finding?.message).toContain('10,000 GBP unused');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'contracts[1].minimum_commitment_per_month',
      'costs[2]',
    ]);
  });

  it('converts a commitment in another currency', () => {
    const text = OVER.replace(
      '  currency: GBP\n',
      '  currency: GBP\n  fx_rates: { USD: 0.8 }\n',
    ).replace(
      '    price_model: per_subscriber\n    unit_prices: { per_subscriber_month: 0.8 }\n',
      '    price_model: per_subscriber\n    unit_prices: { per_subscriber_month: 0.8 }\n    currency: USD\n',
    );
    expect(findingsOf(costCommitmentAboveUse, text)).toEqual([]);
  });

  it('is low when no cost line pays the provider', () => {
    const text = BASE.replace(
      '    price_model: unit\n    unit_prices: { per_1k_inferences: 2.0 }\n',
      '    minimum_commitment_per_month: 1000\n    price_model: unit\n    unit_prices: { per_1k_inferences: 2.0 }\n',
    ).replace(
      '  - { id: ai-inference, name: AI inference, provider: ai-vendor, driver: ai_inference, basis: fixed, monthly_amount: 400 }\n',
      '',
    );
    const [finding] = findingsOf(costCommitmentAboveUse, text);
    expect(finding).toMatchObject({ id: 'cost-commitment-above-use/ai-terms', severity: 'low' });
    expect(finding?.message).toContain('no cost line');
  });

  it('stays quiet when spend covers every commitment', () => {
    expect(findingsOf(costCommitmentAboveUse, BASE)).toEqual([]);
  });
});
