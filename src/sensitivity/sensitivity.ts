/**
 * Sensitivity (DESIGN §4.12): which assumptions the headline figures rest on. Each parameter
 * is pinned, one at a time, at the low and at the high end of its stated range, the others kept
 * as the model has them, and every headline figure is read from a fresh run of the pure
 * analyses on that pinned copy of the one loaded model. A figure's tornado (Howard 1988; Clemen,
 * *Making Hard Decisions*, ch. 5) has one bar per parameter from the figure at the low end to
 * the figure at the high end, widest first. Flip points say where, within a range, a layer
 * changes position or a point of no return moves by a year. Method: docs/sensitivity.md.
 */
import { analyseStructure } from '../analysis/analyse.js';
import type { Layer } from '../model/layers.js';
import type { Assumption, ResolvedModel } from '../model/resolved-model.js';
import { watchEconomicsReads } from './economics-reads.js';
import { numeric } from './figure-axis.js';
import { bisect, FLIP_TOLERANCE, PNR_MOVE_MONTHS, pointOfNoReturnMoved } from './flip-points.js';
import {
  type FigureKey,
  FigureRun,
  type FigureValue,
  headlineFigures,
} from './headline-figures.js';
import { marginShortfall, type StressSettings, sharedShortfall } from './margin-shortfall.js';
import { pinParameter } from './pin-parameter.js';
import {
  type UnvariedParameter,
  type VariedParameter,
  variedParameters,
} from './varied-parameters.js';

/** Trials of each pinned stress test: enough for ES 95% to rest on 500 years, quick to repeat. */
export const SENSITIVITY_TRIALS = 10_000;
export const SENSITIVITY_SEED = 1;

export { numeric } from './figure-axis.js';

export interface BarEnd {
  /** The parameter's value at this end of its range. */
  readonly input: number;
  /** The figure with the parameter pinned there. */
  readonly value: FigureValue;
}

export interface Bar {
  readonly parameter: string;
  readonly low: BarEnd;
  readonly high: BarEnd;
  /** |figure at high − figure at low|, a point of no return not reached counting as the month after the horizon. */
  readonly width: number;
}

export interface Tornado extends FigureKey {
  /** The figure as the model stands. */
  readonly base: FigureValue;
  /** One bar per varied parameter, widest first. */
  readonly bars: readonly Bar[];
}

/** What changes at a flip point: a position, or a point of no return's month (null: not reached). */
export type FlipState = string | number | null;

export interface FlipPoint {
  readonly parameter: string;
  /** Which way from the model's value: towards the low or the high end. */
  readonly side: 'low' | 'high';
  /** The first value (within the tolerance) at which the change is seen. */
  readonly at: number;
  /** The last value seen without the change: the flip lies between it and `at`. */
  readonly unchangedAt: number;
  readonly before: FlipState;
  readonly after: FlipState;
}

export interface PositionFlips {
  readonly layer: Layer;
  readonly title: string;
  readonly position: string;
  /** Empty: no position change within any parameter's range. */
  readonly flips: readonly FlipPoint[];
}

export interface PointOfNoReturnFlips {
  readonly provider: string;
  readonly month: number | null;
  readonly date: string | null;
  /** Empty: no move of a year or more within any parameter's range. */
  readonly flips: readonly FlipPoint[];
}

export interface Sensitivity {
  readonly horizonMonths: number;
  readonly asOf: string;
  readonly stress: {
    readonly trials: number;
    readonly seed: number;
    readonly years: 1;
    readonly measure: string;
    /**
     * ES 95% as modelled with the next seed, less ES 95% with this one: the sampling noise of
     * the figure's level. Bar ends share their draws, so a bar is less noisy than this.
     */
    readonly otherSeedDifference: number;
  };
  readonly parameters: readonly VariedParameter[];
  readonly notVaried: readonly UnvariedParameter[];
  readonly figures: readonly Tornado[];
  /** Dependencies whose point of no return is reached neither as modelled nor at any end. */
  readonly neverReached: readonly string[];
  readonly flips: {
    /** Share of a range's width within which bisection locates a flip. */
    readonly tolerance: number;
    readonly moveMonths: number;
    readonly positions: readonly PositionFlips[];
    readonly pointsOfNoReturn: readonly PointOfNoReturnFlips[];
  };
  /** Pinned runs of the analyses made (bar ends and bisection steps). */
  readonly runs: number;
}

export interface SensitivityOptions {
  readonly trials?: number;
  readonly seed?: number;
}

/** The input of a run: a loaded model (src/model/load/load-model.ts) or the same two fields. */
export interface SensitivityInput {
  readonly model: ResolvedModel;
  readonly assumptions: readonly Assumption[];
}

