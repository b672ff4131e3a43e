import { describe, expect, it } from 'vitest';
import { edgeSimVendorKeepsKeys } from '../../src/rules/builtin/edge-sim-vendor-keeps-keys.js';
import { BASE, findingsOf } from './support.js';

const WITH_VENDOR = BASE.replace(
  '  - id: team\n',
  '  - { id: cards, name: Cards, kind: sim_vendor, availability: 99.9%, supplies: [sim_supply] }\n  - id: team\n',
);

describe('edge-sim-vendor-keeps-keys', () => {
  it('fires when a SIM vendor is among the key holders', () => {
    const text = WITH_VENDOR.replace(
      'key_holders: [host], swap_unit_cost: 4',
      'key_holders: [host, cards], swap_unit_cost: 4',
    );
    const [finding, ...rest] = findingsOf(edgeSimVendorKeepsKeys, text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'edge-sim-vendor-keeps-keys/physical+cards',
      severity: 'medium',
    });
    expect(finding?.message).toContain('90,000 SIMs in physical');
    expect(finding?.evidence[0]).toMatchObject({ path: 'sims[0].key_holders[1]' });
  });

  it('stays quiet when only the AuC holds the keys', () => {
    expect(findingsOf(edgeSimVendorKeepsKeys, WITH_VENDOR)).toEqual([]);
  });
});
