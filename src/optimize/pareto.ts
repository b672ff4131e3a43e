/**
 * Pareto dominance and the hypervolume indicator, both for minimisation (methods.md §6.1).
 * Hand-written: the npm hypervolume packages are either unmaintained or pull a GA framework,
 * and the exact algorithms for two to four objectives are short.
 */

export type Point = readonly number[];

/** a dominates b: no worse on every objective and strictly better on one. */
export function dominates(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let strictly = false;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] ?? 0;
    const bi = b[i] ?? 0;
    if (ai > bi) return false;
    if (ai < bi) strictly = true;
  }
  return strictly;
}

/**
 * An archive of nondominated entries. Points are offered on the resolution grid (`pointOf`),
 * so equal scores are equal doubles and the plain comparisons below are comparisons of grid
 * steps. Entries with equal points are kept together, since
 * alternative optima differ in their choices, not in their scores.
 */
export class ParetoArchive<T> {
  private entries: { point: Point; items: T[] }[] = [];

  /** Offer a point; returns whether it is (now) on the front. */
  offer(point: Point, item: T): boolean {
    for (const entry of this.entries) {
      if (dominates(entry.point, point)) return false;
      if (samePoint(entry.point, point)) {
        entry.items.push(item);
        return true;
      }
    }
    this.entries = this.entries.filter((entry) => !dominates(point, entry.point));
    this.entries.push({ point, items: [item] });
    return true;
  }

  /** The front, sorted by the first objective, then the next. */
  front(): { point: Point; items: T[] }[] {
    return [...this.entries].sort((a, b) => compareLexicographic(a.point, b.point));
  }
}

function samePoint(a: Point, b: Point): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function compareLexicographic(a: Point, b: Point): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The volume dominated by `front` and bounded by `reference` (minimisation). Points not
 * strictly better than the reference on every objective add nothing. Two objectives use the
 * sweep of methods.md §6.1; more objectives slice along the first objective and recurse on the
 * rest, exact and fast enough for the fronts of a design space (hundreds of points, d ≤ 4).
 */
export function hypervolume(front: readonly Point[], reference: Point): number {
  const inside = front.filter((p) => p.every((v, i) => v < (reference[i] ?? 0)));
  return volume(inside, reference);
}

function volume(points: readonly Point[], reference: Point): number {
  if (points.length === 0) return 0;
  if (reference.length === 1)
    return (reference[0] ?? 0) - Math.min(...points.map((p) => p[0] ?? 0));
  if (reference.length === 2) return sweep2d(points, reference);
  const sorted = [...points].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const rest = reference.slice(1);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]?.[0] ?? 0;
    const to = sorted[i + 1]?.[0] ?? reference[0] ?? 0;
    if (to <= from) continue;
    const slice = sorted.slice(0, i + 1).map((p) => p.slice(1));
    total += (to - from) * volume(slice, rest);
  }
  return total;
}

function sweep2d(points: readonly Point[], reference: Point): number {
  const sorted = [...points].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
  const [r1 = 0, r2 = 0] = reference;
  let previous = r2;
  let total = 0;
  for (const [f1 = 0, f2 = 0] of sorted) {
    if (f2 >= previous) continue;
    total += (r1 - f1) * (previous - f2);
    previous = f2;
  }
  return total;
}
