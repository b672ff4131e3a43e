/** A scorecard index (0–100) to one decimal, or "n/a" when the model gives nothing to compute it from. */
import { decimal } from './decimal.js';

export function score(value: number | null): string {
  return value === null ? 'n/a' : decimal(value, 1);
}
