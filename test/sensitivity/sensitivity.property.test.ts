import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadSuccess } from '../../src/model/load/load-model.js';
import { pointOfNoReturnMoved } from '../../src/sensitivity/flip-points.js';
import type { FigureKey } from '../../src/sensitivity/headline-figures.js';
import { analyseSensitivity, type Sensitivity } from '../../src/sensitivity/sensitivity.js';
import { loadOk, MINIMAL, readExample } from '../support/load.js';
import { figureOf, freshAnalyses, reloaded } from './fresh-runs.js';

const STRESS = { trials: 2_000, seed: 3 };

/** MINIMAL with no availability stated: the availability defaults are varied too. */
const DEFAULTED = MINIMAL.replace(/^ {4}availability: .*\n/gm, '');

interface Case {
  readonly name: string;
  readonly loaded: LoadSuccess;
  sensitivity: Sensitivity;
}

const cases: Case[] = [];

/**
 * Deterministic figures agree exactly; ES 95% re-valued from the recorded draws agrees with a
 * fresh stress test to rounding (the sum runs in another order).
 */
function expectSame(
  actual: number | null,
  expected: number | null,
  figure: FigureKey,
  what: string,
) {
  if (figure.kind !== 'margin_es95' || actual === null || expected === null) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

beforeAll(() => {
  for (const [name, text] of [
    ['light-mvno-on-enabler', readExample('light-mvno-on-enabler.yaml')],
    ['full-mvno-switchable', readExample('full-mvno-switchable.yaml')],
    ['minimal, availability defaulted', DEFAULTED],
  ] as const) {
    const loaded = loadOk(text);
    cases.push({ name, loaded, sensitivity: analyseSensitivity(loaded, STRESS) });
  }
}, 120_000);

describe('sensitivity: a bar end is the figure re-run with the parameter pinned there', () => {
  it('equals the figure of the model written with that value and loaded afresh (ES 95% to rounding)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('low', 'high'), (c, f, b, end) => {
        const { loaded, sensitivity } = cases[c % cases.length] as Case;
        const figure = sensitivity.figures[f % sensitivity.figures.length];
        if (figure === undefined) return;
        const bar = figure.bars[b % figure.bars.length];
        const parameter = sensitivity.parameters.find((p) => p.name === bar?.parameter);
        if (bar === undefined || parameter === undefined)
          throw new Error('a bar names no parameter');
        const input = bar[end].input;
        expect(input).toBe(end === 'low' ? parameter.low : parameter.high);
        const fresh = freshAnalyses(reloaded(loaded, parameter, input), STRESS);
        expectSame(bar[end].value, figureOf(fresh, figure), figure, `${figure.id} ${end}`);
      }),
      { numRuns: 40, seed: 13 },
    );
  });

  it('holds for every bar of ES 95% and of the largest exit (the stochastic and the costliest figures)', () => {
    const { loaded, sensitivity } = cases[0] as Case;
    for (const figure of sensitivity.figures.filter(
      (f) =>
        f.kind === 'margin_es95' ||
        f.id === sensitivity.figures.find((g) => g.kind === 'exit_cost')?.id,
    )) {
      for (const bar of figure.bars) {
        const parameter = sensitivity.parameters.find((p) => p.name === bar.parameter);
        if (parameter === undefined) throw new Error(`no parameter ${bar.parameter}`);
        for (const end of ['low', 'high'] as const) {
          const fresh = freshAnalyses(reloaded(loaded, parameter, bar[end].input), STRESS);
          expectSame(
            bar[end].value,
            figureOf(fresh, figure),
            figure,
            `${figure.id} with ${bar.parameter} ${end}`,
          );
        }
      }
    }
  }, 120_000);

  it('the figure as modelled is the unpinned model’s figure', () => {
    for (const { loaded, sensitivity } of cases) {
      const fresh = freshAnalyses(loaded, STRESS);
      for (const figure of sensitivity.figures)
        expectSame(figure.base, figureOf(fresh, figure), figure, figure.id);
    }
  });
});

