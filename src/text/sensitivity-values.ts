/**
 * How sensitivity figures and parameter values read, in the terminal, in the report and in the
 * web app alike, in the product's number style (src/text, docs/number-style.md): money in whole
 * units with its currency, indices to one decimal, availabilities as `availability` writes
 * them, points of no return as a date and a month. A parameter's value keeps the decimals it
 * needs to be told from its neighbours (a churn of 1.01% is not 1%), through `decimal`.
 */
import { POSITION_NAMES, type Position } from '../analysis/scorecard/position.js';
import { addMonths } from '../model/calendar.js';
import type { FigureUnit, FigureValue } from '../sensitivity/headline-figures.js';
import type { ParameterUnit } from '../sensitivity/parameter-ranges.js';
import type { Bar } from '../sensitivity/sensitivity.js';
import { availability, decimal, money, score } from './index.js';

/** At most `digits` decimals, trailing zeros dropped: (0.5, 3) → "0.5"; (12, 1) → "12". */
function trimmed(value: number, digits: number): string {
  return decimal(value, digits, { trimZeros: true });
}

function counted(value: number, one: string, many: string): string {
  const text = trimmed(value, 1);
  return `${text} ${text === '1' ? one : many}`;
}

/** A parameter's value in its unit: "5 GBP", "2.5%", "10% a year", "12 months", "99.9%". */
export function parameterValue(unit: ParameterUnit, value: number, currency: string): string {
  switch (unit) {
    case 'money':
      // A unit price (a SIM, a port) keeps its pence; a day rate is whole.
      return `${trimmed(value, value < 100 ? 2 : 0)} ${currency}`;
    case 'share':
      return `${trimmed(value * 100, 2)}%`;
    case 'share-per-year':
      return `${trimmed(value * 100, 2)}% a year`;
    case 'months':
      return counted(value, 'month', 'months');
    case 'person-days':
      return counted(value, 'person-day', 'person-days');
    case 'people':
      return counted(value, 'person', 'people');
    case 'ratio':
      return trimmed(value, 3);
    case 'availability':
      return availability(value);
  }
}

/** A headline figure's value; `asOf` dates a point of no return. */
export function figureValue(
  unit: FigureUnit,
  value: FigureValue,
  currency: string,
  asOf: string,
): string {
  switch (unit) {
    case 'money':
      return value === null ? 'none' : money(value, currency);
    case 'index':
      return score(value);
    case 'month':
      return pointOfNoReturn(value, asOf);
  }
}

/** A point of no return as its date and month: "2029-05-01 (month 30)". */
export function pointOfNoReturn(month: number | null, asOf: string): string {
  if (month === null) return 'not within the horizon';
  if (month === 0) return 'already passed (month 0)';
  return `${addMonths(asOf, month)} (month ${month})`;
}

/** A bar's width in the figure's unit: money, index points or months. */
export function barWidth(unit: FigureUnit, bar: Bar, currency: string): string {
  switch (unit) {
    case 'money':
      return money(bar.width, currency);
    case 'index':
      return `${decimal(bar.width, 1)} points`;
    case 'month':
      return `${decimal(bar.width, 0)} months`;
  }
}

/** A position's name in words: `dependent_participant` → "dependent participant". */
export function positionName(position: string): string {
  return POSITION_NAMES[position as Position] ?? position.replace(/_/g, ' ');
}

/** An axis value of a figure in the web app's tornado: money, an index, or a month. */
export function axisValue(
  unit: FigureUnit,
  value: number,
  currency: string,
  horizonMonths: number,
): string {
  if (unit === 'money') return money(value, currency);
  if (unit === 'index') return decimal(value, 1);
  return value > horizonMonths ? 'beyond' : `month ${decimal(value, 0)}`;
}
