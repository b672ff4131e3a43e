/**
 * What it costs, in money and months, to leave each outside dependency — today, or t months
 * from now as subscribers grow, integrations deepen and contracts run on:
 *
 *   contract      the break cost while inside the initial term: the exit fee, or, where the
 *                 contract states none, the minimum commitments owed for the rest of the term;
 *   migration     a new SIM for every subscriber whose SIM cannot change host over the air
 *                 (none for own-IMSI, multi-IMSI or SGP.32 fleets; half for consumer eSIM);
 *   porting       a port per number where numbers are sub-allocated from the provider;
 *   attrition     the subscribers who must act, times the share who leave instead, times the
 *                 margin each would have brought;
 *   re-integration  the person-days embodied in the provider's integrations, grown with time;
 *   portability   models trained inside the provider's platform with no export, and data it
 *                 holds without a data-return clause, rebuilt at a day rate.
 *
 * Exit time is the longest of: the notice, the swap or porting campaign, the re-integration
 * and the rebuilds (they run in parallel). Every parameter is named in parameters.ts.
 */

import { monthsBetween } from '../analysis/scorecard/context.js';
import { switchability } from '../analysis/scorecard/sim-switching.js';
import type { ModelPath } from '../model/load/diagnostic.js';
import { PartyRoles } from '../model/party-roles.js';
import type { ResolvedModel, ResolvedProvider } from '../model/resolved-model.js';
import type { Contract, SimGroup } from '../model/schema/model.js';
import type { Parameters } from './parameters.js';

export type ComponentKind =
  | 'contract'
  | 'migration'
  | 'porting'
  | 'attrition'
  | 'reintegration'
  | 'portability';

export interface ExitComponent {
  readonly kind: ComponentKind;
  readonly cost: number;
  readonly months: number;
  readonly explanation: string;
  readonly evidence: readonly ModelPath[];
}

export interface DependencyExit {
  readonly provider: string;
  readonly group: string;
  readonly cost: number;
  readonly months: number;
  readonly components: readonly ExitComponent[];
}

const WORKDAYS_PER_MONTH = 21;

/** What does not change with time, read once per provider. */
interface ExitBasis {
  readonly provider: ResolvedProvider;
  readonly contracts: readonly { contract: Contract; index: number; rate: number }[];
  readonly swapSims: readonly { group: SimGroup; index: number; share: number }[];
  readonly ports: boolean;
  readonly integrationDays: number;
  readonly integrationPaths: readonly ModelPath[];
  readonly rebuilds: readonly { days: number; what: string; path: ModelPath }[];
}

export interface ExitModel {
  readonly bases: readonly ExitBasis[];
  readonly params: Parameters;
  readonly model: ResolvedModel;
  /** Margin a lost subscriber would have brought per month. */
  readonly contributionPerSubscriber: number;
}

/** The outside dependencies and what ties the operator to each. */
export function exitModel(
  model: ResolvedModel,
  params: Parameters,
  contributionPerSubscriber: number,
): ExitModel {
  const roles = new PartyRoles(model);
  const contracts = (model.contracts ?? []).map((contract, index) => ({ contract, index }));
  const rates = model.operator.fx_rates ?? {};
  const sims = (model.sims ?? []).map((group, index) => ({
    group,
    index,
    share: 1 - switchability(group, roles),
  }));
  const integrations = (model.integrations ?? []).map((integration, index) => ({
    integration,
    index,
  }));
  const bases = model.providers
    .filter((p) => !roles.isOperatorSide(p.id) && p.supplies.some((s) => s.share > 0 || s.standby))
    .map((provider): ExitBasis => {
      const mine = (party: string) => party === provider.id;
      const own = contracts.filter((c) => c.contract.provider === provider.id);
      const touching = integrations.filter(
        (i) => mine(i.integration.from) || mine(i.integration.to),
      );
      return {
        provider,
        contracts: own.map((c) => ({
          ...c,
          rate: c.contract.currency === undefined ? 1 : (rates[c.contract.currency] ?? 1),
        })),
        swapSims: sims.filter(
          (s) => s.share > 0 && (s.group.imsi_issuers.some(mine) || s.group.key_holders.some(mine)),
        ),
        ports:
          model.numbering?.msisdn_sub_allocated === true &&
          model.numbering.msisdn_holder === provider.id,
        integrationDays: touching.reduce(
          (sum, i) => sum + (i.integration.custom_work_person_days ?? 0),
          0,
        ),
        integrationPaths: touching.map((i) => ['integrations', i.index]),
        rebuilds: rebuildsFor(
          model,
          provider,
          own.map((c) => c.contract),
          params,
        ),
      };
    });
  return { bases, params, model, contributionPerSubscriber };
}

