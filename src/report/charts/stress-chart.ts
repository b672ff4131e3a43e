/**
 * The stress-test distribution: a histogram of the yearly loss across trials (binned before it
 * reaches the chart, so the page carries counts, not every trial), with value-at-risk and
 * expected shortfall drawn as lines.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, INK } from './chart-style.js';

/** The four measures' lines, Okabe–Ito apart from the blue of the bars (palette.test.ts). */
export const STRESS_LINE_COLOURS = ['#e69f00', '#d55e00', '#cc79a7', INK] as const;

export interface LossBin {
  readonly from: number;
  readonly to: number;
  /** Share of trials in the bin. */
  readonly share: number;
}

export interface RiskLine {
  readonly measure: string;
  readonly loss: number;
}

export function stressChart(
  bins: readonly LossBin[],
  lines: readonly RiskLine[],
  currency: string,
): TopLevelSpec {
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 80,
    height: 240,
    layer: [
      {
        data: { values: bins.map((b) => ({ ...b })) },
        mark: { type: 'bar', color: ACCENT, opacity: 0.85, clip: true },
        encoding: {
          x: {
            field: 'from',
            type: 'quantitative',
            bin: { binned: true },
            title: `loss in the year (${currency})`,
            axis: { format: '~s' },
          },
          x2: { field: 'to' },
          y: {
            field: 'share',
            type: 'quantitative',
            title: 'share of trials',
            axis: { format: '.0%' },
            scale: { type: 'sqrt' },
          },
        },
      },
      {
        data: { values: lines.map((l) => ({ ...l })) },
        mark: { type: 'rule', strokeDash: [5, 3], strokeWidth: 1.5 },
        encoding: {
          x: { field: 'loss', type: 'quantitative' },
          color: {
            field: 'measure',
            type: 'nominal',
            sort: null,
            scale: {
              domain: lines.map((l) => l.measure),
              range: [...STRESS_LINE_COLOURS],
            },
            legend: { orient: 'bottom', title: null },
          },
        },
      },
    ],
  };
}
