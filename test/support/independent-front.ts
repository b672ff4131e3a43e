/**
 * An independent oracle for the design-space front, written from docs/optimize.md and sharing
 * no code with src/optimize: it visits every design, scores it from the YAML form, rounds each
 * score to its resolution step and keeps the designs no other design beats on those grid
 * indices. Whole-number upfront and monthly sums are added before discounting, so designs whose
 * costs are equal in exact arithmetic score exactly equal here, whatever the order of the sum.
 */
import type { DesignSpace, Objective } from '../../src/model/schema/design-space.js';

export interface OracleParameters {
  readonly horizonMonths: number;
  readonly discountRate: number;
}

export interface OraclePoint {
  /** Grid indices (score / step, rounded half up), in the order of the objectives. */
  readonly steps: readonly number[];
  /** Every design reaching it, each as its option ids joined by '+', sorted. */
  readonly designs: readonly string[];
}

const STEPS: Record<Objective, number> = {
  cost: 1,
  time_to_launch: 0.01,
  lockin: 1,
  resilience: 1e-7,
  security: 0.01,
  control: 0.01,
};

type Option = DesignSpace['decisions'][number]['options'][number];

export function oracleFront(
  space: DesignSpace,
  parameters: OracleParameters,
  objectives: readonly Objective[],
): OraclePoint[] {
  const months = space.horizon_months ?? parameters.horizonMonths;
  const monthlyRate = (1 + parameters.discountRate) ** (1 / 12) - 1;
  // Payments at each month's end: Σ (1 + i)^−m for m = 1..n.
  let presentValue = 0;
  for (let m = 1; m <= months; m++) presentValue += (1 + monthlyRate) ** -m;
  const lockinMonth = space.lockin_at_month ?? 36;
  const scored: { steps: number[]; design: string }[] = [];
  for (const design of allDesigns(space)) {
    if (!feasible(design)) continue;
    const ids = new Set(design.map((o) => o.id));
    const pairs = (space.interactions ?? []).filter(
      (i) => ids.has(i.options[0]) && ids.has(i.options[1]),
    );
    const parts: Effects[] = [...design, ...pairs.map((i) => i.effects)];
    const sum = (read: (e: Effects) => number) => parts.reduce((t, e) => t + read(e), 0);
    const score: Record<Objective, number> = {
      cost: sum((e) => e.upfront ?? 0) + sum((e) => e.monthly ?? 0) * presentValue,
      // Decisions run in parallel: the slowest option, then every integration delay.
      time_to_launch:
        Math.max(0, ...design.map((o) => o.launch_months ?? 0)) +
        pairs.reduce((t, i) => t + (i.effects.launch_months ?? 0), 0),
      lockin: sum((e) => (e.exit_cost ?? 0) + (e.exit_cost_growth ?? 0) * lockinMonth),
      resilience: Math.max(
        0,
        sum((e) => -Math.log(1 - (e.service_loss ?? 0))),
      ),
      security: sum((e) => e.exposure ?? 0),
      control: -sum((e) => Object.values(e.control ?? {}).reduce((t, v) => t + v, 0)),
    };
    const step = (o: Objective) => space.resolution?.[o] ?? STEPS[o];
    scored.push({
      steps: objectives.map((o) => Math.round(score[o] / step(o)) + 0),
      design: design.map((o) => o.id).join('+'),
    });
  }
  const beats = (a: number[], b: number[]) =>
    a.every((v, k) => v <= (b[k] ?? 0)) && a.some((v, k) => v < (b[k] ?? 0));
  const front = new Map<string, OraclePoint & { designs: string[] }>();
  for (const s of scored) {
    if (scored.some((other) => beats(other.steps, s.steps))) continue;
    const key = s.steps.join();
    const entry = front.get(key) ?? { steps: s.steps, designs: [] };
    entry.designs.push(s.design);
    front.set(key, entry);
  }
  return [...front.values()]
    .map((p) => ({ steps: p.steps, designs: [...p.designs].sort() }))
    .sort((a, b) => compare(a.steps, b.steps));
}

type Effects = Pick<
  Option,
  | 'upfront'
  | 'monthly'
  | 'launch_months'
  | 'exit_cost'
  | 'exit_cost_growth'
  | 'service_loss'
  | 'exposure'
  | 'control'
>;

function* allDesigns(space: DesignSpace): Generator<Option[]> {
  const walk = function* (d: number, chosen: Option[]): Generator<Option[]> {
    const decision = space.decisions[d];
    if (decision === undefined) {
      yield [...chosen];
      return;
    }
    for (const option of decision.options) yield* walk(d + 1, [...chosen, option]);
  };
  yield* walk(0, []);
}

function feasible(design: readonly Option[]): boolean {
  const ids = new Set(design.map((o) => o.id));
  return design.every(
    (o) =>
      (o.requires ?? []).every((r) => ids.has(r)) && !(o.excludes ?? []).some((x) => ids.has(x)),
  );
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] ?? 0) - (b[k] ?? 0);
  return 0;
}
