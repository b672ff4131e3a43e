import { describe, expect, it } from 'vitest';
import { secProviderReachesKeys } from '../../src/rules/builtin/sec-provider-reaches-keys.js';
import { readExample } from '../support/load.js';
import { BASE, findingsOf } from './support.js';

describe('sec-provider-reaches-keys', () => {
  it('fires once for a host that holds the keys of every SIM', () => {
    const findings = findingsOf(secProviderReachesKeys, BASE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'sec-provider-reaches-keys/host', severity: 'high' });
    expect(findings[0]?.message).toContain('100,000 SIMs, 100% of all');
    expect(findings[0]?.evidence.map((e) => e.path)).toEqual([
      'sims[0].key_holders',
      'sims[1].key_holders',
      'data[1].held_by',
    ]);
  });

  it('stays quiet when only the operator holds keys', () => {
    const own = BASE.replaceAll('key_holders: [host]', 'key_holders: [op]').replace(
      'category: authentication_keys, sensitivity: restricted, held_by: [host]',
      'category: authentication_keys, sensitivity: restricted, held_by: [op]',
    );
    expect(own).not.toContain('key_holders: [host]');
    expect(findingsOf(secProviderReachesKeys, own)).toEqual([]);
  });

  it('spares a full MVNO its managed HSS but not the SIM vendor keeping a copy', () => {
    const findings = findingsOf(secProviderReachesKeys, readExample('full-mvno-switchable.yaml'));
    expect(findings.map((f) => f.id)).toEqual(['sec-provider-reaches-keys/vellum-sim']);
    expect(findings[0]?.message).toContain('esim-own-imsi');
  });
});
