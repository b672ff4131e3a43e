import { runwayMonths } from '../../analysis/scorecard/capital-coordination.js';
import { switchability } from '../../analysis/scorecard/sim-switching.js';
import { economicsParameters, PARAMETER_DEFAULTS } from '../../economics/parameters.js';
import { type BreakCost, ContractCalendar } from '../../model/contract-calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Contract } from '../../model/schema/model.js';
import { money } from '../../text/money.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext } from '../rule.js';

interface HostExit {
  readonly group: string;
  readonly providers: readonly string[];
  readonly contracts: readonly Contract[];
  /** What breaking each contract costs with notice served today (contract calendar). */
  readonly breaks: readonly BreakCost[];
  readonly exitFees: number;
  readonly swaps: number;
  readonly swapCost: number;
  readonly defaultedSwapCost: boolean;
  /** The swap cost used where a SIM group states none: economics.sim_swap_cost. */
  readonly defaultSwapCost: number;
  readonly simGroups: readonly string[];
}

/**
 * The operator's cash cannot pay to leave its main host network. A lower bound on the exit
 * cost: only the contracts' break costs and the SIM swaps count, not migration work, churn or
 * re-integration, with notice served today (the break cost of the term in force then, from
 * the contract calendar).
 */
export const capRunwayBelowExitCost: Rule = {
  meta: {
    id: 'cap-runway-below-exit-cost',
    title: 'Cash cannot pay for leaving the main host network',
    category: 'capital_coordination',
    layers: ['capital_coordination', 'network_routes'],
    severity: 'high',
    rationale:
      'An exit the operator cannot fund is not an outside option: the host knows it, and prices the renewal accordingly. Exit fees and SIM swaps alone are a lower bound on what leaving costs, so cash below them means the switch is out of reach without new money.',
    references: [
      'DESIGN.md §2 (capital & coordination: funding runway versus exit costs)',
      'mvno-domain.md §2.1 (binding assets: IMSIs on every SIM, contract exit)',
      'mvno-domain.md §2.7 (time and cost of host changes; Asda Mobile SIM swap, Virgin Mobile exit dispute)',
    ],
    detects: `Cash (capital.cash, else runway_months × monthly_burn) below the cost of leaving the main host group (the largest carrier of radio access today) now: the break costs of its contracts covering radio access with notice served at operator.as_of (the contract calendar's break cost in the term in force when the notice runs out: exit_fee in the initial term, renewal_exit_fee else exit_fee in a renewal, else the minimum commitments still owed; nothing when the notice runs to the end of the term), plus a swap for every SIM on its IMSIs that cannot change host over the air (weighted as in the scorecard: consumer eSIM counts half; none for SIMs that can attach to a host of another group, per sims[].attaches_to), at swap_unit_cost, else economics.sim_swap_cost (default ${PARAMETER_DEFAULTS.sim_swap_cost.value}, the lock-in economics' own), per SIM. Migration work, churn and re-integration are not counted yet. Medium when the operator burns no cash (profits can fund the exit over time).`,
    recommendation:
      'Make the exit affordable before it is needed: negotiate the exit fee down or tie it to notice at the next renewal, move SIMs to multi-IMSI or the operator’s own IMSI as they are replaced, or secure committed funding for a host change.',
  },
  check(context) {
    const { model } = context;
    const cash = availableCash(model);
    const exit = mainHostExit(context);
    if (cash === undefined || exit === undefined) return [];
    const total = exit.exitFees + exit.swapCost;
    if (total === 0 || cash >= total) return [];
    const runway = runwayMonths({
      model,
      roles: context.roles,
      costs: context.analysis.costs,
      concentration: context.analysis.concentration,
    });
    const currency = model.operator.currency;
    const runwayText =
      runway === null
        ? ''
        : Number.isFinite(runway)
          ? ` (runway ${runway.toFixed(1)} months)`
          : ' (no monthly burn)';
    const unit = exit.defaultedSwapCost
      ? `, ${money(exit.defaultSwapCost, currency)} a SIM where no swap cost is stated (economics.sim_swap_cost)`
      : '';
    return [
      {
        elements: [exit.group],
        message: `cash of ${money(cash, currency)}${runwayText} is below the ${money(total, currency)} it takes to leave ${exit.group} (${exit.providers.join(', ')}): break costs ${money(exit.exitFees, currency)}${exit.contracts.length === 0 ? ' (no contract in the model)' : ` (${exit.contracts.map((c) => c.id).join(', ')})`} and ${wholeNumber(exit.swaps)} SIM swaps at ${money(exit.swapCost, currency)}${unit}`,
        evidence: evidenceFor(context, exit),
        severity: runway !== null && !Number.isFinite(runway) ? 'medium' : 'high',
      },
    ];
  },
};

