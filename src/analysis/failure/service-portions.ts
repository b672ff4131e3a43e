/**
 * Who serves whom: each capability's subscribers divided into portions, each with the providers
 * any one of which keeps that portion served (docs/failure-analysis.md, "Who serves whom").
 *
 *   - By SIM attachment: radio access, and any capability only host networks supply when every
 *     SIM group reaches one of them (the host's own core, numbering, …). A portion is a SIM
 *     group, weighted by its SIMs; it is served by the suppliers among the hosts its SIMs can
 *     attach to (`sims[].attaches_to`), and by any supplier that is not a host (the operator's
 *     own radio admits its own SIMs). Groups served by the same providers are one portion.
 *   - By supply shares, otherwise: a portion per supplier carrying a share, weighted by its
 *     share of what the shares assign; it is served by that supplier and by every standby
 *     supplier of the capability (a standby is the stated alternative that can take over).
 *     Active suppliers do not take over each other's share: the model does not say they can.
 *     With only standby suppliers, one portion is served by any of them.
 *   - No supplier: one portion, served by nobody.
 *
 * A portion with no server is without the capability for certain.
 */
import { partyRolesOf } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { attachableHosts } from '../../model/sim-attachment.js';
import type { StackArrays } from './stack-arrays.js';

export type PortionReading = 'sim_attachment' | 'supply_shares' | 'no_supplier';

export interface Portion {
  /** The SIM groups (by attachment) or the supplier (by shares) this portion is. */
  readonly members: readonly string[];
  /** Share of the capability's subscribers; a capability's portions add up to 1. */
  readonly weight: number;
  /** Providers any one of which serves the portion; none: it is never served. */
  readonly servers: readonly string[];
}

export interface CapabilityPortions {
  readonly capability: string;
  readonly reading: PortionReading;
  readonly portions: readonly Portion[];
  /** Suppliers with a share or on standby: the boxes a diagram shows for the capability. */
  readonly suppliers: readonly string[];
  /** Every provider serving some portion: all of them down loses the capability for everyone. */
  readonly servers: readonly string[];
}

export const RADIO_ACCESS = 'radio_access';

export function capabilityPortions(
  model: ResolvedModel,
  stack: StackArrays,
): Map<string, CapabilityPortions> {
  const supplies = suppliesByCapability(stack);
  const sims = (model.sims ?? []).filter((g) => g.count > 0);
  // Without SIM groups nothing is read by attachment, and the roles are not needed.
  const attachable = new Set(
    sims.length === 0 ? [] : attachableHosts(partyRolesOf(model)).map((p) => p.id),
  );
  const result = new Map<string, CapabilityPortions>();
  for (const capability of model.capabilities) {
    const list = supplies.get(capability.id) ?? [];
    const portions =
      list.length === 0
        ? { reading: 'no_supplier' as const, portions: [{ members: [], weight: 1, servers: [] }] }
        : readsByAttachment(capability.id, list, sims, attachable)
          ? { reading: 'sim_attachment' as const, portions: byAttachment(list, sims, attachable) }
          : { reading: 'supply_shares' as const, portions: byShares(list) };
    const suppliers = list.map((s) => s.provider);
    result.set(capability.id, {
      capability: capability.id,
      ...portions,
      suppliers,
      servers:
        portions.reading === 'sim_attachment' ? serving(suppliers, portions.portions) : suppliers,
    });
  }
  return result;
}

/**
 * The suppliers serving some portion, in supplier order. By shares that is every supplier
 * (each serves its own share or stands by for all); by attachment, those some SIM group
 * reaches or that are not hosts.
 */
function serving(suppliers: readonly string[], portions: readonly Portion[]): string[] {
  const servers = new Set<string>();
  for (const portion of portions) for (const id of portion.servers) servers.add(id);
  return suppliers.filter((id) => servers.has(id));
}

interface Carrier {
  readonly provider: string;
  readonly share: number;
  readonly standby: boolean;
}

type SimGroup = NonNullable<ResolvedModel['sims']>[number];

/** Suppliers that carry a share or stand by; one with neither carries nothing. */
function suppliesByCapability(stack: StackArrays): Map<string, Carrier[]> {
  const result = new Map<string, Carrier[]>();
  const { carriedStart, carriedCapability, carriedShare, carriedStandby } = stack;
  stack.providerIds.forEach((provider, i) => {
    const from = carriedStart[i] as number;
    const to = carriedStart[i + 1] as number;
    for (let k = from; k < to; k++) {
      const c = carriedCapability[k] as number;
      // A provider listing a capability twice is one supplier of it.
      if (listedBefore(carriedCapability, from, k, c)) continue;
      const capability = stack.capabilityIds[c] as string;
      const list = result.get(capability) ?? [];
      list.push({
        provider,
        share: carriedShare[k] as number,
        standby: carriedStandby[k] === 1,
      });
      result.set(capability, list);
    }
  });
  return result;
}

function listedBefore(list: Int32Array, from: number, to: number, value: number): boolean {
  for (let k = from; k < to; k++) if (list[k] === value) return true;
  return false;
}

/**
 * Radio access always follows the SIMs, when the model has any. Another capability follows
 * them when only host networks supply it and every SIM group reaches one of those hosts: the
 * SIMs then get it from the network they are on.
 */
function readsByAttachment(
  capability: string,
  carriers: readonly Carrier[],
  sims: readonly SimGroup[],
  attachable: ReadonlySet<string>,
): boolean {
  if (sims.length === 0) return false;
  if (capability === RADIO_ACCESS) return true;
  if (!carriers.every((c) => attachable.has(c.provider))) return false;
  const ids = new Set(carriers.map((c) => c.provider));
  return sims.every((g) => g.attaches_to.some((host) => ids.has(host)));
}

function byAttachment(
  carriers: readonly Carrier[],
  sims: readonly SimGroup[],
  attachable: ReadonlySet<string>,
): Portion[] {
  const total = sims.reduce((sum, g) => sum + g.count, 0);
  const byServers = new Map<string, { members: string[]; count: number; servers: string[] }>();
  for (const group of sims) {
    const reach = new Set(group.attaches_to);
    const servers = carriers
      .map((c) => c.provider)
      .filter((id) => reach.has(id) || !attachable.has(id));
    const key = servers.join('\u0000');
    const entry = byServers.get(key) ?? { members: [], count: 0, servers };
    entry.members.push(group.id);
    entry.count += group.count;
    byServers.set(key, entry);
  }
  return [...byServers.values()].map((e) => ({
    members: e.members,
    weight: e.count / total,
    servers: e.servers,
  }));
}

function byShares(carriers: readonly Carrier[]): Portion[] {
  const standby = carriers.filter((c) => c.standby).map((c) => c.provider);
  const active = carriers.filter((c) => c.share > 0);
  if (active.length === 0) return [{ members: standby, weight: 1, servers: standby }];
  const assigned = active.reduce((sum, c) => sum + c.share, 0);
  return active.map((c) => {
    const members = [c.provider];
    // Without standby suppliers a share is served by its own supplier alone: one list serves
    // as both (ten thousand suppliers, ten thousand arrays fewer).
    return {
      members,
      weight: c.share / assigned,
      servers: standby.length === 0 ? members : [c.provider, ...standby],
    };
  });
}
