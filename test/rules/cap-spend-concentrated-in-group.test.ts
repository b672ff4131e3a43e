import { describe, expect, it } from 'vitest';
import { capSpendConcentratedInGroup } from '../../src/rules/builtin/cap-spend-concentrated-in-group.js';
import { BASE, findingsOf } from './support.js';

// With staff at 50,000 a month, the host's 475,000 of wholesale is 76% of 625,400.
const LEAN_STAFF = BASE.replace('monthly_amount: 250000', 'monthly_amount: 50000');

describe('cap-spend-concentrated-in-group', () => {
  it('fires when one outside group receives more than 60% of provider spend', () => {
    const [finding] = findingsOf(capSpendConcentratedInGroup, LEAN_STAFF);
    expect(finding).toMatchObject({
      id: 'cap-spend-concentrated-in-group/host-group',
      severity: 'medium',
    });
    expect(finding?.message).toContain('receives 76% of provider spend');
    expect(finding?.message).toContain('475,000 GBP of 625,400 GBP a month');
    expect(finding?.evidence.map((e) => e.path)).toEqual(['costs[0]', 'costs[1]']);
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('stays quiet at 57.5%', () => {
    expect(findingsOf(capSpendConcentratedInGroup, BASE)).toEqual([]);
  });

  it("leaves out the operator's own group", () => {
    const text = LEAN_STAFF.replace(
      '  as_of: 2026-11-01\n',
      '  as_of: 2026-11-01\n  group: host-group\n',
    );
    expect(findingsOf(capSpendConcentratedInGroup, text)).toEqual([]);
  });
});