describe('sensitivity: bars', () => {
  it('are sorted by width, widest first, one per varied parameter', () => {
    for (const { sensitivity } of cases) {
      for (const figure of sensitivity.figures) {
        expect(figure.bars).toHaveLength(sensitivity.parameters.length);
        for (let i = 1; i < figure.bars.length; i++)
          expect(figure.bars[i - 1]?.width).toBeGreaterThanOrEqual(figure.bars[i]?.width ?? 0);
      }
    }
  });

  it('have zero width for a parameter no figure depends on', () => {
    // The minimal model has no AI, integrations, data classes or hosted workloads: a fresh
    // re-run at either end of these parameters leaves every figure as it is.
    const { loaded, sensitivity } = cases[2] as Case;
    const base = freshAnalyses(loaded, STRESS);
    const idle = [
      'model_rebuild_person_days',
      'history_person_days_per_month',
      'default_training_history_months',
      'replatform_person_days_per_workload',
      'replatform_person_days_per_integration',
      'data_recovery_person_days',
    ];
    for (const name of idle) {
      const parameter = sensitivity.parameters.find((p) => p.name === name);
      if (parameter === undefined) throw new Error(`${name} is not varied`);
      for (const end of [parameter.low, parameter.high]) {
        const fresh = freshAnalyses(reloaded(loaded, parameter, end), STRESS);
        for (const figure of sensitivity.figures)
          expect(figureOf(fresh, figure), `${figure.id} at ${name} = ${end}`).toBe(
            figureOf(base, figure),
          );
        // …and the bar ends are the modelled figure exactly, ES 95% too.
        for (const figure of sensitivity.figures) {
          const bar = figure.bars.find((b) => b.parameter === name);
          expect(bar?.low.value, figure.id).toBe(figure.base);
          expect(bar?.high.value, figure.id).toBe(figure.base);
        }
      }
      for (const figure of sensitivity.figures)
        expect(figure.bars.find((b) => b.parameter === name)?.width, figure.id).toBe(0);
    }
  });

  it('vary the availability defaults only where the model leaves them, and they move ES 95%', () => {
    const { sensitivity } = cases[2] as Case;
    const availability = sensitivity.parameters.find((p) => p.name === 'availability');
    expect(availability).toMatchObject({
      value: 0.999,
      low: 0.995,
      high: 0.9999,
      source: 'default',
    });
    expect(availability?.target).toEqual({ kind: 'provider_availability', indices: [0, 1] });
    const es95 = sensitivity.figures.find((f) => f.kind === 'margin_es95');
    expect(es95?.bars.find((b) => b.parameter === 'availability')?.width).toBeGreaterThan(0);
    // Every example states each provider's availability: the default is not varied there.
    expect((cases[0] as Case).sensitivity.notVaried.map((n) => n.name)).toContain('availability');
  });
});

describe('sensitivity: flip points', () => {
  it('a point of no return flips exactly where an end of the range moves it by a year', () => {
    for (const { sensitivity } of cases) {
      for (const figure of sensitivity.figures.filter((f) => f.kind === 'point_of_no_return')) {
        const flips =
          sensitivity.flips.pointsOfNoReturn.find((p) => p.provider === figure.subject)?.flips ??
          [];
        for (const bar of figure.bars) {
          for (const side of ['low', 'high'] as const) {
            const moved = pointOfNoReturnMoved(
              figure.base,
              bar[side].value,
              sensitivity.horizonMonths,
            );
            const found = flips.some((f) => f.parameter === bar.parameter && f.side === side);
            expect(found, `${figure.id}: ${bar.parameter} ${side}`).toBe(moved);
          }
        }
      }
    }
  });

  it('is bracketed: moved at the flip, not yet moved just before it, by fresh re-runs', () => {
    // Flips of every case, a few of each: which dependencies flip is lock-in's to say.
    const found = cases.flatMap(({ loaded, sensitivity }) =>
      sensitivity.flips.pointsOfNoReturn
        .flatMap((d) => d.flips.map((flip) => ({ loaded, sensitivity, d, flip })))
        .slice(0, 4),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const { loaded, sensitivity, d, flip } of found) {
      const parameter = sensitivity.parameters.find((p) => p.name === flip.parameter);
      if (parameter === undefined) throw new Error(`no parameter ${flip.parameter}`);
      const monthAt = (value: number) =>
        freshAnalyses(reloaded(loaded, parameter, value), STRESS).lockin.dependencies.find(
          (x) => x.provider === d.provider,
        )?.pointOfNoReturn?.month ?? null;
      const horizon = sensitivity.horizonMonths;
      expect(monthAt(flip.at)).toBe(flip.after);
      expect(pointOfNoReturnMoved(d.month, monthAt(flip.at), horizon)).toBe(true);
      expect(pointOfNoReturnMoved(d.month, monthAt(flip.unchangedAt), horizon)).toBe(false);
      const step =
        parameter.unit === 'months'
          ? 1
          : sensitivity.flips.tolerance * (parameter.high - parameter.low);
      expect(Math.abs(flip.at - flip.unchangedAt)).toBeLessThanOrEqual(step + 1e-12);
    }
  }, 60_000);
});
