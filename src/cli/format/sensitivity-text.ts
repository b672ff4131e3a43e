/**
 * The terminal report of `mvnoscope sensitivity`: a compact tornado per headline figure (the
 * widest bars first, each drawn on the figure's own axis around its modelled value), the flip
 * points, and the ranges every parameter was varied over.
 */
import type { ResolvedModel } from '../../model/resolved-model.js';
import { table } from '../../report/terminal/text-table.js';
import {
  type Bar,
  numeric,
  type Sensitivity,
  type Tornado,
} from '../../sensitivity/sensitivity.js';
import type { VariedParameter } from '../../sensitivity/varied-parameters.js';
import {
  barWidth,
  figureValue,
  parameterValue,
  pointOfNoReturn,
  positionName,
} from '../../text/sensitivity-values.js';
import type { Colours } from './colour.js';

/** Characters of a drawn bar's axis. */
const AXIS = 24;

export interface TornadoTextOptions {
  /** Bars shown per figure; every bar with `all`. */
  readonly top: number;
  readonly all: boolean;
}

export function sensitivityText(
  model: ResolvedModel,
  sensitivity: Sensitivity,
  c: Colours,
  options: TornadoTextOptions,
): string {
  const currency = model.operator.currency;
  const byName = new Map(sensitivity.parameters.map((p) => [p.name, p]));
  const moving = sensitivity.figures.filter((f) => f.bars.some((b) => b.width > 0));
  const still = sensitivity.figures.filter((f) => !f.bars.some((b) => b.width > 0));
  const lines = [
    c.bold(`Sensitivity: ${model.operator.name} — what the headline figures rest on`),
    `  ${sensitivity.parameters.length} parameters, each pinned at the low and at the high end of its range with the others as the model has them; ES 95% from ${sensitivity.stress.trials.toLocaleString('en')} one-year trials (seed ${sensitivity.stress.seed}), the same random draws in every run.`,
    c.dim(
      `  Bars: ░ the parameter at its low value, █ at its high value, ▓ both; │ the figure as modelled. Widest first.`,
    ),
  ];
  for (const figure of moving)
    lines.push('', ...tornadoLines(figure, sensitivity, byName, currency, c, options));
  if (still.length > 0)
    lines.push(
      '',
      c.bold('  Not moved by any parameter within its range'),
      ...still.map(
        (f) => `    ${f.title}: ${figureValue(f.unit, f.base, currency, sensitivity.asOf)}`,
      ),
    );
  if (sensitivity.neverReached.length > 0)
    lines.push(
      '',
      `  Point of no return not within the ${sensitivity.horizonMonths}-month horizon at any end of any range: ${sensitivity.neverReached.join(', ')}.`,
    );
  lines.push('', ...flipLines(sensitivity, byName, currency, c));
  lines.push('', ...rangeLines(sensitivity, currency, c));
  return lines.join('\n');
}

function tornadoLines(
  figure: Tornado,
  sensitivity: Sensitivity,
  byName: ReadonlyMap<string, VariedParameter>,
  currency: string,
  c: Colours,
  options: TornadoTextOptions,
): string[] {
  const value = (v: Tornado['base']) => figureValue(figure.unit, v, currency, sensitivity.asOf);
  const moving = figure.bars.filter((b) => b.width > 0);
  const shown = options.all ? figure.bars : moving.slice(0, options.top);
  const axis = axisOf(figure, sensitivity.horizonMonths);
  const rows = shown.map((bar) => {
    const p = byName.get(bar.parameter);
    const input = (v: number) =>
      p === undefined ? String(v) : parameterValue(p.unit, v, currency);
    return [
      bar.parameter,
      input(bar.low.input),
      value(bar.low.value),
      drawBar(bar, figure, axis, sensitivity.horizonMonths),
      input(bar.high.input),
      value(bar.high.value),
      barWidth(figure.unit, bar, currency),
    ];
  });
  const lines = [`  ${c.bold(figure.title)}: ${value(figure.base)}`];
  if (figure.kind === 'margin_es95')
    lines.push(
      c.dim(
        `    With seed ${sensitivity.stress.seed + 1} it is ${value((figure.base ?? 0) + sensitivity.stress.otherSeedDifference)}: the sampling noise of its level. Bar ends share their draws, so a bar is steadier than that.`,
      ),
    );
  lines.push(
    ...table(
      [['parameter', 'low', 'figure', '', 'high', 'figure', 'swing'], ...rows],
      ['left', 'right', 'right', 'left', 'right', 'right', 'right'],
    ).map((r) => `    ${r}`),
  );
  const hidden = moving.length - Math.min(moving.length, shown.length);
  const unmoved = figure.bars.length - moving.length;
  const notes = [
    ...(hidden > 0 ? [`${hidden} more that move it (--top ${moving.length} or --all)`] : []),
    ...(unmoved > 0 && !options.all ? [`${unmoved} move nothing`] : []),
  ];
  if (notes.length > 0) lines.push(c.dim(`    … ${notes.join('; ')}`));
  return lines;
}

