/**
 * The frame every SVG chart of the app shares: linear scales over the data's extent, "nice"
 * ticks, labelled axes and a plot area its children draw into through the scales.
 */
import type { ReactNode } from 'react';

export interface Scale {
  (value: number): number;
  readonly ticks: readonly number[];
}

/** Room for tick labels of up to 11 characters ("2,500,000" and more) beside the axis title. */
const MARGIN = { top: 16, right: 24, bottom: 44, left: 96 };

/** Round steps (1, 2, 5 × 10ⁿ) covering [min, max] with about `count` ticks. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(t);
  return ticks;
}

export function linearScale(values: readonly number[], from: number, to: number): Scale {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min)) [min, max] = [0, 1];
  if (min === max) [min, max] = [min - 1, max + 1];
  const pad = (max - min) * 0.05;
  const lo = min - pad;
  const hi = max + pad;
  const scale = (value: number) => from + ((value - lo) / (hi - lo)) * (to - from);
  return Object.assign(scale, { ticks: niceTicks(lo, hi) });
}

export interface PlotFrameProps {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly xValues: readonly number[];
  readonly yValues: readonly number[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  readonly children: (x: Scale, y: Scale) => ReactNode;
  /**
   * The marks are controls (buttons): the frame is then a labelled group, not an image, since
   * assistive technology does not reach inside an image.
   */
  readonly interactive?: boolean;
}

export function PlotFrame(props: PlotFrameProps) {
  const { width, height } = props;
  const x = linearScale(props.xValues, MARGIN.left, width - MARGIN.right);
  const y = linearScale(props.yValues, height - MARGIN.bottom, MARGIN.top);
  const bottom = height - MARGIN.bottom;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role={props.interactive === true ? 'group' : 'img'}
      aria-label={props.title}
      preserveAspectRatio="xMidYMid meet"
    >
      <g className="chart__axis">
        {x.ticks.map((t) => (
          <g key={`x${t}`}>
            <line x1={x(t)} x2={x(t)} y1={MARGIN.top} y2={bottom} className="chart__grid" />
            <text x={x(t)} y={bottom + 16} textAnchor="middle">
              {props.formatX(t)}
            </text>
          </g>
        ))}
        {y.ticks.map((t) => (
          <g key={`y${t}`}>
            <line
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={y(t)}
              y2={y(t)}
              className="chart__grid"
            />
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end">
              {props.formatY(t)}
            </text>
          </g>
        ))}
        <text
          x={(MARGIN.left + width - MARGIN.right) / 2}
          y={height - 6}
          textAnchor="middle"
          className="chart__label"
        >
          {props.xLabel}
        </text>
        <text
          transform={`translate(14 ${(MARGIN.top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart__label"
        >
          {props.yLabel}
        </text>
      </g>
      {props.children(x, y)}
    </svg>
  );
}
