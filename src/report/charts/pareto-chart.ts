/**
 * The Pareto front of the design space on two objectives, with the knee ringed and the
 * locally optimised path (each decision taken greedily, in order) drawn apart: the distance
 * between them is the price of deciding one step at a time.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ACCENT, CHART_CONFIG, CHART_WIDTH, INK, PALETTE } from './chart-style.js';
import { type ReportChart, slot } from './report-chart.js';

export interface DesignPoint {
  readonly x: number;
  readonly y: number;
  readonly design: 'Pareto front' | 'knee of the front' | 'locally optimised path';
}

/** Which axes are money, drawn with SI prefixes ("2.5M"); one template for each pair. */
export type ParetoAxes = 'money-money' | 'money-plain' | 'plain-money' | 'plain-plain';

export function paretoTemplate(axes: ParetoAxes): TopLevelSpec {
  const [xMoney, yMoney] = axes.split('-').map((a) => a === 'money');
  return {
    config: CHART_CONFIG,
    width: CHART_WIDTH - 220,
    height: 300,
    layer: [
      {
        data: { name: 'front' },
        mark: { type: 'line', color: ACCENT, interpolate: 'step-after', opacity: 0.5 },
        encoding: {
          x: {
            field: 'x',
            type: 'quantitative',
            title: slot('xTitle'),
            scale: { zero: false },
            axis: xMoney ? { format: '~s' } : {},
          },
          y: {
            field: 'y',
            type: 'quantitative',
            title: slot('yTitle'),
            scale: { zero: false },
            axis: yMoney ? { format: '~s' } : {},
          },
        },
      },
      {
        data: { name: 'points' },
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

export function paretoChart(
  points: readonly DesignPoint[],
  axes: {
    readonly x: { readonly title: string; readonly money: boolean };
    readonly y: { readonly title: string; readonly money: boolean };
  },
): ReportChart {
  const values = points.map((p) => ({ ...p }));
  const kind = (money: boolean) => (money ? 'money' : 'plain');
  return {
    template: `pareto-${kind(axes.x.money)}-${kind(axes.y.money)}`,
    datasets: {
      front: values.filter((p) => p.design !== 'locally optimised path'),
      points: values,
    },
    slots: { xTitle: axes.x.title, yTitle: axes.y.title },
  };
}
