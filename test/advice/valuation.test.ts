/** The value and cost of a move, against a worked example done by hand (docs/advice.md §2). */
import { describe, expect, it } from 'vitest';
import type { ModelFigures } from '../../src/advice/reassess.js';
import { monthsInEffect, moveValue } from '../../src/advice/valuation.js';

function figures(leverage: number, option: number, lossEs95: number): ModelFigures {
  return {
    layers: [],
    dependencies: [
      {
        provider: 'host',
        exitCost: 0,
        exitMonths: 0,
        optionValue: option,
        leveragePerYear: leverage,
        pointOfNoReturn: null,
      },
    ],
    serviceLoss: { probability: 0, downtimeMinutesPerYear: 0 },
    singlePoints: [],
    stress: {
      trials: 1,
      seed: 1,
      marginEs95: 0,
      marginEs99: 0,
      lossEs95,
      lossEs99: 0,
      meanLoss: 0,
    },
    findings: [],
  };
}

describe('move value', () => {
  const terms = { horizonMonths: 60, discountRate: 0.12 };

  it('counts leverage and running costs from the month the move is done to the horizon', () => {
    // r = 1.12^(1/12) − 1 = 0.0094888; annuity(60) = 45.58779, annuity(9) = 8.58745.
    const { months, factor } = monthsInEffect(9, terms);
    expect(months).toBe(51);
    expect(factor).toBeCloseTo(45.58779 - 8.58745, 3);
  });

  it('adds leverage as a present value, option value gained and tail loss avoided', () => {
    const v = moveValue(
      figures(0, 100_000, 500_000),
      figures(120_000, 150_000, 420_000),
      { oneOff: 50_000, monthly: 1_000, months: 9, explanation: '' },
      terms,
    );
    const factor = 45.58779 - 8.58745;
    expect(v.leverageValue).toBeCloseTo(10_000 * factor, 0);
    expect(v.optionValueGain).toBe(50_000);
    expect(v.tailLossAvoided).toBe(80_000);
    expect(v.total).toBeCloseTo(10_000 * factor + 130_000, 0);
    expect(v.cost).toBeCloseTo(50_000 + 1_000 * factor, 0);
    expect(v.perUnitCost).toBeCloseTo(v.total / v.cost, 12);
  });

  it('gives no ratio for a move that costs nothing, and nothing in effect past the horizon', () => {
    const free = moveValue(
      figures(0, 0, 0),
      figures(0, 0, 0),
      { oneOff: 0, monthly: 0, months: 0, explanation: '' },
      terms,
    );
    expect(free.perUnitCost).toBeNull();
    expect(monthsInEffect(80, terms)).toEqual({ months: 0, factor: 0 });
  });
});
