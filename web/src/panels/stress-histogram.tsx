/**
 * The stress test's loss in a year as a histogram, as the report draws it
 * (src/report/charts/stress-chart.ts): the job's bins (40 from the smallest loss to the 99.9%
 * quantile, src/report/document/stress-section.ts lossBins), the share of trials on a
 * square-root scale so the tail stays visible, and value-at-risk and expected shortfall as
 * lines.
 */
import { percent, wholeNumber } from '../../../src/text/index.js';
import type { SimulationJobResult } from '../api/types.js';
import { PlotFrame } from '../charts/plot-frame.js';
import { money } from '../figures.js';

const MEASURES = [
  { key: 'var95', label: 'VaR 95%', series: 1 },
  { key: 'es95', label: 'ES 95%', series: 3 },
  { key: 'var99', label: 'VaR 99%', series: 2 },
  { key: 'es99', label: 'ES 99%', series: 5 },
] as const;

export function StressHistogram({ result }: { result: SimulationJobResult }) {
  const bins = result.lossHistogram;
  if (bins.length === 0) return null;
  const c = result.currency;
  const lines = MEASURES.map((m) => ({ ...m, loss: result.loss[m.key] }));
  // Lines beyond the last bin (a tail past the 99.9% quantile) are drawn at its edge.
  const top = bins[bins.length - 1]?.to ?? 0;
  const root = (share: number) => Math.sqrt(share);
  return (
    <figure className="figure" data-testid="stress-histogram">
      <PlotFrame
        title={`Loss in a year across ${wholeNumber(result.trials)} trials: a histogram of ${bins.length} bins`}
        width={640}
        height={260}
        xValues={[bins[0]?.from ?? 0, top]}
        yValues={[0, ...bins.map((b) => root(b.share))]}
        xLabel={`loss in the year (${c})`}
        yLabel="share of trials (√ scale)"
        formatX={(v) => wholeNumber(v)}
        formatY={(v) => percent(v * v)}
      >
        {(x, y) => (
          <>
            {bins.map((b) => (
              <rect
                key={b.from}
                className="histogram__bar"
                x={x(b.from)}
                width={Math.max(0.5, x(b.to) - x(b.from) - 0.5)}
                y={y(root(b.share))}
                height={Math.max(0, y(0) - y(root(b.share)))}
              />
            ))}
            {lines.map((l) => (
              <line
                key={l.key}
                className={`series series--${l.series} histogram__line`}
                x1={x(Math.min(l.loss, top))}
                x2={x(Math.min(l.loss, top))}
                y1={y(0)}
                y2={y(Math.max(...bins.map((b) => root(b.share))))}
              />
            ))}
          </>
        )}
      </PlotFrame>
      <figcaption className="legend">
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--bar" aria-hidden="true" /> share of trials
        </span>
        {lines.map((l) => (
          <span key={l.key} className="legend__item">
            <span className={`legend__swatch series--${l.series}`} aria-hidden="true" />
            {l.label} {money(l.loss, c)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
