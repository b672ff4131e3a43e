/** On the shipped archetypes, host shocks hurt the single-host operator more than the multi-network one. */
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { analyseLockin } from '../../src/economics/lockin.js';
import { kernelOf } from '../../src/stress/kernel.js';
import { compileScenario } from '../../src/stress/scenario.js';
import { simulate } from '../../src/stress/simulation.js';
import { exampleFiles, loadOk, readExample } from '../support/load.js';

const HOST_SHOCKS = new Set(['host_outage', 'wholesale_price_rise', 'host_refuses_renewal']);

function compiled(file: string) {
  const { model } = loadOk(readExample(file), file);
  return compileScenario(model, analyseStructure(model), analyseLockin(model));
}

/** Expected shortfall at 99% of the loss from host shocks alone, as a share of revenue. */
function hostTail(file: string): number {
  const all = compiled(file);
  const scenario = { ...all, sources: all.sources.filter((s) => HOST_SHOCKS.has(s.kind)) };
  const result = simulate(scenario, kernelOf(scenario), { trials: 100_000, seed: 7 });
  return result.loss.es99 / scenario.annualRevenue;
}

describe('stress tests on the shipped archetypes', () => {
  it('give the single-host light MVNO a fatter margin tail under host shocks than the multi-network MVNO', () => {
    const light = hostTail('light-mvno-on-enabler.yaml');
    const multi = hostTail('multi-network-consumer-mvno.yaml');
    expect(light).toBeGreaterThan(2 * multi);
  });

  it('compile every example into sources with sane frequencies and losses', () => {
    for (const file of exampleFiles()) {
      const scenario = compiled(file);
      expect(scenario.sources.length, file).toBeGreaterThan(5);
      for (const source of scenario.sources) {
        expect(Number.isFinite(source.frequency.value), `${file} ${source.kind}`).toBe(true);
        expect(source.frequency.value).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(source.fixedLoss + source.lossPerUnit)).toBe(true);
        expect(source.subscriberShare).toBeLessThanOrEqual(1);
      }
    }
  });
});
