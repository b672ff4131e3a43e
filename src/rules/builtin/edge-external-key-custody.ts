import { percent } from '../../analysis/scorecard/factor.js';
import { switchability } from '../../analysis/scorecard/sim-switching.js';
import type { PartyRoles } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { SimGroup } from '../../model/schema/model.js';
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
    detects: `A SIM group whose key_holders name a party that is not on the operator side: a host network, an enabler, or a third party running its own HSS/AuC or SM-DP+. A provider running the HSS for the operator (subscriber_data under arrangement managed) counts as the operator side, as in the edge-control scorecard; SIM vendors are left to edge-sim-vendor-keeps-keys. One finding per SIM group and holder; critical when that holder has the keys of more than ${percent(MOST_SIMS)} of all SIMs in groups that cannot move host without a new SIM or profile (switchability below 1; a multi-IMSI SIM that can switch to another issuer’s IMSI is not held in place by one issuer’s keys).`,
    recommendation:
      'Bring the AuC under the operator’s control (own or managed HSS), or secure by contract a key export re-encrypted under a transport key the operator names; issue new SIMs with operator-held keys.',
  },
  check(context) {
    const sims = context.model.sims ?? [];
    const total = sims.reduce((sum, g) => sum + g.count, 0);
    const managedHss = managedHssProviders(context.model);
    return sims.flatMap((group) =>
      group.key_holders
        .filter((holder) => isOutside(context, holder, managedHss))
        .map((holder) =>
          finding(context, group, holder, {
            all: heldShare(sims, holder, total),
            locked: heldShare(
              sims.filter((g) => switchability(g, context.roles) < 1),
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

/** Share of all SIMs (total) that are in `sims` and whose keys this holder has. */
function heldShare(sims: readonly SimGroup[], holder: string, total: number): number {
  if (total === 0) return 0;
  return (
    sims.filter((g) => g.key_holders.includes(holder)).reduce((sum, g) => sum + g.count, 0) / total
  );
}

function finding(
  { roles, indexOf }: RuleContext,
  group: SimGroup,
  holder: string,
  share: { readonly all: number; readonly locked: number },
): RuleFinding {
  const index = indexOf('sims', group.id);
  const role = roles.holderOfParty(holder).replace('_', ' ');
  return {
    elements: [group.id, holder],
    message: `${holder} (${role}) holds Ki/OPc of the ${group.count.toLocaleString('en')} SIMs in ${group.id}; in all it holds the keys of ${percent(share.all)} of SIMs${lockNote(roles, group, share)}`,
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
  group: SimGroup,
  share: { readonly all: number; readonly locked: number },
): string {
  if (switchability(group, roles) === 1)
    return ' (these SIMs can change host over the air without it)';
  if (share.locked === share.all)
    return ', none of which can move host without a new SIM or profile';
  return `, ${percent(share.locked)} in groups that cannot move host without a new SIM or profile`;
}
