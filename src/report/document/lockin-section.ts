/**
 * Lock-in and reversibility: what leaving each dependency costs, month by month over the
 * horizon, the date each stops being practically reversible, what leaving the largest one
 * takes, and whether the decisions behind the stack were designed or accumulated.
 */
import { BENEFIT_YEARS, REVIEW_MONTHS } from '../../economics/designed-index.js';
import type { ParameterName } from '../../economics/parameters.js';
import { addMonths } from '../../model/calendar.js';
import { money } from '../../text/index.js';
import { type LockinPoint, lockinChart } from '../charts/lockin-chart.js';
import type { Cell, Figure, Section } from './document.js';
import { modelNames } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';
import { horizonAndRate, modelDefaults, parameters } from './stated-assumptions.js';

/** Curves drawn: the dependencies that cost most to leave today. */
const CURVES = 8;

const EXIT_PARAMETERS: readonly ParameterName[] = [
  'sim_swap_cost',
  'swap_attrition',
  'customer_value_months',
  'porting_cost_per_number',
  'swap_campaign_months',
  'integration_day_rate',
  'integration_team_size',
  'integration_growth_per_year',
  'model_rebuild_person_days',
  'data_recovery_person_days',
  'history_person_days_per_month',
  'default_training_history_months',
  'replatform_person_days_per_workload',
  'replatform_person_days_per_integration',
  'reversibility_threshold_months',
];

