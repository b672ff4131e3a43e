/**
 * Readable fronts for big spaces: at most N exact front points spread along the front, with
 * the hypervolume of what was found and a proven upper bound on the hypervolume still missing.
 *
 * Both figures are shares of the ideal–nadir box: every objective is scaled to [0, 1]
 * between its ideal (the best value on the front) and its nadir (the worst value on the
 * front), the hypervolume is measured from the nadir (1 on every scaled objective), and the
 * box itself has volume 1. Objectives on which the whole front is level are left out of the
 * scaling (they tell no point apart). The true hypervolume of the whole front lies between
 * `hypervolume` and `hypervolume + gapBound`.
 *
 * Two ways to get there:
 * - **Selection** (`spreadSelection`), when an exact method found the whole front: the
 *   extremes, then greedily the point farthest from those chosen (the k-centre heuristic of
 *   Gonzalez, Theoretical Computer Science 38, 1985), in the scaled space. The missing
 *   hypervolume is then known exactly: the front's less the chosen points'.
 * - **Box search** (`boxSearch`), for two objectives when no exact method can finish: the
 *   search region is kept as boxes between consecutive points found (Klamroth, Lacour &
 *   Vanderpooten, EJOR 245(3), 2015; Dächert & Klamroth, J. Global Optimization 61, 2015),
 *   each with lower bounds on the grid indices of any point still in it. The box of largest
 *   volume is split next, at the middle of its longer side (scaled), in the manner of the
 *   balanced box method (Boland, Charkhgard & Savelsbergh, INFORMS J. Computing 27(4), 2015):
 *   one lexicographic solve either returns a new nondominated point, which splits the box in
 *   two and proves the part beside it empty, or proves the half empty. The bound is the total
 *   volume of the boxes still open.
 *
 * Why the bound holds (two objectives f, g; minimisation; grid indices). Let a and b be
 * consecutive points found, a₀ < b₀ and a₁ > b₁. A nondominated point y not yet found with
 * a₀ < y₀ < b₀ lies in the box between them, and the box's lower corner lo satisfies y ≥ lo.
 * What y adds to the hypervolume is the set of z ≥ y not dominated by a or b: z₀ < b₀ and
 * z₁ < a₁, so inside [lo₀, b₀) × [lo₁, a₁). Every unfound point lies in some open box (the
 * lexicographic extremes leave none outside), so the missing volume is at most the sum of the
 * boxes' volumes.
 */
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from './design-space.js';
import { byPoint, type FrontEntry, pointOf } from './enumerate.js';
import type { Design } from './evaluate.js';
import { SolverFailure } from './exact-front.js';
import { stepIndex } from './grid.js';
import { hypervolume, type Point } from './pareto.js';

export interface Representation {
  /** The most points asked for. */
  readonly asked: number;
  /** `selection` from the exact front, or `boxes` from the box search. */
  readonly how: 'selection' | 'boxes';
  /** Best value of each objective on the front (minimisation form, on the grid). */
  readonly ideal: Point;
  /** Worst value of each objective on the front: the reference point. */
  readonly nadir: Point;
  /** Share of the ideal–nadir box dominated by the points returned. */
  readonly hypervolume: number;
  /**
   * A proven upper bound on the share still missing (the whole front's hypervolume less the
   * points'); undefined when the search stopped before the ideal and nadir were known, or an
   * exact method stopped before its front was complete.
   */
  readonly gapBound: number | undefined;
  /** Boxes of the search region still open (0 for a selection). */
  readonly openBoxes: number;
}

export interface Represented {
  readonly entries: FrontEntry[];
  readonly representation: Representation;
}

/** The ideal and nadir of a set of points, and a map into the box between them. */
function scaling(points: readonly Point[]) {
  const dimensions = points[0]?.length ?? 0;
  const ideal = Array.from({ length: dimensions }, (_, k) =>
    Math.min(...points.map((p) => p[k] ?? 0)),
  );
  const nadir = Array.from({ length: dimensions }, (_, k) =>
    Math.max(...points.map((p) => p[k] ?? 0)),
  );
  const varying = ideal.flatMap((low, k) => ((nadir[k] ?? 0) > low ? [k] : []));
  const scale = (p: Point): Point =>
    varying.map((k) => ((p[k] ?? 0) - (ideal[k] ?? 0)) / ((nadir[k] ?? 0) - (ideal[k] ?? 0)));
  const share = (set: readonly Point[]) =>
    varying.length === 0
      ? set.length > 0
        ? 1
        : 0
      : hypervolume(
          set.map(scale),
          varying.map(() => 1),
        );
  return { ideal, nadir, scale, share };
}

