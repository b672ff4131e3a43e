/**
 * The blast radius of a provider or an ownership group: what fails with it. A provider takes
 * down everything hosted on it (recursively); a group takes down all its members at once.
 * For each: the capabilities lost for every subscriber (every provider serving some portion of
 * them down, as the fault tree reads it) and degraded (part of the share down), the share of
 * subscribers and the revenue affected at the moment of failure, before any failover, and the
 * data classes exposed.
 *
 * Who goes down with what is read off the failure sets inverted once (for each event, the
 * providers it takes down, as an array slice), and each scenario is scored with arrays indexed
 * by capability and provider, so a scenario costs what it takes down.
 */

import type { ResolvedModel } from '../../model/resolved-model.js';
import { byId } from '../order.js';
import type { FailureModel } from './failure-model.js';
import type { StackArrays } from './stack-arrays.js';

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
  const downBy = providersDownBy(failure);
  const context = impactContext(model, failure);
  const { scratch } = context;
  const providers = model.providers.map((p, i) =>
    radius(
      p.id,
      'provider',
      downBy.providers,
      downBy.start[i] as number,
      downBy.start[i + 1] as number,
      context,
    ),
  );
  // A group takes down what its common cause does and what each member does, each once.
  const gathered = new Int32Array(model.providers.length);
  const groups = model.groups.map((group, g) => {
    scratch.next();
    let count = 0;
    const gather = (e: number): void => {
      for (let k = downBy.start[e] as number; k < (downBy.start[e + 1] as number); k++) {
        const p = downBy.providers[k] as number;
        if (scratch.isDown(p)) continue;
        scratch.markDown(p);
        gathered[count++] = p;
      }
    };
    const own = failure.groupEvents[g] as number;
    if (own >= 0) gather(own);
    for (const member of group.members) {
      const index = failure.providerIndex.get(member);
      if (index !== undefined) gather(index);
    }
    return radius(group.id, 'group', gathered, 0, count, context);
  });
  const bySeverity = (a: BlastRadius, b: BlastRadius) =>
    b.subscriberShare - a.subscriberShare ||
    b.capabilities.length - a.capabilities.length ||
    byId(a.subject, b.subject);
  return { providers: providers.sort(bySeverity), groups: groups.sort(bySeverity) };
}

/**
 * The failure sets inverted: for each event e, the providers it takes down are
 * providers[start[e] .. start[e + 1]), in the order their sets were completed (hosts before
 * what runs on them).
 */
function providersDownBy(failure: FailureModel): { start: Int32Array; providers: Int32Array } {
  const { setStart, setEvents, completion } = failure;
  const events = failure.eventList.length;
  const start = new Int32Array(events + 1);
  for (const e of setEvents) start[e + 1] = (start[e + 1] as number) + 1;
  for (let e = 0; e < events; e++) start[e + 1] = (start[e + 1] as number) + (start[e] as number);
  const fill = start.slice(0, events);
  const providers = new Int32Array(setEvents.length);
  for (const provider of completion) {
    for (let k = setStart[provider] as number; k < (setStart[provider + 1] as number); k++) {
      const e = setEvents[k] as number;
      providers[fill[e] as number] = provider;
      fill[e] = (fill[e] as number) + 1;
    }
  }
  return { start, providers };
}

interface ImpactContext {
  readonly model: ResolvedModel;
  readonly stack: StackArrays;
  /** For each capability index, the providers whose joint failure loses it for everyone. */
  readonly servers: readonly (Int32Array | undefined)[];
  readonly critical: Uint8Array;
  /** Data classes each provider holds, by provider index. */
  readonly dataOf: readonly (readonly string[] | undefined)[];
  readonly scratch: Scratch;
}

function impactContext(model: ResolvedModel, failure: FailureModel): ImpactContext {
  const { stack } = failure;
  const dataOf: string[][] = [];
  for (const data of model.data ?? []) {
    for (const holder of data.held_by) {
      // The operator holds data too, but is never down.
      const provider = stack.providerIndex.get(holder);
      if (provider === undefined) continue;
      const held = dataOf[provider];
      if (held === undefined) dataOf[provider] = [data.id];
      else held.push(data.id);
    }
  }
  const critical = new Uint8Array(stack.capabilityIds.length);
  for (const c of model.capabilities)
    if (c.critical) critical[stack.capabilityIndex.get(c.id) as number] = 1;
  return {
    model,
    stack,
    servers: stack.capabilityIds.map((id) => failure.servers.get(id)),
    critical,
    dataOf,
    scratch: new Scratch(model.providers.length, stack.capabilityIds.length),
  };
}

