/** What every layer of the scorecard reads: the model, who is who, costs and concentration. */
import { type PartyRoles, partyRolesOf } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
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
  return { model, roles: partyRolesOf(model), costs, concentration };
}

/**
 * Calendar maths lives in model/calendar.ts. Re-exported only while src/economics/designed-index.ts
 * still imports it from here; remove once it imports model/calendar.ts itself.
 */

export const CRITICALITY_WEIGHT = { low: 1, medium: 2, high: 3, critical: 4 } as const;
