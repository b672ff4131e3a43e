/**
 * Sensitivity: which assumptions the headline figures rest on (DESIGN §4.12). Tornado charts
 * for the margin in the bad years and the largest exit, every figure's widest drivers, the flip
 * points where a layer's position changes or a point of no return moves by a year, and the
 * range each parameter was varied over with its reason.
 */

import type { ResolvedModel } from '../../model/resolved-model.js';
import { numeric, type Sensitivity, type Tornado } from '../../sensitivity/sensitivity.js';
import type { VariedParameter } from '../../sensitivity/varied-parameters.js';
import {
  barWidth,
  figureValue,
  parameterValue,
  pointOfNoReturn,
  positionName,
} from '../../text/sensitivity-values.js';
import { wholeNumber as count } from '../../text/whole-number.js';
import { tornadoChart } from '../charts/tornado-chart.js';
import type { Block, Cell, Figure, Section, Table } from './document.js';

export interface SensitivitySectionOptions {
  /**
   * `summary` (the report): tornado charts for ES 95% and the largest exit, and one table of
   * every figure's widest drivers. `every-figure` (`mvnoscope sensitivity --format markdown`):
   * a table of bars for each figure instead of the drivers table.
   */
  readonly detail: 'summary' | 'every-figure';
  /** Bars per figure. */
  readonly top: number;
}

/** Drivers per figure in the summary table. */
const DRIVERS = 3;

export function sensitivitySection(
  model: ResolvedModel,
  sensitivity: Sensitivity,
  options: SensitivitySectionOptions = { detail: 'summary', top: 8 },
): Section {
  const currency = model.operator.currency;
  const byName = new Map(sensitivity.parameters.map((p) => [p.name, p]));
  const text = textOf(sensitivity, byName, currency);
  const method = methodAssumptions(sensitivity);
  const moving = sensitivity.figures.filter((f) => f.bars.some((b) => b.width > 0));
  const blocks: Block[] = [
    { kind: 'paragraph', text: summary(sensitivity, moving) },
    { kind: 'paragraph', text: flipSummary(sensitivity) },
  ];
  if (options.detail === 'summary') {
    const es95 = moving.find((f) => f.kind === 'margin_es95');
    const exit = moving.find((f) => f.kind === 'exit_cost');
    for (const figure of [es95, exit])
      if (figure !== undefined)
        blocks.push(tornadoFigure(figure, sensitivity, text, options.top, method, currency));
    blocks.push(driversFigure(sensitivity, moving, text, method));
  } else {
    for (const figure of moving) blocks.push(barsFigure(figure, text, options.top, method));
  }
  const flips = flipsFigure(sensitivity, text, method);
  if (flips !== undefined) blocks.push(flips);
  blocks.push(rangesFigure(sensitivity, text));
  return { id: 'sensitivity', title: 'Sensitivity', blocks };
}

/** How values of parameters and figures read in this section. */
interface Text {
  readonly input: (parameter: string, value: number) => string;
  readonly figure: (figure: Tornado, value: Tornado['base']) => string;
  readonly swing: (figure: Tornado, bar: Tornado['bars'][number]) => string;
}

function textOf(
  sensitivity: Sensitivity,
  byName: ReadonlyMap<string, VariedParameter>,
  currency: string,
): Text {
  return {
    input: (parameter, value) => {
      const p = byName.get(parameter);
      return p === undefined ? String(value) : parameterValue(p.unit, value, currency);
    },
    figure: (figure, value) => figureValue(figure.unit, value, currency, sensitivity.asOf),
    swing: (figure, bar) => barWidth(figure.unit, bar, currency),
  };
}

function methodAssumptions(sensitivity: Sensitivity): [string, ...string[]] {
  return [
    'One parameter at a time is pinned at the low and at the high end of its range, every other as the model has it, and the figure is computed afresh on that copy of the model (docs/sensitivity.md). A bar spans the figure at the two ends; the widest bars come first (a tornado diagram: Howard 1988; Clemen, Making Hard Decisions, ch. 5).',
    `ES 95% of margin: ${count(sensitivity.stress.trials)} one-year trials of the stress test, seed ${sensitivity.stress.seed}, the same random draws for every pinned run (common random numbers), so two ends differ by the parameter alone.`,
    `A point of no return not reached within the ${sensitivity.horizonMonths}-month horizon counts as the month after it when a bar's width is measured.`,
  ];
}

