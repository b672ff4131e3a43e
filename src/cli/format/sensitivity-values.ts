/**
 * How sensitivity figures and parameter values read, in the terminal, in the report and in the
 * web app alike: money as every report writes it (whole units, thousands separated, currency
 * last), shares as percentages, indices to one decimal, points of no return as a month and its
 * date. Never in scientific notation, never "-0".
 */
import { POSITION_NAMES, type Position } from '../../analysis/scorecard/position.js';
import { addMonths } from '../../model/calendar.js';
import type { FigureUnit, FigureValue } from '../../sensitivity/headline-figures.js';
import type { ParameterUnit } from '../../sensitivity/parameter-ranges.js';
import type { Bar } from '../../sensitivity/sensitivity.js';
import { money } from '../../text/money.js';

/** Money as every report writes it, with an amount that rounds to nothing read as "0", not "-0". */
export function amount(value: number, currency: string): string {
  return money(Math.round(value) === 0 ? 0 : value, currency);
}

/** At most `digits` decimals, trailing zeros dropped: 0.5 → "0.5", 12 → "12", −0.001 → "0". */
export function decimal(value: number, digits: number): string {
  const fixed = Number(value.toFixed(digits));
  return (fixed === 0 ? 0 : fixed).toLocaleString('en', { maximumFractionDigits: digits });
}

function percentOf(share: number, digits: number): string {
  return `${decimal(share * 100, digits)}%`;
}

export function parameterValue(unit: ParameterUnit, value: number, currency: string): string {
  switch (unit) {
    case 'money':
      return `${decimal(value, value < 100 ? 2 : 0)} ${currency}`;
    case 'share':
      return percentOf(value, 2);
    case 'share-per-year':
      return `${percentOf(value, 2)} a year`;
    case 'months':
      return counted(value, 'month', 'months');
    case 'person-days':
      return counted(value, 'person-day', 'person-days');
    case 'people':
      return counted(value, 'person', 'people');
    case 'ratio':
      return decimal(value, 3);
    case 'availability':
      return percentOf(value, 4);
  }
}

function counted(value: number, one: string, many: string): string {
  const text = decimal(value, 1);
  return `${text} ${text === '1' ? one : many}`;
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
      return value === null ? 'none' : amount(value, currency);
    case 'index':
      return value === null ? 'n/a' : decimal(value, 1);
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
      return amount(bar.width, currency);
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
