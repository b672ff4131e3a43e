/**
 * The stress-test distribution: a histogram of the yearly loss across trials (binned before it
 * reaches the chart, so the page carries counts, not every trial), with value-at-risk and
 * expected shortfall drawn as lines.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, INK } from './chart-style.js';
import { type ReportChart, slot } from './report-chart.js';

/** The four measures' lines, Okabe–Ito apart from the blue of the bars (palette.test.ts). */
export const STRESS_LINE_COLOURS = ['#e69f00', '#d55e00', '#cc79a7', INK] as const;

/** The measures drawn as lines, each in its colour above. */
export const STRESS_MEASURES = ['VaR 95%', 'ES 95%', 'VaR 99%', 'ES 99%'] as const;

export interface LossBin {
  readonly from: number;
  readonly to: number;
  /** Share of trials in the bin. */
  readonly share: number;
}

export interface RiskLine {
  readonly measure: (typeof STRESS_MEASURES)[number];
  readonly loss: number;
}

export const STRESS_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 80,
  height: 240,
  layer: [
    {
      data: { name: 'bins' },
      mark: { type: 'bar', color: ACCENT, opacity: 0.85, clip: true },
      encoding: {
        x: {
          field: 'from',
          type: 'quantitative',
          bin: { binned: true },
          title: slot('lossTitle'),
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
      data: { name: 'lines' },
      mark: { type: 'rule', strokeDash: [5, 3], strokeWidth: 1.5 },
      encoding: {
        x: { field: 'loss', type: 'quantitative' },
        color: {
          field: 'measure',
          type: 'nominal',
          sort: null,
          scale: { domain: [...STRESS_MEASURES], range: [...STRESS_LINE_COLOURS] },
          legend: { orient: 'bottom', title: null },
        },
      },
    },
  ],
};

export function stressChart(
  bins: readonly LossBin[],
  lines: readonly RiskLine[],
  currency: string,
): ReportChart {
  return {
    template: 'stress',
    datasets: { bins: bins.map((b) => ({ ...b })), lines: lines.map((l) => ({ ...l })) },
    slots: { lossTitle: `loss in the year (${currency})` },
  };
}
