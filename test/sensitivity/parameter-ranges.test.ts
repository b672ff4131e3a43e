import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFAULTS, type ParameterName } from '../../src/economics/parameters.js';
import { DEFAULTS } from '../../src/model/defaults.js';
import {
  ECONOMICS_RANGES,
  isVaried,
  MODEL_DEFAULT_RANGES,
  type ModelDefaultName,
  rangeAround,
} from '../../src/sensitivity/parameter-ranges.js';
import { variedParameters } from '../../src/sensitivity/varied-parameters.js';
import { loadOk, MINIMAL } from '../support/load.js';

const economics = Object.keys(PARAMETER_DEFAULTS) as ParameterName[];

describe('parameter ranges', () => {
  it('give every economics parameter and every operator default a range with a reason', () => {
    expect(Object.keys(ECONOMICS_RANGES).sort()).toEqual([...economics].sort());
    expect(Object.keys(MODEL_DEFAULT_RANGES).sort()).toEqual(Object.keys(DEFAULTS).sort());
    for (const name of economics) {
      const range = ECONOMICS_RANGES[name];
      const value = PARAMETER_DEFAULTS[name].value;
      expect(range.low, name).toBeLessThanOrEqual(value);
      expect(range.high, name).toBeGreaterThanOrEqual(value);
      expect(range.high, name).toBeGreaterThan(range.low);
      expect(range.low).toBeGreaterThanOrEqual(range.min);
      expect(range.high).toBeLessThanOrEqual(range.max);
      expect(range.reason.length, name).toBeGreaterThan(20);
    }
    for (const name of Object.keys(DEFAULTS) as ModelDefaultName[]) {
      const range = MODEL_DEFAULT_RANGES[name];
      if (!isVaried(range)) {
        expect(range.notVaried.length).toBeGreaterThan(20);
        continue;
      }
      expect(range.low, name).toBeLessThanOrEqual(DEFAULTS[name].value);
      expect(range.high, name).toBeGreaterThanOrEqual(DEFAULTS[name].value);
      expect(range.reason.length, name).toBeGreaterThan(20);
    }
  });

  it('use the table’s range for a default value', () => {
    expect(rangeAround(ECONOMICS_RANGES.swap_attrition, 0.1, 0.1, false)).toEqual({
      low: 0.03,
      high: 0.25,
    });
  });

  it('scale the range to a stated value, or move it by ± 1 point for growth', () => {
    expect(rangeAround(ECONOMICS_RANGES.swap_attrition, 0.2, 0.1, true)).toEqual({
      low: 0.06,
      high: 0.5,
    });
    expect(rangeAround(ECONOMICS_RANGES.sim_swap_cost, 10, 5, true)).toEqual({ low: 4, high: 24 });
    // Bargaining power 0.8: 0.48 to 1.12, held at 1, what the schema allows.
    expect(rangeAround(ECONOMICS_RANGES.bargaining_power, 0.8, 0.5, true)).toEqual({
      low: 0.48,
      high: 1,
    });
    const growth = MODEL_DEFAULT_RANGES.monthly_growth;
    if (!isVaried(growth)) throw new Error('growth is varied');
    expect(rangeAround(growth, 0.03, 0, true)).toEqual({ low: 0.02, high: 0.04 });
    expect(rangeAround(growth, 0.005, 0, true)).toEqual({ low: 0, high: 0.015 });
    // Stated as 0, the default: ± 1 point all the same, held at 0 below.
    expect(rangeAround(growth, 0, 0, true)).toEqual({ low: 0, high: 0.01 });
    // Months stay whole: 12 × 7/12 = 7 and 24 × 7/12 = 14.
    expect(rangeAround(ECONOMICS_RANGES.swap_campaign_months, 7, 12, true)).toEqual({
      low: 4,
      high: 14,
    });
  });

  it('keep a stated value inside its range and the range inside what the schema allows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...economics),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (name, share) => {
          const range = ECONOMICS_RANGES[name];
          const top = Number.isFinite(range.max) ? range.max : 10 * range.high;
          let value = range.min + share * (top - range.min);
          if (range.unit === 'months') value = Math.round(value);
          const { low, high } = rangeAround(range, value, PARAMETER_DEFAULTS[name].value, true);
          expect(low).toBeLessThanOrEqual(value);
          expect(high).toBeGreaterThanOrEqual(value);
          expect(low).toBeGreaterThanOrEqual(range.min);
          expect(high).toBeLessThanOrEqual(range.max);
          if (range.unit === 'months') {
            expect(Number.isInteger(low)).toBe(true);
            expect(Number.isInteger(high)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('say where each value came from and vary a stated one around what the model says', () => {
    const loaded = loadOk(
      `${MINIMAL.replace('monthly_growth: 0\n', 'monthly_growth: 3%\n')}economics:\n  swap_attrition: 0.2\n`,
    );
    const { varied, notVaried } = variedParameters(loaded.model, loaded.assumptions);
    const byName = new Map(varied.map((p) => [p.name, p]));
    expect(byName.get('swap_attrition')).toMatchObject({
      value: 0.2,
      source: 'model',
      low: 0.06,
      high: 0.5,
      path: 'economics.swap_attrition',
    });
    expect(byName.get('swap_attrition')?.reason).toMatch(/^the model states this value/);
    expect(byName.get('sim_swap_cost')).toMatchObject({
      value: 5,
      source: 'default',
      low: 2,
      high: 12,
    });
    expect(byName.get('monthly_growth')).toMatchObject({ value: 0.03, low: 0.02, high: 0.04 });
    expect(byName.get('discount_rate')).toMatchObject({ value: 0.08, source: 'model' });
    // MINIMAL states both providers' availability and has one single-member group.
    expect(notVaried.map((n) => n.name).sort()).toEqual([
      'availability',
      'group_availability',
      'horizon_months',
    ]);
  });
});
