/**
 * Lock-in curves: the cost of leaving each dependency month by month over the horizon, on
 * calendar dates (drawn in UTC, the same days on every machine), the reversibility capacity
 * (what the operator could put towards an exit each month) as a dashed line, and each point of
 * no return marked on its curve. Dependencies are named, not given by id.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, CHART_WIDTH, WARNING } from './chart-style.js';
import { type ReportChart, slot } from './report-chart.js';

export interface LockinPoint {
  readonly dependency: string;
  /** The month's first day as an ISO date. */
  readonly date: string;
  readonly cost: number;
}

const x = {
  field: 'date',
  type: 'temporal',
  title: 'date',
  scale: { type: 'utc' },
  axis: { format: '%Y-%m', labelAngle: 0 },
} as const;
const y = {
  field: 'cost',
  type: 'quantitative',
  title: slot('costTitle'),
  axis: { format: '~s' },
} as const;

export const LOCKIN_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 180,
  height: 280,
  layer: [
    {
      data: { name: 'curves' },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x,
        y,
        color: { field: 'dependency', type: 'nominal', title: 'dependency' },
      },
    },
    {
      data: { name: 'capacity' },
      mark: { type: 'line', color: WARNING, strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: { x, y },
    },
    {
      data: { name: 'noReturn' },
      mark: { type: 'point', shape: 'diamond', size: 90, filled: true, color: WARNING },
      encoding: { x, y },
    },
  ],
};

export function lockinChart(
  curves: readonly LockinPoint[],
  pointsOfNoReturn: readonly LockinPoint[],
  capacity: readonly { readonly date: string; readonly capacity: number }[],
  currency: string,
): ReportChart {
  return {
    template: 'lockin',
    datasets: {
      curves: curves.map((p) => ({ ...p })),
      capacity: capacity.map((p) => ({ date: p.date, cost: p.capacity })),
      noReturn: pointsOfNoReturn.map((p) => ({ ...p })),
    },
    slots: { costTitle: `cost to exit (${currency})` },
  };
}
