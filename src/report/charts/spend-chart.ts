/** Concentration of spend: each supplier group's share of what the operator pays suppliers. */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH } from './chart-style.js';
import type { ReportChart } from './report-chart.js';

export interface SpendBar {
  readonly group: string;
  /** 0–1. */
  readonly share: number;
}

export const SPEND_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 200,
  height: { step: 20 },
  data: { name: 'bars' },
  mark: { type: 'bar', color: ACCENT, clip: true },
  encoding: {
    y: { field: 'group', type: 'nominal', sort: '-x', title: null },
    x: {
      field: 'share',
      type: 'quantitative',
      axis: { format: '.0%' },
      scale: { domain: [0, 1] },
      title: 'share of provider spend',
    },
  },
};

export function spendChart(bars: readonly SpendBar[]): ReportChart {
  return { template: 'spend', datasets: { bars: bars.map((b) => ({ ...b })) }, slots: {} };
}
