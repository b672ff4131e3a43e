import { describe, expect, it } from 'vitest';
import { conExclusiveEnabler } from '../../src/rules/builtin/con-exclusive-enabler.js';
import { BASE, findingsOf } from './support.js';

describe('con-exclusive-enabler', () => {
  it('fires high on an exclusive contract with an MVNE', () => {
    const text = BASE.replace(
      '    minimum_commitment_per_month: 50000\n',
      '    minimum_commitment_per_month: 50000\n    exclusive: true\n',
    );
    const [finding] = findingsOf(conExclusiveEnabler, text);
    expect(finding).toMatchObject({ id: 'con-exclusive-enabler/platform', severity: 'high' });
    expect(finding?.message).toContain('with enabler enabler (mvne,');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'contracts[1].exclusive',
      'providers[1]',
    ]);
    expect(finding?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('is medium for another non-host supplier', () => {
    const text = BASE.replace(
      '    unit_prices: { per_subscriber_month: 0.2 }\n',
      '    unit_prices: { per_subscriber_month: 0.2 }\n    exclusive: true\n',
    );
    expect(findingsOf(conExclusiveEnabler, text)).toEqual([
      expect.objectContaining({ id: 'con-exclusive-enabler/crm-subscription', severity: 'medium' }),
    ]);
  });

  it('leaves host exclusivity to net-single-host-exclusive', () => {
    expect(findingsOf(conExclusiveEnabler, BASE)).toEqual([]);
  });
});
