/** Concentration of spend: each supplier group's share of what the operator pays suppliers. */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH } from './chart-style.js';

export interface SpendBar {
  readonly group: string;
  /** 0–1. */
  readonly share: number;
}

export function spendChart(bars: readonly SpendBar[]): TopLevelSpec {
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 200,
    height: { step: 20 },
    data: { values: bars.map((b) => ({ ...b })) },
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
}
