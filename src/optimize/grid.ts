/**
 * The resolution grid: the one definition of when two designs score the same and when one is
 * better. Every score is rounded to its objective's resolution step before it is compared, by
 * every method (enumeration, implicit enumeration, dynamic programming, the MILP's ε-steps),
 * by the knee and by the locally optimised path. Without it, equal totals summed in a different
 * order differ in their last bit, and a design that only ties up to float noise while being
 * worse elsewhere would stay on the front.
 *
 * Rounding is to the nearest step, halves upwards (Math.round), so a score's grid index is
 * round(value / step). Resilience is a hazard that interactions can push below zero; a total
 * hazard below zero is no hazard at all (probability 0), so it is floored at 0 before rounding,
 * and ranking and display read the same value.
 */
import type { Objective } from '../model/schema/design-space.js';

/** The grid index of a score: how many resolution steps it is from zero. */
export function stepIndex(objective: Objective, value: number, step: number): number {
  const floored = objective === 'resilience' ? Math.max(0, value) : value;
  // `+ 0` turns the −0 that Math.round gives for small negative values into 0.
  return Math.round(floored / step) + 0;
}

/**
 * The value of a grid index. Dividing by a whole-number inverse (100 for a step of 0.01) gives
 * the double nearest the decimal (0.07, not 0.07000000000000001); the same index always gives
 * the same double, so grid values compare exactly with `<` and `===`.
 */
export function gridValue(index: number, step: number): number {
  const inverse = 1 / step;
  const value = Number.isInteger(inverse) ? index / inverse : index * step;
  return value + 0;
}

/** A score rounded to its objective's grid. */
export function onGrid(objective: Objective, value: number, step: number): number {
  return gridValue(stepIndex(objective, value, step), step);
}

/** The lowest grid index an objective can take: 0 for resilience (floored), else unbounded. */
export function lowestIndex(objective: Objective): number {
  return objective === 'resilience' ? 0 : Number.NEGATIVE_INFINITY;
}
