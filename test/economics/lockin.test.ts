import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLockin, type Lockin } from '../../src/economics/lockin.js';
import { BASE } from '../rules/support.js';
import { loadOk, readExample } from '../support/load.js';

const of = (file: string): { lockin: Lockin; subscribers: number } => {
  const { model } = loadOk(readExample(file), file);
  return { lockin: analyseLockin(model), subscribers: model.operator.subscribers };
};

function host(lockin: Lockin, id: string) {
  const found = lockin.dependencies.find((d) => d.provider === id);
  if (found === undefined) throw new Error(`no dependency ${id}`);
  return found;
}

/** The cheapest moment within the horizon to leave, per subscriber: what no contract date can hide. */
const cheapestPerSubscriber = (d: ReturnType<typeof host>, subscribers: number) =>
  Math.min(...d.curve.map((p) => p.cost)) / subscribers;

describe('lock-in on the shipped archetypes', () => {
  const light = of('light-mvno-on-enabler.yaml');
  const full = of('full-mvno-switchable.yaml');
  const multi = of('multi-network-consumer-mvno.yaml');
  const lightHost = host(light.lockin, 'pennine-telecom');
  const fullHost = host(full.lockin, 'harrow-mno');
  const multiHost = host(multi.lockin, 'cascade-wireless');

  it('costs the light MVNO on host-issued SIMs far more per subscriber to leave its host than the full MVNO', () => {
    expect(cheapestPerSubscriber(lightHost, light.subscribers)).toBeGreaterThan(
      50 * cheapestPerSubscriber(fullHost, full.subscribers),
    );
    expect(lightHost.today.components.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['migration', 'porting', 'attrition']),
    );
    expect(fullHost.today.components.map((c) => c.kind)).not.toContain('migration');
  });

  it("reaches the light MVNO's point of no return, for want of funding, before the full MVNO's", () => {
    // Kestrel burns cash (a negative margin) while its exit from Pennine grows with the base.
    expect(lightHost.pointOfNoReturn).toMatchObject({ reason: 'funding' });
    expect(lightHost.pointOfNoReturn?.month).toBeGreaterThan(0);
    expect(lightHost.pointOfNoReturn?.month).toBeLessThan(full.lockin.horizonMonths);
    expect(fullHost.pointOfNoReturn).toBeNull();
  });

  it('gives the multi-network MVNO leverage with its main host and the light MVNO none', () => {
    expect(multiHost.alternative.credible).toBe(true);
    expect(multiHost.leverage?.valuePerYear).toBeGreaterThan(0);
    expect(lightHost.alternative.credible).toBe(false);
    expect(lightHost.leverage?.valuePerYear).toBe(0);
  });

  it('lists every parameter used, and where it came from', () => {
    expect(light.lockin.parameters.map((p) => p.name)).toContain('swap_attrition');
    expect(light.lockin.parameters.every((p) => p.source === 'default')).toBe(true);
  });
});

describe('lock-in invariants', () => {
  it('takes a parameter from the model when it gives one', () => {
    const { model } = loadOk(`${BASE}economics:\n  swap_attrition: 25%\n`);
    const used = analyseLockin(model).parameters.find((p) => p.name === 'swap_attrition');
    expect(used).toMatchObject({ value: 0.25, source: 'model' });
  });

  it('never lowers an exit cost as subscribers grow, everything else fixed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 5_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        (a, extra) => {
          const costs = [a, a + extra].map((subscribers) => {
            const { model } = loadOk(
              BASE.replace('  subscribers: 100000\n', `  subscribers: ${subscribers}\n`),
            );
            return new Map(
              analyseLockin(model, 12).dependencies.map((d) => [d.provider, d.today.cost]),
            );
          });
          for (const [provider, cost] of costs[0] ?? [])
            expect(costs[1]?.get(provider) ?? 0).toBeGreaterThanOrEqual(cost - 1e-6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('values the option to switch at least 0 and at most the undiscounted largest gain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (volatility, gap) => {
          const { model } = loadOk(
            `${BASE}economics:\n  price_volatility: ${volatility}\n  alternative_price_gap: ${gap}\n`,
          );
          for (const d of analyseLockin(model, 24).dependencies) {
            if (d.option === null) continue;
            const up = Math.exp(volatility * Math.sqrt(1 / 12)) ** 24;
            expect(d.option.value).toBeGreaterThanOrEqual(0);
            expect(d.option.value).toBeLessThanOrEqual(
              Math.max(0, d.option.spendValue * up - d.option.strike) + 1e-6,
            );
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