function summary(sensitivity: Sensitivity, moving: readonly Tornado[]): string {
  const leads = new Map<string, number>();
  for (const f of moving) {
    const first = f.bars[0];
    if (first !== undefined) leads.set(first.parameter, (leads.get(first.parameter) ?? 0) + 1);
  }
  const ranked = [...leads].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const lead =
    ranked.length === 0
      ? 'No parameter moves any headline figure within its range.'
      : `The widest bar belongs to ${ranked.map(([p, n]) => `${p} on ${n} figure${n === 1 ? '' : 's'}`).join(', ')}.`;
  return `Each of ${sensitivity.parameters.length} parameters was varied between a stated low and high value (${sensitivity.figures.length} headline figures; ${sensitivity.figures.length - moving.length} move with none of them). ${lead}`;
}

function flipSummary(sensitivity: Sensitivity): string {
  const { positions, pointsOfNoReturn, moveMonths } = sensitivity.flips;
  const layerFlips = positions.reduce((n, p) => n + p.flips.length, 0);
  const dateFlips = pointsOfNoReturn.reduce((n, p) => n + p.flips.length, 0);
  const layers =
    layerFlips === 0
      ? 'No layer changes position within the ranges'
      : `${layerFlips} parameter end${layerFlips === 1 ? '' : 's'} change a layer's position`;
  const dates =
    dateFlips === 0
      ? `no point of no return moves by ${moveMonths} months or more.`
      : `${dateFlips} move a point of no return by ${moveMonths} months or more (flip points below).`;
  return `${layers}; ${dates}`;
}

function tornadoFigure(
  figure: Tornado,
  sensitivity: Sensitivity,
  text: Text,
  top: number,
  method: [string, ...string[]],
  currency: string,
): Figure {
  const bars = figure.bars.filter((b) => b.width > 0).slice(0, top);
  const horizon = sensitivity.horizonMonths;
  return {
    kind: 'figure',
    id: `sensitivity-${figure.kind.replace(/_/g, '-')}`,
    title: `Tornado: ${figure.title}, ${text.figure(figure, figure.base)} as modelled`,
    body: {
      kind: 'chart',
      spec: tornadoChart(
        bars.map((b) => ({
          parameter: b.parameter,
          low: numeric(figure.unit, b.low.value, horizon),
          high: numeric(figure.unit, b.high.value, horizon),
        })),
        numeric(figure.unit, figure.base, horizon),
        figure.unit === 'money' ? currency : figure.unit,
      ),
      table: barsTable(figure, bars, text),
    },
    assumptions: [
      `The ${bars.length} widest of ${figure.bars.length} bars; parameters that do not move the figure are left out.`,
      ...(figure.kind === 'margin_es95' ? [noise(sensitivity, figure, text)] : []),
      ...method,
    ],
  };
}

/** ES 95% with the next seed: the sampling noise of its level, against which to read its bars. */
function noise(sensitivity: Sensitivity, figure: Tornado, text: Text): string {
  const other = (figure.base ?? 0) + sensitivity.stress.otherSeedDifference;
  return `With seed ${sensitivity.stress.seed + 1} the figure as modelled is ${text.figure(figure, other)}: the sampling noise of its level. Bar ends share their draws and are steadier than that.`;
}

