/**
 * A second network caps host shocks (a wholesale rise at the alternative's price gap, a radio
 * outage at the failover hours) only for the subscribers whose SIMs can reach it, in proportion
 * to that share (docs/stress.md).
 */
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { analyseLockin } from '../../src/economics/lockin.js';
import { kernelOf, outcomes, runTrials } from '../../src/stress/kernel.js';
import {
  type CompiledScenario,
  compileScenario,
  type ShockSource,
} from '../../src/stress/scenario.js';
import { FAILOVER_HOURS } from '../../src/stress/shock-library.js';
import { loadOk } from '../support/load.js';
import { operatorSection } from '../support/operator.js';

/** Host A carries all radio, host B (another group) stands by; SIMs and supplies vary. */
const model = (providers: string, sims: string) => `${operatorSection()}providers:
${providers}
  - { id: own, name: Own core, kind: in_house, availability: 0.9999, supplies: [subscriber_data, mobility_core, packet_gateway] }
costs:
  - { id: wholesale, name: Wholesale, provider: mno-a, driver: wholesale, basis: fixed, monthly_amount: 1000 }
${sims}`;

const STANDBY_B = `  - { id: mno-a, name: Host A, kind: mno, availability: 0.999, supplies: [radio_access] }
  - { id: mno-b, name: Host B, kind: mno, availability: 0.999, supplies: [{ capability: radio_access, standby: true }] }`;

function sourcesOf(text: string): ShockSource[] {
  const { model: resolved } = loadOk(text);
  return [
    ...compileScenario(resolved, analyseStructure(resolved), analyseLockin(resolved)).sources,
  ];
}

function source(sources: readonly ShockSource[], kind: string, subject: string): ShockSource {
  const found = sources.find((s) => s.kind === kind && s.subject === subject);
  if (found === undefined) throw new Error(`no ${kind} source for ${subject}`);
  return found;
}

describe('second network caps in the stress test', () => {
  it('does not cap anything for a standby host none of the SIMs can attach to', () => {
    const sources = sourcesOf(
      model(
        STANDBY_B,
        'sims:\n  - { id: sims, kind: physical, count: 1000, imsi_issuers: [mno-a], key_holders: [mno-a] }\n',
      ),
    );
    expect(source(sources, 'wholesale_price_rise', 'mno-a')).toMatchObject({
      cap: Number.POSITIVE_INFINITY,
      cappedShare: 0,
    });
    expect(source(sources, 'host_outage', 'mno-a')).toMatchObject({
      cap: Number.POSITIVE_INFINITY,
      cappedShare: 0,
    });
  });

  it('caps the share of subscribers whose SIMs reach the standby host', () => {
    const sources = sourcesOf(
      model(
        STANDBY_B,
        `sims:
  - { id: single, kind: physical, count: 750, imsi_issuers: [mno-a], key_holders: [mno-a] }
  - { id: dual, kind: multi_imsi, count: 250, imsi_issuers: [mno-a, mno-b], key_holders: [mno-a, mno-b] }
`,
      ),
    );
    expect(source(sources, 'wholesale_price_rise', 'mno-a')).toMatchObject({
      cap: 0.1,
      cappedShare: 0.25,
    });
    expect(source(sources, 'host_outage', 'mno-a')).toMatchObject({
      cap: FAILOVER_HOURS,
      cappedShare: 0.25,
    });
  });

  it('with no SIMs in the model, counts only a second host that carries traffic today', () => {
    expect(source(sourcesOf(model(STANDBY_B, '')), 'wholesale_price_rise', 'mno-a').cap).toBe(
      Number.POSITIVE_INFINITY,
    );
    const shared = `  - { id: mno-a, name: Host A, kind: mno, availability: 0.999, supplies: [{ capability: radio_access, share: 60% }] }
  - { id: mno-b, name: Host B, kind: mno, availability: 0.999, supplies: [{ capability: radio_access, share: 40% }] }`;
    expect(source(sourcesOf(model(shared, '')), 'wholesale_price_rise', 'mno-a')).toMatchObject({
      cap: 0.1,
      cappedShare: 1,
    });
  });
});

describe('a cap on part of the loss', () => {
  it('holds the capped share at the cap and lets the rest bear the whole draw', () => {
    // Severity 5 h, cap 0.5 h on a quarter: 0.25 × 0.5 + 0.75 × 5 = 3.875 h.
    const scenario: CompiledScenario = {
      sources: [
        {
          kind: 'host_outage',
          subject: 'h',
          frequency: { kind: 'probability', value: 1 },
          severity: { kind: 'uniform', min: 5, max: 5 },
          cap: 0.5,
          cappedShare: 0.25,
          lossPerUnit: 100,
          fixedLoss: 0,
          subscriberShare: 0.4,
          outageMinutesPerUnit: 24,
          recoveryMonths: 0,
        },
      ],
      subscribers: 1000,
      baselineMargin: 1_000_000,
      annualRevenue: 5_000_000,
      yearlyGrowth: 1,
      discountRate: 0,
    };
    const out = outcomes(2);
    runTrials(kernelOf(scenario), 1, 0, out);
    expect([...out.loss]).toEqual([387.5, 387.5]);
    expect([...out.outageMinutes]).toEqual([93, 93]);
  });
});