/**
 * At most `points` entries of an exact front, spread along it: the entry best on each
 * objective first, then each time the entry farthest (Euclidean, scaled) from those chosen.
 * The missing share is exact, since the whole front is known.
 */
export function spreadSelection(entries: readonly FrontEntry[], points: number): Represented {
  const all = entries.map((e) => e.point);
  const { ideal, nadir, scale, share } = scaling(all);
  const total = share(all);
  const chosen = new Set<number>();
  if (entries.length <= points) for (const i of entries.keys()) chosen.add(i);
  else {
    const scaled = all.map(scale);
    ideal.forEach((_, k) => {
      if (chosen.size >= points) return;
      let best = 0;
      all.forEach((p, i) => {
        if ((p[k] ?? 0) < (all[best]?.[k] ?? 0)) best = i;
      });
      chosen.add(best);
    });
    const nearest = scaled.map(() => Number.POSITIVE_INFINITY);
    const update = (c: number) =>
      scaled.forEach((p, i) => {
        const q = scaled[c] ?? [];
        const d = Math.hypot(...p.map((v, k) => v - (q[k] ?? 0)));
        if (d < (nearest[i] ?? 0)) nearest[i] = d;
      });
    for (const c of chosen) update(c);
    while (chosen.size < points) {
      let far = -1;
      nearest.forEach((d, i) => {
        if (!chosen.has(i) && (far < 0 || d > (nearest[far] ?? 0))) far = i;
      });
      if (far < 0) break;
      chosen.add(far);
      update(far);
    }
  }
  const kept = [...chosen].sort((i, j) => i - j).map((i) => entries[i] as FrontEntry);
  const found = share(kept.map((e) => e.point));
  return {
    entries: kept.sort(byPoint),
    representation: {
      asked: points,
      how: 'selection',
      ideal,
      nadir,
      hypervolume: found,
      gapBound: Math.max(0, total - found),
      openBoxes: 0,
    },
  };
}

/**
 * The lexicographic optimum of `order` among the designs whose grid indices are at most
 * `atMostSteps`, or why there is none (the MILP's is `lexicographicOptimum` in exact-front.ts).
 */
export type BoxSolve = (
  order: readonly [Objective, Objective],
  atMostSteps: Partial<Record<Objective, number>>,
) => Design | 'infeasible' | 'time-limit';

export interface BoxSearchOptions {
  /** The most points returned (at least 2: the two ends of the front). */
  readonly points: number;
  /** A `performance.now()` time after which no further programme is started. */
  readonly deadline: number;
  /** Each point as it is found. */
  readonly onPoint?: (entry: FrontEntry) => void;
}

export interface BoxSearch extends Represented {
  /**
   * True when the time limit or a solver failure stopped the search before it had `points`
   * points or had closed every box; the bound then covers what is left.
   */
  readonly stopped: boolean;
  /** What stopped the search early, in words (the time limit, a solver failure). */
  readonly incidents: readonly string[];
}

/** Part of the search region between two consecutive points found (grid indices). */
interface Box {
  /** The point found on its left: best on the first objective, worst on the second. */
  readonly left: readonly [number, number];
  readonly right: readonly [number, number];
  /** Every point still in the box is at least this on each objective. */
  readonly low: readonly [number, number];
}

const volume = (box: Box) =>
  Math.max(0, box.right[0] - box.low[0]) * Math.max(0, box.left[1] - box.low[1]);

