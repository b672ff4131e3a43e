/** What the option to switch each dependency is worth, beside the cost of exercising it today. */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, MUTED } from './chart-style.js';
import { type ReportChart, slot } from './report-chart.js';

export interface OptionBar {
  readonly dependency: string;
  readonly measure: 'option value' | 'exit cost today';
  readonly amount: number;
}

export const OPTION_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 200,
  height: { step: 16 },
  data: { name: 'bars' },
  mark: { type: 'bar', clip: true },
  encoding: {
    y: { field: 'dependency', type: 'nominal', title: null, sort: null },
    yOffset: { field: 'measure', type: 'nominal', sort: ['option value', 'exit cost today'] },
    x: {
      field: 'amount',
      type: 'quantitative',
      title: slot('currency'),
      axis: { format: '~s' },
    },
    color: {
      field: 'measure',
      type: 'nominal',
      scale: { domain: ['option value', 'exit cost today'], range: [ACCENT, MUTED] },
      legend: { orient: 'bottom', title: null },
    },
  },
};

export function optionChart(bars: readonly OptionBar[], currency: string): ReportChart {
  return {
    template: 'option',
    datasets: { bars: bars.map((b) => ({ ...b })) },
    slots: { currency },
  };
}