function barsFigure(
  figure: Tornado,
  text: Text,
  top: number,
  method: [string, ...string[]],
): Figure {
  const bars = figure.bars.filter((b) => b.width > 0).slice(0, top);
  return {
    kind: 'figure',
    id: `sensitivity-${figure.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
    title: `${figure.title}: ${text.figure(figure, figure.base)} as modelled`,
    body: { kind: 'table', table: barsTable(figure, bars, text) },
    assumptions: [
      `The ${bars.length} widest of ${figure.bars.length} bars; parameters that do not move the figure are left out.`,
      ...method,
    ],
  };
}

function barsTable(figure: Tornado, bars: Tornado['bars'], text: Text): Table {
  return {
    columns: [
      { title: 'parameter', align: 'left' },
      { title: 'low', align: 'right' },
      { title: 'figure at low', align: 'right' },
      { title: 'high', align: 'right' },
      { title: 'figure at high', align: 'right' },
      { title: 'swing', align: 'right' },
    ],
    rows: bars.map((b) => [
      b.parameter,
      text.input(b.parameter, b.low.input),
      text.figure(figure, b.low.value),
      text.input(b.parameter, b.high.input),
      text.figure(figure, b.high.value),
      text.swing(figure, b),
    ]),
  };
}

function driversFigure(
  sensitivity: Sensitivity,
  moving: readonly Tornado[],
  text: Text,
  method: [string, ...string[]],
): Figure {
  const driver = (figure: Tornado, i: number): Cell => {
    const bar = figure.bars[i];
    if (bar === undefined || bar.width === 0) return '—';
    return `${bar.parameter}: ${text.figure(figure, bar.low.value)} to ${text.figure(figure, bar.high.value)}`;
  };
  return {
    kind: 'figure',
    id: 'sensitivity-drivers',
    title: 'What drives each headline figure: its widest bars',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'figure', align: 'left' },
          { title: 'as modelled', align: 'right' },
          ...Array.from({ length: DRIVERS }, (_, i) => ({
            title: `${['widest', 'second', 'third'][i] ?? `driver ${i + 1}`} (figure at low to high)`,
            align: 'left' as const,
          })),
        ],
        rows: moving.map((f) => [
          f.title,
          text.figure(f, f.base),
          ...Array.from({ length: DRIVERS }, (_, i) => driver(f, i)),
        ]),
      },
    },
    assumptions: [
      `Figures that no parameter moves within its range are left out (${sensitivity.figures.length - moving.length} of ${sensitivity.figures.length}).`,
      ...method,
    ],
  };
}

function flipsFigure(
  sensitivity: Sensitivity,
  text: Text,
  method: [string, ...string[]],
): Figure | undefined {
  const { positions, pointsOfNoReturn, tolerance, moveMonths } = sensitivity.flips;
  const asOf = sensitivity.asOf;
  const rows: Cell[][] = [];
  const range = (parameter: string) => {
    const p = sensitivity.parameters.find((q) => q.name === parameter);
    return p === undefined
      ? ''
      : `${text.input(parameter, p.low)} to ${text.input(parameter, p.high)}`;
  };
  for (const layer of positions)
    for (const flip of layer.flips)
      rows.push([
        `${layer.title}: position`,
        positionName(layer.position),
        { text: positionName(String(flip.after)), tone: 'medium' },
        `${flip.parameter} ${flip.side === 'low' ? 'falls' : 'rises'} to ${text.input(flip.parameter, flip.at)}`,
        range(flip.parameter),
      ]);
  for (const d of pointsOfNoReturn)
    for (const flip of d.flips)
      rows.push([
        `${d.provider}: point of no return`,
        pointOfNoReturn(d.month, asOf),
        {
          text: pointOfNoReturn(typeof flip.after === 'number' ? flip.after : null, asOf),
          tone: 'medium',
        },
        `${flip.parameter} ${flip.side === 'low' ? 'falls' : 'rises'} to ${text.input(flip.parameter, flip.at)}`,
        range(flip.parameter),
      ]);
  if (rows.length === 0) return undefined;
  return {
    kind: 'figure',
    id: 'sensitivity-flips',
    title: 'Flip points: where a position changes or a point of no return moves by a year',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'what', align: 'left' },
          { title: 'as modelled', align: 'left' },
          { title: 'becomes', align: 'left' },
          { title: 'once', align: 'left' },
          { title: 'range', align: 'left' },
        ],
        rows,
      },
    },
    assumptions: [
      `A flip point is found by bisection between the model's value and the end of the range where the change is seen, to ${(tolerance * 100).toLocaleString('en')}% of the range (a whole month for parameters in months). A point of no return flips when it moves by ${moveMonths} months or more.`,
      'A change that comes and goes again between the model’s value and an end is not seen.',
      ...method,
    ],
  };
}

function rangesFigure(sensitivity: Sensitivity, text: Text): Figure {
  return {
    kind: 'figure',
    id: 'sensitivity-ranges',
    title: 'The ranges: each parameter’s low and high value, and why',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'parameter', align: 'left' },
          { title: 'value used', align: 'right' },
          { title: 'low', align: 'right' },
          { title: 'high', align: 'right' },
          { title: 'why', align: 'left' },
        ],
        rows: sensitivity.parameters.map((p) => [
          p.path,
          `${text.input(p.name, p.value)}${p.source === 'model' ? ' (model)' : ' (default)'}`,
          text.input(p.name, p.low),
          text.input(p.name, p.high),
          p.reason,
        ]),
      },
    },
    assumptions: [
      'A value the model states is varied over the default range scaled to it (growth: ± 1 point), rounded to three significant figures, within what the schema allows.',
      ...sensitivity.notVaried.map((n) => `${n.name} is not varied: ${n.reason}.`),
    ],
  };
}
