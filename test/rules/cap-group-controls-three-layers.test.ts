import { describe, expect, it } from 'vitest';
import { capGroupControlsThreeLayers } from '../../src/rules/builtin/cap-group-controls-three-layers.js';
import { BASE, findingsOf } from './support.js';

const HOST_SUPPLIES =
  'supplies: [radio_access, mobility_core, subscriber_data, packet_gateway, policy, messaging, voice_ims, signalling_edge, numbering, interconnect, roaming, lawful_intercept]';
const ENABLER_SUPPLIES =
  'supplies: [charging, mediation, billing, product_order, porting, sim_supply]';

describe('cap-group-controls-three-layers', () => {
  it('fires for the host and the enabler group, each holding three layers', () => {
    const findings = findingsOf(capGroupControlsThreeLayers, BASE);
    expect(findings.map((f) => f.id)).toEqual([
      'cap-group-controls-three-layers/enabler-group',
      'cap-group-controls-three-layers/host-group',
    ]);
    const enabler = findings[0];
    expect(enabler).toMatchObject({ severity: 'high' });
    expect(enabler?.message).toContain('across 3 of 5 layers');
    expect(enabler?.evidence.map((e) => e.path)).toEqual([
      'providers[1].supplies',
      'providers[2].supplies',
      'groups[1]',
    ]);
    expect(enabler?.evidence[0]?.line).toBeGreaterThan(1);
  });

  it('is medium when none of the controlled capabilities is service-critical', () => {
    const text = BASE.replace(HOST_SUPPLIES, 'supplies: [radio_access, mobility_core]').replace(
      ENABLER_SUPPLIES,
      'supplies: [mediation, billing, product_order, porting, sim_supply]',
    );
    expect(findingsOf(capGroupControlsThreeLayers, text)).toEqual([
      expect.objectContaining({
        id: 'cap-group-controls-three-layers/enabler-group',
        severity: 'medium',
      }),
    ]);
  });

  it('stays quiet when no outside group reaches three layers', () => {
    const text = BASE.replace(HOST_SUPPLIES, 'supplies: [radio_access, mobility_core]').replace(
      ENABLER_SUPPLIES,
      'supplies: [charging, mediation, billing]',
    );
    expect(findingsOf(capGroupControlsThreeLayers, text)).toEqual([]);
  });

  it("leaves out the operator's own group", () => {
    const text = BASE.replace(
      '  as_of: 2026-11-01\n',
      '  as_of: 2026-11-01\n  group: host-group\n',
    );
    expect(findingsOf(capGroupControlsThreeLayers, text).map((f) => f.id)).toEqual([
      'cap-group-controls-three-layers/enabler-group',
    ]);
  });
});
