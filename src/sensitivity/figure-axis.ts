/**
 * A figure's value as a number on its tornado's axis, apart from the analyses so that the
 * report's and the web app's drawings can place bars without loading them.
 */
import { monthOrBeyond } from './flip-points.js';
import type { FigureUnit, FigureValue } from './headline-figures.js';

/**
 * A point of no return not reached is the month after the horizon; a missing option, leverage
 * or index counts as 0.
 */
export function numeric(unit: FigureUnit, value: FigureValue, horizonMonths: number): number {
  if (unit === 'month') return monthOrBeyond(value, horizonMonths);
  return value ?? 0;
}
