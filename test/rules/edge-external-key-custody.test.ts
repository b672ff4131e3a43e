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

  it('stays quiet for a full MVNO that holds its own keys', () => {
    expect(findingsOf(edgeExternalKeyCustody, readExample('full-mvno-switchable.yaml'))).toEqual(
      [],
    );
  });
});
