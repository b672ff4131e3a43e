/**
 * What it costs, in money and months, to leave each outside dependency — today, or t months
 * from now as the base grows, integrations deepen, models learn and contracts run on:
 *
 *   contract        the break cost of the term in force when the notice served now runs out
 *                   (the contract calendar: initial or renewal term, exit fee or commitments);
 *   migration       a new SIM for every subscriber whose SIM cannot reach another host or change
 *                   supplier over the air;
 *   porting         a port per number where numbers are sub-allocated from the provider;
 *   attrition       the subscribers who must act, times the share who leave instead, times the
 *                   margin each would have brought;
 *   re-integration  the person-days embodied in the provider's integrations, grown with time;
 *   portability     models trained inside the provider's platform with no export (more effort
 *                   the longer they have learnt there, when the training data cannot leave
 *                   either), and data it holds without a data-return clause;
 *   re-platforming  the operator's own workloads hosted on the provider, and their links.
 *
 * Exit time: the replacement must be integrated before SIMs are swapped or numbers ported, so
 * the campaign follows the re-integration; the notice, the rebuilds and the re-platforming run
 * beside them. Every parameter is named in parameters.ts; docs/lockin.md states each formula.
 */
import { switchability } from '../analysis/scorecard/sim-switching.js';
import { monthsBetween } from '../model/calendar.js';
import { type BreakCost, ContractCalendar } from '../model/contract-calendar.js';
import type { ModelPath } from '../model/load/diagnostic.js';
import { type PartyRoles, partyRolesOf } from '../model/party-roles.js';
import type { ResolvedModel, ResolvedProvider, ResolvedSimGroup } from '../model/resolved-model.js';
import type { AiUseCase, Contract } from '../model/schema/model.js';
import { counted, wholeNumber } from '../text/whole-number.js';
import type { BaseProjection } from './base-projection.js';
import type { Parameters } from './parameters.js';

export type ComponentKind =
  | 'contract'
  | 'migration'
  | 'porting'
  | 'attrition'
  | 'reintegration'
  | 'portability'
  | 'replatforming';

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

/** Working days in a month, for turning person-days into months of a team's time. */
export const WORKDAYS_PER_MONTH = 21;

interface Indexed<T> {
  readonly item: T;
  readonly index: number;
}

/** A model trained inside the provider's platform that cannot be exported. */
interface TrappedModel {
  readonly use: AiUseCase;
  readonly index: number;
  /** Person-days to rebuild and retrain it from data the operator holds. */
  readonly baseDays: number;
  /** Months of history learnt at as_of; it grows a month a month. */
  readonly history: number;
  /** Person-days per month of history, when the training data cannot leave either (else 0). */
  readonly daysPerMonth: number;
}

/** What does not change with time, read once per provider. */
export interface ExitBasis {
  readonly provider: ResolvedProvider;
  readonly contracts: readonly { calendar: ContractCalendar; index: number; rate: number }[];
  readonly swapSims: readonly { group: ResolvedSimGroup; index: number; share: number }[];
  readonly ports: boolean;
  readonly integrationDays: number;
  readonly integrationPaths: readonly ModelPath[];
  readonly models: readonly TrappedModel[];
  readonly data: readonly { days: number; what: string; path: ModelPath }[];
  readonly workloads: readonly { id: string; index: number; integrations: number }[];
}

export interface ExitModel {
  readonly bases: readonly ExitBasis[];
  readonly params: Parameters;
  readonly model: ResolvedModel;
  readonly projection: BaseProjection;
  /** Margin a lost subscriber would have brought per month. */
  readonly contributionPerSubscriber: number;
  /** (1 + integration growth)^(month / 12) for the months of the horizon (every curve reads it). */
  readonly integrationGrowth: Float64Array;
}

/** Entries of a list grouped by the parties they name, built in one pass. */
function indexBy<T>(items: readonly T[], keys: (item: T) => readonly (string | undefined)[]) {
  const map = new Map<string, Indexed<T>[]>();
  items.forEach((item, index) => {
    for (const key of new Set(keys(item))) {
      if (key === undefined) continue;
      const list = map.get(key) ?? [];
      list.push({ item, index });
      map.set(key, list);
    }
  });
  return (key: string): readonly Indexed<T>[] => map.get(key) ?? [];
}

