/**
 * The design space: the exact Pareto front over the model's open decisions beside the
 * locally optimised path (each decision taken greedily, in order, as operators usually
 * assemble), and the price of deciding one step at a time.
 */
import type { Objective } from '../../model/schema/design-space.js';
import { DEFAULT_LOCKIN_MONTH } from '../../optimize/design-space.js';
import type { ReportedDesign } from '../../optimize/front-report.js';
import { wholeNumber as count, counted, money, oneInYears } from '../../text/index.js';
import { type DesignPoint, paretoChart } from '../charts/pareto-chart.js';
import type { Cell, Figure, Section } from './document.js';
import type { DesignSpaceRun, ReportInputs } from './report-inputs.js';
import { horizonAndRate } from './stated-assumptions.js';

export function designSpaceSection(inputs: ReportInputs): Section | undefined {
  const { model } = inputs.loaded;
  const space = model.design_space;
  const run = inputs.designSpace;
  if (space === undefined || run === undefined) return undefined;
  const title = 'Design space: Pareto front and the locally optimised path';
  if ('skipped' in run)
    return {
      id: 'design-space',
      title,
      blocks: [
        {
          kind: 'paragraph',
          text: `The model has a design space of ${space.decisions.length} decisions; it was not optimised for this report: ${run.skipped}. Run mvnoscope optimize for the front.`,
        },
      ],
    };
  const currency = model.operator.currency;
  const { report, objectives } = run;
  const [xObjective, yObjective] = objectives as [Objective, Objective];
  const value = (design: ReportedDesign, objective: Objective) => design.values[objective] ?? 0;
  const points: DesignPoint[] = report.front.map((d) => ({
    x: value(d, xObjective),
    y: value(d, yObjective),
    design: d.knee ? 'knee of the front' : 'Pareto front',
  }));
  const local = report.local;
  if (local.feasible)
    points.push({
      x: value(local.design, xObjective),
      y: value(local.design, yObjective),
      design: 'locally optimised path',
    });
  const shown = (objective: Objective, v: number) => formatObjective(objective, v, currency);
  const row = (name: Cell, design: ReportedDesign): Cell[] => [
    name,
    ...objectives.map((o) => shown(o, value(design, o))),
    design.choices.map((c) => `${c.decision} = ${c.option}`).join('; '),
  ];
  const frontFigure: Figure = {
    kind: 'figure',
    id: 'pareto-front',
    title: `Pareto front on ${objectives.map(objectiveTitle).join(' and ')}`,
    body: {
      kind: 'chart',
      spec: paretoChart(points, { x: axis(xObjective, currency), y: axis(yObjective, currency) }),
      table: {
        columns: [
          { title: 'design', align: 'left' },
          ...objectives.map((o) => ({ title: objectiveTitle(o), align: 'right' as const })),
          { title: 'choices', align: 'left' },
        ],
        rows: [
          ...report.front.map((d, i) =>
            row(d.knee ? { text: `front ${i + 1} (knee)`, tone: 'info' } : `front ${i + 1}`, d),
          ),
          ...(local.feasible
            ? [row({ text: 'locally optimised path', tone: 'high' }, local.design)]
            : []),
        ],
      },
    },
    assumptions: [
      `${count(run.designs)} designs in the space. ${searchWords(run)} (docs/optimize.md).`,
      ...(run.notes ?? []).map((note) => `${note.charAt(0).toUpperCase()}${note.slice(1)}.`),
      `Objectives: ${objectives.join(', ')} (the defaults of mvnoscope optimize); the knee is the front design nearest the ideal point once each objective is scaled.`,
      'Locally optimised path: each decision in the model’s order takes the option best on its own criteria, counting interactions only with the choices already made.',
      `${horizonAndRate({ horizon_months: space.horizon_months ?? model.operator.horizon_months, discount_rate: model.operator.discount_rate })} Lock-in is measured at month ${space.lockin_at_month ?? DEFAULT_LOCKIN_MONTH}.`,
    ],
  };
  return {
    id: 'design-space',
    title,
    blocks: [{ kind: 'paragraph', text: localPathVerdict(run, currency) }, frontFigure],
  };
}

/** How the front was found, and whether it is complete. */
function searchWords(run: DesignSpaceRun): string {
  const limit = `the ${run.timeLimitSeconds} s time limit`;
  if (run.method === undefined)
    return `The search was stopped by ${limit} before it finished: the front shown is the part found so far`;
  const how =
    run.method === 'dp'
      ? `Exact front by dynamic programming over the decisions (${count(run.nodes)} partial designs kept)`
      : run.method === 'enumeration'
        ? `Exact front by implicit enumeration (a multi-objective branch and bound over the decisions, ${count(run.nodes)} nodes visited)`
        : `Exact front by ε-constraint over a mixed-integer programme solved by HiGHS (${count(run.solves)} programmes solved)`;
  return run.complete
    ? `${how}; the search finished, so the front is complete`
    : `${how}; stopped by ${limit}: the front shown is the part found so far`;
}

function localPathVerdict(run: DesignSpaceRun, currency: string): string {
  const local = run.report.local;
  if (!local.feasible)
    return `Deciding one step at a time gets stuck at ${local.stuckAt}: no option there fits the choices already made.`;
  if (local.dominatedBy.length === 0)
    return local.onFront
      ? 'The locally optimised path is on the front: deciding one step at a time cost nothing here.'
      : 'No front design beats the locally optimised path on every objective at once.';
  const gains = run.objectives
    .map((o) => `${objectiveTitle(o)} by ${formatObjective(o, local.bestGain[o] ?? 0, currency)}`)
    .join(', ');
  return `The price of local optimisation: ${counted(local.dominatedBy.length, 'front design')} ${local.dominatedBy.length === 1 ? 'beats' : 'beat'} the locally optimised path on every objective, improving on it at best: ${gains}.`;
}

function objectiveTitle(objective: Objective): string {
  return objective === 'time_to_launch'
    ? 'time to launch'
    : objective === 'lockin'
      ? 'lock-in'
      : objective;
}

function axis(objective: Objective, currency: string): { title: string; money: boolean } {
  return {
    title: axisTitle(objective, currency),
    money: objective === 'cost' || objective === 'lockin',
  };
}

function axisTitle(objective: Objective, currency: string): string {
  switch (objective) {
    case 'cost':
      return `cost (present value, ${currency})`;
    case 'lockin':
      return `lock-in (exit cost, ${currency})`;
    case 'time_to_launch':
      return 'time to launch (months)';
    case 'resilience':
      return 'probability of service loss a year';
    case 'security':
      return 'exposure (points)';
    case 'control':
      return 'control (points gained)';
  }
}

function formatObjective(objective: Objective, value: number, currency: string): string {
  switch (objective) {
    case 'cost':
    case 'lockin':
      return money(value, currency);
    case 'time_to_launch':
      return `${value.toFixed(1)} months`;
    case 'resilience':
      return oneInYears(value);
    default:
      return value.toFixed(1);
  }
}
