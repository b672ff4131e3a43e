/**
 * A design space compiled for search: options indexed 0..n-1, each with one coefficient per
 * measure, and interactions as index pairs. Every later step (evaluation, enumeration, the
 * MILP, the local path) reads this form, so the YAML shape is interpreted in one place.
 */
import { annuity } from '../economics/present-value.js';
import type { DesignSpace, InteractionEffects, Objective } from '../model/schema/design-space.js';

/**
 * The additive measures of a design. Each objective is built from them; `launch` is the one
 * measure that is not a plain sum (the launch waits for the slowest decision).
 */
export const MEASURES = ['npv', 'launch', 'exit', 'hazard', 'exposure', 'control'] as const;
export type Measure = (typeof MEASURES)[number];
export type MeasureVector = Record<Measure, number>;

/**
 * The measure each objective reads, and its sign in minimisation form: control is wanted high,
 * so it is minimised negated. The MILP, the evaluation and the local path all read this table.
 */
export const OBJECTIVE_MEASURE: Readonly<Record<Objective, readonly [Measure, 1 | -1]>> = {
  cost: ['npv', 1],
  time_to_launch: ['launch', 1],
  lockin: ['exit', 1],
  resilience: ['hazard', 1],
  security: ['exposure', 1],
  control: ['control', -1],
};

/** An objective's value in minimisation form, from a design's measures. */
export function objectiveValue(measures: MeasureVector, objective: Objective): number {
  const [measure, sign] = OBJECTIVE_MEASURE[objective];
  return sign * measures[measure];
}

export interface CompiledOption {
  readonly id: string;
  readonly name: string;
  readonly decision: number;
  readonly effects: MeasureVector;
  readonly requires: readonly number[];
  readonly excludes: readonly number[];
}

export interface CompiledDecision {
  readonly id: string;
  readonly name: string;
  readonly options: readonly number[];
  readonly criteria: readonly Objective[];
}

export interface CompiledInteraction {
  readonly a: number;
  readonly b: number;
  readonly effects: MeasureVector;
  readonly reason?: string;
}

export interface CompiledSpace {
  readonly decisions: readonly CompiledDecision[];
  readonly options: readonly CompiledOption[];
  readonly interactions: readonly CompiledInteraction[];
  readonly horizonMonths: number;
  readonly lockinAtMonth: number;
  readonly discountRate: number;
  readonly resolution: Readonly<Record<Objective, number>>;
}

export interface SpaceParameters {
  /** Months over which costs are discounted (the operator's horizon unless the space sets one). */
  readonly horizonMonths: number;
  readonly discountRate: number;
}

export const DEFAULT_LOCKIN_MONTH = 36;

/** The smallest difference on each objective that counts as a different point, unless the space sets one. */
export const DEFAULT_RESOLUTION: Record<Objective, number> = {
  cost: 1,
  time_to_launch: 0.01,
  lockin: 1,
  resilience: 1e-7,
  security: 0.01,
  control: 0.01,
};
const DEFAULT_CRITERIA = ['time_to_launch', 'cost'] as const;

/**
 * Service-loss probabilities become hazards, −ln(1 − p): for independent causes hazards add
 * and P(loss) = 1 − exp(−Σ hazard), so minimising the sum minimises the probability exactly
 * while keeping the objective linear for the MILP. The same formula holds for a negative
 * change (an interaction that removes a shared failure mode): p = −0.5 gives −ln 1.5, the
 * hazard whose addition multiplies the chance of no loss by 1.5. A total below zero is floored
 * at zero when scored (src/optimize/grid.ts).
 */
export function hazardOf(probability: number): number {
  return -Math.log1p(-Math.min(probability, 1 - 1e-12));
}

export function probabilityOfHazard(hazard: number): number {
  return -Math.expm1(-Math.max(0, hazard));
}

function measures(
  effects: InteractionEffects,
  presentValueOfMonthly: number,
  lockinAtMonth: number,
): MeasureVector {
  const control = Object.values(effects.control ?? {}).reduce((sum, points) => sum + points, 0);
  return {
    npv: (effects.upfront ?? 0) + (effects.monthly ?? 0) * presentValueOfMonthly,
    launch: effects.launch_months ?? 0,
    exit: (effects.exit_cost ?? 0) + (effects.exit_cost_growth ?? 0) * lockinAtMonth,
    hazard: hazardOf(effects.service_loss ?? 0),
    exposure: effects.exposure ?? 0,
    control,
  };
}

export function compileSpace(space: DesignSpace, parameters: SpaceParameters): CompiledSpace {
  const horizonMonths = space.horizon_months ?? parameters.horizonMonths;
  const lockinAtMonth = space.lockin_at_month ?? DEFAULT_LOCKIN_MONTH;
  const pv = annuity(horizonMonths, parameters.discountRate);
  const index = new Map<string, number>();
  space.decisions.forEach((decision) => {
    for (const option of decision.options) index.set(option.id, index.size);
  });
  // The loader has checked every reference, so a miss here is a programming error.
  const at = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`design space: unknown option ${id}`);
    return i;
  };
  const options: CompiledOption[] = [];
  const decisions = space.decisions.map((decision, d) => {
    const members = decision.options.map((option) => {
      options.push({
        id: option.id,
        name: option.name ?? option.id,
        decision: d,
        effects: measures(option, pv, lockinAtMonth),
        requires: (option.requires ?? []).map(at),
        excludes: (option.excludes ?? []).map(at),
      });
      return options.length - 1;
    });
    return {
      id: decision.id,
      name: decision.name ?? decision.id,
      options: members,
      criteria: decision.criteria ?? DEFAULT_CRITERIA,
    };
  });
  const interactions = (space.interactions ?? []).map((interaction) => ({
    a: at(interaction.options[0]),
    b: at(interaction.options[1]),
    effects: measures(interaction.effects, pv, lockinAtMonth),
    ...(interaction.reason === undefined ? {} : { reason: interaction.reason }),
  }));
  return {
    decisions,
    options,
    interactions,
    horizonMonths,
    lockinAtMonth,
    discountRate: parameters.discountRate,
    resolution: { ...DEFAULT_RESOLUTION, ...space.resolution },
  };
}

export function zeroMeasures(): MeasureVector {
  return { npv: 0, launch: 0, exit: 0, hazard: 0, exposure: 0, control: 0 };
}

/** Adds `effects` into `total`, every measure as a plain sum. */
export function addMeasures(total: MeasureVector, effects: MeasureVector): void {
  for (const measure of MEASURES) total[measure] += effects[measure];
}
