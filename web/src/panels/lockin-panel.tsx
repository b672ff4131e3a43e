/**
 * Lock-in: each dependency's exit cost month by month (the curves), and the table of what
 * leaving costs today, when it stops being reversible, what the option to switch is worth and
 * what a credible alternative does to the price.
 */
import type { Lockin } from '../../../src/economics/lockin.js';
import { PlotFrame } from '../charts/plot-frame.js';
import { money } from '../figures.js';

/** Curves beyond this many crowd the chart; the table lists every dependency. */
const CURVES_SHOWN = 6;

export function LockinPanel({ lockin, currency }: { lockin: Lockin; currency: string }) {
  const ranked = [...lockin.dependencies].sort((a, b) => b.today.cost - a.today.cost);
  const shown = ranked.slice(0, CURVES_SHOWN).filter((d) => d.curve.length > 0);
  const points = shown.flatMap((d) => d.curve);
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
            yValues={[0, ...points.map((p) => p.cost)]}
            xLabel="month"
            yLabel={`exit cost (${currency})`}
            formatX={(m) => String(m)}
            formatY={(v) => money(v, currency)}
          >
            {(x, y) =>
              shown.map((d, i) => (
                <polyline
                  key={d.provider}
                  className={`series series--${i}`}
                  points={d.curve.map((p) => `${x(p.month)},${y(p.cost)}`).join(' ')}
                >
                  <title>{d.provider}</title>
                </polyline>
              ))
            }
          </PlotFrame>
          <figcaption className="legend">
            {shown.map((d, i) => (
              <span key={d.provider} className="legend__item">
                <span className={`legend__swatch series--${i}`} aria-hidden="true" />
                {d.provider}
              </span>
            ))}
          </figcaption>
        </figure>
      )}
      <div className="table-scroll">
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
                <th scope="row">{d.provider}</th>
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
                <td title={d.exitWindow?.explanation ?? 'no renewal window within the horizon'}>
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
      </div>
    </section>
  );
}
