/**
 * Which outside host networks are ready to carry the operator's traffic: the one reading the
 * scorecard's `ready_networks`, the stress test's caps and the rule
 * net-no-alternative-within-notice share. A network is an alternative only if subscribers can
 * reach it: a host counts when it carries traffic or stands by *and* some SIM group can attach
 * to it without a swap (`sims[].attaches_to`, model/sim-attachment.ts). A model with no SIMs
 * says nothing about attachment, so there only the hosts carrying traffic today count: a
 * standby contract alone does not make a network ready.
 */
import type { PartyRoles } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { type SupplyEntry, suppliersOf } from '../../model/supply-index.js';

export interface ReadyNetworks {
  /** Radio-access supplies of outside hosts that are ready, in model order. */
  readonly supplies: readonly SupplyEntry[];
  /** Their ownership groups. */
  readonly groups: ReadonlySet<string>;
  /** How readiness was read: from SIM attachment, or (no SIMs) from traffic carried today. */
  readonly basis: 'attachment' | 'traffic';
}

/** Radio access from outside: neither the operator's own radio nor radio run for it (`managed`). */
export function outsideRadioSupplies(model: ResolvedModel, roles: PartyRoles): SupplyEntry[] {
  return suppliersOf(model, 'radio_access').filter(
    (entry) => !roles.isOperatorSide(entry.provider.id) && entry.supply.arrangement !== 'managed',
  );
}

/** The host networks SIMs can reach today (or, with no SIMs, those carrying traffic). */
export function readyNetworks(model: ResolvedModel, roles: PartyRoles): ReadyNetworks {
  const reachable = attachedHosts(model);
  const supplies = outsideRadioSupplies(model, roles).filter((entry) =>
    reachable === null
      ? entry.supply.share > 0
      : (entry.supply.share > 0 || entry.supply.standby) && reachable.has(entry.provider.id),
  );
  return {
    supplies,
    groups: new Set(supplies.map((entry) => entry.provider.group)),
    basis: reachable === null ? 'traffic' : 'attachment',
  };
}

/** Hosts some SIM can attach to; null when the model has no SIMs to read it from. */
function attachedHosts(model: ResolvedModel): ReadonlySet<string> | null {
  const sims = (model.sims ?? []).filter((group) => group.count > 0);
  if (sims.length === 0) return null;
  return new Set(sims.flatMap((group) => group.attaches_to));
}
