/**
 * On the shipped archetypes, the findings a domain expert expects appear, and the plainly wrong
 * ones do not (mvno-domain.md §0–§2: who holds IMSIs, keys and numbers decides the locks).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/finding.js';
import { exampleFiles, readExample } from '../support/load.js';
import { builtinRunOf } from './support.js';

const findings = new Map<string, readonly Finding[]>(
  exampleFiles().map((file) => {
    const run = builtinRunOf(file);
    return [file.replace('.yaml', ''), run.findings];
  }),
);

const rulesOf = (name: string) => new Set((findings.get(name) ?? []).map((f) => f.ruleId));

describe('findings on the shipped archetypes', () => {
  it('give the full MVNO that owns its keys and IMSIs no key-custody or host-lock finding', () => {
    const full = rulesOf('full-mvno-switchable');
    for (const rule of [
      'edge-external-key-custody',
      'net-host-holds-imsi-and-numbers',
      'edge-no-ota-path',
      'net-single-host-exclusive',
      'edge-sub-allocated-numbers',
    ]) {
      expect(full.has(rule), rule).toBe(false);
    }
  });

  it('give the operators on host-issued SIMs the host locks: IMSIs and numbers, keys, no over-the-air path', () => {
    for (const name of [
      'branded-reseller-single-host',
      'light-mvno-on-enabler',
      'retailer-joint-venture',
    ]) {
      const rules = rulesOf(name);
      for (const rule of [
        'net-host-holds-imsi-and-numbers',
        'edge-external-key-custody',
        'edge-no-ota-path',
      ])
        expect(rules.has(rule), `${name}: ${rule}`).toBe(true);
    }
  });

  it("flag the enabler group that holds the light MVNO's billing, charging and SIMs", () => {
    const groupFindings = (findings.get('light-mvno-on-enabler') ?? []).filter(
      (f) => f.ruleId === 'cap-group-controls-three-layers',
    );
    expect(groupFindings.map((f) => f.id)).toContain(
      'cap-group-controls-three-layers/lattice-group',
    );
  });

  it('give the multi-network MVNO no single-host finding', () => {
    expect(rulesOf('multi-network-consumer-mvno').has('net-single-host-exclusive')).toBe(false);
  });

  it("flag the incumbent SM-SR of the IoT operator's SGP.02 fleet", () => {
    expect(rulesOf('global-iot-multi-imsi').has('edge-sgp02-incumbent-sm-sr')).toBe(true);
  });

  it('give every finding a unique id and evidence inside the file', () => {
    for (const [name, list] of findings) {
      const ids = list.map((f) => f.id);
      expect(new Set(ids).size, name).toBe(ids.length);
      const lines = readExample(`${name}.yaml`).split('\n').length;
      for (const f of list) {
        expect(f.evidence.length, f.id).toBeGreaterThan(0);
        for (const e of f.evidence) expect(e.line, f.id).toBeGreaterThanOrEqual(1);
        for (const e of f.evidence) expect(e.line, f.id).toBeLessThanOrEqual(lines);
      }
    }
  });
});
