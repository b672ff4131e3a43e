/** What every layer of the scorecard reads: the model, who is who, costs and concentration. */
import { PartyRoles } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Contract } from '../../model/schema/model.js';
import type { Concentration } from '../concentration/concentration.js';
import type { CostBase } from '../cost/monthly-costs.js';

export interface ScoreContext {
  readonly model: ResolvedModel;
  readonly roles: PartyRoles;
  readonly costs: CostBase;
  readonly concentration: Concentration;
}

export function scoreContext(
  model: ResolvedModel,
  costs: CostBase,
  concentration: Concentration,
): ScoreContext {
  return { model, roles: new PartyRoles(model), costs, concentration };
}

/** Whole months from one ISO date to another (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) + (td < fd ? -1 : 0);
}

/**
 * Months from `asOf` until the operator can be out of a contract without paying to break it.
 * Within the initial term: a contract that does not renew ends at the end of its term; one that
 * renews automatically ends at the first term end at least the notice period away (a notice
 * date already missed rolls it into the next renewal term). Past the initial term: a renewing
 * contract ends at the first renewal end at least the notice away; one that does not renew
 * runs on, and ends after the notice period.
 */
export function monthsToExit(contract: Contract, asOf: string): number {
  const notice = contract.notice_months ?? 0;
  const elapsed = Math.max(0, monthsBetween(contract.start, asOf));
  const renews = contract.auto_renewal === true;
  const renewal = Math.max(1, contract.renewal_term_months ?? 12);
  const firstEnd = (() => {
    if (elapsed < contract.term_months) return contract.term_months - elapsed;
    return renews ? renewal - ((elapsed - contract.term_months) % renewal) : notice;
  })();
  if (!renews) return firstEnd;
  let exit = firstEnd;
  while (exit < notice) exit += renewal;
  return exit;
}

export const CRITICALITY_WEIGHT = { low: 1, medium: 2, high: 3, critical: 4 } as const;
