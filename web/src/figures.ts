/**
 * How figures read on screen: the product's number style (src/text, docs/number-style.md) —
 * money in whole units of the model's currency, shares as percentages, yearly probabilities
 * as "about 1 in N years" — plus the app's own dates.
 */
import {
  availability,
  decimal,
  score as indexScore,
  money,
  oneInYears,
  percent,
  wholeNumber,
} from '../../src/text/index.js';

/** Units whose figures are money in the model's currency. */
const MONEY_UNITS = new Set(['money', 'cost', 'lockin']);

/**
 * A chart axis's tick: money as a whole number, its currency in the axis title instead
 * (axisTitle), so "3,500,000" fits where "3,500,000 GBP" was cut off; the rest as inUnit.
 */
export function axisTick(value: number, unit: string, currency: string): string {
  return MONEY_UNITS.has(unit) ? wholeNumber(value) : inUnit(value, unit, currency);
}

/** A chart axis's title: the objective in words, with the currency when it is money. */
export function axisTitle(unit: string, currency: string): string {
  const words = unit.replaceAll('_', ' ');
  return MONEY_UNITS.has(unit) ? `${words} (${currency})` : words;
}

export { money };

export function share(value: number): string {
  return percent(value);
}

/** A scorecard index, as the report writes it. */
export function score(value: number | null): string {
  return indexScore(value);
}

export function count(value: number): string {
  return wholeNumber(value);
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * An objective's (cost, lockin, resilience…) or a compared figure's (money, fraction,
 * probability…) value in its unit; months and points keep one decimal.
 */
export function inUnit(value: number, unit: string, currency: string): string {
  switch (unit) {
    case 'money':
    case 'cost':
    case 'lockin':
      return money(value, currency);
    case 'share':
    case 'fraction':
      return percent(value);
    case 'resilience':
      return oneInYears(value);
    case 'probability':
      // Availabilities sit near one; yearly probabilities of loss near zero.
      return value >= 0.5 ? availability(value) : oneInYears(value);
    case 'count':
    case 'hhi':
      return count(value);
    default:
      return decimal(value, 1, { trimZeros: true });
  }
}
