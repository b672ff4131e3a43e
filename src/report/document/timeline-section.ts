/**
 * The timeline: every date in the horizon the operator must act by or will be bound on, on the
 * calendar — each contract's renewals and the last day to give notice before them (the one
 * contract calendar, src/model/contract-calendar.ts), each dependency's point of no return
 * (src/economics), the advisor's act-by dates and the recommended plan's roadmap (src/advice).
 * Nothing is computed here but the dates of renewals term after term, as the register does.
 */
import { addMonths } from '../../model/calendar.js';
import { ContractCalendar } from '../../model/contract-calendar.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { counted } from '../../text/index.js';
import { type TimelineBar, type TimelinePoint, timelineChart } from '../charts/timeline-chart.js';
import type { Figure, Section } from './document.js';
import { modelNames, type NameOf } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';

export const TRACKS = {
  renewal: 'contract renews',
  notice: 'last day for notice',
  noReturn: 'point of no return',
  actBy: 'move: start by',
  roadmap: 'roadmap',
} as const;

export interface TimelineEvent extends TimelinePoint {
  /** What happens on the date, in words. */
  readonly what: string;
}

/** Renewals guarded against a contract whose terms would never pass the horizon's end. */
const MAX_TERMS = 600;

export function timelineSection(inputs: ReportInputs): Section {
  const { model } = inputs.loaded;
  const nameOf = modelNames(model);
  const asOf = model.operator.as_of;
  const horizon = model.operator.horizon_months;
  const horizonEnd = addMonths(asOf, horizon);
  const events = [
    ...contractEvents(model, nameOf),
    ...noReturnEvents(inputs, nameOf),
    ...actByEvents(inputs),
  ]
    .filter((e) => e.date >= asOf && e.date <= horizonEnd)
    .sort(byDate);
  const roadmap = roadmapBars(inputs);
  const tracks = Object.values(TRACKS).filter(
    (t) => events.some((e) => e.track === t) || (t === TRACKS.roadmap && roadmap.length > 0),
  );
  const rows = [
    ...events.map((e) => [e.date, e.track, e.what]),
    ...roadmap.map((b) => [b.start, TRACKS.roadmap, `${b.move}: start, done by ${b.done}`]),
  ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : a[0] === b[0] ? 0 : 1));
  const figure: Figure = {
    kind: 'figure',
    id: 'timeline',
    title: `The calendar from ${asOf} to ${horizonEnd}: renewals, notice deadlines, points of no return and when to act`,
    body: {
      kind: 'chart',
      spec: timelineChart(tracks, events, roadmap, asOf, horizonEnd),
      table: {
        columns: [
          { title: 'date', align: 'left' },
          { title: 'kind', align: 'left' },
          { title: 'what', align: 'left' },
        ],
        rows,
      },
    },
    assumptions: [
      'Renewals: each auto-renewing contract’s term ends within the horizon, counted on the contract’s own dates; the last day for notice is the renewal date less the notice period (docs/lockin.md). A contract that does not renew binds no further term.',
      'Points of no return: the first month from which leaving a dependency can no longer be funded or finished before the operator is bound again (docs/lockin.md).',
      'Start by: the advisor’s act-by date of each move, or the date its next window opens when this one has closed; roadmap: the recommended plan’s steps from start to done (docs/advice.md).',
    ],
  };
  return {
    id: 'timeline',
    title: 'Timeline',
    blocks: [
      {
        kind: 'paragraph',
        text:
          rows.length === 0
            ? `No renewal, deadline or point of no return falls within the ${horizon}-month horizon.`
            : `${counted(rows.length, 'date')} within the ${horizon}-month horizon; the first is ${rows[0]?.[0]} (${rows[0]?.[2]}).`,
      },
      figure,
    ],
  };
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.track < b.track ? -1 : 1;
}

/** Each renewing contract's renewals and notice deadlines, term after term, to the horizon. */
export function contractEvents(model: ResolvedModel, nameOf: NameOf): TimelineEvent[] {
  const asOf = model.operator.as_of;
  const horizon = model.operator.horizon_months;
  const events: TimelineEvent[] = [];
  for (const contract of model.contracts ?? []) {
    const calendar = new ContractCalendar(contract, asOf);
    const subject = `${contract.id} (${nameOf(contract.provider)})`;
    let from = 0;
    for (let term = 0; term < MAX_TERMS; term++) {
      const toBinding = calendar.monthsToNextBinding(from);
      if (toBinding === null) break;
      const month = from + toBinding;
      if (month > horizon) break;
      // On the contract's own day of the month, as the register counts term ends.
      const date = addMonths(contract.start, calendar.elapsed(month));
      events.push({
        date,
        track: TRACKS.renewal,
        subject,
        what: `${subject} renews for ${counted(calendar.renewalMonths, 'month')}`,
      });
      if (month - calendar.notice >= 0)
        events.push({
          date: addMonths(date, -calendar.notice),
          track: TRACKS.notice,
          subject,
          what: `last day to give notice on ${subject} before it renews on ${date}`,
        });
      from = month;
    }
  }
  return events;
}

function noReturnEvents(inputs: ReportInputs, nameOf: NameOf): TimelineEvent[] {
  return inputs.assessment.lockin.dependencies.flatMap((d) => {
    const point = d.pointOfNoReturn;
    if (point === null) return [];
    const name = nameOf(d.provider);
    return [
      {
        date: point.date,
        track: TRACKS.noReturn,
        subject: name,
        what:
          point.month === 0
            ? `${name}: already past the point of no return`
            : `${name}: point of no return (${point.explanation})`,
      },
    ];
  });
}

function actByEvents(inputs: ReportInputs): TimelineEvent[] {
  return (inputs.advice?.moves ?? []).flatMap((m) => {
    const { actBy } = m;
    if (!actBy.closed && actBy.date !== null)
      return [
        { date: actBy.date, track: TRACKS.actBy, subject: m.title, what: `start “${m.title}”` },
      ];
    if (actBy.closed && actBy.nextWindow !== null)
      return [
        {
          date: actBy.nextWindow.date,
          track: TRACKS.actBy,
          subject: m.title,
          what: `start “${m.title}” by this date (the window before it has closed)`,
        },
      ];
    return [];
  });
}

function roadmapBars(inputs: ReportInputs): TimelineBar[] {
  return (inputs.advice?.plan.recommended?.roadmap ?? []).map((s) => ({
    start: s.start,
    done: s.done,
    move: s.title,
  }));
}
