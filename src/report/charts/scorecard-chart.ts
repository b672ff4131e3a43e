/** The five-layer scorecard as paired bars: dependency and control index for each layer. */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, CHART_WIDTH, CONTROL, DEPENDENCY } from './chart-style.js';
import { type ReportChart, ranking } from './report-chart.js';

export interface ScorecardBar {
  readonly layer: string;
  readonly index: 'dependency' | 'control';
  /** 0–100; layers the model gives no data for are left out. */
  readonly score: number;
}

export const SCORECARD_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 200,
  height: { step: 18 },
  data: { name: 'bars' },
  mark: { type: 'bar', clip: true },
  encoding: {
    // Layers in the scorecard's order, which each bar carries as its layer's rank.
    y: { field: 'layer', type: 'nominal', sort: { field: 'rank', op: 'min' }, title: null },
    yOffset: { field: 'index', type: 'nominal', sort: ['dependency', 'control'] },
    x: {
      field: 'score',
      type: 'quantitative',
      scale: { domain: [0, 100] },
      title: 'index (0–100)',
    },
    color: {
      field: 'index',
      type: 'nominal',
      sort: ['dependency', 'control'],
      scale: { domain: ['dependency', 'control'], range: [DEPENDENCY, CONTROL] },
      legend: { orient: 'bottom', title: null },
    },
  },
};

export function scorecardChart(
  bars: readonly ScorecardBar[],
  layers: readonly string[],
): ReportChart {
  const rank = ranking(layers);
  return {
    template: 'scorecard',
    datasets: { bars: bars.map((b) => ({ ...b, rank: rank(b.layer) })) },
    slots: {},
  };
}
