import { describe, expect, it } from 'vitest';
import { netHostHoldsImsiAndNumbers } from '../../src/rules/builtin/net-host-holds-imsi-and-numbers.js';
import { BASE, findingsOf } from './support.js';

describe('net-host-holds-imsi-and-numbers', () => {
  it('fires when the host issues the IMSIs and sub-allocates the numbers', () => {
    const [finding, ...rest] = findingsOf(netHostHoldsImsiAndNumbers, BASE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'net-host-holds-imsi-and-numbers/host', severity: 'high' });
    expect(finding?.message).toContain('100,000 of 100,000 SIMs');
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      'numbering.msisdn_holder',
      'sims[0].imsi_issuers',
      'sims[1].imsi_issuers',
    ]);
  });

  it('stays quiet when the operator holds the number range', () => {
    const text = BASE.replace('msisdn_holder: host', 'msisdn_holder: op').replace(
      'msisdn_sub_allocated: true',
      'msisdn_sub_allocated: false',
    );
    expect(findingsOf(netHostHoldsImsiAndNumbers, text)).toEqual([]);
  });

  it('stays quiet when most SIMs carry the operator’s own IMSI', () => {
    const text = BASE.replace(
      'kind: physical, count: 90000, imsi_issuers: [host]',
      'kind: physical, count: 90000, imsi_issuers: [op]',
    );
    expect(findingsOf(netHostHoldsImsiAndNumbers, text)).toEqual([]);
  });
});
