/**
 * What a sensitivity run says, drawn: pick a headline figure and see its tornado (the widest
 * bars), the table of its bars, the flip points, and the range of every parameter with its
 * reason. Pure: it draws a result it is given (SensitivityPanel runs the core on a worker).
 */
import { useId, useState } from 'react';
import type { Sensitivity, Tornado } from '../../../src/sensitivity/sensitivity.js';
import {
  axisValue,
  figureValue,
  parameterValue,
  pointOfNoReturn,
  positionName,
} from '../../../src/text/sensitivity-values.js';
import { money } from '../figures.js';
import { HIGH_COLOUR, LOW_COLOUR, SensitivityTornado } from './SensitivityTornado.js';

/** Bars drawn per figure; the table lists every bar that moves the figure. */
const BARS_DRAWN = 12;

export function SensitivityView({
  sensitivity,
  currency,
}: {
  sensitivity: Sensitivity;
  currency: string;
}) {
  const id = useId();
  const moving = sensitivity.figures.filter((f) => f.bars.some((b) => b.width > 0));
  const [selected, setSelected] = useState(moving[0]?.id ?? '');
  const figure = moving.find((f) => f.id === selected) ?? moving[0];
  const byName = new Map(sensitivity.parameters.map((p) => [p.name, p]));
  const input = (parameter: string, value: number) => {
    const p = byName.get(parameter);
    return p === undefined ? String(value) : parameterValue(p.unit, value, currency);
  };
  const value = (f: Tornado, v: Tornado['base']) =>
    figureValue(f.unit, v, currency, sensitivity.asOf);
  const axis = (f: Tornado, v: number) => axisValue(f.unit, v, currency, sensitivity.horizonMonths);
  const bars = figure?.bars.filter((b) => b.width > 0) ?? [];
  return (
    <>
      <p className="muted">
        {sensitivity.parameters.length} parameters, each pinned at the low and the high end of its
        range with the others as the model has them; {moving.length} of {sensitivity.figures.length}{' '}
        headline figures move. ES 95% from {sensitivity.stress.trials.toLocaleString('en')} one-year
        trials (seed {sensitivity.stress.seed}), the same draws in every run; another seed moves it
        by {money(Math.abs(sensitivity.stress.otherSeedDifference), currency)}.
      </p>
      {figure === undefined ? (
        <p>No parameter moves any headline figure within its range.</p>
      ) : (
        <>
          <label>
            Figure
            <select value={figure.id} onChange={(e) => setSelected(e.target.value)}>
              {moving.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title}
                </option>
              ))}
            </select>
          </label>
          <figure className="figure">
            <SensitivityTornado
              figure={figure}
              bars={bars.slice(0, BARS_DRAWN)}
              horizonMonths={sensitivity.horizonMonths}
              format={(v) => axis(figure, v)}
            />
            <figcaption className="legend">
              <span className="legend__item">
                {figure.title}: {value(figure, figure.base)} as modelled (the line)
              </span>
              <span className="legend__item">
                <span
                  className="legend__swatch"
                  style={{ background: LOW_COLOUR }}
                  aria-hidden="true"
                />
                parameter at its low value
              </span>
              <span className="legend__item">
                <span
                  className="legend__swatch"
                  style={{ background: HIGH_COLOUR }}
                  aria-hidden="true"
                />
                at its high value
              </span>
            </figcaption>
          </figure>
          <div className="table-scroll">
            <table>
              <caption>{figure.title}: the parameters that move it, widest swing first</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">Low</th>
                  <th scope="col">Figure at low</th>
                  <th scope="col">High</th>
                  <th scope="col">Figure at high</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.parameter}>
                    <th scope="row">{b.parameter}</th>
                    <td className="num">{input(b.parameter, b.low.input)}</td>
                    <td className="num">{value(figure, b.low.value)}</td>
                    <td className="num">{input(b.parameter, b.high.input)}</td>
                    <td className="num">{value(figure, b.high.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <FlipPoints sensitivity={sensitivity} input={input} headingId={`${id}-flips`} />
      <details>
        <summary>The ranges and why ({sensitivity.parameters.length} parameters)</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Value used</th>
                <th scope="col">Low</th>
                <th scope="col">High</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {sensitivity.parameters.map((p) => (
                <tr key={p.name}>
                  <th scope="row">{p.path}</th>
                  <td className="num">
                    {input(p.name, p.value)} ({p.source})
                  </td>
                  <td className="num">{input(p.name, p.low)}</td>
                  <td className="num">{input(p.name, p.high)}</td>
                  <td>{p.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul>
          {sensitivity.notVaried.map((n) => (
            <li key={n.name}>
              {n.name} is not varied: {n.reason}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

function FlipPoints({
  sensitivity,
  input,
  headingId,
}: {
  sensitivity: Sensitivity;
  input: (parameter: string, value: number) => string;
  headingId: string;
}) {
  const { positions, pointsOfNoReturn, moveMonths } = sensitivity.flips;
  const once = (parameter: string, side: 'low' | 'high', at: number) =>
    `once ${parameter} ${side === 'low' ? 'falls' : 'rises'} to ${input(parameter, at)}`;
  const items = [
    ...positions.flatMap((l) =>
      l.flips.map((f) => ({
        key: `${l.layer}:${f.parameter}:${f.side}`,
        text: `${l.title}: ${positionName(l.position)} becomes ${positionName(String(f.after))} ${once(f.parameter, f.side, f.at)}`,
      })),
    ),
    ...pointsOfNoReturn.flatMap((d) =>
      d.flips.map((f) => ({
        key: `${d.provider}:${f.parameter}:${f.side}`,
        text: `${d.provider}: point of no return ${pointOfNoReturn(d.month, sensitivity.asOf)} becomes ${pointOfNoReturn(typeof f.after === 'number' ? f.after : null, sensitivity.asOf)} ${once(f.parameter, f.side, f.at)}`,
      })),
    ),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Flip points</h3>
      {items.length === 0 ? (
        <p>
          No layer changes position and no point of no return moves by {moveMonths} months or more
          within the ranges.
        </p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
