/**
 * The fault tree of service delivery (fault-tree semantics, methods.md §4):
 *
 *   a provider is down   ⇐ its own failure, or its ownership group's common-cause failure, or
 *                           any provider it is hosted on being down (recursively);
 *   a portion of a capability's subscribers is without it
 *                        ⇐ every provider serving that portion is down (service-portions.ts:
 *                           SIM groups and the hosts they can attach to for radio access;
 *                           supply shares, with standby suppliers taking over, otherwise);
 *   a capability is lost for every subscriber
 *                        ⇐ every portion is without it, i.e. every provider serving some
 *                           portion is down;
 *   service is lost      ⇐ some service-critical capability is lost for every subscriber.
 *
 * Basic events are independent: `provider:<id>` with probability 1 − availability, and
 * `group:<id>` for each group of two or more providers with probability 1 − the group's
 * availability. Because "down" is an OR of basic events, each provider has a failure set: the
 * events that each alone take it down.
 *
 * The structure is held as integers: provider i is model.providers[i] and its own event is
 * event i; group events follow. Failure sets are one flat Int32Array with offsets (CSR), so
 * the analyses walk arrays instead of maps of strings; fault-tree objects, which only the
 * exact figures of small stacks need, are made on first use.
 */
import type { ResolvedModel } from '../../model/resolved-model.js';
import { and, event, type FaultTree, or } from '../reliability/fault-tree.js';
import { type CapabilityPortions, capabilityPortions } from './service-portions.js';
import { type StackArrays, stackArrays } from './stack-arrays.js';

export type EventKind = 'provider' | 'group';

export interface BasicEvent {
  readonly id: string;
  readonly kind: EventKind;
  /** The provider or group id. */
  readonly subject: string;
  readonly probability: number;
}

export interface FailureModel {
  /** The stack as arrays (stack-arrays.ts). */
  readonly stack: StackArrays;
  /** Index of the event with this id in `eventList`. */
  eventIndex(id: string): number | undefined;
  /** The events by index: the providers' own in model order, then the groups'. */
  readonly eventList: readonly BasicEvent[];
  /** P(event i), by index. */
  readonly eventProbability: Float64Array;
  /** For each of model.groups, its common-cause event's index; -1 for a group of one. */
  readonly groupEvents: Int32Array;
  /** Index of each provider id in model.providers (and of its own event). */
  readonly providerIndex: ReadonlyMap<string, number>;
  /**
   * Failure sets, CSR: provider i's are eventsOf[setStart[i] .. setStart[i + 1]), its own
   * event first, then its group's, then its hosts' in the order it names them.
   */
  readonly setStart: Int32Array;
  readonly setEvents: Int32Array;
  /** Providers in the order their failure sets were completed: every host before its guests. */
  readonly completion: Int32Array;
  /** For each capability in scope, its suppliers: those with a share or on standby. */
  readonly suppliers: ReadonlyMap<string, readonly string[]>;
  /** For each capability in scope, who serves which portion of its subscribers. */
  readonly portions: ReadonlyMap<string, CapabilityPortions>;
  /** For each capability in scope, its servers (CapabilityPortions.servers) by provider index. */
  readonly servers: ReadonlyMap<string, Int32Array>;
  /** Members of each ownership group of two or more providers. */
  readonly groupMembers: ReadonlyMap<string, readonly string[]>;
  readonly criticalCapabilities: readonly string[];
  /** The tree of provider i being down: its own event, or the OR of its failure set. */
  providerDown(provider: number): FaultTree;
  /** Loss of a capability in scope for every subscriber: the AND of its servers being down. */
  capabilityLoss(capability: string): FaultTree | undefined;
}

/** The indices of providers named by id (every id must name one). */
export function providerIndices(
  providerIndex: ReadonlyMap<string, number>,
  ids: readonly string[],
): Int32Array {
  const indices = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) indices[k] = providerIndex.get(ids[k] as string) as number;
  return indices;
}