function rebuildsFor(
  model: ResolvedModel,
  provider: ResolvedProvider,
  contracts: readonly Contract[],
  params: Parameters,
) {
  const exportable = contracts.some((c) => c.model_export === true);
  const returnsData = contracts.some((c) => c.data_return === true);
  const models = (model.intelligence ?? []).flatMap((use, index) =>
    (use.runs_on === provider.id || use.model_controlled_by === provider.id) &&
    use.trained_on_operator_data === true &&
    use.model_export !== true &&
    !exportable
      ? [
          {
            days: params.model_rebuild_person_days,
            what: `model ${use.id}`,
            path: ['intelligence', index] as ModelPath,
          },
        ]
      : [],
  );
  const data = returnsData
    ? []
    : (model.data ?? []).flatMap((d, index) =>
        d.held_by.includes(provider.id)
          ? [
              {
                days: params.data_recovery_person_days,
                what: `data ${d.id}`,
                path: ['data', index] as ModelPath,
              },
            ]
          : [],
      );
  return [...models, ...data];
}

/** Subscribers t months from now: net growth less churn, compounded monthly. */
export function subscribersAt(model: ResolvedModel, month: number): number {
  const { subscribers, monthly_growth, monthly_churn } = model.operator;
  return subscribers * Math.max(0, 1 + monthly_growth - monthly_churn) ** month;
}

/** The exit of one dependency, `month` months after the model's as_of date. */
export function exitAt(exit: ExitModel, basis: ExitBasis, month: number): DependencyExit {
  const { model, params } = exit;
  const scale =
    model.operator.subscribers === 0 ? 0 : subscribersAt(model, month) / model.operator.subscribers;
  const components: ExitComponent[] = [];
  for (const { contract, index, rate } of basis.contracts) {
    const elapsed = monthsBetween(contract.start, model.operator.as_of) + month;
    const remaining = Math.max(0, contract.term_months - elapsed);
    // Inside the initial term the break cost is the stated exit fee, or, with none stated, the
    // minimum commitments still owed for the rest of the term.
    const commitment = (contract.minimum_commitment_per_month ?? 0) * remaining;
    const fee = remaining === 0 ? 0 : (contract.exit_fee ?? commitment) * rate;
    const basisText =
      contract.exit_fee !== undefined ? 'exit fee' : 'minimum commitments for the rest of the term';
    components.push({
      kind: 'contract',
      cost: fee,
      months: contract.notice_months ?? 0,
      explanation: `${contract.id}: ${remaining === 0 ? 'past its initial term, no break cost' : `${basisText} ${round(fee)} (${remaining} months of term left)`}; ${contract.notice_months ?? 0} months' notice`,
      evidence: [['contracts', index]],
    });
  }
  const swaps = basis.swapSims.reduce((sum, s) => sum + s.group.count * scale * s.share, 0);
  if (swaps > 0) {
    const cost = basis.swapSims.reduce(
      (sum, s) =>
        sum + s.group.count * scale * s.share * (s.group.swap_unit_cost ?? params.sim_swap_cost),
      0,
    );
    components.push({
      kind: 'migration',
      cost,
      months: params.swap_campaign_months,
      explanation: `${round(swaps)} SIMs to replace (on ${basis.provider.id}'s IMSIs or keys, no over-the-air path)`,
      evidence: basis.swapSims.map((s) => ['sims', s.index] as ModelPath),
    });
  }
  const ported = basis.ports ? subscribersAt(model, month) : 0;
  if (ported > 0) {
    components.push({
      kind: 'porting',
      cost: ported * params.porting_cost_per_number,
      months: params.swap_campaign_months,
      explanation: `${round(ported)} numbers to port one by one out of ${basis.provider.id}'s sub-allocated range`,
      evidence: [['numbering']],
    });
  }
  const acting = Math.max(swaps, ported);
  if (acting > 0) {
    const value = exit.contributionPerSubscriber * params.customer_value_months;
    components.push({
      kind: 'attrition',
      cost: acting * params.swap_attrition * value,
      months: 0,
      explanation: `${round(acting * params.swap_attrition)} of ${round(acting)} subscribers who must act are expected to leave, each worth ${round(value)} of margin`,
      evidence: [['operator', 'subscribers']],
    });
  }
  const days = basis.integrationDays * (1 + params.integration_growth_per_year) ** (month / 12);
  if (days > 0) {
    components.push({
      kind: 'reintegration',
      cost: days * params.integration_day_rate,
      months: days / (params.integration_team_size * WORKDAYS_PER_MONTH),
      explanation: `${round(days)} person-days of custom work in ${basis.integrationPaths.length} integration(s) to build again`,
      evidence: basis.integrationPaths,
    });
  }
  for (const rebuild of basis.rebuilds) {
    components.push({
      kind: 'portability',
      cost: rebuild.days * params.integration_day_rate,
      months: rebuild.days / (params.integration_team_size * WORKDAYS_PER_MONTH),
      explanation: `${rebuild.what} cannot leave: ${rebuild.days} person-days to rebuild`,
      evidence: [rebuild.path],
    });
  }
  return {
    provider: basis.provider.id,
    group: basis.provider.group,
    cost: components.reduce((sum, c) => sum + c.cost, 0),
    months: Math.max(0, ...components.map((c) => c.months)),
    components,
  };
}

function round(value: number): string {
  return Math.round(value).toLocaleString('en');
}
