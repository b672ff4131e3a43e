/** The five-layer scorecard as paired bars: dependency and control index for each layer. */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, CHART_WIDTH, CONTROL, DEPENDENCY } from './chart-style.js';

export interface ScorecardBar {
  readonly layer: string;
  readonly index: 'dependency' | 'control';
  /** 0–100; layers the model gives no data for are left out. */
  readonly score: number;
}

export function scorecardChart(
  bars: readonly ScorecardBar[],
  layers: readonly string[],
): TopLevelSpec {
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 200,
    height: { step: 18 },
    data: { values: bars.map((b) => ({ ...b })) },
    mark: { type: 'bar', clip: true },
    encoding: {
      y: { field: 'layer', type: 'nominal', sort: [...layers], title: null },
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
}
