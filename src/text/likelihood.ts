/**
 * How often something happens, as people read it: time a year for expected downtime, and
 * "about 1 in N years" for the probability that an event happens in a year. Never scientific
 * notation: 1.7e-3 a year reads "about 1 in 590 years".
 */
import { decimal } from './decimal.js';
import { percent } from './percent.js';
import { wholeNumber } from './whole-number.js';

/** A time a year: "about 4.4 hours a year", "about 12.0 minutes a year", "under a tenth of a second a year". */
export function timeAYear(hours: number): string {
  if (Number.isNaN(hours)) return 'n/a';
  if (hours === Number.POSITIVE_INFINITY) return 'all year';
  const minutes = hours * 60;
  if (minutes >= 120) return `about ${decimal(hours, 1)} hours a year`;
  if (minutes >= 1) return `about ${decimal(minutes, 1)} minutes a year`;
  if (minutes * 60 >= 0.1) return `about ${decimal(minutes * 60, 1)} seconds a year`;
  return 'under a tenth of a second a year';
}

/** Beyond this many years the figure is only "rarer than": no one can tell 1 in 4 million from 1 in 9. */
const RAREST_YEARS = 1_000_000;

/**
 * The probability that an event happens in a year, as "about 1 in N years" with N to two
 * significant figures: 0.0017 → "about 1 in 590 years"; 0.25 → "about 1 in 4 years"; 1e-7 →
 * "under 1 in a million years". Above one half it is a chance: 0.8 → "80% a year"; 0 → "never".
 */
export function oneInYears(probability: number): string {
  if (Number.isNaN(probability)) return 'n/a';
  if (probability <= 0) return 'never';
  if (probability >= 1) return 'every year';
  if (probability > 0.5) return `${percent(probability)} a year`;
  const years = 1 / probability;
  if (years > RAREST_YEARS) return 'under 1 in a million years';
  return `about 1 in ${wholeNumber(twoSignificantFigures(years))} years`;
}

function twoSignificantFigures(value: number): number {
  if (value < 10) return Math.round(value);
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}