/** Cash as stated, or what the stated runway and burn imply; undefined when unknown. */
function availableCash(model: ResolvedModel): number | undefined {
  const capital = model.capital;
  if (capital?.cash !== undefined) return capital.cash;
  if (capital?.runway_months === undefined || capital.monthly_burn === undefined) return undefined;
  return capital.runway_months * capital.monthly_burn;
}

/** The host group carrying the largest share of radio access, and what leaving it costs. */
function mainHostExit({ model, roles }: RuleContext): HostExit | undefined {
  const shares = new Map<string, number>();
  for (const host of roles.hosts) {
    const share = host.supplies
      .filter((s) => s.capability === 'radio_access' && !s.standby)
      .reduce((sum, s) => sum + s.share, 0);
    shares.set(host.group, (shares.get(host.group) ?? 0) + share);
  }
  let group: string | undefined;
  for (const [candidate, share] of shares)
    if (share > 0 && share > (group === undefined ? 0 : (shares.get(group) ?? 0)))
      group = candidate;
  if (group === undefined) return undefined;
  const members = model.providers.filter((p) => p.group === group).map((p) => p.id);
  const contracts = (model.contracts ?? []).filter(
    (c) =>
      members.includes(c.provider) && (c.covers === undefined || c.covers.includes('radio_access')),
  );
  const rates = model.operator.fx_rates ?? {};
  const breaks = contracts.map((c) => new ContractCalendar(c, model.operator.as_of).breakCost(0));
  const exitFees = contracts.reduce(
    (sum, c, i) =>
      sum + (breaks[i]?.fee ?? 0) * (c.currency === undefined ? 1 : (rates[c.currency] ?? 1)),
    0,
  );
  const hostGroupOf = new Map(roles.hosts.map((p) => [p.id, p.group]));
  let swaps = 0;
  let swapCost = 0;
  let defaultedSwapCost = false;
  const defaultSwapCost = economicsParameters(model).values.sim_swap_cost;
  const simGroups: string[] = [];
  for (const sim of model.sims ?? []) {
    const onHost = sim.imsi_issuers.some((issuer) => members.includes(issuer));
    // SIMs that already reach another group's network move by steering, not by a new SIM.
    const elsewhere = sim.attaches_to.some((h) => (hostGroupOf.get(h) ?? h) !== group);
    const needSwap = elsewhere ? 0 : sim.count * (1 - switchability(sim, roles));
    if (!onHost || needSwap === 0) continue;
    simGroups.push(sim.id);
    swaps += needSwap;
    swapCost += needSwap * (sim.swap_unit_cost ?? defaultSwapCost);
    if (sim.swap_unit_cost === undefined) defaultedSwapCost = true;
  }
  return {
    group,
    providers: members.filter((id) => roles.hosts.some((h) => h.id === id)),
    contracts,
    breaks,
    exitFees,
    swaps,
    swapCost,
    defaultedSwapCost,
    defaultSwapCost,
    simGroups,
  };
}

/** The cash figure, then what each break cost comes from (or the contract, or host), then the SIM groups to swap. */
function evidenceFor({ model, indexOf }: RuleContext, exit: HostExit): ModelPath[] {
  const capital = model.capital;
  const paths: ModelPath[] = [
    capital?.cash !== undefined ? ['capital', 'cash'] : ['capital', 'runway_months'],
  ];
  exit.contracts.forEach((contract, i) => {
    const index = indexOf('contracts', contract.id);
    const field = breakField(contract, exit.breaks[i]);
    paths.push(field === undefined ? ['contracts', index] : ['contracts', index, field]);
  });
  if (exit.contracts.length === 0)
    for (const id of exit.providers) paths.push(['providers', indexOf('providers', id)]);
  for (const id of exit.simGroups) paths.push(['sims', indexOf('sims', id)]);
  return paths;
}

/** The contract line a break cost was read from; none when nothing is due. */
function breakField(contract: Contract, cost: BreakCost | undefined): string | undefined {
  switch (cost?.basis) {
    case 'exit_fee':
      return 'exit_fee';
    case 'renewal_exit_fee':
      return 'renewal_exit_fee';
    case 'commitments':
      return cost.term.kind === 'renewal' && contract.renewal_minimum_commitment !== undefined
        ? 'renewal_minimum_commitment'
        : 'minimum_commitment_per_month';
    default:
      return undefined;
  }
}
