/**
 * What a move is worth and what it costs, both as present values at as_of, from the figures of
 * the baseline and of the model after the move (reassess.ts). docs/advice.md gives the method.
 *
 *   value = leverage gained a year, as a present value from the month the move is done to the
 *           end of the horizon
 *         + option value gained (the options to switch, summed over dependencies)
 *         + tail loss avoided (ES 95% of a year's shock loss, before less after: the reserve a
 *           1-in-20 bad year needs shrinks by this much, counted once)
 *   cost  = one-off + monthly × the present value of the months from done to the horizon's end
 *
 * The three parts of value are not independent: a credible alternative raises both the
 * leverage and the option. They are shown apart so a reader can take either; the sum is the
 * advisor's one figure.
 */
import { annuity } from '../economics/present-value.js';
import type { MoveCost } from './move.js';
import type { DependencyFigures, ModelFigures } from './reassess.js';

export interface MoveValue {
  /** Leverage a year, after less before, summed over dependencies (none counts as 0). */
  readonly leverageGainPerYear: number;
  /** That gain a month from the month the move is done to the horizon's end, discounted. */
  readonly leverageValue: number;
  readonly optionValueGain: number;
  readonly tailLossAvoided: number;
  readonly total: number;
  /** The present value of the move's costs. */
  readonly cost: number;
  /** total − cost. */
  readonly net: number;
  /** total ÷ cost; null when the move costs nothing. */
  readonly perUnitCost: number | null;
  /** Months of the horizon the move's effect and running cost are counted over. */
  readonly monthsInEffect: number;
}

export interface ValuationTerms {
  readonly horizonMonths: number;
  readonly discountRate: number;
}

export function moveValue(
  before: ModelFigures,
  after: ModelFigures,
  cost: MoveCost,
  terms: ValuationTerms,
): MoveValue {
  const leverageGainPerYear =
    sum(after.dependencies, leverage) - sum(before.dependencies, leverage);
  const effect = monthsInEffect(cost.months, terms);
  const leverageValue = (leverageGainPerYear / 12) * effect.factor;
  const optionValueGain = sum(after.dependencies, option) - sum(before.dependencies, option);
  const tailLossAvoided = before.stress.lossEs95 - after.stress.lossEs95;
  const total = leverageValue + optionValueGain + tailLossAvoided;
  const costValue = cost.oneOff + cost.monthly * effect.factor;
  return {
    leverageGainPerYear,
    leverageValue,
    optionValueGain,
    tailLossAvoided,
    total,
    cost: costValue,
    net: total - costValue,
    perUnitCost: costValue === 0 ? null : total / costValue,
    monthsInEffect: effect.months,
  };
}

/**
 * The months from the month the move is done to the horizon's end, and the present value at
 * as_of of 1 a month over them: annuity(horizon) − annuity(done).
 */
export function monthsInEffect(
  doneMonth: number,
  terms: ValuationTerms,
): { months: number; factor: number } {
  const done = Math.min(doneMonth, terms.horizonMonths);
  return {
    months: terms.horizonMonths - done,
    factor: annuity(terms.horizonMonths, terms.discountRate) - annuity(done, terms.discountRate),
  };
}

const leverage = (d: DependencyFigures) => d.leveragePerYear ?? 0;
const option = (d: DependencyFigures) => d.optionValue ?? 0;

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}
