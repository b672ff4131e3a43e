/**
 * Which host networks each SIM group can attach to without a new SIM (mvno-domain.md §2.2).
 * This is what makes a second network an alternative rather than a name in a list: a host
 * another host could stand in for is one whose subscribers' SIMs can reach that other host.
 * Leverage, the scorecard's ready networks, the stress test's cap on wholesale rises and the
 * failure model all read it here.
 *
 * A SIM group's `attaches_to`, when given, is taken as written. Otherwise it is derived from
 * what the model already says:
 *   - a host's IMSI reaches that host;
 *   - the operator's own IMSI (a full MVNO re-points its interconnect), or the range of a party
 *     that is not a host (an enabler's or a hub's own MNC, steered by its owner), reaches every
 *     host in the model;
 *   - SGP.32 SIMs whose eIM the operator runs, and SGP.02 SIMs whose SM-SR it runs, take a
 *     profile of any host over the air, so they reach every host too.
 * Multi-IMSI SIMs and eSIMs with profiles of several hosts therefore reach each of those hosts.
 */
import type { PartyRoles } from './party-roles.js';
import type { ResolvedProvider } from './resolved-model.js';
import type { SimGroup } from './schema/model.js';

/** A host in the sense of attachment: a provider of radio access the operator does not run. */
export function attachableHosts(roles: PartyRoles): ResolvedProvider[] {
  return roles.hosts.filter((p) =>
    p.supplies.some((s) => s.capability === 'radio_access' && (s.share > 0 || s.standby)),
  );
}

/** The hosts a SIM group reaches without a swap, and whether that was derived rather than stated. */
export function deriveAttachment(
  group: SimGroup,
  roles: PartyRoles,
): { readonly hosts: string[]; readonly derived: boolean } {
  if (group.attaches_to !== undefined)
    return { hosts: [...new Set(group.attaches_to)], derived: false };
  const everyHost = attachableHosts(roles).map((p) => p.id);
  const overTheAir =
    (group.kind === 'esim_iot_sgp32' && roles.isOperatorSide(group.eim_operator)) ||
    (group.kind === 'esim_iot_sgp02' && roles.isOperatorSide(group.sm_sr_operator));
  if (overTheAir) return { hosts: everyHost, derived: true };
  const hostIds = new Set(roles.hosts.map((p) => p.id));
  const reached = new Set<string>();
  for (const issuer of group.imsi_issuers) {
    if (hostIds.has(issuer) && !roles.isOperatorSide(issuer)) reached.add(issuer);
    else for (const id of everyHost) reached.add(id);
  }
  return { hosts: everyHost.filter((id) => reached.has(id)), derived: true };
}

/** How far a host's subscribers could move: SIMs that reach it, and those that reach another host group too. */
export interface HostReach {
  readonly host: string;
  /** SIMs (count) that can attach to this host. */
  readonly sims: number;
  /** Of those, the SIMs that can also attach to a host of another ownership group. */
  readonly movable: number;
  /** The hosts of other groups those SIMs reach. */
  readonly alternatives: readonly string[];
}

/**
 * Reach of every host, from SIM groups whose attachments are resolved. Linear in SIM groups ×
 * the hosts each reaches.
 */
export function hostReach(
  sims: readonly { readonly count: number; readonly attaches_to: readonly string[] }[],
  roles: PartyRoles,
): Map<string, HostReach> {
  const groupOf = (id: string) => roles.byId.get(id)?.group ?? id;
  const reach = new Map<string, { sims: number; movable: number; alternatives: Set<string> }>();
  for (const host of roles.hosts)
    reach.set(host.id, { sims: 0, movable: 0, alternatives: new Set() });
  for (const group of sims) {
    const groups = new Set(group.attaches_to.map(groupOf));
    for (const host of group.attaches_to) {
      const entry = reach.get(host);
      if (entry === undefined) continue;
      entry.sims += group.count;
      const own = groupOf(host);
      if (groups.size > 1 || (groups.size === 1 && !groups.has(own))) {
        entry.movable += group.count;
        for (const other of group.attaches_to)
          if (groupOf(other) !== own) entry.alternatives.add(other);
      }
    }
  }
  return new Map(
    [...reach].map(([host, r]) => [
      host,
      { host, sims: r.sims, movable: r.movable, alternatives: [...r.alternatives].sort() },
    ]),
  );
}
