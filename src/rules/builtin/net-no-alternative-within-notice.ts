import { readyNetworks } from '../../analysis/scorecard/ready-networks.js';
import { switchesOverTheAir } from '../../analysis/scorecard/sim-switching.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Contract } from '../../model/schema/model.js';
import type { SupplyEntry } from '../../model/supply-index.js';
import { percent } from '../../text/percent.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/**
 * Months needed to bring up a new host: contract, interconnect, testing and migration. Virgin
 * Mobile UK took about two years (mvno-domain.md §2.7); the 3-month "short break" window is
 * quoted there as unfavourable, so a year is a conservative floor.
 */
export const MONTHS_TO_NEW_HOST = 12;

/**
 * SIMs that can change host over the air make a prepared path once they are half the base: the
 * rest can be swapped in waves while the bulk has already moved.
 */
export const OTA_PATH_SHARE = 0.5;

/** One host group, no second network and no over-the-air path, on a notice shorter than a move. */
export const netNoAlternativeWithinNotice: Rule = {
  meta: {
    id: 'net-no-alternative-within-notice',
    title: 'No second network could be ready within the host contract’s notice',
    category: 'network_routes',
    layers: ['network_routes'],
    severity: 'high',
    rationale:
      'When the host gives notice, the operator must contract, integrate and migrate to another network before it runs out. Host changes take years, so with no network standing by and SIMs that cannot switch over the air, a short notice period strands every subscriber.',
    references: [
      'mvno-domain.md §2.7 (Virgin Mobile UK: announced Nov 2019, migrated end-2021; the 3-month "short break" window)',
      'mvno-domain.md §0.7 (host changes take years)',
      'mvno-domain.md §2.1 (contract notice as a binding asset)',
      'UK Electronic Communications (Security Measures) Regulations 2022 reg. 7(3)(a) (termination risk per contract)',
    ],
    detects: `Radio access from outside supplied by a single ownership group ready to carry traffic: no other group carries traffic or stands by in a way the SIMs can use (a network counts only when some SIM group can attach to it without a swap, per sims[].attaches_to; in a model with no SIMs, only networks carrying traffic today count, so a standby contract alone is not a way out), fewer than ${percent(OTA_PATH_SHARE)} of SIMs able to change host over the air (own IMSI, multi-IMSI across groups, or an SM-SR/eIM the operator runs), and a contract with that host covering radio access whose notice period is under ${MONTHS_TO_NEW_HOST} months (a realistic minimum to bring up a new host). A contract without a notice period counts as zero months.`,
    recommendation: `Negotiate a notice period of at least ${MONTHS_TO_NEW_HOST} months (or exit assistance of that length), and prepare a way out: a second network on standby, multi-IMSI SIMs, or an own IMSI range.`,
  },
  check(context) {
    const host = singleReadyHostGroup(context);
    const movable = otaShare(context);
    if (host === undefined || movable >= OTA_PATH_SHARE) return [];
    const providers = new Set(host.map((entry) => entry.provider.id));
    return (context.model.contracts ?? [])
      .filter((c) => providers.has(c.provider) && coversRadio(c))
      .filter((c) => (c.notice_months ?? 0) < MONTHS_TO_NEW_HOST)
      .map((c) => finding(context, c, host, movable));
  },
};

/**
 * The radio supplies of the one outside group ready to carry traffic, if only one is: a second
 * network counts only when the SIMs can reach it (analysis/scorecard/ready-networks.ts).
 */
function singleReadyHostGroup({ model, roles }: RuleContext): readonly SupplyEntry[] | undefined {
  const ready = readyNetworks(model, roles);
  return ready.groups.size === 1 ? ready.supplies : undefined;
}

/** Share of SIMs that could move to another host without a swap or user action (0 without SIMs). */
function otaShare({ model, roles }: RuleContext): number {
  const sims = model.sims ?? [];
  const total = sims.reduce((sum, g) => sum + g.count, 0);
  if (total === 0) return 0;
  const movable = sims
    .filter((g) => switchesOverTheAir(g, roles))
    .reduce((sum, g) => sum + g.count, 0);
  return movable / total;
}

function coversRadio(contract: Contract): boolean {
  return contract.covers === undefined || contract.covers.includes('radio_access');
}

function finding(
  { indexOf }: RuleContext,
  contract: Contract,
  host: readonly SupplyEntry[],
  movable: number,
): RuleFinding {
  const index = indexOf('contracts', contract.id);
  const notice =
    contract.notice_months === undefined
      ? 'states no notice period'
      : `can be ended on ${contract.notice_months} months' notice`;
  const group = host[0]?.provider.group ?? contract.provider;
  const noticePath: ModelPath =
    contract.notice_months === undefined
      ? ['contracts', index]
      : ['contracts', index, 'notice_months'];
  return {
    elements: [contract.id],
    message: `${group} is the only network ready to carry radio traffic and only ${percent(movable)} of SIMs can change host over the air, yet contract ${contract.id} with ${contract.provider} ${notice}: bringing up a new host takes ${MONTHS_TO_NEW_HOST} months or more`,
    evidence: [noticePath, ...host.map((entry) => entry.path)],
  };
}
