import { describe, expect, it } from 'vitest';
import { costNegativeMargin } from '../../src/rules/builtin/cost-negative-margin.js';
import { BASE, findingsOf } from './support.js';

describe('cost-negative-margin', () => {
  it('fires high when monthly costs exceed revenue', () => {
    // Revenue 800,000 against costs of 825,400.
    const text = BASE.replace('  arpu: 12\n', '  arpu: 8\n');
    const [finding] = findingsOf(costNegativeMargin, text);
    expect(finding).toMatchObject({ id: 'cost-negative-margin/op', severity: 'high' });
    expect(finding?.message).toContain('825,400 GBP exceed revenue of 800,000 GBP');
    expect(finding?.message).toContain('by 25,400 GBP');
    expect(finding?.evidence[0]).toMatchObject({ path: 'operator.arpu' });
    expect(finding?.evidence[2]).toMatchObject({ path: 'costs[0]' });
  });

  it('stays quiet when revenue covers costs', () => {
    expect(findingsOf(costNegativeMargin, BASE)).toEqual([]);
  });
});
