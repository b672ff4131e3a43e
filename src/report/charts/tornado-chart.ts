/**
 * A tornado diagram (Howard 1988; Clemen, Making Hard Decisions, ch. 5): one row per parameter,
 * widest swing at the top, each row two bars from the figure as modelled (the vertical rule) to
 * the figure with the parameter at its low and at its high value.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, INK, MUTED } from './chart-style.js';

export interface TornadoRow {
  readonly parameter: string;
  /** The figure with the parameter at its low and at its high value, on the axis's scale. */
  readonly low: number;
  readonly high: number;
}

const LOW = 'parameter at its low value';
const HIGH = 'parameter at its high value';

export function tornadoChart(
  rows: readonly TornadoRow[],
  base: number,
  axisTitle: string,
): TopLevelSpec {
  // The longer half of a row is drawn first, so a shorter one on the same side stays visible.
  const values = rows.flatMap((r) =>
    [
      { parameter: r.parameter, end: LOW, from: base, to: r.low },
      { parameter: r.parameter, end: HIGH, from: base, to: r.high },
    ].sort((a, b) => Math.abs(b.to - base) - Math.abs(a.to - base)),
  );
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 240,
    height: { step: 20 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', clip: true },
        encoding: {
          y: {
            field: 'parameter',
            type: 'nominal',
            title: null,
            sort: rows.map((r) => r.parameter),
            axis: { labelLimit: 320 },
          },
          x: {
            field: 'from',
            type: 'quantitative',
            title: axisTitle,
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
      { mark: { type: 'rule', color: INK, strokeWidth: 1.5 }, encoding: { x: { datum: base } } },
    ],
  };
}
