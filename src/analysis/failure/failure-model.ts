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
 */
import type { ResolvedModel, ResolvedProvider } from '../../model/resolved-model.js';
import { and, event, type FaultTree, or } from '../reliability/fault-tree.js';
import { type CapabilityPortions, capabilityPortions } from './service-portions.js';

export type EventKind = 'provider' | 'group';

export interface BasicEvent {
  readonly id: string;
  readonly kind: EventKind;
  /** The provider or group id. */
  readonly subject: string;
  readonly probability: number;
}

export interface FailureModel {
  readonly events: ReadonlyMap<string, BasicEvent>;
  /** For each provider, the basic events that each alone take it down. */
  readonly failureSets: ReadonlyMap<string, readonly string[]>;
  /** For each capability in scope, its suppliers: those with a share or on standby. */
  readonly suppliers: ReadonlyMap<string, readonly string[]>;
  /** For each capability in scope, who serves which portion of its subscribers. */
  readonly portions: ReadonlyMap<string, CapabilityPortions>;
  /** Members of each ownership group of two or more providers. */
  readonly groupMembers: ReadonlyMap<string, readonly string[]>;
  /** For each provider, the tree of it being down. */
  readonly providerDown: ReadonlyMap<string, FaultTree>;
  /** Loss of each capability in scope for every subscriber. */
  readonly capabilityLoss: ReadonlyMap<string, FaultTree>;
  /** Loss of the whole service: some service-critical capability lost for every subscriber. */
  readonly serviceLoss: FaultTree;
  readonly criticalCapabilities: readonly string[];
}

export const providerEvent = (id: string): string => `provider:${id}`;
export const groupEvent = (id: string): string => `group:${id}`;

export function buildFailureModel(model: ResolvedModel): FailureModel {
  const events = basicEvents(model);
  const failureSets = failureSetsOf(model, events);
  const eventNodes = new Map([...events.keys()].map((id) => [id, event(id)]));
  const providerDown = new Map<string, FaultTree>();
  for (const [provider, set] of failureSets) {
    const inputs = set.map((id) => eventNodes.get(id) as FaultTree);
    providerDown.set(provider, inputs.length === 1 ? (inputs[0] as FaultTree) : or(...inputs));
  }
  const portions = capabilityPortions(model);
  const suppliers = new Map([...portions].map(([id, p]) => [id, p.suppliers]));
  const capabilityLoss = new Map<string, FaultTree>();
  for (const [capability, { servers }] of portions) {
    // Nobody serving any portion: the capability is simply missing, lost with certainty (an
    // empty AND).
    capabilityLoss.set(capability, and(...servers.map((p) => providerDown.get(p) as FaultTree)));
  }
  const criticalCapabilities = model.capabilities.filter((c) => c.critical).map((c) => c.id);
  const serviceLoss = or(...criticalCapabilities.map((id) => capabilityLoss.get(id) as FaultTree));
  return {
    events,
    failureSets,
    suppliers,
    portions,
    groupMembers: new Map(
      model.groups.filter((g) => g.members.length >= 2).map((g) => [g.id, g.members]),
    ),
    providerDown,
    capabilityLoss,
    serviceLoss,
    criticalCapabilities,
  };
}

function basicEvents(model: ResolvedModel): Map<string, BasicEvent> {
  const events = new Map<string, BasicEvent>();
  for (const provider of model.providers) {
    const id = providerEvent(provider.id);
    events.set(id, {
      id,
      kind: 'provider',
      subject: provider.id,
      probability: 1 - provider.availability,
    });
  }
  for (const group of model.groups) {
    if (group.members.length < 2) continue;
    const id = groupEvent(group.id);
    events.set(id, { id, kind: 'group', subject: group.id, probability: 1 - group.availability });
  }
  return events;
}

/**
 * Failure sets by memoised depth-first search over hosted_on, iterative so a long hosting
 * chain cannot overflow the stack; the loader has already refused cycles.
 */
function failureSetsOf(
  model: ResolvedModel,
  events: ReadonlyMap<string, BasicEvent>,
): Map<string, string[]> {
  const byId = new Map(model.providers.map((p) => [p.id, p]));
  const sets = new Map<string, string[]>();
  const own = (provider: ResolvedProvider): string[] => {
    const group = groupEvent(provider.group);
    return events.has(group) ? [providerEvent(provider.id), group] : [providerEvent(provider.id)];
  };
  for (const start of model.providers) {
    if (sets.has(start.id)) continue;
    const stack: { provider: ResolvedProvider; expanded: boolean }[] = [
      { provider: start, expanded: false },
    ];
    while (stack.length > 0) {
      const frame = stack.pop() as { provider: ResolvedProvider; expanded: boolean };
      const { provider } = frame;
      if (sets.has(provider.id)) continue;
      if (provider.hosted_on.length === 0) {
        sets.set(provider.id, own(provider));
        continue;
      }
      if (!frame.expanded) {
        stack.push({ provider, expanded: true });
        for (const host of provider.hosted_on) {
          const hostProvider = byId.get(host);
          if (hostProvider !== undefined && !sets.has(host))
            stack.push({ provider: hostProvider, expanded: false });
        }
        continue;
      }
      const set = new Set(own(provider));
      for (const host of provider.hosted_on) for (const e of sets.get(host) ?? []) set.add(e);
      sets.set(provider.id, [...set]);
    }
  }
  return sets;
}
