import { describe, expect, it } from 'vitest';
import { netMinimumTrafficShare } from '../../src/rules/builtin/net-minimum-traffic-share.js';
import { BASE, findingsOf } from './support.js';

const withShare = (share: string) =>
  BASE.replace(
    '    exclusive: true\n',
    `    exclusive: true\n    minimum_traffic_share: ${share}\n`,
  );

describe('net-minimum-traffic-share', () => {
  it('fires on a contract that keeps 60% of traffic on one network', () => {
    const [finding] = findingsOf(netMinimumTrafficShare, withShare('60%'));
    expect(finding).toMatchObject({
      id: 'net-minimum-traffic-share/wholesale',
      severity: 'medium',
    });
    expect(finding?.message).toContain('60%');
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[0].minimum_traffic_share' });
  });

  it('is high above 80%', () => {
    expect(findingsOf(netMinimumTrafficShare, withShare('90%'))[0]).toMatchObject({
      severity: 'high',
    });
  });

  it('stays quiet below half, and without the clause', () => {
    expect(findingsOf(netMinimumTrafficShare, withShare('40%'))).toEqual([]);
    expect(findingsOf(netMinimumTrafficShare, BASE)).toEqual([]);
  });
});
