/**
 * When a move must start: the latest month from which it is still done (its months to
 * implement) before two dates — the point of no return of the dependency it acts on (after it,
 * leaving can no longer be funded or finished before the operator is bound again) and the
 * notice deadline of the contract it depends on (after it, the next term binds and the move's
 * leverage or new terms wait a whole term). Both come from the lock-in analysis and the one
 * contract calendar (src/model/contract-calendar.ts). A window that has closed says when the
 * next one opens: the notice deadline of the term after.
 */
import type { DependencyLockin } from '../economics/lockin.js';
import { addMonths } from '../model/calendar.js';
import { ContractCalendar } from '../model/contract-calendar.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Proposal } from './move.js';

export interface Deadline {
  readonly kind: 'point_of_no_return' | 'notice_deadline';
  /** Months after as_of, and the date. */
  readonly month: number;
  readonly date: string;
  /** The provider (point of no return) or the contract (notice deadline). */
  readonly subject: string;
}

export interface ActBy {
  /** Latest start, months after as_of; null when no deadline binds within the horizon. */
  readonly month: number | null;
  readonly date: string | null;
  /** The deadline that sets it. */
  readonly deadline: Deadline | null;
  /** Every deadline considered. */
  readonly deadlines: readonly Deadline[];
  /** True when the latest start is already past: the window for this term has closed. */
  readonly closed: boolean;
  /** When closed: the latest start against the following notice deadline, if there is one. */
  readonly nextWindow: { readonly month: number; readonly date: string } | null;
  readonly explanation: string;
}

export function actBy(
  proposal: Proposal,
  model: ResolvedModel,
  dependency: DependencyLockin | undefined,
): ActBy {
  const asOf = model.operator.as_of;
  const horizon = model.operator.horizon_months;
  const months = proposal.cost.months;
  const calendars = contractsOf(proposal, model).map((c) => new ContractCalendar(c, asOf));
  const deadlines: Deadline[] = [];
  const pnr = dependency?.pointOfNoReturn;
  if (pnr != null)
    deadlines.push({
      kind: 'point_of_no_return',
      month: pnr.month,
      date: pnr.date,
      subject: dependency?.provider ?? '',
    });
  for (const calendar of calendars) {
    const month = noticeDeadline(calendar, 0);
    if (month !== null && month <= horizon)
      deadlines.push({
        kind: 'notice_deadline',
        month,
        date: addMonths(asOf, month),
        subject: calendar.contract.id,
      });
  }
  const binding = deadlines.reduce<Deadline | null>(
    (first, d) => (first === null || d.month < first.month ? d : first),
    null,
  );
  if (binding === null)
    return {
      month: null,
      date: null,
      deadline: null,
      deadlines,
      closed: false,
      nextWindow: null,
      explanation:
        'no deadline within the horizon: no renewal binds the dependency and its exit stays affordable',
    };
  const start = binding.month - months;
  const closed = start < 0;
  // A point of no return does not come back: a later window must still start before it.
  const lastStart = pnr == null ? horizon : pnr.month - months;
  const later = closed ? nextWindow(calendars, months, horizon, asOf) : null;
  const next = later !== null && later.month <= lastStart ? later : null;
  return {
    month: closed ? null : start,
    date: closed ? null : addMonths(asOf, start),
    deadline: binding,
    deadlines,
    closed,
    nextWindow: next,
    explanation: explain(binding, months, closed, next),
  };
}

/** The contracts a move depends on: the one it names, else those with the provider it acts on. */
function contractsOf(proposal: Proposal, model: ResolvedModel) {
  const contracts = model.contracts ?? [];
  if (proposal.contract !== undefined) return contracts.filter((c) => c.id === proposal.contract);
  if (proposal.actsOn === undefined) return [];
  return contracts.filter((c) => c.provider === proposal.actsOn);
}

/**
 * Months after as_of of the last day to give notice before the next term binds, at or after
 * `from`; null when no term will bind again (a rolling or non-renewing contract).
 */
function noticeDeadline(calendar: ContractCalendar, from: number): number | null {
  if (!calendar.renews) return null;
  const toBinding = calendar.monthsToNextBinding(from);
  if (toBinding === null) return null;
  return from + toBinding - calendar.notice;
}

/** The latest start against the first notice deadline that is still ahead, term after term. */
function nextWindow(
  calendars: readonly ContractCalendar[],
  months: number,
  horizon: number,
  asOf: string,
): { month: number; date: string } | null {
  let best: number | null = null;
  for (const calendar of calendars) {
    let from = 0;
    // Term after term until a deadline leaves room for the move; each step passes one binding.
    for (let term = 0; term < 1000 && from <= horizon; term++) {
      const toBinding = calendar.renews ? calendar.monthsToNextBinding(from) : null;
      if (toBinding === null) break;
      const deadline = from + toBinding - calendar.notice;
      if (deadline - months >= 0) {
        if (best === null || deadline - months < best) best = deadline - months;
        break;
      }
      from += toBinding + 1;
    }
  }
  return best === null || best > horizon ? null : { month: best, date: addMonths(asOf, best) };
}

function explain(
  deadline: Deadline,
  months: number,
  closed: boolean,
  next: { month: number; date: string } | null,
): string {
  const what =
    deadline.kind === 'point_of_no_return'
      ? `the point of no return of ${deadline.subject} on ${deadline.date}`
      : `the notice deadline of ${deadline.subject} on ${deadline.date}`;
  const lead = `${months} month${months === 1 ? '' : 's'} to implement before ${what}`;
  if (!closed) return lead;
  return next === null
    ? `${lead}: that window has closed and no later one opens within the horizon`
    : `${lead}: that window has closed; the next opens with the following term, start by ${next.date}`;
}