/** The box search for two objectives (see the module's comment). */
export function boxSearch(
  space: CompiledSpace,
  objectives: readonly Objective[],
  solve: BoxSolve,
  options: BoxSearchOptions,
): BoxSearch {
  const [f, g] = objectives;
  if (f === undefined || g === undefined || objectives.length !== 2)
    throw new RangeError('the box search takes exactly two objectives');
  if (!Number.isInteger(options.points) || options.points < 2)
    throw new RangeError('at least two points are needed: the two ends of the front');
  const found: FrontEntry[] = [];
  const incidents: string[] = [];
  const steps = (design: Design): [number, number] => {
    const [x = 0, y = 0] = pointOf(space, design, objectives);
    return [stepIndex(f, x, space.resolution[f]), stepIndex(g, y, space.resolution[g])];
  };
  const keep = (design: Design): [number, number] => {
    const entry = { point: pointOf(space, design, objectives), designs: [design] };
    found.push(entry);
    options.onPoint?.(entry);
    return steps(design);
  };
  const result = (gapBound: number | undefined, openBoxes: number): BoxSearch => {
    const { ideal, nadir, share } = scaling(found.map((e) => e.point));
    return {
      entries: [...found].sort(byPoint),
      stopped: incidents.length > 0,
      incidents,
      representation: {
        asked: options.points,
        how: 'boxes',
        ideal,
        nadir,
        hypervolume: share(found.map((e) => e.point)),
        gapBound,
        openBoxes,
      },
    };
  };
  const attempt = (
    order: readonly [Objective, Objective],
    bounds: Partial<Record<Objective, number>>,
  ): Design | 'infeasible' | 'stop' => {
    if (performance.now() > options.deadline) {
      incidents.push('the time limit stopped the box search');
      return 'stop';
    }
    try {
      const outcome = solve(order, bounds);
      if (outcome !== 'time-limit') return outcome;
      incidents.push('a programme reached its time limit, so the box search stopped');
    } catch (error) {
      if (!(error instanceof SolverFailure)) throw error;
      incidents.push(`the box search stopped: ${error.message}`);
    }
    return 'stop';
  };
  const first = attempt([f, g], {});
  if (first === 'infeasible') return result(0, 0);
  if (first === 'stop') return result(undefined, 0);
  const a = keep(first);
  const second = attempt([g, f], {});
  if (second === 'stop') return result(undefined, 0);
  const b = second === 'infeasible' ? a : steps(second);
  if (b[0] === a[0] && b[1] === a[1]) return result(0, 0);
  keep(second as Design);
  // The extremes are nondominated and distinct, so a₀ < b₀ and a₁ > b₁.
  const width = b[0] - a[0];
  const height = a[1] - b[1];
  let boxes: Box[] = [{ left: a, right: b, low: [a[0] + 1, b[1] + 1] }];
  const finish = () => {
    const open = boxes.filter((box) => volume(box) > 0);
    const missing = open.reduce((sum, box) => sum + volume(box), 0) / (width * height);
    return result(missing, open.length);
  };
  while (found.length < options.points) {
    boxes = boxes.filter((box) => volume(box) > 0);
    if (boxes.length === 0) break;
    let at = 0;
    boxes.forEach((box, i) => {
      if (volume(box) > volume(boxes[at] as Box)) at = i;
    });
    const box = boxes[at] as Box;
    const { left, right, low } = box;
    // Split the longer side (scaled) at its middle.
    const onSecond = (left[1] - low[1]) / height >= (right[0] - low[0]) / width;
    const middle = onSecond
      ? Math.floor((low[1] + left[1] - 1) / 2)
      : Math.floor((low[0] + right[0] - 1) / 2);
    const outcome = onSecond
      ? attempt([f, g], { [f]: right[0] - 1, [g]: middle })
      : attempt([g, f], { [g]: left[1] - 1, [f]: middle });
    if (outcome === 'stop') break;
    const rest = boxes.filter((_, i) => i !== at);
    if (outcome === 'infeasible') {
      // No point of the box has its split side at most the middle.
      const raised: [number, number] = onSecond ? [low[0], middle + 1] : [middle + 1, low[1]];
      boxes = [...rest, { left, right, low: raised }];
      continue;
    }
    const y = steps(outcome);
    const inside = onSecond
      ? y[0] > left[0] && y[0] < right[0] && y[1] <= middle
      : y[1] > right[1] && y[1] < left[1] && y[0] <= middle;
    if (!inside) {
      incidents.push(
        'the box search stopped: a programme returned a design outside its box (the solver’s tolerances let a bound slip)',
      );
      break;
    }
    keep(outcome);
    // The solve also proves empty the part of the box beside the point: points better on
    // the minimised objective have the split side above the middle.
    boxes = onSecond
      ? [
          ...rest,
          { left, right: y, low: [low[0], Math.max(low[1], middle + 1)] },
          { left: y, right, low: [y[0] + 1, low[1]] },
        ]
      : [
          ...rest,
          { left, right: y, low: [low[0], Math.max(low[1], y[1] + 1)] },
          { left: y, right, low: [Math.max(low[0], middle + 1), low[1]] },
        ];
  }
  return finish();
}
