import { describe, expect, it } from 'vitest';
import { aiUncappedInference } from '../../src/rules/builtin/ai-uncapped-inference.js';
import { BASE, findingsOf } from './support.js';

const UNCAPPED = BASE.replace(', monthly_cost_cap: 1000', '');
const BUSY = UNCAPPED.replace('inferences_per_month: 200000', 'inferences_per_month: 2000000');

describe('ai-uncapped-inference', () => {
  it('fires on outside inference above the floor with no cap', () => {
    const [finding] = findingsOf(aiUncappedInference, BUSY);
    expect(finding).toMatchObject({ id: 'ai-uncapped-inference/care-bot', severity: 'medium' });
    expect(finding?.message).toContain('about 4,000 GBP');
    expect(finding?.evidence[0]).toMatchObject({ path: 'intelligence[0].inferences_per_month' });
  });

  it('converts inference prices in another currency', () => {
    const usd = BUSY.replace(
      '  currency: GBP\n',
      '  currency: GBP\n  fx_rates: { USD: 0.5 }\n',
    ).replace('cost_per_1k_inferences: 2.0 }', 'cost_per_1k_inferences: 2.0, currency: USD }');
    expect(findingsOf(aiUncappedInference, usd)[0]?.message).toContain('about 2,000 GBP');
  });

  it('stays quiet with a cap, below the floor, and for in-house inference', () => {
    expect(findingsOf(aiUncappedInference, BASE)).toEqual([]);
    expect(findingsOf(aiUncappedInference, UNCAPPED)).toEqual([]);
    const inHouse = BUSY.replace('runs_on: ai-vendor', 'runs_on: team');
    expect(findingsOf(aiUncappedInference, inHouse)).toEqual([]);
  });
});