export function analyseSensitivity(
  input: SensitivityInput,
  options: SensitivityOptions = {},
): Sensitivity {
  const stress: StressSettings = {
    trials: options.trials ?? SENSITIVITY_TRIALS,
    seed: options.seed ?? SENSITIVITY_SEED,
  };
  const runs = new PinnedRuns(input, sharedShortfall(stress));
  const { varied, notVaried } = variedParameters(input.model, input.assumptions);
  const base = runs.base;
  // Asked for first: the modelled scenario's trials are the record pinned runs are re-valued from.
  const modelledEs95 = base.marginEs95;
  const horizon = input.model.operator.horizon_months;
  const candidates = headlineFigures(base);
  const tornadoes = candidates.map((key) => tornadoOf(key, base, varied, runs, horizon));
  const exists = (t: Tornado) =>
    t.base !== null || t.bars.some((b) => b.low.value !== null || b.high.value !== null);
  const figures = tornadoes.filter(exists);
  return {
    horizonMonths: horizon,
    asOf: input.model.operator.as_of,
    stress: {
      trials: stress.trials,
      seed: stress.seed,
      years: 1,
      measure: 'the margin of a year averaged over the worst 5% of simulated years (ES 95%)',
      otherSeedDifference:
        marginShortfall(base.model, base.structure, base.lockin, {
          ...stress,
          seed: stress.seed + 1,
        }) - modelledEs95,
    },
    parameters: varied,
    notVaried,
    figures,
    neverReached: tornadoes
      .filter((t) => t.kind === 'point_of_no_return' && !exists(t))
      .map((t) => t.subject),
    flips: {
      tolerance: FLIP_TOLERANCE,
      moveMonths: PNR_MOVE_MONTHS,
      positions: positionFlips(base, varied, runs),
      pointsOfNoReturn: pointOfNoReturnFlips(base, varied, runs, horizon),
    },
    runs: runs.count,
  };
}

/** Every pinned run of one sensitivity analysis, made once per parameter and value. */
class PinnedRuns {
  readonly base: FigureRun;
  private readonly byParameter = new Map<string, Map<number, FigureRun>>();
  count = 0;

  /** Whether the structural analysis reads `economics`: if not, an economics pin leaves it as it is. */
  private readonly structureReadsEconomics: boolean;

  constructor(
    private readonly input: SensitivityInput,
    private readonly shortfall: ConstructorParameters<typeof FigureRun>[2],
  ) {
    const watched = watchEconomicsReads(input.model, (model) =>
      analyseStructure(model, input.assumptions),
    );
    this.structureReadsEconomics = watched.readsEconomics;
    this.base = new FigureRun(input.model, input.assumptions, shortfall, watched.result);
  }

  at(parameter: VariedParameter, value: number): FigureRun {
    const runs = this.byParameter.get(parameter.name) ?? new Map<number, FigureRun>();
    this.byParameter.set(parameter.name, runs);
    let run = runs.get(value);
    if (run === undefined) {
      const model = pinParameter(this.input.model, parameter.target, value);
      const unchanged = parameter.target.kind === 'economics' && !this.structureReadsEconomics;
      run = new FigureRun(
        model,
        this.input.assumptions,
        this.shortfall,
        unchanged ? this.base.structure : undefined,
      );
      runs.set(value, run);
      this.count += 1;
    }
    return run;
  }
}

function tornadoOf(
  key: FigureKey,
  base: FigureRun,
  parameters: readonly VariedParameter[],
  runs: PinnedRuns,
  horizon: number,
): Tornado {
  const bars = parameters.map((p): Bar => {
    const low = { input: p.low, value: runs.at(p, p.low).value(key) };
    const high = { input: p.high, value: runs.at(p, p.high).value(key) };
    const width = Math.abs(
      numeric(key.unit, high.value, horizon) - numeric(key.unit, low.value, horizon),
    );
    return { parameter: p.name, low, high, width };
  });
  // Stable: bars of equal width keep the order of the parameter table.
  bars.sort((a, b) => b.width - a.width);
  return { ...key, base: base.value(key), bars };
}

/** For each side of each parameter where `changed` holds at the end: the bisected flip. */
function flipsOf(
  parameters: readonly VariedParameter[],
  changed: (run: FigureRun) => boolean,
  state: (run: FigureRun) => FlipState,
  runs: PinnedRuns,
): FlipPoint[] {
  const flips: FlipPoint[] = [];
  for (const p of parameters) {
    const tolerance = FLIP_TOLERANCE * (p.high - p.low);
    for (const side of ['low', 'high'] as const) {
      const end = side === 'low' ? p.low : p.high;
      if (end === p.value || !changed(runs.at(p, end))) continue;
      const whole = p.unit === 'months';
      const found = bisect(p.value, end, (v) => changed(runs.at(p, v)), tolerance, whole);
      flips.push({
        parameter: p.name,
        side,
        at: found.changed,
        unchangedAt: found.unchanged,
        before: null,
        after: state(runs.at(p, found.changed)),
      });
    }
  }
  return flips;
}

function positionFlips(
  base: FigureRun,
  parameters: readonly VariedParameter[],
  runs: PinnedRuns,
): PositionFlips[] {
  return base.structure.scorecard.layers
    .filter((l) => l.position !== 'not_assessed')
    .map((l) => ({
      layer: l.layer,
      title: l.title,
      position: l.position,
      flips: flipsOf(
        parameters,
        (run) => run.positionOf(l.layer) !== l.position,
        (run) => run.positionOf(l.layer),
        runs,
      ).map((f) => ({ ...f, before: l.position })),
    }));
}

function pointOfNoReturnFlips(
  base: FigureRun,
  parameters: readonly VariedParameter[],
  runs: PinnedRuns,
  horizon: number,
): PointOfNoReturnFlips[] {
  return base.lockin.dependencies.map((d) => {
    const month = d.pointOfNoReturn?.month ?? null;
    return {
      provider: d.provider,
      month,
      date: d.pointOfNoReturn?.date ?? null,
      flips: flipsOf(
        parameters,
        (run) => pointOfNoReturnMoved(month, run.pointOfNoReturn(d.provider), horizon),
        (run) => run.pointOfNoReturn(d.provider),
        runs,
      ).map((f) => ({ ...f, before: month })),
    };
  });
}
