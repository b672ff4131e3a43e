import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadModel } from '../../src/model/load/load-model.js';
import { syntheticModel } from '../support/synthetic-model.js';

describe('synthetic models', () => {
  it.each([10, 100, 1000])('are valid at %i providers, with no defaults used', (providers) => {
    const result = loadModel(stringify(syntheticModel({ providers, seed: 7 })));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.model.providers).toHaveLength(providers);
      expect(result.model.integrations).toHaveLength(providers * 5);
    }
  });

  it('are reproducible from their seed and differ across seeds', () => {
    expect(syntheticModel({ providers: 50, seed: 3 })).toEqual(
      syntheticModel({ providers: 50, seed: 3 }),
    );
    expect(syntheticModel({ providers: 50, seed: 3 })).not.toEqual(
      syntheticModel({ providers: 50, seed: 4 }),
    );
  });
});
