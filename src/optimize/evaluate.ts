/**
 * What a design (one option per decision) adds up to on every measure, and whether it keeps
 * its requirements and exclusions. Objectives read these measures (OBJECTIVE_MEASURE).
 */
import {
  addMeasures,
  type CompiledSpace,
  type MeasureVector,
  zeroMeasures,
} from './design-space.js';

/** A design: for each decision, in order, the index of the chosen option in `space.options`. */
export type Design = readonly number[];

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
