/**
 * The exact front by visiting every design: the oracle the MILP is checked against, and the
 * fastest method when the space is small. Designs are visited as an odometer over decisions.
 */
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, objectiveValue } from './design-space.js';
import { type Design, infeasibility, measuresOf } from './evaluate.js';
import { onGrid } from './grid.js';
import { compareLexicographic, ParetoArchive, type Point } from './pareto.js';

/** Above this many designs enumeration is refused; the MILP handles larger spaces. */
export const ENUMERATION_LIMIT = 2_000_000;

export interface FrontEntry {
  /** Objective values in minimisation form, in the order the objectives were asked for. */
  readonly point: Point;
  /** Every design reaching this point (alternative optima). */
  readonly designs: readonly Design[];
}

/** Front entries in reading order: by the first objective, then the next. */
export function byPoint(a: FrontEntry, b: FrontEntry): number {
  return compareLexicographic(a.point, b.point);
}

export function designCount(space: CompiledSpace): number {
  return space.decisions.reduce((product, decision) => product * decision.options.length, 1);
}

/**
 * A design's point: its score on each objective, in minimisation form, rounded to the
 * objective's resolution (src/optimize/grid.ts). Every method scores designs here, so every
 * comparison of points is a comparison on the grid.
 */
export function pointOf(
  space: CompiledSpace,
  design: Design,
  objectives: readonly Objective[],
): Point {
  const measures = measuresOf(space, design);
  return objectives.map((objective) =>
    onGrid(objective, objectiveValue(measures, objective), space.resolution[objective]),
  );
}

export function enumerateFront(
  space: CompiledSpace,
  objectives: readonly Objective[],
): FrontEntry[] {
  const count = designCount(space);
  if (count > ENUMERATION_LIMIT) {
    throw new RangeError(`${count} designs is more than enumeration visits (${ENUMERATION_LIMIT})`);
  }
  const archive = new ParetoArchive<Design>();
  const digits = space.decisions.map(() => 0);
  for (let visited = 0; visited < count; visited++) {
    const design = space.decisions.map((decision, d) => decision.options[digits[d] ?? 0] ?? 0);
    if (infeasibility(space, design) === undefined) {
      archive.offer(pointOf(space, design, objectives), design);
    }
    advance(digits, space);
  }
  return archive.front().map((entry) => ({ point: entry.point, designs: entry.items }));
}

function advance(digits: number[], space: CompiledSpace): void {
  for (let d = 0; d < digits.length; d++) {
    const next = (digits[d] ?? 0) + 1;
    if (next < (space.decisions[d]?.options.length ?? 1)) {
      digits[d] = next;
      return;
    }
    digits[d] = 0;
  }
}
