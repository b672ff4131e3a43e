import { describe, expect, it } from 'vitest';
import { capRunwayBelowExitCost } from '../../src/rules/builtin/cap-runway-below-exit-cost.js';
import { BASE, findingsOf } from './support.js';

describe('cap-runway-below-exit-cost', () => {
  it('fires when cash is below the exit fee plus SIM swaps', () => {
    // 500,000 exit fee + 90,000 physical SIMs × 4 + half of 10,000 eSIMs × 5 (default) = 885,000.
    const text = BASE.replace('  cash: 8000000\n', '  cash: 800000\n');
    const [finding] = findingsOf(capRunwayBelowExitCost, text);
    expect(finding).toMatchObject({
      id: 'cap-runway-below-exit-cost/host-group',
      severity: 'high',
    });
    expect(finding?.message).toContain('cash of 800,000 GBP (runway 8.0 months)');
    expect(finding?.message).toContain('885,000 GBP');
    expect(finding?.message).toContain('95,000 SIM swaps');
    expect(finding?.message).toContain('5 GBP a SIM where no swap cost is stated');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'capital.cash',
      'contracts[0].exit_fee',
      'sims[0]',
      'sims[1]',
    ]);
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('is medium for an operator that burns no cash', () => {
    const text = BASE.replace('  cash: 8000000\n', '  cash: 800000\n').replace(
      '  monthly_burn: 100000\n',
      '  monthly_burn: 0\n',
    );
    expect(findingsOf(capRunwayBelowExitCost, text)[0]).toMatchObject({ severity: 'medium' });
  });

  it('derives cash from runway and burn when cash is not stated', () => {
    const text = BASE.replace('  cash: 8000000\n', '  runway_months: 6\n');
    const [finding] = findingsOf(capRunwayBelowExitCost, text);
    expect(finding?.message).toContain('cash of 600,000 GBP');
    expect(finding?.evidence[0]?.path).toBe('capital.runway_months');
  });

  it('stays quiet when cash covers the exit', () => {
    expect(findingsOf(capRunwayBelowExitCost, BASE)).toEqual([]);
  });

  it('stays quiet when the SIMs carry the operator’s own IMSI and there is no exit fee', () => {
    const text = BASE.replace('  cash: 8000000\n', '  cash: 800000\n')
      .replace('    exit_fee: 500000\n', '')
      .replaceAll('imsi_issuers: [host]', 'imsi_issuers: [op]');
    expect(findingsOf(capRunwayBelowExitCost, text)).toEqual([]);
  });
});
