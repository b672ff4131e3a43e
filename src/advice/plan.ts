/**
 * The plan: which moves to make together. The valued moves become a design space — each a
 * decision, do or skip — with their interactions measured by re-assessing pairs that meet
 * (two moves on one dependency, or on one element of the model), and the existing exact
 * optimiser (implicit enumeration, src/optimize) finds every plan on the front of cost against
 * value. The knee is the recommended plan; it is re-assessed whole, and ordered into a roadmap
 * by act-by date. Method: docs/advice.md.
 */
import type { Lockin } from '../economics/lockin.js';
import { addMonths } from '../model/calendar.js';
import type { Layer } from '../model/layers.js';
import type { DesignSpace } from '../model/schema/design-space.js';
import { type CompiledSpace, compileSpace } from '../optimize/design-space.js';
import { enumerateFront, type FrontEntry } from '../optimize/enumerate.js';
import { measuresOf } from '../optimize/evaluate.js';
import { reportFront } from '../optimize/front-report.js';
import { implicitEnumeration } from '../optimize/implicit-enumeration.js';
import type { MoveAssessment, PatchedFigures, UnvaluedMove, ValuedMove } from './advise.js';
import type { MoveCost } from './move.js';
import type { ModelFigures, Reassessment } from './reassess.js';
import { type MoveValue, moveValue, type ValuationTerms } from './valuation.js';

/** Most moves a plan is chosen from: 2^12 = 4,096 plans, searched exactly in milliseconds. */
export const PLAN_MOVES = 12;

/** Objectives of the plan space: the cost of the plan, and the value it leaves unrealised. */
const PLAN_OBJECTIVES = ['cost', 'lockin'] as const;

export interface Interaction {
  readonly a: string;
  readonly b: string;
  /** Value of the pair re-assessed together less the two moves' values apart. */
  readonly value: number;
  readonly reason: string;
}

export interface PlanPoint {
  readonly moves: readonly string[];
  /** Present value of the moves' costs. */
  readonly cost: number;
  /** The moves' values with their pairwise interactions. */
  readonly value: number;
  /** Control points gained, summed over the layers and the moves (each move's own re-assessment). */
  readonly control: number;
  readonly knee: boolean;
}

export interface RoadmapStep {
  readonly move: string;
  readonly title: string;
  /**
   * When to start at the latest: the act-by date; for a window that has closed, the next
   * window's; as_of for a move with no deadline.
   */
  readonly start: string;
  readonly done: string;
  readonly actBy: string | null;
  readonly why: string;
}

export interface HorizonView {
  /** Total exit cost of every dependency, at as_of and each year after. */
  readonly exitCost: readonly {
    readonly month: number;
    readonly date: string;
    readonly cost: number;
  }[];
  readonly leveragePerYear: number;
  readonly marginEs95: number;
}

export interface Plan {
  /** The moves the plan was chosen from: those with value, the best PLAN_MOVES by net value. */
  readonly considered: readonly string[];
  readonly leftOut: readonly string[];
  readonly interactions: readonly Interaction[];
  readonly front: readonly PlanPoint[];
  readonly nodes: number;
  /** The knee of the front; null when no move has value. */
  readonly recommended: {
    readonly moves: readonly string[];
    readonly estimated: { readonly cost: number; readonly value: number; readonly control: number };
    /** The plan's patches applied together and the model re-assessed whole. */
    readonly reassessed: MoveValue | null;
    readonly problem: string | null;
    readonly roadmap: readonly RoadmapStep[];
    readonly after: HorizonView | null;
  } | null;
  readonly doNothing: HorizonView;
}

/** The moves a plan is chosen from: those with value, the best PLAN_MOVES by net value. */
export function planCandidates(assessment: MoveAssessment): ValuedMove[] {
  return assessment.moves.filter((m) => m.value.total > 0).slice(0, PLAN_MOVES);
}

export interface MeetingPair {
  readonly a: ValuedMove;
  readonly b: ValuedMove;
  readonly reason: string;
}

/**
 * Pairs that meet: two moves on one dependency, or whose patches touch one element of the
 * model (the same SIM group, contract, provider or section key). Their interaction is measured
 * by re-assessing the pair; other pairs are taken as additive, and the recommended plan is
 * re-assessed whole, which shows what that leaves out.
 */
