import { describe, expect, it } from 'vitest';
import { capRunwayBelowExitCost } from '../../src/rules/builtin/cap-runway-below-exit-cost.js';
import { BASE, findingsOf } from './support.js';

describe('cap-runway-below-exit-cost', () => {
  it('fires when cash is below the break cost plus SIM swaps', () => {
    // Notice today (6 months) ends the contract 2027-05-01, inside its first renewal (to
    // 2028-01-01), which runs on the contract's 500,000 exit fee. Plus 90,000 physical SIMs × 4
    // and half of 10,000 eSIMs × 5 (default): 885,000.
    const text = BASE.replace('  cash: 8000000\n', '  cash: 800000\n');
    const [finding] = findingsOf(capRunwayBelowExitCost, text);
    expect(finding).toMatchObject({
      id: 'cap-runway-below-exit-cost/host-group',
      severity: 'high',
    });
    expect(finding?.message).toContain('cash of 800,000 GBP (runway 8.0 months)');
    expect(finding?.message).toContain('885,000 GBP');
    expect(finding?.message).toContain('break costs 500,000 GBP (wholesale)');
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

  it('prices SIMs with no swap cost of their own at economics.sim_swap_cost, as lock-in does', () => {
    // The same exit with the eSIMs' half of 10,000 at 9 instead of 5: 885,000 + 5,000 × 4.
    const text = `${BASE.replace('  cash: 8000000\n', '  cash: 800000\n')}economics:\n  sim_swap_cost: 9\n`;
    const [finding] = findingsOf(capRunwayBelowExitCost, text);
    expect(finding?.message).toContain('905,000 GBP');
    expect(finding?.message).toContain('9 GBP a SIM where no swap cost is stated');
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

  it('counts the commitments left in the term when the contract states no exit fee', () => {
    // 8 months of the renewal left when the notice runs out, at 300,000 a month.
    const text = BASE.replace('  cash: 8000000\n', '  cash: 800000\n').replace(
      '    exit_fee: 500000\n',
      '',
    );
    const [finding] = findingsOf(capRunwayBelowExitCost, text);
    expect(finding?.message).toContain('break costs 2,400,000 GBP (wholesale)');
    expect(finding?.evidence[1]?.path).toBe('contracts[0].minimum_commitment_per_month');
  });

  it('swaps no SIM that can already attach to another host group', () => {
    const text = BASE.replace('  cash: 8000000\n', '  cash: 520000\n')
      .replace(
        '  - id: team\n',
        '  - { id: host-b, name: Host B, kind: mno, availability: 99.9%, supplies: [{ capability: radio_access, standby: true }] }\n  - id: team\n',
      )
      .replace('swap_unit_cost: 4 }', 'swap_unit_cost: 4, attaches_to: [host, host-b] }');
    const [finding] = findingsOf(capRunwayBelowExitCost, text);
    // 500,000 + half of the 10,000 eSIMs × 5.
    expect(finding?.message).toContain('below the 525,000 GBP it takes');
    expect(finding?.message).toContain('5,000 SIM swaps');
  });

  it('stays quiet when the SIMs carry the operator’s own IMSI and nothing is owed to leave', () => {
    const text = BASE.replace('  cash: 8000000\n', '  cash: 800000\n')
      .replace('    exit_fee: 500000\n    minimum_commitment_per_month: 300000\n', '')
      .replaceAll('imsi_issuers: [host]', 'imsi_issuers: [op]');
    expect(findingsOf(capRunwayBelowExitCost, text)).toEqual([]);
  });
});
