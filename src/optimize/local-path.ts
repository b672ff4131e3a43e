/**
 * The architecture assembled one decision at a time: each decision, in the model's order,
 * takes the option that is best on its own criteria (first criterion, then the next as a
 * tie-break, each rounded to its resolution), counting its interactions with the choices
 * already made and none with the choices still to come. Requirements and exclusions of
 * earlier choices are honoured, since an operator cannot pick what its earlier contracts rule
 * out.
 */
import {
  addMeasures,
  type CompiledSpace,
  type MeasureVector,
  objectiveValue,
  zeroMeasures,
} from './design-space.js';
import { onGrid } from './grid.js';
import { compareLexicographic } from './pareto.js';

export interface LocalStep {
  readonly decision: string;
  readonly chosen: number;
  /** The option's score on the decision's criteria, as seen when the decision was taken. */
  readonly seen: readonly number[];
}

export type LocalPath =
  | { readonly feasible: true; readonly design: readonly number[]; readonly steps: LocalStep[] }
  | { readonly feasible: false; readonly stuckAt: string; readonly steps: LocalStep[] };

export function localPath(space: CompiledSpace): LocalPath {
  const chosen: number[] = [];
  const steps: LocalStep[] = [];
  for (const decision of space.decisions) {
    let best: { option: number; seen: number[] } | undefined;
    for (const option of decision.options) {
      if (!compatible(space, chosen, option)) continue;
      const local = localMeasures(space, chosen, option);
      // Scores are compared on the resolution grid, as the front compares them: a tie up to
      // float noise goes to the next criterion, then to the option listed first.
      const score = decision.criteria.map((c) =>
        onGrid(c, objectiveValue(local, c), space.resolution[c]),
      );
      if (best === undefined || compareLexicographic(score, best.seen) < 0) {
        best = { option, seen: score };
      }
    }
    if (best === undefined) return { feasible: false, stuckAt: decision.id, steps };
    chosen.push(best.option);
    steps.push({ decision: decision.id, chosen: best.option, seen: best.seen });
  }
  const unmet = chosen.find((o) => space.options[o]?.requires.some((r) => !chosen.includes(r)));
  if (unmet !== undefined) {
    return {
      feasible: false,
      stuckAt: space.decisions[space.options[unmet]?.decision ?? 0]?.id ?? '',
      steps,
    };
  }
  return { feasible: true, design: chosen, steps };
}

/** An option fits the earlier choices: neither side excludes the other, and a requirement naming this decision is met. */
function compatible(space: CompiledSpace, chosen: readonly number[], option: number): boolean {
  const candidate = space.options[option];
  if (candidate === undefined) return false;
  for (const earlier of chosen) {
    const made = space.options[earlier];
    if (made === undefined) continue;
    if (made.excludes.includes(option) || candidate.excludes.includes(earlier)) return false;
    const wanted = made.requires.filter((r) => space.options[r]?.decision === candidate.decision);
    if (wanted.length > 0 && !wanted.includes(option)) return false;
    const needs = candidate.requires.filter((r) => space.options[r]?.decision === made.decision);
    if (needs.length > 0 && !needs.includes(earlier)) return false;
  }
  return true;
}

/** What the option brings as seen at decision time: itself plus its interactions with earlier choices. */
function localMeasures(
  space: CompiledSpace,
  chosen: readonly number[],
  option: number,
): MeasureVector {
  const own = space.options[option]?.effects;
  const total = zeroMeasures();
  if (own !== undefined) addMeasures(total, own);
  for (const interaction of space.interactions) {
    const other =
      interaction.a === option ? interaction.b : interaction.b === option ? interaction.a : -1;
    if (other < 0 || !chosen.includes(other)) continue;
    addMeasures(total, interaction.effects);
  }
  return total;
}
