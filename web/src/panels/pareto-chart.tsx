/**
 * The Pareto front as a scatter over two objectives, with the locally optimised design (the
 * greedy, step-by-step path) marked apart. Each point is a button that selects its design.
 */

import type { Design } from '../api/types.js';
import { PlotFrame } from '../charts/plot-frame.js';
import { inUnit } from '../figures.js';

export interface ParetoChartProps {
  readonly front: readonly Design[];
  readonly local: Design | undefined;
  readonly x: string;
  readonly y: string;
  readonly currency: string;
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
}

export function ParetoChart({
  front,
  local,
  x,
  y,
  currency,
  selected,
  onSelect,
}: ParetoChartProps) {
  const all = local === undefined ? front : [...front, local];
  const objectiveOf = (design: Design, objective: string) => design.values[objective] ?? 0;
  return (
    <figure className="figure">
      <PlotFrame
        title={`Pareto front: ${x} against ${y}, ${front.length} designs, and the locally optimised path`}
        width={560}
        height={360}
        interactive
        xValues={all.map((d) => objectiveOf(d, x))}
        yValues={all.map((d) => objectiveOf(d, y))}
        xLabel={x}
        yLabel={y}
        formatX={(v) => inUnit(v, x, currency)}
        formatY={(v) => inUnit(v, y, currency)}
      >
        {(sx, sy) => (
          <g>
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
                aria-label={`design ${index + 1}: ${x} ${inUnit(objectiveOf(design, x), x, currency)}, ${y} ${inUnit(objectiveOf(design, y), y, currency)}`}
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
                <text x={10} y={-8}>
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
          <span className="legend__swatch legend__swatch--local" aria-hidden="true" /> locally
          optimised path
        </span>
      </figcaption>
    </figure>
  );
}
