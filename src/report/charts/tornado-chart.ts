/**
 * A tornado diagram (Howard 1988; Clemen, Making Hard Decisions, ch. 5): one row per parameter,
 * widest swing at the top, each row two bars from the figure as modelled (the vertical rule) to
 * the figure with the parameter at its low and at its high value.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, INK, MUTED } from './chart-style.js';
import { type ReportChart, ranking, slot } from './report-chart.js';

export interface TornadoRow {
  readonly parameter: string;
  /** The figure with the parameter at its low and at its high value, on the axis's scale. */
  readonly low: number;
  readonly high: number;
}

const LOW = 'parameter at its low value';
const HIGH = 'parameter at its high value';

export const TORNADO_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 240,
  height: { step: 20 },
  data: { name: 'bars' },
  layer: [
    {
      mark: { type: 'bar', clip: true },
      encoding: {
        y: {
          field: 'parameter',
          type: 'nominal',
          title: null,
          // Rows in the order given, which each bar carries as its parameter's rank.
          sort: { field: 'rank', op: 'min' },
          axis: { labelLimit: 320 },
        },
        x: {
          field: 'from',
          type: 'quantitative',
          title: slot('axisTitle'),
          axis: { format: '~s' },
          scale: { zero: false },
        },
        x2: { field: 'to' },
        color: {
          field: 'end',
          type: 'nominal',
          scale: { domain: [LOW, HIGH], range: [MUTED, ACCENT] },
          legend: { orient: 'bottom', title: null },
        },
      },
    },
    // The figure as modelled, which every bar starts from.
    {
      mark: { type: 'rule', color: INK, strokeWidth: 1.5 },
      encoding: { x: { field: 'from', type: 'quantitative' } },
    },
  ],
};

export function tornadoChart(
  rows: readonly TornadoRow[],
  base: number,
  axisTitle: string,
): ReportChart {
  const rank = ranking(rows.map((r) => r.parameter));
  // The longer half of a row is drawn first, so a shorter one on the same side stays visible.
  const values = rows.flatMap((r) =>
    [
      { parameter: r.parameter, rank: rank(r.parameter), end: LOW, from: base, to: r.low },
      { parameter: r.parameter, rank: rank(r.parameter), end: HIGH, from: base, to: r.high },
    ].sort((a, b) => Math.abs(b.to - base) - Math.abs(a.to - base)),
  );
  return { template: 'tornado', datasets: { bars: values }, slots: { axisTitle } };
}
