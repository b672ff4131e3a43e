/**
 * What a move changes, figure by figure: the baseline's value beside the patched model's, for
 * each layer, each dependency whose figures move, the service, the stress test and the
 * findings. Every "after" value is what `analyze`, `lockin` or `simulate` prints for the model
 * `mvnoscope apply` writes (test/advice/apply-reproduces.test.ts holds it to that).
 */
import type { Position } from '../analysis/scorecard/position.js';
import type { Layer } from '../model/layers.js';
import type { DependencyFigures, ModelFigures, StressFigures } from './reassess.js';

export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

export interface LayerChange {
  readonly layer: Layer;
  readonly dependency: Change<number | null>;
  readonly control: Change<number | null>;
  readonly position: Change<Position>;
}

export interface DependencyChange {
  readonly provider: string;
  /** Null on a side where the dependency is not there (a move adds or removes a supplier). */
  readonly exitCost: Change<number | null>;
  readonly exitMonths: Change<number | null>;
  readonly optionValue: Change<number | null>;
  readonly leveragePerYear: Change<number | null>;
  readonly pointOfNoReturn: Change<string | null>;
}

export interface MoveDeltas {
  readonly layers: readonly LayerChange[];
  /** Only dependencies with a figure that changes. */
  readonly dependencies: readonly DependencyChange[];
  readonly serviceLossProbability: Change<number>;
  readonly downtimeMinutesPerYear: Change<number>;
  readonly singlePointsRemoved: readonly string[];
  readonly singlePointsAdded: readonly string[];
  readonly stress: { readonly [K in keyof StressFigures]: Change<StressFigures[K]> };
  readonly findingsResolved: readonly string[];
  readonly findingsAdded: readonly string[];
}

export function deltasOf(before: ModelFigures, after: ModelFigures): MoveDeltas {
  const afterLayer = new Map(after.layers.map((l) => [l.layer, l]));
  return {
    layers: before.layers.flatMap((l) => {
      const a = afterLayer.get(l.layer);
      if (a === undefined) return [];
      return [
        {
          layer: l.layer,
          dependency: { before: l.dependency, after: a.dependency },
          control: { before: l.control, after: a.control },
          position: { before: l.position, after: a.position },
        },
      ];
    }),
    dependencies: dependencyChanges(before.dependencies, after.dependencies),
    serviceLossProbability: {
      before: before.serviceLoss.probability,
      after: after.serviceLoss.probability,
    },
    downtimeMinutesPerYear: {
      before: before.serviceLoss.downtimeMinutesPerYear,
      after: after.serviceLoss.downtimeMinutesPerYear,
    },
    singlePointsRemoved: missingFrom(before.singlePoints, after.singlePoints),
    singlePointsAdded: missingFrom(after.singlePoints, before.singlePoints),
    stress: stressChange(before.stress, after.stress),
    findingsResolved: missingFrom(before.findings, after.findings),
    findingsAdded: missingFrom(after.findings, before.findings),
  };
}

function dependencyChanges(
  before: readonly DependencyFigures[],
  after: readonly DependencyFigures[],
): DependencyChange[] {
  const afterBy = new Map(after.map((d) => [d.provider, d]));
  const beforeBy = new Map(before.map((d) => [d.provider, d]));
  const providers = [...before.map((d) => d.provider)];
  for (const d of after) if (!beforeBy.has(d.provider)) providers.push(d.provider);
  return providers
    .map((provider) => changeOf(provider, beforeBy.get(provider), afterBy.get(provider)))
    .filter(changed);
}

function changeOf(
  provider: string,
  b: DependencyFigures | undefined,
  a: DependencyFigures | undefined,
): DependencyChange {
  const pick = <T>(d: DependencyFigures | undefined, of: (d: DependencyFigures) => T) =>
    d === undefined ? null : of(d);
  return {
    provider,
    exitCost: { before: pick(b, (d) => d.exitCost), after: pick(a, (d) => d.exitCost) },
    exitMonths: { before: pick(b, (d) => d.exitMonths), after: pick(a, (d) => d.exitMonths) },
    optionValue: { before: pick(b, (d) => d.optionValue), after: pick(a, (d) => d.optionValue) },
    leveragePerYear: {
      before: pick(b, (d) => d.leveragePerYear),
      after: pick(a, (d) => d.leveragePerYear),
    },
    pointOfNoReturn: {
      before: pick(b, (d) => d.pointOfNoReturn?.date ?? null),
      after: pick(a, (d) => d.pointOfNoReturn?.date ?? null),
    },
  };
}

function changed(c: DependencyChange): boolean {
  return [c.exitCost, c.exitMonths, c.optionValue, c.leveragePerYear, c.pointOfNoReturn].some(
    (x) => !Object.is(x.before, x.after),
  );
}

function stressChange(b: StressFigures, a: StressFigures): MoveDeltas['stress'] {
  return {
    trials: { before: b.trials, after: a.trials },
    seed: { before: b.seed, after: a.seed },
    marginEs95: { before: b.marginEs95, after: a.marginEs95 },
    marginEs99: { before: b.marginEs99, after: a.marginEs99 },
    lossEs95: { before: b.lossEs95, after: a.lossEs95 },
    lossEs99: { before: b.lossEs99, after: a.lossEs99 },
    meanLoss: { before: b.meanLoss, after: a.meanLoss },
  };
}

function missingFrom(items: readonly string[], other: readonly string[]): string[] {
  const set = new Set(other);
  return [...new Set(items)].filter((i) => !set.has(i));
}
