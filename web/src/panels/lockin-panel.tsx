/**
 * Lock-in: each dependency's exit cost month by month (the curves), the reversibility
 * capacity as the threshold line (what the operator could put towards an exit each month:
 * src/economics/reversibility.ts), each point of no return marked on its curve as the report
 * draws them (src/report/charts/lockin-chart.ts), and the table of what leaving costs today,
 * when it stops being reversible, what the option to switch is worth and what a credible
 * alternative does to the price. Providers by name.
 */
import type { Lockin } from '../../../src/economics/lockin.js';
import { wholeNumber } from '../../../src/text/index.js';
import { PlotFrame } from '../charts/plot-frame.js';
import { money } from '../figures.js';
import { TableScroll } from './table-scroll.js';

/** Curves beyond this many crowd the chart; the table lists every dependency. */
const CURVES_SHOWN = 6;

export function LockinPanel({
  lockin,
  currency,
  nameOf = (id) => id,
}: {
  lockin: Lockin;
  currency: string;
  /** A provider's name from its id. */
  nameOf?: (id: string, kind: 'provider') => string;
}) {
  const ranked = [...lockin.dependencies].sort((a, b) => b.today.cost - a.today.cost);
  const shown = ranked.slice(0, CURVES_SHOWN).filter((d) => d.curve.length > 0);
  const points = shown.flatMap((d) => d.curve);
  const capacity = lockin.capacity;
  // Each shown curve's point of no return, at its cost on the curve that month.
  const noReturn = shown.flatMap((d, i) => {
    const month = d.pointOfNoReturn?.month;
    const at = month === undefined ? undefined : d.curve.find((p) => p.month === month);
    return at === undefined || d.pointOfNoReturn === null
      ? []
      : [
          {
            key: d.provider,
            series: i,
            month: at.month,
            cost: at.cost,
            date: d.pointOfNoReturn.date,
          },
        ];
  });
  return (
    <section className="card" aria-labelledby="lockin-title">
      <h2 id="lockin-title">Lock-in over the horizon</h2>
      {shown.length > 0 && (
        <figure className="figure">
          <PlotFrame
            title="Exit cost by month for the costliest dependencies"
            width={640}
            height={280}
            xValues={points.map((p) => p.month)}
            yValues={[0, ...points.map((p) => p.cost), ...capacity.map((p) => p.capacity)]}
            xLabel="months from the model date"
            yLabel={`exit cost (${currency})`}
            formatX={(m) => String(m)}
            formatY={(v) => wholeNumber(v)}
          >
            {(x, y) => (
              <>
                {shown.map((d, i) => (
                  <polyline
                    key={d.provider}
                    className={`series series--${i}`}
                    points={d.curve.map((p) => `${x(p.month)},${y(p.cost)}`).join(' ')}
                  />
                ))}
                {capacity.length > 0 && (
                  <polyline
                    className="threshold"
                    data-testid="lockin-threshold"
                    points={capacity.map((p) => `${x(p.month)},${y(p.capacity)}`).join(' ')}
                  />
                )}
                {noReturn.map((p) => (
                  <path
                    key={p.key}
                    className={`no-return no-return--${p.series}`}
                    data-testid="lockin-no-return"
                    d={`M ${x(p.month)} ${y(p.cost) - 7} l 7 7 l -7 7 l -7 -7 Z`}
                  />
                ))}
              </>
            )}
          </PlotFrame>
          <figcaption className="legend">
            {shown.map((d, i) => (
              <span key={d.provider} className="legend__item">
                <span className={`legend__swatch series--${i}`} aria-hidden="true" />
                {nameOf(d.provider, 'provider')}
              </span>
            ))}
            {capacity.length > 0 && (
              <span className="legend__item">
                <span className="legend__swatch legend__swatch--threshold" aria-hidden="true" />
                reversibility capacity (the cash and margin an exit could draw on)
              </span>
            )}
            {noReturn.length > 0 && (
              <span className="legend__item">
                <span className="legend__swatch legend__swatch--no-return" aria-hidden="true" />
                point of no return
              </span>
            )}
          </figcaption>
          {noReturn.length > 0 && (
            <p className="muted">
              Points of no return:{' '}
              {noReturn
                .map(
                  (p) =>
                    `${nameOf(p.key, 'provider')} ${p.month === 0 ? 'already passed' : p.date}`,
                )
                .join('; ')}
              .
            </p>
          )}
        </figure>
      )}
      <TableScroll label="Exit, option value and leverage per dependency">
        <table>
          <caption>Exit, option value and leverage per dependency</caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Exit cost today</th>
              <th scope="col">Exit time</th>
              <th scope="col">No return from</th>
              <th scope="col">Act by</th>
              <th scope="col">Option to switch</th>
              <th scope="col">Leverage per year</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((d) => (
              <tr key={d.provider}>
                <th scope="row">{nameOf(d.provider, 'provider')}</th>
                <td className="num">{money(d.today.cost, currency)}</td>
                <td className="num">{d.today.months.toFixed(0)} mo</td>
                <td
                  title={
                    d.pointOfNoReturn === null
                      ? 'not reached within the horizon'
                      : `${d.pointOfNoReturn.explanation}. ${d.pointOfNoReturn.restore}.`
                  }
                >
                  {d.pointOfNoReturn === null
                    ? '—'
                    : `${d.pointOfNoReturn.month === 0 ? 'already passed' : d.pointOfNoReturn.date} (${d.pointOfNoReturn.reason})`}
                </td>
                <td
                  className="date"
                  title={d.exitWindow?.explanation ?? 'no renewal window within the horizon'}
                >
                  {d.exitWindow?.closesDate ?? '—'}
                </td>
                <td className="num">{d.option === null ? '—' : money(d.option.value, currency)}</td>
                <td className="num" title={d.leverage?.explanation ?? d.alternative.explanation}>
                  {d.leverage === null ? '—' : money(d.leverage.valuePerYear, currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