interface Axis {
  readonly min: number;
  readonly max: number;
}

/** The span of every bar end and the modelled value, so all of a figure's bars share one scale. */
function axisOf(figure: Tornado, horizon: number): Axis {
  const values = [
    numeric(figure.unit, figure.base, horizon),
    ...figure.bars.flatMap((b) => [
      numeric(figure.unit, b.low.value, horizon),
      numeric(figure.unit, b.high.value, horizon),
    ]),
  ];
  return { min: Math.min(...values), max: Math.max(...values) };
}

function drawBar(bar: Bar, figure: Tornado, axis: Axis, horizon: number): string {
  const span = axis.max - axis.min;
  const at = (v: number) => (span === 0 ? 0 : Math.round(((v - axis.min) / span) * (AXIS - 1)));
  const base = at(numeric(figure.unit, figure.base, horizon));
  const low = at(numeric(figure.unit, bar.low.value, horizon));
  const high = at(numeric(figure.unit, bar.high.value, horizon));
  const covers = (end: number, i: number) =>
    end !== base && i >= Math.min(base, end) && i <= Math.max(base, end);
  return Array.from({ length: AXIS }, (_, i) => {
    const byLow = covers(low, i);
    const byHigh = covers(high, i);
    if (i === base) return '│';
    if (byLow && byHigh) return '▓';
    if (byLow) return '░';
    if (byHigh) return '█';
    return ' ';
  }).join('');
}

function flipLines(
  sensitivity: Sensitivity,
  byName: ReadonlyMap<string, VariedParameter>,
  currency: string,
  c: Colours,
): string[] {
  const { positions, pointsOfNoReturn, tolerance, moveMonths } = sensitivity.flips;
  const when = (parameter: string, side: 'low' | 'high', at: number) => {
    const p = byName.get(parameter);
    const text = (v: number) => (p === undefined ? String(v) : parameterValue(p.unit, v, currency));
    const range = p === undefined ? '' : ` (its range: ${text(p.low)} to ${text(p.high)})`;
    return `${parameter} ${side === 'low' ? 'falls' : 'rises'} to ${text(at)}${range}`;
  };
  const lines = [
    c.bold(`  Flip points (bisection to ${(tolerance * 100).toLocaleString('en')}% of each range)`),
  ];
  const layerFlips = positions.filter((p) => p.flips.length > 0);
  if (layerFlips.length === 0) lines.push('    Layer positions: none changes within the ranges.');
  for (const layer of layerFlips) {
    lines.push(`    ${layer.title}, ${positionName(layer.position)} as modelled:`);
    for (const flip of layer.flips)
      lines.push(
        `      ${c.yellow(positionName(String(flip.after)))} once ${when(flip.parameter, flip.side, flip.at)}`,
      );
  }
  const asOf = sensitivity.asOf;
  const moved = pointsOfNoReturn.filter((p) => p.flips.length > 0);
  for (const d of moved) {
    lines.push(
      `    Point of no return of ${d.provider}, ${pointOfNoReturn(d.month, asOf)} as modelled:`,
    );
    for (const flip of d.flips)
      lines.push(
        `      ${c.yellow(pointOfNoReturn(typeof flip.after === 'number' ? flip.after : null, asOf))} once ${when(flip.parameter, flip.side, flip.at)}`,
      );
  }
  const unmoved = pointsOfNoReturn.filter((p) => p.flips.length === 0).map((p) => p.provider);
  if (unmoved.length > 0)
    lines.push(
      `    No point of no return moves by ${moveMonths} months or more within the ranges for: ${unmoved.join(', ')}.`,
    );
  return lines;
}

function rangeLines(sensitivity: Sensitivity, currency: string, c: Colours): string[] {
  const rows = sensitivity.parameters.map((p) => [
    p.name,
    parameterValue(p.unit, p.value, currency),
    p.source === 'model' ? 'model' : 'default',
    parameterValue(p.unit, p.low, currency),
    parameterValue(p.unit, p.high, currency),
    c.dim(p.reason),
  ]);
  return [
    c.bold('  Ranges (docs/sensitivity.md)'),
    ...table(
      [['parameter', 'value', 'from', 'low', 'high', 'why'], ...rows],
      ['left', 'right', 'left', 'right', 'right', 'left'],
    ).map((r) => `    ${r}`),
    ...sensitivity.notVaried.map((n) => c.dim(`    ${n.name} is not varied: ${n.reason}`)),
  ];
}
