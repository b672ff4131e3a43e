import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import { economicsParameters } from '../../src/economics/parameters.js';
import { watchEconomicsReads } from '../../src/sensitivity/economics-reads.js';
import { loadOk, MINIMAL } from '../support/load.js';

const loaded = loadOk(`${MINIMAL}economics:\n  swap_attrition: 0.2\n`);

describe('watching an analysis for reads of the economics section', () => {
  it('sees a direct read, a read through a spread copy and a test for the key', () => {
    const direct = watchEconomicsReads(loaded.model, (m) => economicsParameters(m).values);
    expect(direct).toMatchObject({ readsEconomics: true });
    expect(direct.result.swap_attrition).toBe(0.2);
    expect(
      watchEconomicsReads(loaded.model, (m) => ({ ...m }).economics?.swap_attrition).readsEconomics,
    ).toBe(true);
    expect(watchEconomicsReads(loaded.model, (m) => 'economics' in m).readsEconomics).toBe(true);
  });

  it('sees none where none is made, and leaves the result as an unwatched run gives it', () => {
    const watched = watchEconomicsReads(loaded.model, (m) => m.operator.subscribers);
    expect(watched).toEqual({ result: 1000, readsEconomics: false });
    const structure = watchEconomicsReads(loaded.model, (m) =>
      analyseStructure(m, loaded.assumptions),
    );
    expect(JSON.stringify(structure.result)).toBe(
      JSON.stringify(analyseStructure(loaded.model, loaded.assumptions)),
    );
  });
});
