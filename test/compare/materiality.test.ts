/** Compare calls a change only what a reader should act on (docs/compare.md, materiality). */
import { describe, expect, it } from 'vitest';
import { withinMateriality } from '../../src/compare/compare-assessments.js';

describe('materiality', () => {
  it('calls a fifth of an index point unchanged, and a point a change', () => {
    expect(withinMateriality(42.3, 42.1, 'score')).toBe(true);
    expect(withinMateriality(42.3, 41.3, 'score')).toBe(false);
  });

  it('holds money to half a unit or a thousandth of the larger amount', () => {
    expect(withinMateriality(2_154_415, 2_154_418, 'money')).toBe(true);
    expect(withinMateriality(2_154_415, 2_160_000, 'money')).toBe(false);
    expect(withinMateriality(10, 10.4, 'money')).toBe(true);
    expect(withinMateriality(10, 11, 'money')).toBe(false);
  });

  it('holds shares to a tenth of a percentage point and probabilities to a hundredth of the larger', () => {
    expect(withinMateriality(0.25, 0.2505, 'fraction')).toBe(true);
    expect(withinMateriality(0.25, 0.26, 'fraction')).toBe(false);
    expect(withinMateriality(0.0017, 0.001701, 'probability')).toBe(true);
    expect(withinMateriality(0.0017, 0.0012, 'probability')).toBe(false);
  });

  it('counts whole numbers as changed when they differ at all', () => {
    expect(withinMateriality(4, 5, 'count')).toBe(false);
    expect(withinMateriality(12, 12, 'months')).toBe(true);
  });
});