/**
 * Marks reused from one scenario to the next: a mark equal to the current round means "set in
 * this scenario", so nothing is cleared between scenarios.
 */
class Scratch {
  private round = 0;
  private readonly providerMark: Int32Array;
  private readonly capabilityMark: Int32Array;
  readonly share: Float64Array;

  constructor(providers: number, capabilities: number) {
    this.providerMark = new Int32Array(providers);
    this.capabilityMark = new Int32Array(capabilities);
    this.share = new Float64Array(capabilities);
  }

  /** Starts a scenario. */
  next(): void {
    this.round++;
  }

  markDown(provider: number): void {
    this.providerMark[provider] = this.round;
  }

  isDown(provider: number): boolean {
    return this.providerMark[provider] === this.round;
  }

  /** Whether the capability is hit in this scenario; marks it hit with no share yet if not. */
  touch(capability: number): boolean {
    if (this.capabilityMark[capability] === this.round) return true;
    this.capabilityMark[capability] = this.round;
    this.share[capability] = 0;
    return false;
  }
}

/** The blast radius of a scenario taking down providers down[from .. to). */
function radius(
  subject: string,
  kind: 'provider' | 'group',
  down: Int32Array,
  from: number,
  to: number,
  context: ImpactContext,
): BlastRadius {
  const { scratch } = context;
  const { carriedStart, carriedCapability, carriedShare, providerIds, capabilityIds } =
    context.stack;
  scratch.next();
  // Only what the providers down carry is touched, so a scenario costs what it takes down.
  const hit: number[] = [];
  const ids: string[] = [];
  let dataClasses: Set<string> | undefined;
  for (let i = from; i < to; i++) {
    const provider = down[i] as number;
    scratch.markDown(provider);
    ids.push(providerIds[provider] as string);
    for (
      let k = carriedStart[provider] as number;
      k < (carriedStart[provider + 1] as number);
      k++
    ) {
      const capability = carriedCapability[k] as number;
      if (!scratch.touch(capability)) hit.push(capability);
      scratch.share[capability] =
        (scratch.share[capability] as number) + (carriedShare[k] as number);
    }
    const held = context.dataOf[provider];
    if (held !== undefined) {
      dataClasses ??= new Set();
      for (const data of held) dataClasses.add(data);
    }
  }
  const capabilities: CapabilityImpact[] = hit.map((capability) => {
    const lost = everyDown(context.servers[capability], scratch);
    return {
      capability: capabilityIds[capability] as string,
      shareLost: lost ? 1 : Math.min(1, scratch.share[capability] as number),
      lost,
      critical: context.critical[capability] === 1,
    };
  });
  sortSmall(capabilities, byImpact);
  let subscriberShare = 0;
  for (const c of capabilities)
    if (c.critical && c.shareLost > subscriberShare) subscriberShare = c.shareLost;
  const { subscribers, arpu } = context.model.operator;
  return {
    subject,
    kind,
    providersDown: sortSmall(ids, byId),
    capabilities,
    subscriberShare,
    subscribersAffected: Math.round(subscriberShare * subscribers),
    revenueAffectedPerMonth: subscriberShare * subscribers * arpu,
    dataClasses: dataClasses === undefined ? [] : [...dataClasses].sort(),
  };
}

const byImpact = (a: CapabilityImpact, b: CapabilityImpact): number =>
  Number(b.critical) - Number(a.critical) ||
  b.shareLost - a.shareLost ||
  byId(a.capability, b.capability);

/**
 * Sorts in place: by insertion when short (a scenario hits a handful of capabilities and takes
 * down a handful of providers, and twelve thousand calls of Array.prototype.sort on such lists
 * cost more than the comparisons), else by the built-in sort. Both are stable.
 */
function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Whether every server is down in this scenario (a capability nobody serves: lost). */
function everyDown(servers: Int32Array | undefined, scratch: Scratch): boolean {
  if (servers === undefined) return true;
  for (let i = 0; i < servers.length; i++) if (!scratch.isDown(servers[i] as number)) return false;
  return true;
}
