/**
 * The design space as a mixed-integer programme, in CPLEX LP text for HiGHS.
 *
 * One binary x per option, one per decision summing to 1; `requires` as x_o ≤ x_r, `excludes`
 * as x_o + x_e ≤ 1. Each interaction gets z = x_a·x_b, linearised exactly (Fortet; Glover &
 * Woolsey, methods.md §6.1) with all three inequalities because its effects may be synergies on
 * one objective and penalties on another. The launch, which waits for the slowest decision, is
 * T ≥ Σ launch_o x_o for every decision, plus the interactions' delays.
 *
 * Each objective is written in its own resolution (1 currency unit, 0.01 month, …): the LP sees
 * value / resolution. Bounds are on grid indices (src/optimize/grid.ts): round(f / step) ≤ n,
 * halves rounding up, is f / step ≤ n + 1/2 − GRID_MARGIN. Minimising f / step minimises its
 * grid index too, since rounding is monotone, so the front search's lexicographic stages rank
 * designs on the same grid as every other method. (Integer grid variables would also do, but
 * HiGHS then branches on them and each programme took several times longer.)
 */
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, OBJECTIVE_MEASURE } from './design-space.js';

export interface ProgramRequest {
  /** The objective minimised. */
  readonly minimise: Objective;
  /** Upper bounds on grid indices: whole numbers of resolution steps (minimisation form). */
  readonly atMostSteps: Partial<Record<Objective, number>>;
}

/**
 * How far, in steps, a score must sit above a half step to round up: far above the solver's
 * feasibility tolerance (1e-10), far below anything a model states. A score within this of a
 * half step is rounded down by the programme and up by Math.round; docs/optimize.md says so.
 */
export const GRID_MARGIN = 1e-6;

type Terms = Map<string, number>;

export const optionVariable = (o: number) => `x${o}`;
const pairVariable = (i: number) => `z${i}`;
const LAUNCH = 'T';

/** The linear expression of one objective, in units of its resolution. */
function objectiveTerms(space: CompiledSpace, objective: Objective): Terms {
  const [measure, sign] = OBJECTIVE_MEASURE[objective];
  const scale = sign / space.resolution[objective];
  const terms: Terms = new Map();
  if (measure === 'launch') terms.set(LAUNCH, scale);
  else {
    space.options.forEach((option, o) => {
      const c = option.effects[measure];
      if (c !== 0) terms.set(optionVariable(o), c * scale);
    });
  }
  space.interactions.forEach((interaction, i) => {
    const c = interaction.effects[measure];
    if (c !== 0) terms.set(pairVariable(i), c * scale);
  });
  return terms;
}

function number(value: number): string {
  // LP text has no room for exponents beyond what HiGHS parses; 15 significant digits round-trip doubles closely enough for one-unit resolution.
  return Number(value.toPrecision(15)).toString();
}

function expression(terms: Terms): string {
  const parts: string[] = [];
  for (const [variable, coefficient] of terms) {
    if (coefficient === 0) continue;
    parts.push(`${coefficient < 0 ? '-' : '+'} ${number(Math.abs(coefficient))} ${variable}`);
  }
  return parts.length === 0 ? `0 ${optionVariable(0)}` : wrap(parts);
}

/** LP text is read line by line; long sums are broken onto continuation lines. */
function wrap(parts: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 10) lines.push(parts.slice(i, i + 10).join(' '));
  return lines.join('\n   ');
}

export function formulate(space: CompiledSpace, request: ProgramRequest): string {
  const read = [
    ...new Set([request.minimise, ...(Object.keys(request.atMostSteps) as Objective[])]),
  ];
  const usesLaunch = read.includes('time_to_launch');
  const rows: string[] = [];
  for (const [objective, steps] of Object.entries(request.atMostSteps) as [Objective, number][]) {
    const limit = steps + 0.5 - GRID_MARGIN;
    rows.push(
      `eps_${objective}: ${expression(objectiveTerms(space, objective))} <= ${number(limit)}`,
    );
  }
  space.decisions.forEach((decision, d) => {
    rows.push(`one_${d}: ${decision.options.map((o) => `+ ${optionVariable(o)}`).join(' ')} = 1`);
    if (!usesLaunch) return;
    const times = new Map(
      decision.options.map((o) => [optionVariable(o), -(space.options[o]?.effects.launch ?? 0)]),
    );
    times.set(LAUNCH, 1);
    rows.push(`launch_${d}: ${expression(times)} >= 0`);
  });
  space.options.forEach((option, o) => {
    option.requires.forEach((r, k) => {
      rows.push(`req_${o}_${k}: + ${optionVariable(o)} - ${optionVariable(r)} <= 0`);
    });
    option.excludes.forEach((e, k) => {
      rows.push(`exc_${o}_${k}: + ${optionVariable(o)} + ${optionVariable(e)} <= 1`);
    });
  });
  const bounds: string[] = [];
  space.interactions.forEach((interaction, i) => {
    const z = pairVariable(i);
    const [a, b] = [optionVariable(interaction.a), optionVariable(interaction.b)];
    rows.push(`za_${i}: + ${z} - ${a} <= 0`, `zb_${i}: + ${z} - ${b} <= 0`);
    rows.push(`zab_${i}: + ${z} - ${a} - ${b} >= -1`);
    bounds.push(`0 <= ${z} <= 1`);
  });
  if (usesLaunch) bounds.push(`${LAUNCH} >= 0`);
  return [
    'Minimize',
    ` goal: ${expression(objectiveTerms(space, request.minimise))}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds.map((bound) => ` ${bound}`),
    'Binary',
    ` ${wrap(space.options.map((_, o) => optionVariable(o)))}`,
    'End',
  ].join('\n');
}
