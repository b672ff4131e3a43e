/**
 * What the optimiser tells the user about a front: each design as its choices, the knee, the
 * hypervolume, and where the locally optimised path sits: which front designs dominate it and
 * by how much on each objective (the price of deciding one step at a time).
 */
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, probabilityOfHazard } from './design-space.js';
import type { FrontEntry } from './enumerate.js';
import { pointOf } from './enumerate.js';
import type { Design } from './evaluate.js';
import type { LocalPath } from './local-path.js';
import { dominates, hypervolume, type Point } from './pareto.js';

export interface Choice {
  readonly decision: string;
  readonly option: string;
}

export interface ReportedDesign {
  /** Objective values as users read them: control as points gained, resilience as a probability. */
  readonly values: Record<string, number>;
  readonly choices: readonly Choice[];
}

export interface FrontReport {
  readonly objectives: readonly Objective[];
  readonly front: readonly (ReportedDesign & {
    readonly knee: boolean;
    /** Other designs reaching the same point (listed only by enumeration). */
    readonly alternatives: readonly (readonly Choice[])[];
  })[];
  /**
   * Hypervolume of the front with every objective scaled to [0, 1] between the best and worst
   * values seen (front and local path), from the reference point 1.1 on each: comparable
   * between runs on the same space, and independent of the objectives' units.
   */
  readonly hypervolume: number;
  readonly local:
    | {
        readonly feasible: true;
        readonly design: ReportedDesign;
        readonly onFront: boolean;
        /** Front designs that dominate the local path, as indices into `front`. */
        readonly dominatedBy: readonly number[];
        /** For each objective, the most any dominating design improves on the local path. */
        readonly bestGain: Record<string, number>;
      }
    | { readonly feasible: false; readonly stuckAt: string };
}

/** An objective value in the units the user reads (see ReportedDesign). */
export function displayValue(objective: Objective, minimised: number): number {
  if (objective === 'control') return -minimised;
  if (objective === 'resilience') return probabilityOfHazard(minimised);
  return minimised;
}

export function choicesOf(space: CompiledSpace, design: Design): Choice[] {
  return design.map((o, d) => ({
    decision: space.decisions[d]?.id ?? String(d),
    option: space.options[o]?.id ?? String(o),
  }));
}

function reported(
  space: CompiledSpace,
  objectives: readonly Objective[],
  point: Point,
  design: Design,
): ReportedDesign {
  return {
    values: Object.fromEntries(objectives.map((o, k) => [o, displayValue(o, point[k] ?? 0)])),
    choices: choicesOf(space, design),
  };
}

export function reportFront(
  space: CompiledSpace,
  objectives: readonly Objective[],
  entries: readonly FrontEntry[],
  local: LocalPath,
): FrontReport {
  const localPoint = local.feasible ? pointOf(space, local.design, objectives) : undefined;
  const all =
    localPoint === undefined
      ? entries.map((e) => e.point)
      : [...entries.map((e) => e.point), localPoint];
  const scale = normaliser(all, objectives.length);
  const scaled = entries.map((e) => scale(e.point));
  const knee = kneeIndex(scaled);
  const front = entries.map((entry, i) => ({
    ...reported(space, objectives, entry.point, entry.designs[0] ?? []),
    knee: i === knee,
    alternatives: entry.designs.slice(1).map((design) => choicesOf(space, design)),
  }));
  const hv = hypervolume(
    scaled,
    objectives.map(() => 1.1),
  );
  if (!local.feasible || localPoint === undefined) {
    return {
      objectives,
      front,
      hypervolume: hv,
      local: { feasible: false, stuckAt: local.feasible ? '' : local.stuckAt },
    };
  }
  const dominatedBy = entries.flatMap((e, i) => (dominates(e.point, localPoint) ? [i] : []));
  const bestGain = Object.fromEntries(
    objectives.map((objective, k) => {
      const gains = dominatedBy.map((i) => (localPoint[k] ?? 0) - (entries[i]?.point[k] ?? 0));
      const gain = gains.length === 0 ? 0 : Math.max(...gains);
      // A gain in hazard is shown as the drop in probability of service loss.
      const shown =
        objective === 'resilience'
          ? probabilityOfHazard(localPoint[k] ?? 0) -
            probabilityOfHazard((localPoint[k] ?? 0) - gain)
          : gain;
      return [objective, shown];
    }),
  );
  const onFront = entries.some((e) => e.point.every((v, k) => v === localPoint[k]));
  return {
    objectives,
    front,
    hypervolume: hv,
    local: {
      feasible: true,
      design: reported(space, objectives, localPoint, local.design),
      onFront,
      dominatedBy,
      bestGain,
    },
  };
}

/** Maps points to [0, 1] per objective between the best and worst seen; a flat objective maps to 0. */
function normaliser(points: readonly Point[], dimensions: number): (p: Point) => Point {
  const low = Array.from({ length: dimensions }, (_, k) =>
    Math.min(...points.map((p) => p[k] ?? 0)),
  );
  const high = Array.from({ length: dimensions }, (_, k) =>
    Math.max(...points.map((p) => p[k] ?? 0)),
  );
  return (p) =>
    p.map((v, k) => {
      const span = (high[k] ?? 0) - (low[k] ?? 0);
      return span === 0 ? 0 : (v - (low[k] ?? 0)) / span;
    });
}

/**
 * The knee: the front design nearest the ideal point (best on every objective at once) after
 * scaling, the usual compromise-programming choice (Zeleny 1973). Undefined for an empty front.
 */
function kneeIndex(scaled: readonly Point[]): number | undefined {
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  scaled.forEach((p, i) => {
    const distance = Math.hypot(...p);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
