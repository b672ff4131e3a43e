import { describe, expect, it } from 'vitest';
import { costFloatingAboveMargin } from '../../src/rules/builtin/cost-floating-above-margin.js';
import { BASE, findingsOf } from './support.js';

/** BASE costs 825,400 GBP a month, 24,400 of it floating (platform fee 30% cloud, AI inference). */
const withArpu = (arpu: number) => BASE.replace('  arpu: 12\n', `  arpu: ${arpu}\n`);

describe('cost-floating-above-margin', () => {
  it('fires when floating cost is over a quarter of the margin', () => {
    // Revenue 900,000: margin 74,600, floating 32.7% of it.
    const [finding] = findingsOf(costFloatingAboveMargin, withArpu(9));
    expect(finding).toMatchObject({ id: 'cost-floating-above-margin/op', severity: 'medium' });
    expect(finding?.message).toContain('24,400 GBP');
    expect(finding?.message).toContain('32.7% of the 74,600 GBP monthly margin');
    expect(finding?.evidence.map((e) => e.path)).toEqual(['costs[2]', 'costs[4]']);
  });

  it('is high when floating cost exceeds a positive margin', () => {
    expect(findingsOf(costFloatingAboveMargin, withArpu(8.4))[0]).toMatchObject({
      severity: 'high',
    });
  });

  it('fires on any floating cost when there is no margin', () => {
    const [finding] = findingsOf(costFloatingAboveMargin, withArpu(8));
    expect(finding).toMatchObject({ severity: 'medium' });
    expect(finding?.message).toContain('no margin to absorb');
  });

  it('stays quiet when floating cost is small against the margin', () => {
    expect(findingsOf(costFloatingAboveMargin, BASE)).toEqual([]);
  });
});