/** P(the event with this id), 0 for an id that names no event. */
export function probabilityOf(failure: FailureModel, id: string): number {
  const e = failure.eventIndex(id);
  return e === undefined ? 0 : (failure.eventProbability[e] as number);
}

const PROVIDER_PREFIX = 'provider:';
const GROUP_PREFIX = 'group:';
export const providerEvent = (id: string): string => `${PROVIDER_PREFIX}${id}`;
export const groupEvent = (id: string): string => `${GROUP_PREFIX}${id}`;

export function buildFailureModel(model: ResolvedModel): FailureModel {
  const stack = stackArrays(model);
  const { providerIndex } = stack;
  const { eventList, groupEventIndex } = basicEvents(model, stack);
  const eventProbability = new Float64Array(eventList.length);
  eventList.forEach((e, i) => {
    eventProbability[i] = e.probability;
  });
  // Only cut sets and the exact figures name events by id, and an id says whose event it is.
  const eventIndex = (id: string): number | undefined =>
    id.startsWith(PROVIDER_PREFIX)
      ? providerIndex.get(id.slice(PROVIDER_PREFIX.length))
      : id.startsWith(GROUP_PREFIX)
        ? groupEventIndex.get(id.slice(GROUP_PREFIX.length))
        : undefined;
  const sets = failureSetsOf(stack, groupEventIndex);
  const portions = capabilityPortions(model, stack);
  const suppliers = new Map<string, readonly string[]>();
  const servers = new Map<string, Int32Array>();
  for (const [id, p] of portions) {
    suppliers.set(id, p.suppliers);
    servers.set(id, providerIndices(providerIndex, p.servers));
  }
  const trees = faultTrees(eventList, sets, servers);
  return {
    stack,
    eventIndex,
    eventList,
    eventProbability,
    groupEvents: groupEventsOf(model, groupEventIndex),
    providerIndex,
    ...sets,
    suppliers,
    portions,
    servers,
    groupMembers: new Map(
      model.groups.filter((g) => g.members.length >= 2).map((g) => [g.id, g.members]),
    ),
    criticalCapabilities: model.capabilities.filter((c) => c.critical).map((c) => c.id),
    ...trees,
  };
}

function groupEventsOf(
  model: ResolvedModel,
  groupEventIndex: ReadonlyMap<string, number>,
): Int32Array {
  const result = new Int32Array(model.groups.length);
  model.groups.forEach((g, i) => {
    result[i] = groupEventIndex.get(g.id) ?? -1;
  });
  return result;
}

function basicEvents(
  model: ResolvedModel,
  stack: StackArrays,
): {
  eventList: BasicEvent[];
  groupEventIndex: Map<string, number>;
} {
  const eventList: BasicEvent[] = stack.providerIds.map((id, i) => ({
    id: providerEvent(id),
    kind: 'provider',
    subject: id,
    probability: 1 - (stack.availability[i] as number),
  }));
  const groupEventIndex = new Map<string, number>();
  for (const group of model.groups) {
    if (group.members.length < 2) continue;
    groupEventIndex.set(group.id, eventList.length);
    eventList.push({
      id: groupEvent(group.id),
      kind: 'group',
      subject: group.id,
      probability: 1 - group.availability,
    });
  }
  return { eventList, groupEventIndex };
}

interface FailureSets {
  readonly setStart: Int32Array;
  readonly setEvents: Int32Array;
  readonly completion: Int32Array;
}

/**
 * Failure sets by depth-first search over hosted_on, iterative so a long hosting chain cannot
 * overflow the stack; the loader has already refused cycles. A provider's set is complete once
 * its hosts' are; sets are written in completion order and located through `start`, then laid
 * out by provider index.
 */
