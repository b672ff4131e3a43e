/**
 * The Pareto front as a scatter over two objectives, with the knee (the front design nearest
 * the ideal point, src/optimize/front-report.ts) ringed and named, and the locally optimised
 * design (the greedy, step-by-step path) marked apart, its label kept inside the plot. Each
 * point is a button that selects its design.
 */

import type { Design } from '../api/types.js';
import { PlotFrame } from '../charts/plot-frame.js';
import { axisTick, axisTitle, inUnit } from '../figures.js';

/** Width and height of the chart, in its own units. */
const WIDTH = 560;
const HEIGHT = 360;

export interface ParetoChartProps {
  readonly front: readonly Design[];
  readonly local: Design | undefined;
  /** The index in `front` of the knee, if the optimiser named one. */
  readonly knee?: number | undefined;
  readonly x: string;
  readonly y: string;
  readonly currency: string;
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
}

export function ParetoChart({
  front,
  local,
  knee,
  x,
  y,
  currency,
  selected,
  onSelect,
}: ParetoChartProps) {
  const kneeDesign = knee === undefined ? undefined : front[knee];
  const all = local === undefined ? front : [...front, local];
  const objectiveOf = (design: Design, objective: string) => design.values[objective] ?? 0;
  return (
    <figure className="figure">
      <PlotFrame
        title={`Pareto front: ${x} against ${y}, ${front.length} designs, and the locally optimised path`}
        width={WIDTH}
        height={HEIGHT}
        interactive
        xValues={all.map((d) => objectiveOf(d, x))}
        yValues={all.map((d) => objectiveOf(d, y))}
        xLabel={axisTitle(x, currency)}
        yLabel={axisTitle(y, currency)}
        formatX={(v) => axisTick(v, x, currency)}
        formatY={(v) => axisTick(v, y, currency)}
      >
        {(sx, sy) => (
          <g>
            {kneeDesign !== undefined && (
              <g className="knee" data-testid="knee-point">
                <circle
                  cx={sx(objectiveOf(kneeDesign, x))}
                  cy={sy(objectiveOf(kneeDesign, y))}
                  r={12}
                />
                <text
                  {...labelPlace(
                    sx(objectiveOf(kneeDesign, x)),
                    sy(objectiveOf(kneeDesign, y)),
                    16,
                  )}
                >
                  knee
                </text>
              </g>
            )}
            {front.map((design, index) => (
              // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; it takes the role
              <circle
                key={design.choices.map((c) => c.option).join('+')}
                className={`point${selected === index ? ' point--selected' : ''}`}
                cx={sx(objectiveOf(design, x))}
                cy={sy(objectiveOf(design, y))}
                r={selected === index ? 8 : 6}
                role="button"
                tabIndex={0}
                aria-label={`design ${index + 1}${index === knee ? ' (the knee)' : ''}: ${x} ${inUnit(objectiveOf(design, x), x, currency)}, ${y} ${inUnit(objectiveOf(design, y), y, currency)}`}
                onClick={() => onSelect(index)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onSelect(index);
                  }
                }}
              />
            ))}
            {local !== undefined && (
              <g
                className="local-point"
                transform={`translate(${sx(objectiveOf(local, x))} ${sy(objectiveOf(local, y))})`}
                data-testid="local-point"
              >
                <path d="M -7 -7 L 7 7 M -7 7 L 7 -7" />
                <text
                  {...labelPlace(sx(objectiveOf(local, x)), sy(objectiveOf(local, y)), 10, true)}
                >
                  locally optimised
                </text>
              </g>
            )}
          </g>
        )}
      </PlotFrame>
      <figcaption className="legend">
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--front" aria-hidden="true" /> globally
          optimal designs
        </span>
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--knee" aria-hidden="true" /> the knee:
          nearest the best of both at once
        </span>
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--local" aria-hidden="true" /> locally
          optimised path
        </span>
      </figcaption>
    </figure>
  );
}

/**
 * Where a mark's label goes so it stays in the plot: right of the mark unless that runs off
 * the right edge (then left of it, anchored at its end), above it unless that runs off the
 * top (then below). `relative`: the coordinates are for a group already moved to the mark.
 */
function labelPlace(
  markX: number,
  markY: number,
  gap: number,
  relative = false,
): { x: number; y: number; textAnchor: 'start' | 'end' } {
  const left = markX > WIDTH - 140;
  const below = markY < 40;
  const dx = left ? -gap : gap;
  const dy = below ? gap + 10 : -gap + 2;
  return {
    x: relative ? dx : markX + dx,
    y: relative ? dy : markY + dy,
    textAnchor: left ? 'end' : 'start',
  };
}
