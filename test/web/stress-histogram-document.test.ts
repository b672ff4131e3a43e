/**
 * The stress job's histogram: the document the API sends (stressRun on worker threads) carries
 * the report's bins (stress-section.ts lossBins) of the same trials' losses, covering every
 * trial, the bins tiling the span without a gap.
 */
import { describe, expect, it } from 'vitest';
import { lossBins } from '../../src/report/document/stress-section.js';
import { stressRun } from '../../src/run/stress-run.js';
import { loadOk, readExample } from '../support/load.js';

describe('the stress job document', () => {
  it('carries the report’s bins of every trial’s loss', async () => {
    const loaded = loadOk(readExample('light-mvno-on-enabler.yaml'), 'light');
    let losses: Float64Array | undefined;
    const { document } = await stressRun(loaded, {
      trials: 4_000,
      seed: 7,
      workers: 1,
      onLosses: (l) => {
        losses = Float64Array.from(l);
      },
    });
    expect(losses?.length).toBe(4_000);
    expect(document.lossHistogram).toEqual(lossBins(losses ?? new Float64Array()));
    expect(document.lossHistogram).toHaveLength(40);
    const total = document.lossHistogram.reduce((sum, b) => sum + b.share, 0);
    expect(total).toBeCloseTo(1, 12);
    document.lossHistogram.slice(1).forEach((b, i) => {
      expect(b.from).toBeCloseTo(document.lossHistogram[i]?.to ?? Number.NaN, 6);
    });
  }, 120_000);
});