function failureSetsOf(
  stack: StackArrays,
  groupEventIndex: ReadonlyMap<string, number>,
): FailureSets {
  const n = stack.providerIds.length;
  const { hostStart, hosts } = stack;
  const group = new Int32Array(n);
  stack.groupOf.forEach((id, i) => {
    group[i] = groupEventIndex.get(id) ?? -1;
  });
  // Sets in completion order: `from[i]`, `to[i]` bound provider i's slice of `written`.
  const from = new Int32Array(n).fill(-1);
  const to = new Int32Array(n);
  const completion = new Int32Array(n);
  let completed = 0;
  let written: number[] = [];
  // The last provider whose set took each event, to skip repeats within one set.
  const takenBy = new Int32Array(n + groupEventIndex.size).fill(-1);
  const take = (provider: number, e: number): void => {
    if (takenBy[e] === provider) return;
    takenBy[e] = provider;
    written.push(e);
  };
  const complete = (provider: number): void => {
    from[provider] = written.length;
    take(provider, provider);
    const g = group[provider] as number;
    if (g >= 0) take(provider, g);
    for (let h = hostStart[provider] as number; h < (hostStart[provider + 1] as number); h++) {
      const host = hosts[h] as number;
      for (let k = from[host] as number; k < (to[host] as number); k++)
        take(provider, written[k] as number);
    }
    to[provider] = written.length;
    completion[completed++] = provider;
  };
  // Frames: a provider to expand (≥ 0) or, as ~provider, one whose hosts are done.
  const frames: number[] = [];
  for (let start = 0; start < n; start++) {
    if ((from[start] as number) >= 0) continue;
    frames.push(start);
    while (frames.length > 0) {
      const frame = frames.pop() as number;
      const provider = frame >= 0 ? frame : ~frame;
      if ((from[provider] as number) >= 0) continue;
      const first = hostStart[provider] as number;
      const last = hostStart[provider + 1] as number;
      if (frame < 0 || first === last) {
        complete(provider);
        continue;
      }
      frames.push(~provider);
      for (let h = first; h < last; h++)
        if ((from[hosts[h] as number] as number) < 0) frames.push(hosts[h] as number);
    }
  }
  const setStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    setStart[i + 1] = (setStart[i] as number) + (to[i] as number) - (from[i] as number);
  const setEvents = new Int32Array(setStart[n] as number);
  for (let i = 0; i < n; i++) {
    let at = setStart[i] as number;
    for (let k = from[i] as number; k < (to[i] as number); k++)
      setEvents[at++] = written[k] as number;
  }
  written = [];
  return { setStart, setEvents, completion };
}

/** The fault trees of providers down and capabilities lost, each made once when first asked. */
function faultTrees(
  eventList: readonly BasicEvent[],
  sets: FailureSets,
  servers: ReadonlyMap<string, Int32Array>,
): Pick<FailureModel, 'providerDown' | 'capabilityLoss'> {
  const eventNodes: (FaultTree | undefined)[] = [];
  const eventNode = (e: number): FaultTree => {
    let node = eventNodes[e];
    if (node === undefined) {
      node = event((eventList[e] as BasicEvent).id);
      eventNodes[e] = node;
    }
    return node;
  };
  const downs: (FaultTree | undefined)[] = [];
  const providerDown = (provider: number): FaultTree => {
    let tree = downs[provider];
    if (tree === undefined) {
      const start = sets.setStart[provider] as number;
      const end = sets.setStart[provider + 1] as number;
      const inputs: FaultTree[] = [];
      for (let k = start; k < end; k++) inputs.push(eventNode(sets.setEvents[k] as number));
      tree = inputs.length === 1 ? (inputs[0] as FaultTree) : or(...inputs);
      downs[provider] = tree;
    }
    return tree;
  };
  const losses = new Map<string, FaultTree>();
  const capabilityLoss = (capability: string): FaultTree | undefined => {
    let tree = losses.get(capability);
    if (tree === undefined) {
      const list = servers.get(capability);
      if (list === undefined) return undefined;
      // Nobody serving any portion: the capability is simply missing, lost with certainty (an
      // empty AND).
      tree = and(...Array.from(list, providerDown));
      losses.set(capability, tree);
    }
    return tree;
  };
  return { providerDown, capabilityLoss };
}
