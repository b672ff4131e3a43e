/**
 * A scorecard index is a weighted mean of named factors, each a number from 0 to 1 read from
 * the model, with the lines of the model behind it. A factor the model gives no data for is
 * not applicable: it is listed, and the remaining weights are scaled up to sum to one, so a
 * missing section neither helps nor hurts.
 */
import type { ModelPath } from '../../model/load/diagnostic.js';

export interface FactorInput {
  readonly id: string;
  readonly title: string;
  /** The stated weight; the docs give the reason for each. */
  readonly weight: number;
  /** 0–1, or null when the model has nothing to read it from. */
  readonly value: number | null;
  /** The figure in words: what was counted and how. */
  readonly explanation: string;
  readonly evidence: readonly ModelPath[];
}

export interface Factor extends FactorInput {
  /** Points this factor adds to its index (0–100 scale). */
  readonly contribution: number;
}

export interface IndexScore {
  /** 0–100, or null when no factor applies. */
  readonly score: number | null;
  readonly factors: readonly Factor[];
}

export function indexOf(inputs: readonly FactorInput[]): IndexScore {
  const applicable = inputs.filter((f) => f.value !== null);
  const totalWeight = applicable.reduce((sum, f) => sum + f.weight, 0);
  const factors = inputs.map((f) => ({
    ...f,
    value: f.value === null ? null : clamp01(f.value),
    contribution:
      f.value === null || totalWeight === 0 ? 0 : (clamp01(f.value) * f.weight * 100) / totalWeight,
  }));
  const score = totalWeight === 0 ? null : factors.reduce((sum, f) => sum + f.contribution, 0);
  return { score: score === null ? null : round1(score), factors };
}

/**
 * The index with no score: its factors keep their values and explanations, and add no points,
 * since there is no index for them to add to.
 */
export function unscored(index: IndexScore): IndexScore {
  return { score: null, factors: index.factors.map((f) => ({ ...f, contribution: 0 })) };
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A weighted share: Σ weight·[condition] / Σ weight, or null over nothing. */
export function weightedShare<T>(
  items: readonly T[],
  weightOf: (item: T) => number,
  holds: (item: T) => number | boolean,
): number | null {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  if (total === 0) return null;
  return items.reduce((sum, item) => sum + weightOf(item) * Number(holds(item)), 0) / total;
}
