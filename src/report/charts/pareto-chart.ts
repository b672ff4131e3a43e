/**
 * The Pareto front of the design space on two objectives, with the knee ringed and the
 * locally optimised path (each decision taken greedily, in order) drawn apart: the distance
 * between them is the price of deciding one step at a time.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, INK, PALETTE } from './chart-style.js';

export interface DesignPoint {
  readonly x: number;
  readonly y: number;
  readonly design: 'Pareto front' | 'knee of the front' | 'locally optimised path';
}

export function paretoChart(
  points: readonly DesignPoint[],
  axes: {
    readonly x: { readonly title: string; readonly money: boolean };
    readonly y: { readonly title: string; readonly money: boolean };
  },
): TopLevelSpec {
  const values = points.map((p) => ({ ...p }));
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 220,
    height: 300,
    layer: [
      {
        data: { values: values.filter((p) => p.design !== 'locally optimised path') },
        mark: { type: 'line', color: ACCENT, interpolate: 'step-after', opacity: 0.5 },
        encoding: {
          x: {
            field: 'x',
            type: 'quantitative',
            title: axes.x.title,
            scale: { zero: false },
            axis: axes.x.money ? { format: '~s' } : {},
          },
          y: {
            field: 'y',
            type: 'quantitative',
            title: axes.y.title,
            scale: { zero: false },
            axis: axes.y.money ? { format: '~s' } : {},
          },
        },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 80 },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'y', type: 'quantitative' },
          shape: {
            field: 'design',
            type: 'nominal',
            scale: {
              domain: ['Pareto front', 'knee of the front', 'locally optimised path'],
              range: ['circle', 'diamond', 'triangle-up'],
            },
            legend: { orient: 'bottom', title: null },
          },
          color: {
            field: 'design',
            type: 'nominal',
            scale: {
              domain: ['Pareto front', 'knee of the front', 'locally optimised path'],
              range: [ACCENT, INK, PALETTE[1]],
            },
            legend: { orient: 'bottom', title: null },
          },
        },
      },
    ],
  };
}