export function lockinSection(inputs: ReportInputs): Section {
  const { model, assumptions } = inputs.loaded;
  const { lockin } = inputs.assessment;
  const currency = model.operator.currency;
  const shown = lockin.dependencies.slice(0, CURVES);
  const years = Array.from(
    { length: Math.floor(lockin.horizonMonths / 12) },
    (_, i) => (i + 1) * 12,
  );
  const nameOf = modelNames(model);
  const dateOf = (month: number) => addMonths(model.operator.as_of, month);
  const curves: LockinPoint[] = shown.flatMap((d) =>
    d.curve.map((p) => ({ dependency: nameOf(d.provider), date: dateOf(p.month), cost: p.cost })),
  );
  const noReturn: LockinPoint[] = shown.flatMap((d) =>
    d.pointOfNoReturn === null
      ? []
      : [
          {
            dependency: nameOf(d.provider),
            date: dateOf(d.pointOfNoReturn.month),
            cost: d.curve[d.pointOfNoReturn.month]?.cost ?? d.today.cost,
          },
        ],
  );
  const capacity = lockin.capacity.map((p) => ({ date: dateOf(p.month), capacity: p.capacity }));
  const exitAssumptions = [
    horizonAndRate(model.operator),
    `Reversibility capacity ${money(lockin.capacity[0]?.capacity ?? 0, currency)} today: ${lockin.capacityExplanation}. The point of no return is the first month from which, to the end of the horizon, the exit cost stays above the capacity or the exit is longer than every renewal term (each exit would run into another term); a window that reopens at the next renewal is an exit window, its closing date the act-by date (docs/lockin.md).`,
    'Exit cost: contract exit fees and remaining commitments, SIM swaps and the subscribers who leave rather than swap, number porting, re-integration work, and rebuilding models and data that cannot be taken along (docs/lockin.md).',
    ...modelDefaults(assumptions, (path) => path[0] === 'operator', currency),
    ...parameters(lockin.parameters, EXIT_PARAMETERS, currency),
  ] as const;

  const curveFigure: Figure = {
    kind: 'figure',
    id: 'lockin-curves',
    title: `Lock-in curves: the cost of leaving each dependency over ${lockin.horizonMonths} months`,
    body: {
      kind: 'chart',
      spec: lockinChart(curves, noReturn, capacity, currency),
      table: {
        columns: [
          { title: 'dependency', align: 'left' },
          { title: 'exit today', align: 'right' },
          { title: 'months to exit', align: 'right' },
          ...years.map((m) => ({ title: `in ${m / 12} y`, align: 'right' as const })),
          { title: 'point of no return', align: 'left' },
          { title: 'why', align: 'left' },
        ],
        rows: lockin.dependencies.map((d) => [
          nameOf(d.provider),
          money(d.today.cost, currency),
          d.today.months.toFixed(1),
          ...years.map((m) => money(d.curve[m]?.cost ?? d.today.cost, currency)),
          noReturnCell(d.pointOfNoReturn),
          d.pointOfNoReturn === null
            ? ''
            : `${d.pointOfNoReturn.explanation}. ${d.pointOfNoReturn.restore}.`,
        ]),
      },
    },
    assumptions: [
      `Lines: the ${Math.min(CURVES, lockin.dependencies.length)} dependencies that cost most to leave today (the table lists all). Dashed black line: the reversibility capacity; black diamonds: points of no return.`,
      ...exitAssumptions,
    ],
  };

  const largest = lockin.dependencies[0];
  const breakdown: Figure | undefined =
    largest === undefined
      ? undefined
      : {
          kind: 'figure',
          id: 'largest-exit',
          title: `What leaving ${nameOf(largest.provider)} takes today`,
          body: {
            kind: 'table',
            table: {
              columns: [
                { title: 'part', align: 'left' },
                { title: 'cost', align: 'right' },
                { title: 'months', align: 'right' },
                { title: 'how it is counted', align: 'left' },
              ],
              rows: largest.today.components.map((c) => [
                c.kind,
                money(c.cost, currency),
                c.months.toFixed(1),
                c.explanation,
              ]),
            },
          },
          assumptions: [
            'The cost is the sum of the parts. The SIM-swap and porting campaign follows the re-integration (the replacement must be ready first); the notice, rebuilds and re-platforming run beside them, so the time to exit is the longer of the two.',
            ...exitAssumptions,
          ],
        };

  const designed = lockin.designed;
  const decisions: Figure = {
    kind: 'figure',
    id: 'designed-or-accumulated',
    title: `Designed or accumulated: ${designed.score === null ? 'n/a' : designed.score.toFixed(1)} of 100 (${designed.verdict.replace(/_/g, ' ')})`,
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'decision', align: 'left' },
          { title: 'score', align: 'right' },
          { title: 'verdict', align: 'left' },
          { title: 'why', align: 'left' },
        ],
        rows: designed.decisions.map((d) => [
          d.title,
          d.score.toFixed(0),
          d.verdict,
          d.explanation,
        ]),
      },
    },
    assumptions: [
      `Each decision scores the criteria it meets, weighted as docs/lockin.md gives: alternatives weighed, interactions with the rest of the stack assessed, an exit plan, a review in the last ${REVIEW_MONTHS} months, and no more lock-in than ${BENEFIT_YEARS} years of its stated benefit.`,
      `Decisions are read from the model's decision log as of ${model.operator.as_of}.`,
    ],
  };

  return {
    id: 'lockin',
    title: 'Lock-in and points of no return',
    blocks: [
      {
        kind: 'paragraph',
        text:
          largest === undefined
            ? 'The model has no outside dependency with an exit cost.'
            : `Leaving ${nameOf(largest.provider)} would cost ${money(largest.today.cost, currency)} and take ${largest.today.months.toFixed(1)} months today. ${lockin.dependencies.filter((d) => d.pointOfNoReturn?.month === 0).length} of ${lockin.dependencies.length} dependencies are already past the point of no return; ${lockin.dependencies.filter((d) => (d.pointOfNoReturn?.month ?? 0) > 0).length} reach it within the horizon.`,
      },
      curveFigure,
      ...(breakdown === undefined ? [] : [breakdown]),
      decisions,
    ],
  };
}

function noReturnCell(point: { month: number; date: string } | null): Cell {
  if (point === null) return 'not within the horizon';
  if (point.month === 0) return { text: 'already passed', tone: 'critical' };
  return { text: `${point.date} (month ${point.month})`, tone: 'medium' };
}
