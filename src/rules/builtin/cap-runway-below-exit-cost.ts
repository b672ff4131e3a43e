import { runwayMonths } from '../../analysis/scorecard/capital-coordination.js';
import { switchability } from '../../analysis/scorecard/sim-switching.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Contract } from '../../model/schema/model.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Swap cost per SIM when a group states none, in the operator's currency: no public per-SIM
 * figure exists (mvno-domain.md §2.7), and a card, postage and handling come to about this.
 */
const DEFAULT_SWAP_UNIT_COST = 5;

interface HostExit {
  readonly group: string;
  readonly providers: readonly string[];
  readonly contracts: readonly Contract[];
  readonly exitFees: number;
  readonly swaps: number;
  readonly swapCost: number;
  readonly defaultedSwapCost: boolean;
  readonly simGroups: readonly string[];
}

/**
 * The operator's cash cannot pay to leave its main host network. A simplification until the
 * full exit-cost model lands: only the exit fees and SIM swaps count, not migration work,
 * churn or re-integration, and the exit is taken as happening today (fees due in full).
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
    detects: `Cash (capital.cash, else runway_months × monthly_burn) below the cost of leaving the main host group (the largest carrier of radio access today) now: the exit fees of its contracts covering radio access, plus a swap for every SIM on its IMSIs that cannot change host over the air (weighted as in the scorecard: consumer eSIM counts half), at swap_unit_cost or ${DEFAULT_SWAP_UNIT_COST} per SIM when none is stated. Migration work, churn and re-integration are not counted yet. Medium when the operator burns no cash (profits can fund the exit over time).`,
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
      ? `, ${DEFAULT_SWAP_UNIT_COST} ${currency} a SIM where no swap cost is stated`
      : '';
    return [
      {
        elements: [exit.group],
        message: `cash of ${money(cash, currency)}${runwayText} is below the ${money(total, currency)} it takes to leave ${exit.group} (${exit.providers.join(', ')}): exit fees ${money(exit.exitFees, currency)}${exit.contracts.length === 0 ? ' (no contract in the model)' : ` (${exit.contracts.map((c) => c.id).join(', ')})`} and ${Math.round(exit.swaps).toLocaleString('en')} SIM swaps at ${money(exit.swapCost, currency)}${unit}`,
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
  const exitFees = contracts.reduce(
    (sum, c) => sum + (c.exit_fee ?? 0) * (c.currency === undefined ? 1 : (rates[c.currency] ?? 1)),
    0,
  );
  let swaps = 0;
  let swapCost = 0;
  let defaultedSwapCost = false;
  const simGroups: string[] = [];
  for (const sim of model.sims ?? []) {
    const onHost = sim.imsi_issuers.some((issuer) => members.includes(issuer));
    const needSwap = sim.count * (1 - switchability(sim, roles));
    if (!onHost || needSwap === 0) continue;
    simGroups.push(sim.id);
    swaps += needSwap;
    swapCost += needSwap * (sim.swap_unit_cost ?? DEFAULT_SWAP_UNIT_COST);
    if (sim.swap_unit_cost === undefined) defaultedSwapCost = true;
  }
  return {
    group,
    providers: members.filter((id) => roles.hosts.some((h) => h.id === id)),
    contracts,
    exitFees,
    swaps,
    swapCost,
    defaultedSwapCost,
    simGroups,
  };
}

/** The cash figure, then each exit fee (or contract, or host), then the SIM groups to swap. */
function evidenceFor({ model, indexOf }: RuleContext, exit: HostExit): ModelPath[] {
  const capital = model.capital;
  const paths: ModelPath[] = [
    capital?.cash !== undefined ? ['capital', 'cash'] : ['capital', 'runway_months'],
  ];
  for (const contract of exit.contracts) {
    const index = indexOf('contracts', contract.id);
    paths.push(
      contract.exit_fee === undefined ? ['contracts', index] : ['contracts', index, 'exit_fee'],
    );
  }
  if (exit.contracts.length === 0)
    for (const id of exit.providers) paths.push(['providers', indexOf('providers', id)]);
  for (const id of exit.simGroups) paths.push(['sims', indexOf('sims', id)]);
  return paths;
}

function money(value: number, currency: string): string {
  return `${Math.round(value).toLocaleString('en')} ${currency}`;
}
