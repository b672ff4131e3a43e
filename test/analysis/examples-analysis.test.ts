/**
 * On the shipped archetypes, the scorecard and the failure analysis order operators the way
 * the domain research says they should (mvno-domain.md §0–§2).
 */
import { describe, expect, it } from 'vitest';
import { analyseStructure, type StructuralAnalysis } from '../../src/analysis/analyse.js';
import type { Layer } from '../../src/model/layers.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

const analyses = new Map<string, StructuralAnalysis>(
  exampleFiles().map((file) => {
    const loaded = loadOk(readExample(file), file);
    return [file.replace('.yaml', ''), analyseStructure(loaded.model, loaded.assumptions)];
  }),
);

function of(name: string): StructuralAnalysis {
  const analysis = analyses.get(name);
  if (analysis === undefined) throw new Error(`no example ${name}`);
  return analysis;
}

function layer(name: string, id: Layer) {
  const found = of(name).scorecard.layers.find((l) => l.layer === id);
  if (found === undefined) throw new Error(`no layer ${id}`);
  return found;
}

/** Examples with one host group and no other network carrying traffic or standing ready. */
const SINGLE_HOST = exampleFiles()
  .map((file) => file.replace('.yaml', ''))
  .filter((name) => {
    const { model } = loadOk(readExample(`${name}.yaml`));
    const radio = model.providers.filter(
      (p) =>
        p.kind !== 'in_house' &&
        p.supplies.some((s) => s.capability === 'radio_access' && (s.share > 0 || s.standby)),
    );
    return new Set(radio.map((p) => p.group)).size === 1;
  });

describe('the scorecard on the shipped archetypes', () => {
  it('gives the full MVNO that owns IMSIs and keys more edge control than the light MVNO', () => {
    const full = layer('full-mvno-switchable', 'edge_control');
    const light = layer('light-mvno-on-enabler', 'edge_control');
    expect(full.control.score).toBeGreaterThan((light.control.score ?? 0) + 50);
    expect(full.dependency.score).toBeLessThan(light.dependency.score ?? 0);
    expect(full.position).toBe('independent_node');
    expect(light.position).toBe('dependent_participant');
  });

  it('gives the multi-network MVNO less network-route dependency than any single-host one', () => {
    expect(SINGLE_HOST).toEqual([
      'branded-reseller-single-host',
      'hybrid-cable-mvno',
      'light-mvno-on-enabler',
      'retailer-joint-venture',
    ]);
    const multi = layer('multi-network-consumer-mvno', 'network_routes').dependency.score ?? 100;
    const ready = layer('full-mvno-switchable', 'network_routes').dependency.score ?? 100;
    for (const name of SINGLE_HOST) {
      const single = layer(name, 'network_routes').dependency.score ?? 0;
      expect(multi, name).toBeLessThan(single);
      // A second network on standby, with SIMs that can move to it, counts as much.
      expect(ready, name).toBeLessThan(single);
    }
  });

  it("shows the concentration of the enabler group that also holds the light MVNO's billing and SIMs", () => {
    const analysis = of('light-mvno-on-enabler');
    const enabler = analysis.concentration.groups.find((g) => g.capabilities.includes('billing'));
    expect(enabler?.capabilities).toEqual(
      expect.arrayContaining(['billing', 'charging', 'sim_supply', 'esim_rsp']),
    );
    expect(enabler?.layers.length).toBeGreaterThanOrEqual(3);
    // The group's common cause is a single point of failure, but not a hidden one: its member
    // lattice-mvne is, in plain sight, the sole supplier of charging, all the group loses.
    const group = analysis.failure.singlePoints.find((s) => s.subject === enabler?.group);
    expect(group).toMatchObject({ kind: 'group', hidden: false });
    expect(group?.capabilities.map((c) => c.capability)).toEqual(['charging']);
  });

  it("puts the branded reseller in the host's hands on routes and at the edge", () => {
    for (const id of ['network_routes', 'edge_control'] as const) {
      expect(layer('branded-reseller-single-host', id).position).toBe('dependent_participant');
    }
  });

  it("finds every single-host operator's host as a single point of failure, and none for three hosts", () => {
    for (const name of ['branded-reseller-single-host', 'light-mvno-on-enabler']) {
      const hosts = of(name).classification.hostNetworks;
      const spofs = of(name).failure.singlePoints.map((s) => s.subject);
      expect(spofs, name).toEqual(expect.arrayContaining([...hosts]));
    }
    const multi = of('multi-network-consumer-mvno').failure.singlePoints.filter((s) =>
      s.capabilities.some((c) => c.capability === 'radio_access'),
    );
    expect(multi).toEqual([]);
  });

  it('computes the service-loss probability exactly on every example', () => {
    for (const [name, analysis] of analyses) {
      expect(analysis.failure.serviceLoss.method, name).toBe('exact');
      expect(analysis.failure.serviceLoss.probability).toBeGreaterThan(0);
      expect(analysis.failure.serviceLoss.probability).toBeLessThan(0.05);
    }
  });

  it('gives every index a value from 0 to 100 and every applicable factor its evidence', () => {
    for (const [name, analysis] of analyses) {
      for (const l of analysis.scorecard.layers) {
        for (const index of [l.dependency, l.control]) {
          expect(index.score, `${name} ${l.layer}`).not.toBeNull();
          expect(index.score ?? -1).toBeGreaterThanOrEqual(0);
          expect(index.score ?? 101).toBeLessThanOrEqual(100);
          const sum = index.factors.reduce((s, f) => s + f.contribution, 0);
          expect(Math.abs(sum - (index.score ?? 0))).toBeLessThan(0.051);
        }
      }
    }
  });
});
