/** The advisor on worker threads gives exactly the advice of one thread. */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { adviseOnWorkers } from '../../src/run/advice-run.js';
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
