/**
 * The Herfindahl–Hirschman index and the thresholds it is read against (methods.md §3).
 *
 *   HHI = Σ sᵢ², shares in percent (0–10,000).
 *   US DOJ/FTC Merger Guidelines 2023, Guideline 1: HHI > 1,800 is highly concentrated; the
 *   DOJ reads 1,000–1,800 as moderately concentrated; a change above 100 in a highly
 *   concentrated market is presumed to lessen competition (strict inequalities: exactly 100
 *   does not trigger).
 */

export type ConcentrationLevel =
  | 'unconcentrated'
  | 'moderately_concentrated'
  | 'highly_concentrated';

export const HHI_THRESHOLDS_2023 = { moderate: 1000, high: 1800, significantChange: 100 } as const;

/**
 * HHI on the 0–10,000 scale from shares given as fractions. Computed on basis points and
 * rounded to 1e-9, since (0.55² + 0.25² + 0.2²)·10,000 is 4050.0000000000005 in doubles.
 */
export function hhi(shares: readonly number[]): number {
  const total = shares.reduce((sum, s) => sum + (s * 100) ** 2, 0);
  return Math.round(total * 1e9) / 1e9;
}

export function concentrationLevel(index: number): ConcentrationLevel {
  if (index > HHI_THRESHOLDS_2023.high) return 'highly_concentrated';
  if (index >= HHI_THRESHOLDS_2023.moderate) return 'moderately_concentrated';
  return 'unconcentrated';
}

/** Change in HHI when two suppliers with shares a and b combine: 2ab (on the 0–10,000 scale). */
export function hhiDelta(a: number, b: number): number {
  return Math.round(2 * (a * 100) * (b * 100) * 1e9) / 1e9;
}

/** The 2023 structural presumption: a highly concentrated result with a change above 100. */
export function presumedHarmful(postHhi: number, delta: number): boolean {
  return postHhi > HHI_THRESHOLDS_2023.high && delta > HHI_THRESHOLDS_2023.significantChange;
}

/** The number of equal suppliers that would give the same HHI: 10,000 / HHI. */
export function numbersEquivalent(index: number): number {
  return index === 0 ? Number.POSITIVE_INFINITY : 10_000 / index;
}

/** Normalised HHI for N suppliers, 0 (equal shares) to 1 (one supplier): (H − 1/N)/(1 − 1/N). */
export function normalisedHhi(index: number, suppliers: number): number {
  if (suppliers <= 1) return 1;
  const h = index / 10_000;
  return (h - 1 / suppliers) / (1 - 1 / suppliers);
}

/** Concentration ratio: the sum of the k largest shares. */
export function concentrationRatio(shares: readonly number[], k: number): number {
  return [...shares]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, s) => sum + s, 0);
}
