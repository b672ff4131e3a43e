/**
 * What a design (one option per decision) scores on every objective. All objectives are
 * expressed for minimisation here; `control`, which the user wants high, enters negated and
 * is turned back for display.
 */
import type { Objective } from '../model/schema/design-space.js';
import {
  addMeasures,
  type CompiledSpace,
  type MeasureVector,
  zeroMeasures,
} from './design-space.js';

/** A design: for each decision, in order, the index of the chosen option in `space.options`. */
export type Design = readonly number[];

/** Objective values in minimisation form, keyed by objective. */
export type ObjectiveValues = Record<Objective, number>;

export function measuresOf(space: CompiledSpace, design: Design): MeasureVector {
  const total = zeroMeasures();
  let slowest = 0;
  for (const o of design) {
    const effects = space.options[o]?.effects;
    if (effects === undefined) continue;
    addMeasures(total, effects);
    slowest = Math.max(slowest, effects.launch);
  }
  // Decisions run in parallel: the launch waits for the slowest, then for integration delays.
  total.launch = slowest;
  const chosen = new Set(design);
  for (const interaction of space.interactions) {
    if (chosen.has(interaction.a) && chosen.has(interaction.b))
      addMeasures(total, interaction.effects);
  }
  return total;
}

/** The objectives in minimisation form, from a design's measures. */
export function objectivesOf(m: MeasureVector): ObjectiveValues {
  return {
    cost: m.npv,
    time_to_launch: m.launch,
    lockin: m.exit,
    resilience: m.hazard,
    security: m.exposure,
    control: -m.control,
  };
}

/** Why a design breaks a requirement or an exclusion, or undefined when it is feasible. */
export function infeasibility(space: CompiledSpace, design: Design): string | undefined {
  const chosen = new Set(design);
  for (const o of design) {
    const option = space.options[o];
    if (option === undefined) continue;
    const missing = option.requires.find((r) => !chosen.has(r));
    if (missing !== undefined) return `${option.id} requires ${space.options[missing]?.id}`;
    const clash = option.excludes.find((x) => chosen.has(x));
    if (clash !== undefined) return `${option.id} excludes ${space.options[clash]?.id}`;
  }
  return undefined;
}
