import { switchesOverTheAir } from '../../analysis/scorecard/sim-switching.js';
import type { PartyRoles } from '../../model/party-roles.js';
import type { ResolvedModel, ResolvedSimGroup } from '../../model/resolved-model.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/**
 * Above half the base, the outside holder can hold most subscribers in place (and a breach there
 * exposes most of them).
 */
export const MOST_SIMS = 0.5;

/** Ki/OPc of a SIM group held by a party outside the operator's control. */
export const edgeExternalKeyCustody: Rule = {
  meta: {
    id: 'edge-external-key-custody',
    title: 'SIM authentication keys held outside the operator',
    category: 'edge_control',
    layers: ['edge_control', 'network_routes'],
    severity: 'high',
    rationale:
      'Ki and OPc sit only in the SIM and the HSS/AuC; whoever runs that AuC authenticates every subscriber. A host or enabler holding them can refuse to hand them over at exit, so the SIMs cannot move without being replaced, and a breach there exposes every subscriber’s secret.',
    references: [
      'mvno-domain.md §0.4 (keys live in exactly two places; whoever runs the HSS holds every secret)',
      'mvno-domain.md §2.5 (who holds Ki/OPc)',
      'mvno-domain.md §2.1 (Ki/OPc as a binding asset: new credentials or key export)',
      'UK Telecoms Security CoP M10.08 (control of network data transferred only where necessary)',
    ],
    detects: `A SIM group whose key_holders name a party that is not on the operator side: a host network, an enabler, or a third party running its own HSS/AuC or SM-DP+. A provider running the HSS for the operator (subscriber_data under arrangement managed) counts as the operator side, as in the edge-control scorecard; SIM vendors are left to edge-sim-vendor-keeps-keys. One finding per SIM group and holder; critical when that holder has the keys of more than ${percent(MOST_SIMS)} of all SIMs in groups that cannot move host without a new SIM or profile (not switchable over the air, and not able to leave the holder as below). A host network's custody is not reported as lock-in for SIM groups that can attach to a host of another ownership group (sims[].attaches_to: multi-IMSI SIMs, eSIMs with profiles of several hosts, own-IMSI SIMs): those SIMs leave that host on another network's IMSI or profile, so its keys do not hold them in place. Outside parties that are not hosts (an enabler, an eSIM platform) still hold every such SIM's keys and are reported.`,
    recommendation:
      'Bring the AuC under the operator’s control (own or managed HSS), or secure by contract a key export re-encrypted under a transport key the operator names; issue new SIMs with operator-held keys.',
  },
  check(context) {
    const sims = context.model.sims ?? [];
    const total = sims.reduce((sum, g) => sum + g.count, 0);
    const managedHss = managedHssProviders(context.model);
    const { roles } = context;
    const hosts = new Set(roles.hosts.map((p) => p.id));
    const leaves = (group: ResolvedSimGroup, holder: string) =>
      hosts.has(holder) && attachesOutsideGroupOf(roles, group, holder);
    return sims.flatMap((group) =>
      group.key_holders
        .filter((holder) => isOutside(context, holder, managedHss) && !leaves(group, holder))
        .map((holder) =>
          finding(context, group, holder, {
            all: heldShare(sims, holder, total),
            locked: heldShare(
              sims.filter((g) => !switchesOverTheAir(g, roles) && !leaves(g, holder)),
              holder,
              total,
            ),
          }),
        ),
    );
  },
};

/** Providers that run the HSS/AuC for the operator, who owns its configuration and data. */
function managedHssProviders(model: ResolvedModel): ReadonlySet<string> {
  return new Set(
    model.providers
      .filter((p) =>
        p.supplies.some((s) => s.capability === 'subscriber_data' && s.arrangement === 'managed'),
      )
      .map((p) => p.id),
  );
}

function isOutside(
  { roles }: RuleContext,
  holder: string,
  managedHss: ReadonlySet<string>,
): boolean {
  return (
    !roles.isOperatorSide(holder) &&
    !managedHss.has(holder) &&
    roles.byId.get(holder)?.kind !== 'sim_vendor'
  );
}

/**
 * These SIMs can attach to a host outside the holder's ownership group. When the holder is a
 * host network, they can leave it on another network's IMSI or profile, without its keys.
 */
function attachesOutsideGroupOf(
  roles: PartyRoles,
  group: ResolvedSimGroup,
  holder: string,
): boolean {
  const groupOf = (id: string) => roles.byId.get(id)?.group ?? id;
  const own = groupOf(holder);
  return group.attaches_to.some((id) => groupOf(id) !== own);
}

/** Share of all SIMs (total) that are in `sims` and whose keys this holder has. */
function heldShare(sims: readonly ResolvedSimGroup[], holder: string, total: number): number {
  if (total === 0) return 0;
  return (
    sims.filter((g) => g.key_holders.includes(holder)).reduce((sum, g) => sum + g.count, 0) / total
  );
}

function finding(
  { roles, indexOf }: RuleContext,
  group: ResolvedSimGroup,
  holder: string,
  share: { readonly all: number; readonly locked: number },
): RuleFinding {
  const index = indexOf('sims', group.id);
  const role = roles.holderOfParty(holder).replace('_', ' ');
  return {
    elements: [group.id, holder],
    message: `${holder} (${role}) holds Ki/OPc of the ${wholeNumber(group.count)} SIMs in ${group.id}; in all it holds the keys of ${percent(share.all)} of SIMs${lockNote(roles, group, share)}`,
    evidence: [
      ['sims', index, 'key_holders', group.key_holders.indexOf(holder)],
      ['sims', index, 'count'],
    ],
    severity: share.locked > MOST_SIMS ? 'critical' : 'high',
  };
}

/** Says whether these SIMs could move host without the holder, and how many could not. */
function lockNote(
  roles: PartyRoles,
  group: ResolvedSimGroup,
  share: { readonly all: number; readonly locked: number },
): string {
  if (switchesOverTheAir(group, roles))
    return ' (these SIMs can change host over the air without it)';
  if (share.locked === share.all)
    return ', none of which can move host without a new SIM or profile';
  return `, ${percent(share.locked)} in groups that cannot move host without a new SIM or profile`;
}
