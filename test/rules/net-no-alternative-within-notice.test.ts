import { describe, expect, it } from 'vitest';
import { netNoAlternativeWithinNotice } from '../../src/rules/builtin/net-no-alternative-within-notice.js';
import { BASE, findingsOf } from './support.js';

describe('net-no-alternative-within-notice', () => {
  it('fires when one host, no over-the-air path and a 6-month notice leave no way out', () => {
    const [finding, ...rest] = findingsOf(netNoAlternativeWithinNotice, BASE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'net-no-alternative-within-notice/wholesale',
      severity: 'high',
    });
    expect(finding?.message).toContain('6 months');
    expect(finding?.evidence[0]).toMatchObject({ path: 'contracts[0].notice_months' });
    expect(finding?.evidence[1]).toMatchObject({ path: 'providers[0].supplies[0]' });
  });

  it('stays quiet when the notice is long enough to bring up a new host', () => {
    const text = BASE.replace(
      'notice_months: 6\n    auto_renewal: true',
      'notice_months: 12\n    auto_renewal: true',
    );
    expect(findingsOf(netNoAlternativeWithinNotice, text)).toEqual([]);
  });

  const withStandby = BASE.replace(
    '  - id: team\n',
    '  - { id: host-b, name: Host B, kind: mno, availability: 99.9%, supplies: [{ capability: radio_access, standby: true }] }\n  - id: team\n',
  );

  it('still fires when a second network stands by but none of the SIMs can attach to it', () => {
    expect(findingsOf(netNoAlternativeWithinNotice, withStandby).map((f) => f.id)).toEqual([
      'net-no-alternative-within-notice/wholesale',
    ]);
  });

  it('stays quiet when a second network from another group stands by and the SIMs reach it', () => {
    const text = withStandby.replace(
      'imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4',
      'imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4, attaches_to: [host, host-b]',
    );
    expect(findingsOf(netNoAlternativeWithinNotice, text)).toEqual([]);
  });

  it('stays quiet when most SIMs carry the operator’s own IMSI', () => {
    const text = BASE.replace(
      'kind: physical, count: 90000, imsi_issuers: [host]',
      'kind: physical, count: 90000, imsi_issuers: [op]',
    );
    expect(findingsOf(netNoAlternativeWithinNotice, text)).toEqual([]);
  });
});
