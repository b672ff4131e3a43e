/**
 * Concentration across the stack: HHI of supplier shares for each capability (by provider and
 * by ownership group), HHI of spend (by provider and by group), and what each group controls:
 * the capabilities where it carries at least half, and the layers those belong to — the enabler
 * that holds core, billing, SIMs and hosting at once.
 *
 * Spend concentration and control are about suppliers: the operator's own side (the operator,
 * its in_house providers: PartyRoles.isOperatorSide) is no supplier, so its spend is left out
 * of the spend shares and it is never a group that "controls" a capability. The per-capability
 * indices still describe every supplier of the capability, the operator's own team included.
 */

import type { Layer } from '../../model/layers.js';
import { partyRolesOf } from '../../model/party-roles.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import { suppliersOf } from '../../model/supply-index.js';
import type { CostBase } from '../cost/monthly-costs.js';
import { byId } from '../order.js';
import { type ConcentrationLevel, concentrationLevel, hhi } from './hhi.js';

/** A group controls a capability when it carries at least this share of it. */
export const CONTROL_SHARE = 0.5;

export interface CapabilityConcentration {
  readonly capability: string;
  readonly critical: boolean;
  readonly suppliers: number;
  /** HHI of the suppliers' shares, normalised to the share actually assigned. */
  readonly providerHhi: number;
  readonly groupHhi: number;
  readonly level: ConcentrationLevel;
  /** The group with the largest share, and that share. */
  readonly leadingGroup: string;
  readonly leadingShare: number;
}

export interface SpendConcentration {
  readonly totalMonthly: number;
  /**
   * Spend with outside suppliers, the base of the shares: spend not tied to a provider (taxes)
   * and spend with the operator's own side (own staff, in_house teams) are left out.
   */
  readonly attributedMonthly: number;
  readonly providerHhi: number;
  readonly groupHhi: number;
  readonly level: ConcentrationLevel;
  /** Spend share of every supplier group, largest first. */
  readonly groups: readonly { readonly group: string; readonly share: number }[];
}

export interface GroupControl {
  readonly group: string;
  readonly providers: readonly string[];
  readonly capabilities: readonly string[];
  readonly layers: readonly Layer[];
  readonly spendShare: number;
}

export interface Concentration {
  readonly capabilities: readonly CapabilityConcentration[];
  readonly spend: SpendConcentration;
  /** Outside groups that control at least one capability, most layers first. */
  readonly groups: readonly GroupControl[];
}

export function analyseConcentration(model: ResolvedModel, costs: CostBase): Concentration {
  const roles = partyRolesOf(model);
  const groupOf = new Map(model.providers.map((p) => [p.id, p.group]));
  const capabilities = model.capabilities.map((capability) =>
    capabilityConcentration(model, capability.id, capability.critical, groupOf),
  );
  const suppliers = new Set(
    model.providers.filter((p) => !roles.isOperatorSide(p.id)).map((p) => p.id),
  );
  const spend = spendConcentration(costs, groupOf, suppliers);
  const outsideGroups = new Set([...suppliers].map((id) => groupOf.get(id) ?? id));
  return {
    capabilities,
    spend,
    groups: groupControl(model, capabilities, spend, groupOf, outsideGroups),
  };
}

function capabilityConcentration(
  model: ResolvedModel,
  capability: string,
  critical: boolean,
  groupOf: ReadonlyMap<string, string>,
): CapabilityConcentration {
  const shares = new Map<string, number>();
  for (const { provider, supply } of suppliersOf(model, capability)) {
    if (supply.share > 0) shares.set(provider.id, (shares.get(provider.id) ?? 0) + supply.share);
  }
  const byProvider = normalise(shares);
  const byGroup = normalise(sumBy(shares, (provider) => groupOf.get(provider) ?? provider));
  const [leadingGroup, leadingShare] = largest(byGroup);
  const providerHhi = hhi([...byProvider.values()]);
  return {
    capability,
    critical,
    suppliers: byProvider.size,
    providerHhi,
    groupHhi: hhi([...byGroup.values()]),
    level: concentrationLevel(hhi([...byGroup.values()])),
    leadingGroup,
    leadingShare,
  };
}

/** Spend shares of outside suppliers only (`suppliers`), by provider and by group. */
function spendConcentration(
  costs: CostBase,
  groupOf: ReadonlyMap<string, string>,
  suppliers: ReadonlySet<string>,
): SpendConcentration {
  const supplierSpend = new Map([...costs.byProvider].filter(([id]) => suppliers.has(id)));
  const attributed = [...supplierSpend.values()].reduce((sum, v) => sum + v, 0);
  const byProvider = normalise(supplierSpend);
  const byGroup = normalise(sumBy(supplierSpend, (provider) => groupOf.get(provider) ?? provider));
  const groupHhi = hhi([...byGroup.values()]);
  return {
    totalMonthly: costs.totalMonthly,
    attributedMonthly: attributed,
    providerHhi: hhi([...byProvider.values()]),
    groupHhi,
    level: concentrationLevel(groupHhi),
    groups: [...byGroup.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([group, share]) => ({ group, share })),
  };
}

function groupControl(
  model: ResolvedModel,
  capabilities: readonly CapabilityConcentration[],
  spend: SpendConcentration,
  groupOf: ReadonlyMap<string, string>,
  outsideGroups: ReadonlySet<string>,
): GroupControl[] {
  const layersOf = new Map(model.capabilities.map((c) => [c.id, c.layers]));
  const spendShare = new Map(spend.groups.map((g) => [g.group, g.share]));
  const controlled = new Map<string, string[]>();
  for (const c of capabilities) {
    // The operator's own team carrying a capability is control kept, not ceded.
    if (c.leadingShare < CONTROL_SHARE || c.suppliers === 0 || !outsideGroups.has(c.leadingGroup))
      continue;
    const list = controlled.get(c.leadingGroup) ?? [];
    list.push(c.capability);
    controlled.set(c.leadingGroup, list);
  }
  const members = new Map<string, string[]>();
  for (const [provider, group] of groupOf) {
    const list = members.get(group) ?? [];
    list.push(provider);
    members.set(group, list);
  }
  return [...controlled.entries()]
    .map(([group, list]) => ({
      group,
      providers: members.get(group) ?? [],
      capabilities: list.sort(),
      layers: [...new Set(list.flatMap((c) => layersOf.get(c) ?? []))].sort(),
      spendShare: spendShare.get(group) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.layers.length - a.layers.length ||
        b.capabilities.length - a.capabilities.length ||
        byId(a.group, b.group),
    );
}

function sumBy(
  values: ReadonlyMap<string, number>,
  keyOf: (key: string) => string,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const [key, value] of values) result.set(keyOf(key), (result.get(keyOf(key)) ?? 0) + value);
  return result;
}

/** Shares of the total, so that an unassigned remainder does not lower the index. */
function normalise(values: ReadonlyMap<string, number>): Map<string, number> {
  const total = [...values.values()].reduce((sum, v) => sum + v, 0);
  return new Map([...values].map(([key, value]) => [key, total > 0 ? value / total : 0]));
}

function largest(values: ReadonlyMap<string, number>): [string, number] {
  let best: [string, number] = ['', 0];
  for (const entry of values) if (entry[1] > best[1]) best = entry;
  return best;
}