export function meetingPairs(moves: readonly ValuedMove[]): MeetingPair[] {
  const pairs: MeetingPair[] = [];
  for (let i = 0; i < moves.length; i++)
    for (let j = i + 1; j < moves.length; j++) {
      const a = moves[i] as ValuedMove;
      const b = moves[j] as ValuedMove;
      const reason = meeting(a, b);
      if (reason !== undefined) pairs.push({ a, b, reason });
    }
  return pairs;
}

/** What the plan is built from: the valued moves, the pairs re-assessed, the baseline. */
export interface PlanInputs {
  readonly assessment: MoveAssessment;
  readonly baseline: Reassessment;
  readonly terms: ValuationTerms;
  readonly pairs: readonly MeetingPair[];
  /** The figures of each pair re-assessed together, aligned with `pairs`. */
  readonly pairFigures: readonly PatchedFigures[];
  /** Re-assesses the model with the moves applied together (the recommended plan, whole). */
  readonly together: (moves: readonly ValuedMove[]) => Reassessment | UnvaluedMove;
}

export function planFrom(inputs: PlanInputs): Plan {
  const { assessment, baseline, terms } = inputs;
  const considered = planCandidates(assessment);
  const interactions = interactionsFrom(inputs);
  const space = planSpace(considered, interactions, terms);
  const { entries, nodes } = frontOf(space);
  const total = considered.reduce((sum, m) => sum + Math.max(0, m.value.total), 0);
  const report = reportFront(space, PLAN_OBJECTIVES, entries, {
    feasible: true,
    design: space.decisions.map((d) => d.options[0] ?? 0),
    steps: [],
  });
  const front = report.front.map((design, i): PlanPoint => {
    const designOf = entries[i]?.designs[0] ?? [];
    const chosen = designOf.flatMap((option, d) =>
      option === space.decisions[d]?.options[1] ? [considered[d]?.id ?? ''] : [],
    );
    return {
      moves: chosen,
      cost: entries[i]?.point[0] ?? 0,
      value: total - (entries[i]?.point[1] ?? 0),
      control: measuresOf(space, designOf).control,
      knee: design.knee,
    };
  });
  const knee = front.find((p) => p.knee && p.moves.length > 0) ?? null;
  const valued = assessment.moves.filter((m) => m.value.total > 0);
  return {
    considered: considered.map((m) => m.id),
    leftOut: valued.slice(PLAN_MOVES).map((m) => m.id),
    interactions,
    front,
    nodes,
    recommended: knee === null ? null : recommended(inputs, knee),
    doNothing: horizonView(baseline.lockin, baseline.figures, assessment.asOf),
  };
}

/**
 * The plan space: one decision per move, skip or do. Costs are present values (upfront, so
 * the optimiser adds them as they are). Value enters as the lock-in objective, "value left
 * unrealised": a skipped move of positive value leaves its value, a move done leaves nothing,
 * and a pair done together adds minus its interaction. So lock-in = total − the plan's value.
 */
export function planSpace(
  moves: readonly ValuedMove[],
  interactions: readonly Interaction[],
  terms: { horizonMonths: number; discountRate: number },
): CompiledSpace {
  const index = new Map(moves.map((m, i) => [m.id, i]));
  const space: DesignSpace = {
    decisions: moves.map((m, i) => ({
      id: `move-${i}`,
      name: m.title,
      options: [
        { id: `move-${i}-skip`, name: 'skip', exit_cost: Math.max(0, m.value.total) },
        {
          id: `move-${i}-do`,
          name: m.id,
          upfront: m.value.cost,
          exit_cost: Math.max(0, -m.value.total),
          control: controlGained(m),
        },
      ],
    })),
    interactions: interactions.map((x) => ({
      options: [`move-${index.get(x.a)}-do`, `move-${index.get(x.b)}-do`] as [string, string],
      effects: { exit_cost: -x.value },
      reason: x.reason,
    })),
  };
  return compileSpace(space, terms);
}

/** Points of control each layer gains with the move, as its re-assessment gives them. */
function controlGained(move: ValuedMove): Partial<Record<Layer, number>> {
  const gained: Partial<Record<Layer, number>> = {};
  for (const l of move.deltas.layers)
    if (
      l.control.before !== null &&
      l.control.after !== null &&
      l.control.after !== l.control.before
    )
      gained[l.layer] = l.control.after - l.control.before;
  return gained;
}

