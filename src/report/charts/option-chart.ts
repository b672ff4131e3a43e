/** What the option to switch each dependency is worth, beside the cost of exercising it today. */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, MUTED } from './chart-style.js';

export interface OptionBar {
  readonly dependency: string;
  readonly measure: 'option value' | 'exit cost today';
  readonly amount: number;
}

export function optionChart(bars: readonly OptionBar[], currency: string): TopLevelSpec {
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 200,
    height: { step: 16 },
    data: { values: bars.map((b) => ({ ...b })) },
    mark: { type: 'bar', clip: true },
    encoding: {
      y: { field: 'dependency', type: 'nominal', title: null, sort: null },
      yOffset: { field: 'measure', type: 'nominal', sort: ['option value', 'exit cost today'] },
      x: {
        field: 'amount',
        type: 'quantitative',
        title: currency,
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
}