/** The outside dependencies and what ties the operator to each; every list is indexed once. */
export function exitModel(
  model: ResolvedModel,
  params: Parameters,
  projection: BaseProjection,
  contributionPerSubscriber: number,
): ExitModel {
  const roles = partyRolesOf(model);
  const asOf = model.operator.as_of;
  const rates = model.operator.fx_rates ?? {};
  const contractsOf = indexBy(model.contracts ?? [], (c) => [c.provider]);
  const integrationsOf = indexBy(model.integrations ?? [], (i) => [i.from, i.to]);
  const simsOf = indexBy(model.sims ?? [], (g) => [...g.imsi_issuers, ...g.key_holders]);
  const usesOf = indexBy(model.intelligence ?? [], (u) => [u.runs_on, u.model_controlled_by]);
  const dataOf = indexBy(model.data ?? [], (d) => d.held_by);
  const workloadsOf = indexBy(model.providers, (p) =>
    roles.isOperatorSide(p.id) ? p.hosted_on : [],
  );
  const hostGroupOf = hostGroups(roles);
  const sublet = model.numbering?.msisdn_sub_allocated === true;
  const bases = model.providers
    .filter((p) => !roles.isOperatorSide(p.id) && p.supplies.some((s) => s.share > 0 || s.standby))
    .map((provider): ExitBasis => {
      const contracts = contractsOf(provider.id);
      const touching = integrationsOf(provider.id);
      return {
        provider,
        contracts: contracts.map(({ item, index }) => ({
          calendar: new ContractCalendar(item, asOf),
          index,
          rate: item.currency === undefined ? 1 : (rates[item.currency] ?? 1),
        })),
        swapSims: swapsToLeave(provider, simsOf(provider.id), roles, hostGroupOf),
        ports: sublet && model.numbering?.msisdn_holder === provider.id,
        integrationDays: touching.reduce(
          (sum, i) => sum + (i.item.custom_work_person_days ?? 0),
          0,
        ),
        integrationPaths: touching.map((i) => ['integrations', i.index]),
        models: trappedModels(
          usesOf(provider.id),
          contracts.map((c) => c.item),
          asOf,
          params,
        ),
        data: contracts.some((c) => c.item.data_return === true)
          ? []
          : dataOf(provider.id).map(({ item, index }) => ({
              days: params.data_recovery_person_days,
              what: `data ${item.id}`,
              path: ['data', index] as ModelPath,
            })),
        workloads: workloadsOf(provider.id).map(({ item, index }) => ({
          id: item.id,
          index,
          integrations: integrationsOf(item.id).length,
        })),
      };
    });
  const integrationGrowth = new Float64Array(projection.months.length);
  for (let month = 0; month < integrationGrowth.length; month++)
    integrationGrowth[month] = (1 + params.integration_growth_per_year) ** (month / 12);
  return { bases, params, model, projection, contributionPerSubscriber, integrationGrowth };
}

/** The ownership group of each host, for telling whether a SIM reaches another host group. */
function hostGroups(roles: PartyRoles): ReadonlyMap<string, string> {
  return new Map(roles.hosts.map((p) => [p.id, p.group]));
}

/**
 * SIMs that need replacing to leave `provider`: those carrying its IMSIs or keys, in proportion
 * to how far they cannot change over the air; none for SIMs that already reach a host of
 * another group when the provider is a host (its subscribers move by steering, not by swap).
 */
function swapsToLeave(
  provider: ResolvedProvider,
  groups: readonly Indexed<ResolvedSimGroup>[],
  roles: PartyRoles,
  hostGroupOf: ReadonlyMap<string, string>,
) {
  const isHost = hostGroupOf.has(provider.id);
  return groups.flatMap(({ item: group, index }) => {
    const elsewhere = group.attaches_to.some((h) => (hostGroupOf.get(h) ?? h) !== provider.group);
    const share = isHost && elsewhere ? 0 : 1 - switchability(group, roles);
    return share > 0 ? [{ group, index, share }] : [];
  });
}

/** Models trained on the operator's data inside the provider's platform that cannot be exported. */
function trappedModels(
  uses: readonly Indexed<AiUseCase>[],
  contracts: readonly Contract[],
  asOf: string,
  params: Parameters,
): TrappedModel[] {
  if (contracts.some((c) => c.model_export === true)) return [];
  const starts = contracts.map((c) => c.start).sort();
  const since = starts[0] === undefined ? undefined : Math.max(0, monthsBetween(starts[0], asOf));
  return uses
    .filter(({ item }) => item.trained_on_operator_data === true && item.model_export !== true)
    .map(({ item: use, index }) => ({
      use,
      index,
      baseDays: use.retraining_person_days ?? params.model_rebuild_person_days,
      history: use.training_history_months ?? since ?? params.default_training_history_months,
      daysPerMonth: use.training_data_export === true ? 0 : params.history_person_days_per_month,
    }));
}

/**
 * Where the components of an exit go as they are worked out: into components with their words
 * and evidence (`exitAt`), or only into the running cost and time (`exitCurve`, the curve).
 * One walk over the components serves both, so each formula is written once. A component's
 * words and evidence come from a `detail` function that the walk makes only when the sink
 * `explains`: the curve reads every dependency at every month (610,000 exits at 10,000
 * providers), and making the closures anyway was a fifth of what analyze allocated there.
 */
