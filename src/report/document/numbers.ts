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

/** A small probability as people read it: 1.70e-3 rather than 0.0017. */
export function probability(value: number): string {
  return value === 0 ? '0' : value < 0.001 ? value.toExponential(2) : value.toPrecision(3);
}
