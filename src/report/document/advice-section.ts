/**
 * What to do first: the advisor's answer (src/advice) at the head of the report — the moves
 * worth most, each valued by applying its patch and re-assessing the whole model, with the date
 * to start by; the recommended plan over them on calendar dates; and doing nothing beside it.
 * Built from the one Advice document the CLI's `advise` and the API's advice job also show.
 */
import type { ActBy } from '../../advice/act-by.js';
import type { Advice, ValuedMove } from '../../advice/index.js';
import type { HorizonView } from '../../advice/plan.js';
import { counted, decimal, money, wholeNumber } from '../../text/index.js';
import type { Block, Cell, Figure, Section } from './document.js';

/** How many of the ranked moves the section lists. */
export const REPORT_ADVICE_TOP = 5;

export function adviceSection(advice: Advice, top = REPORT_ADVICE_TOP): Section {
  const shown = advice.moves.slice(0, top);
  const worth = advice.moves.filter((m) => m.value.net > 0).length;
  const blocks: Block[] = [
    { kind: 'paragraph', text: summary(advice, worth) },
    ...(shown.length === 0 ? [] : [movesFigure(advice, shown)]),
    ...planBlocks(advice),
    ...(advice.unvalued.length === 0
      ? []
      : [
          {
            kind: 'paragraph' as const,
            emphasis: 'note' as const,
            text: `Not valued: ${advice.unvalued.map((u) => `${u.id} (${u.problem})`).join('; ')}.`,
          },
        ]),
  ];
  return { id: 'what-to-do-first', title: 'What to do first', blocks };
}

function summary(advice: Advice, worth: number): string {
  if (advice.moves.length === 0)
    return 'The advisor finds no move this model admits: no dependency, contract or capability it knows how to make less binding.';
  const best = advice.moves[0] as ValuedMove;
  const lead = `The advisor valued ${counted(advice.moves.length, 'move')}; ${wholeNumber(worth)} ${worth === 1 ? 'is' : 'are'} worth more than ${worth === 1 ? 'it costs' : 'they cost'}.`;
  if (best.value.net <= 0)
    return `${lead} None pays for itself over the horizon: the best, ${best.title}, falls short by ${money(-best.value.net, advice.currency)}.`;
  return `${lead} The best, “${best.title}”, is worth ${money(best.value.total, advice.currency)} for ${money(best.value.cost, advice.currency)}; ${actByText(best.actBy)}.`;
}

function movesFigure(advice: Advice, moves: readonly ValuedMove[]): Figure {
  const currency = advice.currency;
  return {
    kind: 'figure',
    id: 'advice-moves',
    title: `The ${counted(moves.length, 'move')} worth most, by value net of cost`,
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'move', align: 'left' },
          { title: 'value (PV)', align: 'right' },
          { title: 'cost (PV)', align: 'right' },
          { title: 'net', align: 'right' },
          { title: 'value per unit of cost', align: 'right' },
          { title: 'act by', align: 'left' },
        ],
        rows: moves.map((m) => [
          m.title,
          money(m.value.total, currency),
          money(m.value.cost, currency),
          m.value.net > 0
            ? money(m.value.net, currency)
            : { text: money(m.value.net, currency), tone: 'medium' },
          m.value.perUnitCost === null ? 'costs nothing' : `${decimal(m.value.perUnitCost, 1)}×`,
          actByCell(m.actBy),
        ]),
      },
    },
    assumptions: valuationAssumptions(advice),
  };
}

function valuationAssumptions(advice: Advice): [string, ...string[]] {
  return [
    'Each move is applied to the model as a patch and the whole model re-assessed (structure, findings, lock-in economics, stress test); nothing is estimated from the move itself (docs/advice.md).',
    'Value = leverage gained a year as a present value from the month the move is done to the horizon’s end + option value gained + tail loss avoided (ES 95% of a year’s shock loss, before less after). Cost = one-off + monthly running cost as a present value over the same months.',
    `Every stress run uses ${wholeNumber(advice.stress.trials)} one-year trials with seed ${advice.stress.seed}, the same draws for the model before and after each move (common random numbers).`,
    `Horizon ${advice.horizonMonths} months from ${advice.asOf}; money in ${advice.currency}.`,
    'Act by: the latest start that still finishes before the dependency’s point of no return and the notice deadline of the contract the move depends on.',
  ];
}