interface ComponentSink {
  readonly explains: boolean;
  add(kind: ComponentKind, cost: number, months: number, detail?: () => ComponentDetail): void;
}

interface ComponentDetail {
  readonly explanation: string;
  readonly evidence: readonly ModelPath[];
}

/**
 * The cost and the exit time. The replacement must be integrated before SIMs are swapped or
 * numbers ported: the campaign follows the re-integration. Notice, rebuilds and re-platforming
 * run beside them. Costs are summed in the order the components are added.
 */
class ExitTally implements ComponentSink {
  readonly explains = false;
  cost = 0;
  private campaign = 0;
  private integration = 0;
  private beside = 0;

  add(kind: ComponentKind, cost: number, months: number): void {
    this.cost += cost;
    if (kind === 'migration' || kind === 'porting') this.campaign = Math.max(this.campaign, months);
    else if (kind === 'reintegration') this.integration = Math.max(this.integration, months);
    else if (kind !== 'attrition') this.beside = Math.max(this.beside, months);
  }

  get months(): number {
    return Math.max(this.beside, this.integration + this.campaign);
  }

  reset(): void {
    this.cost = 0;
    this.campaign = 0;
    this.integration = 0;
    this.beside = 0;
  }
}

/** Components with their explanations and evidence, tallied as they come. */
class ComponentList implements ComponentSink {
  readonly explains = true;
  readonly components: ExitComponent[] = [];
  readonly tally = new ExitTally();

  add(kind: ComponentKind, cost: number, months: number, detail?: () => ComponentDetail): void {
    this.tally.add(kind, cost, months);
    if (detail === undefined) throw new Error(`the ${kind} component came without its detail`);
    const { explanation, evidence } = detail();
    this.components.push({ kind, cost, months, explanation, evidence });
  }
}

/** The exit of one dependency, `month` months after the model's as_of date, explained. */
export function exitAt(exit: ExitModel, basis: ExitBasis, month: number): DependencyExit {
  const list = new ComponentList();
  addComponents(exit, basis, month, list);
  return {
    provider: basis.provider.id,
    group: basis.provider.group,
    cost: list.tally.cost,
    months: list.tally.months,
    components: list.components,
  };
}

/**
 * The cost and time of the same exit as `exitAt` at each month from 0 to `horizonMonths`,
 * without its components: the exit-cost curve, tallied by one ExitTally.
 */
export function exitCurve(
  exit: ExitModel,
  basis: ExitBasis,
  horizonMonths: number,
): { month: number; cost: number; months: number }[] {
  const tally = new ExitTally();
  const curve: { month: number; cost: number; months: number }[] = [];
  for (let month = 0; month <= horizonMonths; month++) {
    tally.reset();
    addComponents(exit, basis, month, tally);
    curve.push({ month, cost: tally.cost, months: tally.months });
  }
  return curve;
}

function addComponents(exit: ExitModel, basis: ExitBasis, month: number, sink: ComponentSink) {
  addContractComponents(basis, month, sink);
  addSubscriberComponents(exit, basis, month, sink);
  addWorkComponents(exit, basis, month, sink);
}

function addContractComponents(basis: ExitBasis, month: number, sink: ComponentSink): void {
  for (const { calendar, index, rate } of basis.contracts) {
    const broken = calendar.breakCost(month);
    const fee = broken.fee * rate;
    sink.add(
      'contract',
      fee,
      calendar.notice,
      sink.explains
        ? () => ({
            explanation: contractText(calendar, broken, fee),
            evidence: [['contracts', index]],
          })
        : undefined,
    );
  }
}

function contractText(calendar: ContractCalendar, broken: BreakCost, fee: number): string {
  const term =
    broken.term.kind === 'renewal' ? `renewal term ${broken.term.index}` : 'initial term';
  const basis = {
    none: '',
    commitments: 'minimum commitments for the rest of the',
    renewal_exit_fee: 'renewal exit fee for the',
    exit_fee: 'exit fee inside the',
  }[broken.basis];
  const what =
    broken.basis === 'none'
      ? `no break cost (the notice ends it ${broken.term.kind === 'rolling' ? 'on a rolling contract' : `at the end of its ${term}`})`
      : `${basis} ${term}: ${wholeNumber(fee)} (${broken.remaining} months of term left when the notice runs out)`;
  return `${calendar.contract.id}: ${what}; ${calendar.notice} months' notice`;
}

