/**
 * The fault tree of service delivery (fault-tree semantics, methods.md §4):
 *
 *   a provider is down   ⇐ its own failure, or its ownership group's common-cause failure, or
 *                           any provider it is hosted on being down (recursively);
 *   a capability is lost ⇐ every one of its suppliers is down (standby suppliers included:
 *                           they are the redundancy; how long a switch takes is the lock-in
 *                           analysis's concern, not this one's);
 *   service is lost      ⇐ any service-critical capability is lost.
 *
 * Basic events are independent: `provider:<id>` with probability 1 − availability, and
 * `group:<id>` for each group of two or more providers with probability 1 − the group's
 * availability. Because "down" is an OR of basic events, each provider has a failure set: the
 * events that each alone take it down.
 */
import type { ResolvedModel, ResolvedProvider } from '../../model/resolved-model.js';
import { and, event, type FaultTree, or } from '../reliability/fault-tree.js';

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
  /** For each capability in scope, the suppliers whose joint failure loses it. */
  readonly suppliers: ReadonlyMap<string, readonly string[]>;
  /** Loss of each capability in scope. */
  readonly capabilityLoss: ReadonlyMap<string, FaultTree>;
  /** Loss of service: any service-critical capability lost. */
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
  const suppliers = new Map<string, string[]>();
  for (const provider of model.providers) {
    for (const supply of provider.supplies) {
      // A supplier with no share and no standby role carries nothing: it is not redundancy.
      if (supply.share <= 0 && !supply.standby) continue;
      const list = suppliers.get(supply.capability) ?? [];
      list.push(provider.id);
      suppliers.set(supply.capability, list);
    }
  }
  const capabilityLoss = new Map<string, FaultTree>();
  for (const capability of model.capabilities) {
    const list = suppliers.get(capability.id) ?? [];
    // With no supplier the capability is simply missing: lost with certainty (an empty AND).
    capabilityLoss.set(capability.id, and(...list.map((p) => providerDown.get(p) as FaultTree)));
  }
  const criticalCapabilities = model.capabilities.filter((c) => c.critical).map((c) => c.id);
  const serviceLoss = or(...criticalCapabilities.map((id) => capabilityLoss.get(id) as FaultTree));
  return { events, failureSets, suppliers, capabilityLoss, serviceLoss, criticalCapabilities };
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
