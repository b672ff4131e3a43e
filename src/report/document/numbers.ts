/** How the report writes numbers: money in whole units, shares as percentages, counts grouped. */
export { money } from '../../cli/format/money.js';

export function count(value: number): string {
  return Math.round(value).toLocaleString('en');
}

export function percent(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** A 0–100 index, or "n/a" when the model gives nothing to compute it from. */
export function score(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(1);
}

/** A share that may be tiny, in percent and never in scientific notation: "0.15%", "under 0.01%". */
export function smallPercent(share: number): string {
  const value = share * 100;
  if (value === 0) return '0%';
  return value >= 0.01 ? `${value.toFixed(2)}%` : 'under 0.01%';
}

/** A time a year: "about 4.4 hours a year", "about 12.0 minutes a year", "under a tenth of a second a year". */
export function timeAYear(hours: number): string {
  const minutes = hours * 60;
  if (minutes >= 120) return `about ${hours.toFixed(1)} hours a year`;
  if (minutes >= 1) return `about ${minutes.toFixed(1)} minutes a year`;
  if (minutes * 60 >= 0.1) return `about ${(minutes * 60).toFixed(1)} seconds a year`;
  return 'under a tenth of a second a year';
}

/** A small probability as people read it: 1.70e-3 rather than 0.0017. */
export function probability(value: number): string {
  return value === 0 ? '0' : value < 0.001 ? value.toExponential(2) : value.toPrecision(3);
}
