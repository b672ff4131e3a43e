/**
 * The blast radius of a provider or an ownership group: what fails with it. A provider takes
 * down everything hosted on it (recursively); a group takes down all its members at once.
 * For each: the capabilities lost for every subscriber (every provider serving some portion of
 * them down, as the fault tree reads it) and degraded (part of the share down), the share of
 * subscribers and the revenue affected at the moment of failure, before any failover, and the
 * data classes exposed.
 */

import type { ResolvedModel } from '../../model/resolved-model.js';
import { byId } from '../order.js';
import { type FailureModel, groupEvent, providerEvent } from './failure-model.js';

export interface CapabilityImpact {
  readonly capability: string;
  /** Share of the capability's traffic or subscribers carried by the providers down. */
  readonly shareLost: number;
  /** Lost for every subscriber: every provider serving some portion of them is down. */
  readonly lost: boolean;
  readonly critical: boolean;
}

export interface BlastRadius {
  readonly subject: string;
  readonly kind: 'provider' | 'group';
  /** Providers down with it: itself, what runs on it, its group's members. */
  readonly providersDown: readonly string[];
  readonly capabilities: readonly CapabilityImpact[];
  /**
   * Share of subscribers affected: the largest share lost in any service-critical capability.
   * Shares of different capabilities overlap in ways the model does not say, so the largest
   * is the figure that is certainly affected.
   */
  readonly subscriberShare: number;
  readonly subscribersAffected: number;
  /** Monthly revenue of the subscribers affected, in the operator's currency. */
  readonly revenueAffectedPerMonth: number;
  /** Data classes held by the providers down. */
  readonly dataClasses: readonly string[];
}

export function blastRadii(
  model: ResolvedModel,
  failure: FailureModel,
): { providers: BlastRadius[]; groups: BlastRadius[] } {
  // Inverse of the failure sets: for each basic event, the providers it takes down.
  const downBy = new Map<string, string[]>();
  for (const [provider, set] of failure.failureSets) {
    for (const id of set) {
      const list = downBy.get(id) ?? [];
      list.push(provider);
      downBy.set(id, list);
    }
  }
  const context = impactContext(model, failure);
  const providers = model.providers.map((p) =>
    radius(p.id, 'provider', downBy.get(providerEvent(p.id)) ?? [], context),
  );
  const groups = model.groups.map((group) => {
    const down = new Set<string>(downBy.get(groupEvent(group.id)) ?? []);
    for (const member of group.members)
      for (const p of downBy.get(providerEvent(member)) ?? []) down.add(p);
    return radius(group.id, 'group', [...down], context);
  });
  const bySeverity = (a: BlastRadius, b: BlastRadius) =>
    b.subscriberShare - a.subscriberShare ||
    b.capabilities.length - a.capabilities.length ||
    byId(a.subject, b.subject);
  return { providers: providers.sort(bySeverity), groups: groups.sort(bySeverity) };
}

interface ImpactContext {
  readonly model: ResolvedModel;
  readonly byId: ReadonlyMap<string, ResolvedModel['providers'][number]>;
  /** For each capability, the providers whose joint failure loses it for every subscriber. */
  readonly servers: ReadonlyMap<string, readonly string[]>;
  readonly critical: ReadonlySet<string>;
  readonly dataByHolder: ReadonlyMap<string, readonly string[]>;
}

function impactContext(model: ResolvedModel, failure: FailureModel): ImpactContext {
  const dataByHolder = new Map<string, string[]>();
  for (const data of model.data ?? []) {
    for (const holder of data.held_by) {
      const list = dataByHolder.get(holder) ?? [];
      list.push(data.id);
      dataByHolder.set(holder, list);
    }
  }
  return {
    model,
    byId: new Map(model.providers.map((p) => [p.id, p])),
    servers: new Map([...failure.portions].map(([id, p]) => [id, p.servers])),
    critical: new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id)),
    dataByHolder,
  };
}

function radius(
  subject: string,
  kind: 'provider' | 'group',
  down: readonly string[],
  context: ImpactContext,
): BlastRadius {
  // Only what the providers down carry is touched, so a scenario costs what it takes down.
  const hit = new Map<string, number>();
  for (const provider of down) {
    for (const supply of context.byId.get(provider)?.supplies ?? []) {
      if (supply.share <= 0 && !supply.standby) continue;
      hit.set(supply.capability, (hit.get(supply.capability) ?? 0) + supply.share);
    }
  }
  const isDown = new Set(down);
  const capabilities: CapabilityImpact[] = [...hit].map(([capability, share]) => {
    const lost = (context.servers.get(capability) ?? []).every((p) => isDown.has(p));
    return {
      capability,
      shareLost: lost ? 1 : Math.min(1, share),
      lost,
      critical: context.critical.has(capability),
    };
  });
  capabilities.sort(
    (a, b) =>
      Number(b.critical) - Number(a.critical) ||
      b.shareLost - a.shareLost ||
      byId(a.capability, b.capability),
  );
  let subscriberShare = 0;
  for (const c of capabilities)
    if (c.critical && c.shareLost > subscriberShare) subscriberShare = c.shareLost;
  const { subscribers, arpu } = context.model.operator;
  const dataClasses = new Set<string>();
  for (const provider of down)
    for (const data of context.dataByHolder.get(provider) ?? []) dataClasses.add(data);
  return {
    subject,
    kind,
    providersDown: down.length > 1 ? [...down].sort(byId) : down,
    capabilities,
    subscriberShare,
    subscribersAffected: Math.round(subscriberShare * subscribers),
    revenueAffectedPerMonth: subscriberShare * subscribers * arpu,
    dataClasses: [...dataClasses].sort(),
  };
}
