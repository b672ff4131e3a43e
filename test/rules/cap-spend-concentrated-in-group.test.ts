import { describe, expect, it } from 'vitest';
import { capSpendConcentratedInGroup } from '../../src/rules/builtin/cap-spend-concentrated-in-group.js';
import { BASE, findingsOf } from './support.js';

// Supplier spend in BASE: the host's 475,000 of wholesale, the enabler's 80,000, CRM 20,000 and
// AI 400 a month: 575,400. The own team's 250,000 of staff is no supplier spend.

describe('cap-spend-concentrated-in-group', () => {
  it('fires when one outside group receives more than 60% of supplier spend', () => {
    const [finding] = findingsOf(capSpendConcentratedInGroup, BASE);
    expect(finding).toMatchObject({
      id: 'cap-spend-concentrated-in-group/host-group',
      severity: 'medium',
    });
    // 475,000 ÷ 575,400 = 82.55%.
    expect(finding?.message).toContain('receives 82.6% of supplier spend');
    expect(finding?.message).toContain('475,000 GBP of 575,400 GBP a month');
    expect(finding?.evidence.map((e) => e.path)).toEqual(['costs[0]', 'costs[1]']);
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('does not let the own team’s spend dilute the share', () => {
    // With the own team in the total the host had 475,000 of 825,400 (57.5%) and went unseen.
    const moreStaff = BASE.replace('monthly_amount: 250000', 'monthly_amount: 900000');
    expect(findingsOf(capSpendConcentratedInGroup, moreStaff).map((f) => f.id)).toEqual([
      'cap-spend-concentrated-in-group/host-group',
    ]);
  });

  it('stays quiet at 59.7%', () => {
    // A platform fee of 3 a subscriber: 475,000 of 795,400.
    const text = BASE.replace(
      'per_subscriber, per_subscriber_month: 0.8, floats_with',
      'per_subscriber, per_subscriber_month: 3, floats_with',
    );
    expect(findingsOf(capSpendConcentratedInGroup, text)).toEqual([]);
  });

  it("leaves out the operator's own group", () => {
    const text = BASE.replace(
      '  as_of: 2026-11-01\n',
      '  as_of: 2026-11-01\n  group: host-group\n',
    );
    expect(findingsOf(capSpendConcentratedInGroup, text)).toEqual([]);
  });
});
