/**
 * When a dependency stops being practically reversible (docs/lockin.md, "Point of no return").
 *
 * At month t the operator can still undo a dependency when it can both fund and finish the exit
 * before it is bound again:
 *   funding   the exit cost at t is at most the reversibility capacity at t: the cash it
 *             projects for that month plus `reversibility_threshold_months` months of the
 *             operating margin it projects then (each floored at zero), on the same base
 *             projection as the exit cost;
 *   calendar  the exit time at t is at most the months left before the dependency's next
 *             contract term begins (an auto-renewing contract binds the operator again then).
 * The point of no return is the first month from which one of them fails at every month to
 * the end of the horizon, with the reason: funding, or a calendar that never opens again (the
 * exit is longer than the renewal term). A calendar window that reopens at the next renewal is
 * reported as an exit window with the date it closes, not as a point of no return. Every quantity above grows in proportion when the whole base is scaled (subscribers,
 * SIMs and every fixed amount × k), so scaling moves no date.
 */
import { addMonths } from '../model/calendar.js';
import type { ContractCalendar } from '../model/contract-calendar.js';
import { money as moneyText } from '../text/money.js';
import type { BaseProjection } from './base-projection.js';

export interface CapacityPoint {
  readonly month: number;
  readonly cash: number;
  readonly margin: number;
  /** max(0, cash) + threshold months × max(0, margin). */
  readonly capacity: number;
}

export interface ReversibilityPoint {
  readonly month: number;
  readonly cost: number;
  /** Exit time, months. */
  readonly months: number;
}

export interface PointOfNoReturn {
  readonly month: number;
  readonly date: string;
  readonly reason: 'funding' | 'calendar';
  readonly explanation: string;
  /** What would keep the exit open at that month, in words. */
  readonly restore: string;
}

/** The capacity to fund an exit, month by month. */
export function reversibilityCapacity(
  projection: BaseProjection,
  thresholdMonths: number,
): CapacityPoint[] {
  return projection.months.map(({ month, cash, margin }) => ({
    month,
    cash,
    margin,
    capacity: Math.max(0, cash) + thresholdMonths * Math.max(0, margin),
  }));
}

export interface ReversibilityInput {
  readonly curve: readonly ReversibilityPoint[];
  readonly capacity: readonly CapacityPoint[];
  readonly contracts: readonly ContractCalendar[];
  readonly asOf: string;
  readonly thresholdMonths: number;
  readonly currency: string;
}

/** An exit window: the last month to start leaving before a contract binds the operator again. */
export interface ExitWindow {
  /** The last month an exit started then is out before the renewal. */
  readonly closesMonth: number;
  readonly closesDate: string;
  /** The date the renewal would bind the operator again. */
  readonly renewsDate: string;
  readonly contract: string;
  readonly explanation: string;
}

type CalendarState = 'open' | 'closed' | 'never';

/**
 * The point of no return: the first month from which, to the end of the horizon, the exit can
 * never again be funded and finished before the operator is bound again. A window that reopens
 * at the next renewal (the exit fits inside a renewal term) is not one: it is an exit window,
 * reported on its own; an exit longer than every renewal term closes the calendar for good.
 */
export function pointOfNoReturn(input: ReversibilityInput): PointOfNoReturn | null {
  let first: ReversibilityPoint | null = null;
  for (const point of input.curve) {
    const stuck = !funded(input, point) || calendarState(input.contracts, point) === 'never';
    if (!stuck) first = null;
    else if (first === null) first = point;
  }
  if (first === null) return null;
  const capacity = input.capacity[first.month];
  if (capacity !== undefined && !funded(input, first)) return fundingBreach(input, first, capacity);
  const binding = nextBinding(input.contracts, first.month);
  if (binding === null) return null;
  return calendarBreach(input, first, binding);
}

/** The next exit window within the horizon that closes before a renewal the exit could fit inside. */
export function exitWindow(input: ReversibilityInput): ExitWindow | null {
  const closing = input.curve.find(
    (point, i) =>
      calendarState(input.contracts, point) === 'open' &&
      calendarState(input.contracts, input.curve[i + 1] ?? point) === 'closed',
  );
  if (closing === undefined) return null;
  const binding = nextBinding(input.contracts, closing.month);
  if (binding === null) return null;
  const renewsDate = addMonths(input.asOf, closing.month + binding.months);
  const closesDate = addMonths(input.asOf, closing.month);
  return {
    closesMonth: closing.month,
    closesDate,
    renewsDate,
    contract: binding.calendar.contract.id,
    explanation: `an exit started by ${closesDate} (${closing.months.toFixed(1)} months, ${binding.calendar.notice} months' notice) is out before ${binding.calendar.contract.id} renews on ${renewsDate} for ${binding.calendar.renewalMonths} months`,
  };
}

function funded(input: ReversibilityInput, point: ReversibilityPoint): boolean {
  const capacity = input.capacity[point.month];
  return capacity === undefined || point.cost <= capacity.capacity;
}

/**
 * open: the exit started now is out before the next renewal; closed: it is not, but it would
 * fit inside the renewal term (the window reopens); never: it is longer than the renewal term.
 */
function calendarState(
  contracts: readonly ContractCalendar[],
  point: ReversibilityPoint,
): CalendarState {
  const binding = nextBinding(contracts, point.month);
  if (binding === null || point.months <= binding.months) return 'open';
  return point.months > binding.calendar.renewalMonths ? 'never' : 'closed';
}

function nextBinding(contracts: readonly ContractCalendar[], month: number) {
  let first: { months: number; calendar: ContractCalendar } | null = null;
  for (const calendar of contracts) {
    const months = calendar.monthsToNextBinding(month);
    if (months !== null && (first === null || months < first.months)) first = { months, calendar };
  }
  return first;
}

function fundingBreach(
  input: ReversibilityInput,
  point: ReversibilityPoint,
  capacity: CapacityPoint,
): PointOfNoReturn {
  const money = (v: number) => moneyText(v, input.currency);
  const shortfall = point.cost - capacity.capacity;
  const marginNeeded = (point.cost - Math.max(0, capacity.cash)) / input.thresholdMonths;
  return {
    month: point.month,
    date: addMonths(input.asOf, point.month),
    reason: 'funding',
    explanation: `leaving would cost ${money(point.cost)}, more than the ${money(capacity.capacity)} the operator could put towards it then (cash of ${money(Math.max(0, capacity.cash))} and ${input.thresholdMonths} months of its monthly margin of ${money(Math.max(0, capacity.margin))})`,
    restore: `${money(shortfall)} more funding by then, or a monthly margin of ${money(marginNeeded)}, would keep the exit affordable`,
  };
}

function calendarBreach(
  input: ReversibilityInput,
  point: ReversibilityPoint,
  binding: { months: number; calendar: ContractCalendar },
): PointOfNoReturn {
  const renewsOn = addMonths(input.asOf, point.month + binding.months);
  const { calendar } = binding;
  return {
    month: point.month,
    date: addMonths(input.asOf, point.month),
    reason: 'calendar',
    explanation: `the exit takes ${point.months.toFixed(1)} months, longer than the ${calendar.renewalMonths}-month renewal terms of ${calendar.contract.id} (next on ${renewsOn}): every exit would run into another term`,
    restore: `prepare the replacement (SIMs that reach another host, integrations built in advance) so that the exit fits inside one ${calendar.renewalMonths}-month term, or negotiate longer renewal terms or a break right`,
  };
}
