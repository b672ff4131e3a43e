import { describe, expect, it } from 'vitest';
import { edgeExternalKeyCustody } from '../../src/rules/builtin/edge-external-key-custody.js';
import { readExample } from '../support/load.js';
import { BASE, findingsOf } from './support.js';

describe('edge-external-key-custody', () => {
  it('fires per SIM group when the host holds the keys, critical over half the SIMs', () => {
    const findings = findingsOf(edgeExternalKeyCustody, BASE);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['edge-external-key-custody/esim+host', 'critical'],
      ['edge-external-key-custody/physical+host', 'critical'],
    ]);
    const physical = findings.find((f) => f.id.endsWith('/physical+host'));
    expect(physical?.evidence[0]).toMatchObject({ path: 'sims[0].key_holders[0]' });
    expect(physical?.message).toContain('90,000 SIMs in physical');
  });

  it('is high when the holder has the keys of a minority of SIMs', () => {
    const text = BASE.replace(
      'imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4',
      'imsi_issuers: [host], key_holders: [team], swap_unit_cost: 4',
    );
    expect(findingsOf(edgeExternalKeyCustody, text).map((f) => [f.id, f.severity])).toEqual([
      ['edge-external-key-custody/esim+host', 'high'],
    ]);
  });

  it('counts a provider running the HSS under a managed arrangement as the operator side', () => {
    const text = BASE.replace(
      '  - id: team\n',
      '  - { id: core, name: Core, kind: core_vendor, availability: 99.9%, supplies: [{ capability: subscriber_data, arrangement: managed, standby: true }] }\n  - id: team\n',
    ).replaceAll('key_holders: [host]', 'key_holders: [op, core]');
    expect(findingsOf(edgeExternalKeyCustody, text)).toEqual([]);
  });

  const twoHosts = BASE.replace(
    '  - id: team\n',
    '  - { id: host-b, name: Host B, kind: mno, availability: 99.9%, supplies: [{ capability: radio_access, share: 10% }] }\n  - id: team\n',
  ).replace(
    '  - { id: physical, kind: physical, count: 90000, imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4 }\n',
    '  - { id: physical, kind: physical, count: 90000, imsi_issuers: [host], key_holders: [host], swap_unit_cost: 4 }\n  - { id: dual, kind: multi_imsi, count: 50000, imsi_issuers: [host, host-b], key_holders: [host, host-b, enabler] }\n',
  );

  it('does not report a host’s keys on SIMs that can attach to another host group', () => {
    const ids = findingsOf(edgeExternalKeyCustody, twoHosts).map((f) => f.id);
    expect(ids).not.toContain('edge-external-key-custody/dual+host');
    expect(ids).not.toContain('edge-external-key-custody/dual+host-b');
  });

  it('still reports an enabler holding the keys of every IMSI on those SIMs', () => {
    const finding = findingsOf(edgeExternalKeyCustody, twoHosts).find(
      (f) => f.id === 'edge-external-key-custody/dual+enabler',
    );
    // 50,000 of 150,000 SIMs; they switch host over the air, so none is locked by the enabler.
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toContain('holds the keys of 33.3% of SIMs');
    expect(finding?.message).toContain('can change host over the air without it');
  });

  it('counts a host’s custody as lock-in only for the SIMs that cannot leave it', () => {
    const host = findingsOf(edgeExternalKeyCustody, twoHosts).find(
      (f) => f.id === 'edge-external-key-custody/physical+host',
    );
    // Keys of 90,000 + 10,000 + 50,000 of 150,000 SIMs; the 50,000 dual SIMs can leave.
    expect(host?.message).toContain('holds the keys of 100% of SIMs, 66.7% in groups');
    expect(host?.severity).toBe('critical');
  });

  it('stays quiet for a full MVNO that holds its own keys', () => {
    expect(findingsOf(edgeExternalKeyCustody, readExample('full-mvno-switchable.yaml'))).toEqual(
      [],
    );
  });
});
