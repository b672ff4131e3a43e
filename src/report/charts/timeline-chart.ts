/**
 * The timeline on calendar dates: one row per kind of date (renewals, notice deadlines, points
 * of no return, act-by dates, the roadmap), each date a point shaped by its kind, the
 * recommended plan's steps as bars from start to done, and a rule at the model's date. Dates
 * are read and drawn in UTC, so a report says the same days on every machine.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG, CHART_WIDTH, MUTED } from './chart-style.js';
import { type ReportChart, ranking, slot } from './report-chart.js';

export interface TimelinePoint {
  readonly date: string;
  readonly track: string;
  /** What the point is about, by name: a contract and its provider, a dependency, a move. */
  readonly subject: string;
}

export interface TimelineBar {
  readonly start: string;
  readonly done: string;
  readonly move: string;
}

/** Each row's height: the chart is as tall as its rows. */
const TRACK_HEIGHT = 34;

const x = {
  field: 'date',
  type: 'temporal' as const,
  title: 'date',
  scale: { type: 'utc' as const },
  axis: { format: '%Y-%m', labelAngle: 0 },
};
// The horizon set once, on the first layer: layers that restate it conflict in Vega-Lite.
const horizon = {
  ...x,
  scale: { type: 'utc' as const, domain: [slot('asOf'), slot('horizonEnd')] },
};
// Rows in the order of the tracks given, which each datum carries as its track's rank.
const y = {
  field: 'track',
  type: 'nominal',
  title: null,
  sort: { field: 'trackRank', op: 'min' },
} as const;

export const TIMELINE_TEMPLATE: TopLevelSpec = {
  config: CHART_CONFIG,
  width: CHART_WIDTH - 200,
  height: TRACK_HEIGHT,
  layer: [
    {
      data: { name: 'asOf' },
      mark: { type: 'rule', color: MUTED, strokeDash: [4, 3] },
      encoding: { x: horizon },
    },
    {
      data: { name: 'bars' },
      mark: { type: 'bar', height: 12, opacity: 0.85 },
      encoding: {
        x,
        x2: { field: 'done' },
        y,
        color: {
          field: 'move',
          type: 'nominal',
          title: 'roadmap step',
          legend: { labelLimit: 320, orient: 'bottom', columns: 1 },
        },
      },
    },
    {
      data: { name: 'points' },
      mark: { type: 'point', filled: true, size: 70, opacity: 0.9 },
      encoding: {
        x,
        y,
        shape: {
          field: 'track',
          type: 'nominal',
          title: 'date',
          sort: { field: 'trackRank', op: 'min' },
          legend: null,
        },
        color: { value: '#000000' },
      },
    },
  ],
  resolve: { scale: { color: 'independent' } },
};

export function timelineChart(
  tracks: readonly string[],
  points: readonly TimelinePoint[],
  bars: readonly TimelineBar[],
  asOf: string,
  horizonEnd: string,
): ReportChart {
  const rank = ranking(tracks);
  const roadmap = tracks[tracks.length - 1] ?? '';
  return {
    template: 'timeline',
    datasets: {
      asOf: [{ date: asOf }],
      bars: bars.map((b) => ({
        date: b.start,
        done: b.done,
        move: b.move,
        track: roadmap,
        trackRank: rank(roadmap),
      })),
      points: points.map((p) => ({ ...p, trackRank: rank(p.track) })),
    },
    slots: { asOf, horizonEnd },
    height: TRACK_HEIGHT * tracks.length,
  };
}