function frontOf(space: CompiledSpace): { entries: FrontEntry[]; nodes: number } {
  const walked = implicitEnumeration(space, PLAN_OBJECTIVES, { nodeBudget: 2_000_000 });
  if (walked !== undefined) return walked;
  // Beyond the walk's budget (it never is at PLAN_MOVES decisions), plain enumeration.
  return { entries: enumerateFront(space, PLAN_OBJECTIVES), nodes: 2 ** space.decisions.length };
}

/** Each pair's value together less the two moves' values apart, where that is not zero. */
function interactionsFrom(inputs: PlanInputs): Interaction[] {
  const found: Interaction[] = [];
  inputs.pairs.forEach(({ a, b, reason }, i) => {
    const together = inputs.pairFigures[i];
    if (together === undefined || 'problem' in together) return;
    const pair = moveValue(inputs.baseline.figures, together, combinedCost([a, b]), inputs.terms);
    const value = pair.total - a.value.total - b.value.total;
    if (value !== 0) found.push({ a: a.id, b: b.id, value, reason });
  });
  return found;
}

function meeting(a: ValuedMove, b: ValuedMove): string | undefined {
  if (a.actsOn !== null && a.actsOn === b.actsOn) return `both act on ${a.actsOn}`;
  const touched = new Set(a.patch.flatMap(elementOf));
  const shared = b.patch.flatMap(elementOf).find((e) => touched.has(e));
  return shared === undefined ? undefined : `both change ${shared}`;
}

/**
 * The element a step changes: `sims.0`, `contracts.3`, `numbering.msisdn_holder`. A new element
 * appended to a top-level list (a new provider, contract, cost line) meets nothing.
 */
function elementOf(step: ValuedMove['patch'][number]): string[] {
  if (step.op === 'append' && step.path.length === 1) return [];
  return [step.path.slice(0, 2).join('.')];
}

function combinedCost(moves: readonly ValuedMove[]): MoveCost {
  return {
    oneOff: moves.reduce((sum, m) => sum + m.cost.oneOff, 0),
    monthly: moves.reduce((sum, m) => sum + m.cost.monthly, 0),
    months: Math.max(0, ...moves.map((m) => m.cost.months)),
    explanation: 'the moves’ costs added; done when the slowest is done',
  };
}

function recommended(inputs: PlanInputs, knee: PlanPoint): NonNullable<Plan['recommended']> {
  const { assessment, baseline, terms } = inputs;
  const byId = new Map(assessment.moves.map((m) => [m.id, m]));
  const moves = knee.moves.flatMap((id) => byId.get(id) ?? []);
  const whole = inputs.together(moves);
  const asOf = assessment.asOf;
  const roadmap = moves
    .map((m): RoadmapStep => {
      // The latest start: the act-by date; for a closed window the next window's; else now.
      const startMonth = m.actBy.month ?? m.actBy.nextWindow?.month ?? 0;
      return {
        move: m.id,
        title: m.title,
        start: addMonths(asOf, startMonth),
        done: addMonths(asOf, startMonth + m.cost.months),
        actBy: m.actBy.date,
        why: m.actBy.explanation,
      };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.move < b.move ? -1 : 1));
  if ('problem' in whole)
    return {
      moves: knee.moves,
      estimated: { cost: knee.cost, value: knee.value, control: knee.control },
      reassessed: null,
      problem: whole.problem,
      roadmap,
      after: null,
    };
  return {
    moves: knee.moves,
    estimated: { cost: knee.cost, value: knee.value, control: knee.control },
    reassessed: moveValue(baseline.figures, whole.figures, combinedCost(moves), terms),
    problem: null,
    roadmap,
    after: horizonView(whole.lockin, whole.figures, asOf),
  };
}

function horizonView(lockin: Lockin, figures: ModelFigures, asOf: string): HorizonView {
  const months: number[] = [];
  for (let m = 0; m <= lockin.horizonMonths; m += 12) months.push(m);
  const atMonth = (month: number) =>
    lockin.dependencies.reduce(
      (sum, d) => sum + (d.curve.find((p) => p.month === month)?.cost ?? 0),
      0,
    );
  return {
    exitCost: months.map((month) => ({
      month,
      date: addMonths(asOf, month),
      cost: atMonth(month),
    })),
    leveragePerYear: figures.dependencies.reduce((sum, d) => sum + (d.leveragePerYear ?? 0), 0),
    marginEs95: figures.stress.marginEs95,
  };
}
