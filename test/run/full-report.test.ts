/**
 * The full report's runs: its advice is the advice `advise` gives with the same seed and trials,
 * whether or not the advisor's baseline takes the figures of the report's own stress test.
 */
import { describe, expect, it } from 'vitest';
import { ADVICE_TRIALS, advise } from '../../src/advice/index.js';
import { assessModel } from '../../src/assessment.js';
import { REPORT_TRIALS } from '../../src/report/document/report-inputs.js';
import { reportRuns } from '../../src/run/full-report.js';
import { loadOk, readExample } from '../support/load.js';

describe('reportRuns', () => {
  it('has the report stress test and the advisor share trials, so that they can share a run', () => {
    expect(REPORT_TRIALS).toBe(ADVICE_TRIALS);
  });

  it.each([
    ['light-mvno-on-enabler.yaml', REPORT_TRIALS, 2],
    ['multi-country-full-mvno.yaml', REPORT_TRIALS, 1],
    ['hybrid-cable-mvno.yaml', 3_000, 3],
  ])(
    'gives the advice of advise for %s (report trials %i, %i advice threads)',
    async (name, trials, workers) => {
      const loaded = loadOk(readExample(name), name);
      const seed = 3;
      const runs = await reportRuns(loaded, assessModel(loaded), {
        trials,
        seed,
        adviceWorkers: workers,
      });
      expect(runs.stress.result.trials).toBe(trials);
      expect(runs.advice).toEqual(advise(loaded, { seed, trials: ADVICE_TRIALS }));
    },
    180_000,
  );
});
