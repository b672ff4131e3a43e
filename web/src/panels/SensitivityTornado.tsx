/**
 * One figure's tornado as SVG: a row per parameter, widest at the top, two bars from the
 * figure as modelled (the vertical line) to the figure with the parameter at its low value and
 * at its high value (Howard 1988; Clemen, Making Hard Decisions, ch. 5).
 */
import { numeric } from '../../../src/sensitivity/figure-axis.js';
import type { Tornado } from '../../../src/sensitivity/sensitivity.js';
import { linearScale } from '../charts/plot-frame.js';

const WIDTH = 640;
const LABEL = 220;
const ROW = 22;
const TOP = 8;
const AXIS = 30;
const BAR = 14;

export const LOW_COLOUR = 'var(--series-1)';
export const HIGH_COLOUR = 'var(--series-0)';

export function SensitivityTornado({
  figure,
  bars,
  horizonMonths,
  format,
}: {
  figure: Tornado;
  bars: Tornado['bars'];
  horizonMonths: number;
  format: (value: number) => string;
}) {
  const at = (value: Tornado['base']) => numeric(figure.unit, value, horizonMonths);
  const base = at(figure.base);
  const x = linearScale(
    [base, ...bars.flatMap((b) => [at(b.low.value), at(b.high.value)])],
    LABEL,
    WIDTH - 16,
  );
  const height = TOP + bars.length * ROW + AXIS;
  const bottom = TOP + bars.length * ROW;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Tornado of ${figure.title}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <g className="chart__axis">
        {x.ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP} y2={bottom} className="chart__grid" />
            <text x={x(t)} y={bottom + 16} textAnchor="middle">
              {format(t)}
            </text>
          </g>
        ))}
      </g>
      {bars.map((bar, i) => {
        const y = TOP + i * ROW + (ROW - BAR) / 2;
        // The longer half first, so a shorter one on the same side stays visible over it.
        const halves = [
          { end: 'low', value: at(bar.low.value), colour: LOW_COLOUR },
          { end: 'high', value: at(bar.high.value), colour: HIGH_COLOUR },
        ].sort((a, b) => Math.abs(b.value - base) - Math.abs(a.value - base));
        return (
          <g key={bar.parameter}>
            <text x={LABEL - 8} y={y + BAR - 3} textAnchor="end" className="chart__label">
              {bar.parameter}
            </text>
            {halves.map((h) => (
              <rect
                key={h.end}
                x={Math.min(x(base), x(h.value))}
                y={y}
                width={Math.max(1, Math.abs(x(h.value) - x(base)))}
                height={BAR}
                style={{ fill: h.colour, fillOpacity: 0.85 }}
              >
                <title>{`${bar.parameter} at its ${h.end} value: ${format(h.value)}`}</title>
              </rect>
            ))}
          </g>
        );
      })}
      <line
        x1={x(base)}
        x2={x(base)}
        y1={TOP - 4}
        y2={bottom + 2}
        style={{ stroke: 'var(--ink)' }}
      />
    </svg>
  );
}