function planBlocks(advice: Advice): Block[] {
  const { plan, currency } = advice;
  const recommended = plan.recommended;
  if (recommended === null)
    return [
      {
        kind: 'paragraph',
        text: 'No plan is recommended: no move has value to the operator.',
      },
      doNothingFigure(advice, plan.doNothing, null),
    ];
  const whole = recommended.reassessed;
  const figures = whole ?? {
    total: recommended.estimated.value,
    cost: recommended.estimated.cost,
    net: recommended.estimated.value - recommended.estimated.cost,
  };
  const roadmap: Figure = {
    kind: 'figure',
    id: 'advice-roadmap',
    title: 'The recommended plan as a roadmap',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'start', align: 'left' },
          { title: 'done', align: 'left' },
          { title: 'move', align: 'left' },
          { title: 'act by', align: 'left' },
          { title: 'why', align: 'left', runOn: true },
        ],
        rows: recommended.roadmap.map((s) => {
          const move = advice.moves.find((m) => m.id === s.move);
          return [
            s.start,
            s.done,
            s.title,
            move === undefined ? (s.actBy ?? 'no deadline') : actByCell(move.actBy),
            s.why,
          ];
        }),
      },
    },
    assumptions: [
      `The knee of the front of ${counted(plan.front.length, 'plan')} (cost against value, pairwise interactions of moves that meet included), searched exactly over ${counted(plan.considered.length, 'move')} with value.`,
      'Each step starts on its act-by date, or now when it has no deadline or its window has closed; it is done once its months to implement have run.',
      whole === null
        ? `The plan’s moves could not be re-assessed together (${recommended.problem ?? 'unknown problem'}): its figures are the front’s estimate.`
        : 'The plan’s value and cost are those of its moves’ patches applied together and the model re-assessed whole.',
    ],
  };
  return [
    {
      kind: 'paragraph',
      emphasis: 'heading',
      text: 'The recommended plan',
    },
    {
      kind: 'figures',
      items: [
        { label: 'Moves', value: wholeNumber(recommended.moves.length) },
        { label: 'Value (PV)', value: money(figures.total, currency) },
        { label: 'Cost (PV)', value: money(figures.cost, currency) },
        { label: 'Net', value: money(figures.net, currency) },
      ],
    },
    roadmap,
    doNothingFigure(advice, plan.doNothing, recommended.after),
  ];
}

/** Doing nothing beside the plan: the exit cost at the horizon, leverage a year, margin ES 95%. */
function doNothingFigure(
  advice: Advice,
  nothing: HorizonView,
  withPlan: HorizonView | null,
): Figure {
  const currency = advice.currency;
  const atHorizon = (view: HorizonView) => view.exitCost[view.exitCost.length - 1];
  const last = atHorizon(nothing);
  const rows: [string, (view: HorizonView) => number][] = [
    [
      `exit cost of every dependency on ${last?.date ?? advice.asOf}`,
      (v) => atHorizon(v)?.cost ?? 0,
    ],
    [`exit cost of every dependency today (${advice.asOf})`, (v) => v.exitCost[0]?.cost ?? 0],
    ['leverage a year', (v) => v.leveragePerYear],
    ['margin, ES 95% of a year', (v) => v.marginEs95],
  ];
  return {
    kind: 'figure',
    id: 'advice-do-nothing',
    title:
      withPlan === null
        ? 'Doing nothing over the horizon'
        : 'Doing nothing beside the recommended plan',
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'figure', align: 'left' },
          { title: 'do nothing', align: 'right' },
          ...(withPlan === null ? [] : [{ title: 'with the plan', align: 'right' as const }]),
        ],
        rows: rows.map(([label, of]) => [
          label,
          money(of(nothing), currency),
          ...(withPlan === null ? [] : [money(of(withPlan), currency)]),
        ]),
      },
    },
    assumptions: [
      'Exit cost: the sum over dependencies of each exit curve at the month shown (docs/lockin.md). Leverage: the sum of each supplier’s leverage a year. Margin ES 95%: the year’s margin averaged over the worst 5% of trials.',
      `Stress test of ${wholeNumber(advice.stress.trials)} one-year trials, seed ${advice.stress.seed}, the same draws with and without the plan.`,
    ],
  };
}

function actByCell(actBy: ActBy): Cell {
  if (actBy.closed) return { text: actByText(actBy), tone: 'medium' };
  return actByText(actBy);
}

/** "start by 2027-01-01", or "window closed; next opens 2028-07-01" when it has passed. */
export function actByText(actBy: ActBy): string {
  if (actBy.closed)
    return actBy.nextWindow === null
      ? 'window closed; none opens again within the horizon'
      : `window closed; next opens ${actBy.nextWindow.date}`;
  return actBy.date === null ? 'no deadline within the horizon' : `start by ${actBy.date}`;
}
