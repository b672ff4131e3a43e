/** The advisor on worker threads gives exactly the advice of one thread. */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { assessModel } from '../../src/assessment.js';
import { adviseOnWorkers } from '../../src/run/advice-run.js';
import { compileScenario, scenarioFingerprint } from '../../src/stress/scenario.js';
import { loadOk, readExample } from '../support/load.js';

describe('adviseOnWorkers', () => {
  it('gives the advice of one thread, figure for figure, with progress over the moves', async () => {
    const text = readExample('light-mvno-on-enabler.yaml');
    const loaded = loadOk(text, 'light-mvno-on-enabler.yaml');
    const options = { trials: 2_000, seed: 4 };
    const progress: number[] = [];
    const onWorkers = await adviseOnWorkers(loaded, {
      ...options,
      workers: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(onWorkers).toEqual(advise(loaded, options));
    expect(progress.at(-1)).toBe(onWorkers.moves.length + onWorkers.unvalued.length);
  }, 120_000);
});

describe('adviseOnWorkers with stress figures already known', () => {
  const text = readExample('travel-esim-reseller.yaml');
  const loaded = loadOk(text, 'travel-esim-reseller.yaml');
  const options = { trials: 1_000, seed: 2 };
  const assessment = assessModel(loaded);
  const scenario = scenarioFingerprint(
    compileScenario(loaded.model, assessment.analysis, assessment.lockin),
  );

  it.each([1, 2])(
    'takes them rather than running the scenario again (%i workers)',
    async (workers) => {
      const inThread = advise(loaded, options);
      // Figures no stress run gives, so the baseline shows whether the scenario was run again.
      const marked = { ...inThread.baseline.stress, meanLoss: -1 };
      const advice = await adviseOnWorkers(loaded, {
        ...options,
        workers,
        knownStress: new Map([[scenario, marked]]),
      });
      expect(advice.baseline.stress).toEqual(marked);
    },
    120_000,
  );

  it('shares figures between workers and batches, and gives the advice of one thread', async () => {
    const known = new Map([[scenario, advise(loaded, options).baseline.stress]]);
    const onWorkers = await adviseOnWorkers(loaded, { ...options, workers: 3, knownStress: known });
    expect(onWorkers).toEqual(advise(loaded, options));
  }, 120_000);
});