function addSubscriberComponents(
  exit: ExitModel,
  basis: ExitBasis,
  month: number,
  sink: ComponentSink,
): void {
  const { params, projection } = exit;
  const scale = projection.scale(month);
  let swaps = 0;
  let swapCost = 0;
  for (const s of basis.swapSims) {
    swaps += s.group.count * scale * s.share;
    swapCost += s.group.count * scale * s.share * (s.group.swap_unit_cost ?? params.sim_swap_cost);
  }
  if (swaps > 0) {
    sink.add(
      'migration',
      swapCost,
      params.swap_campaign_months,
      sink.explains
        ? () => ({
            explanation: `${wholeNumber(swaps)} SIMs to replace (on ${basis.provider.id}'s IMSIs or keys, with no other host or over-the-air path)`,
            evidence: basis.swapSims.map((s) => ['sims', s.index] as ModelPath),
          })
        : undefined,
    );
  }
  const ported = basis.ports ? projection.at(month).subscribers : 0;
  if (ported > 0) {
    sink.add(
      'porting',
      ported * params.porting_cost_per_number,
      params.swap_campaign_months,
      sink.explains
        ? () => ({
            explanation: `${wholeNumber(ported)} numbers to port one by one out of ${basis.provider.id}'s sub-allocated range`,
            evidence: [['numbering']],
          })
        : undefined,
    );
  }
  const acting = Math.max(swaps, ported);
  if (acting > 0) {
    const value = exit.contributionPerSubscriber * params.customer_value_months;
    sink.add(
      'attrition',
      acting * params.swap_attrition * value,
      0,
      sink.explains
        ? () => ({
            explanation: `${wholeNumber(acting * params.swap_attrition)} of ${wholeNumber(acting)} subscribers who must act are expected to leave, each worth ${wholeNumber(value)} of margin`,
            evidence: [['operator', 'subscribers']],
          })
        : undefined,
    );
  }
}

function addWorkComponents(
  exit: ExitModel,
  basis: ExitBasis,
  month: number,
  sink: ComponentSink,
): void {
  const { params } = exit;
  const growth =
    exit.integrationGrowth[month] ?? (1 + params.integration_growth_per_year) ** (month / 12);
  const days = basis.integrationDays * growth;
  if (days > 0) {
    addWork(
      sink,
      params,
      'reintegration',
      days,
      sink.explains
        ? () => ({
            explanation: `${wholeNumber(days)} person-days of custom work in ${counted(basis.integrationPaths.length, 'integration')} to build again`,
            evidence: basis.integrationPaths,
          })
        : undefined,
    );
  }
  for (const trapped of basis.models) {
    const history = trapped.history + month;
    const rebuild = trapped.baseDays + trapped.daysPerMonth * history;
    addWork(
      sink,
      params,
      'portability',
      rebuild,
      sink.explains ? () => trappedModelDetail(basis, trapped, history, rebuild) : undefined,
    );
  }
  for (const data of basis.data) {
    addWork(
      sink,
      params,
      'portability',
      data.days,
      sink.explains
        ? () => ({
            explanation: `${data.what} has no data-return clause: ${data.days} person-days to recover it`,
            evidence: [data.path],
          })
        : undefined,
    );
  }
  if (basis.workloads.length > 0) {
    const links = basis.workloads.reduce((sum, w) => sum + w.integrations, 0);
    const replatform =
      basis.workloads.length * params.replatform_person_days_per_workload +
      links * params.replatform_person_days_per_integration;
    addWork(
      sink,
      params,
      'replatforming',
      replatform,
      sink.explains
        ? () => ({
            explanation: `${counted(basis.workloads.length, 'workload')} of the operator's own ${basis.workloads.length === 1 ? 'runs' : 'run'} on ${basis.provider.id} (${basis.workloads.map((w) => w.id).join(', ')}) with ${counted(links, 'link')}: ${wholeNumber(replatform)} person-days to move`,
            evidence: basis.workloads.map((w) => ['providers', w.index] as ModelPath),
          })
        : undefined,
    );
  }
}

/** Person-days of work as a component: their cost at the day rate, their time for the team. */
function addWork(
  sink: ComponentSink,
  params: Parameters,
  kind: ComponentKind,
  days: number,
  detail: (() => ComponentDetail) | undefined,
): void {
  const team = params.integration_team_size * WORKDAYS_PER_MONTH;
  sink.add(kind, days * params.integration_day_rate, team > 0 ? days / team : 0, detail);
}

function trappedModelDetail(
  basis: ExitBasis,
  trapped: TrappedModel,
  history: number,
  rebuild: number,
): ComponentDetail {
  const learnt =
    trapped.daysPerMonth > 0
      ? `, and ${history} months of history it learnt from stay inside ${basis.provider.id} (${trapped.baseDays} + ${trapped.daysPerMonth} × ${history})`
      : ' (its training data can be exported)';
  return {
    explanation: `model ${trapped.use.id} cannot leave: ${wholeNumber(rebuild)} person-days to rebuild and retrain${learnt}`,
    evidence: [['intelligence', trapped.index]],
  };
}
