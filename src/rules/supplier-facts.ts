/**
 * Facts about suppliers that several built-in rules ask for: which providers the service
 * depends on (a service-critical capability they carry, or one carried by something running on
 * them) and which of those the operator deals with directly. Answered once
 * here so that the supplier rules agree on who counts.
 */
import type { ResolvedModel, ResolvedProvider } from '../model/resolved-model.js';
import type { Contract } from '../model/schema/model.js';
import type { RuleContext } from './rule.js';

/** Why a provider matters to the running service. */
export interface CriticalRole {
  /** Service-critical capabilities the provider carries itself. */
  readonly carries: readonly string[];
  /** Providers carrying a service-critical capability that run on it, directly or further down. */
  readonly hosts: readonly string[];
}

export interface CriticalRoleOptions {
  /**
   * Whether a standby supplier counts. It does for contracts and assessments (it is a supplier
   * the service will run on); it does not for incidents, which reach subscribers only through
   * suppliers that carry traffic today.
   */
  readonly includeStandby: boolean;
}

/** The roles of each model, with and without standby suppliers: six rules ask for them. */
const rolesCache = new WeakMap<ResolvedModel, Map<boolean, ReadonlyMap<string, CriticalRole>>>();

/** Every provider the service depends on, with the capabilities and hosted providers why. */
export function criticalRoles(
  model: ResolvedModel,
  options: CriticalRoleOptions,
): ReadonlyMap<string, CriticalRole> {
  let byOption = rolesCache.get(model);
  if (byOption === undefined) {
    byOption = new Map();
    rolesCache.set(model, byOption);
  }
  let roles = byOption.get(options.includeStandby);
  if (roles === undefined) {
    roles = rolesOf(model, options);
    byOption.set(options.includeStandby, roles);
  }
  return roles;
}

function rolesOf(
  model: ResolvedModel,
  options: CriticalRoleOptions,
): ReadonlyMap<string, CriticalRole> {
  const critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
  const byId = new Map(model.providers.map((p) => [p.id, p]));
  const carries = new Map<string, string[]>();
  const hosts = new Map<string, Set<string>>();
  for (const provider of model.providers) {
    const carried = provider.supplies
      .filter(
        (s) => critical.has(s.capability) && (s.share > 0 || (options.includeStandby && s.standby)),
      )
      .map((s) => s.capability);
    if (carried.length === 0) continue;
    carries.set(provider.id, carried);
    // A hosting failure or breach reaches the service through what runs on it (catalogue note).
    for (const host of hostsBelow(provider, byId)) {
      const set = hosts.get(host) ?? new Set<string>();
      set.add(provider.id);
      hosts.set(host, set);
    }
  }
  const roles = new Map<string, CriticalRole>();
  for (const provider of model.providers) {
    const own = carries.get(provider.id) ?? [];
    const hosted = [...(hosts.get(provider.id) ?? [])].sort();
    if (own.length > 0 || hosted.length > 0)
      roles.set(provider.id, { carries: own, hosts: hosted });
  }
  return roles;
}

/** The providers `provider` runs on, transitively (the loader refuses hosting cycles). */
function hostsBelow(
  provider: ResolvedProvider,
  byId: ReadonlyMap<string, ResolvedProvider>,
): string[] {
  const seen = new Set<string>();
  const stack = [...provider.hosted_on];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    stack.push(...(byId.get(id)?.hosted_on ?? []));
  }
  return [...seen];
}

/** Contracts with each provider. */
export function contractsByProvider(
  model: ResolvedModel,
): ReadonlyMap<string, readonly Contract[]> {
  const result = new Map<string, Contract[]>();
  for (const contract of model.contracts ?? []) {
    const list = result.get(contract.provider) ?? [];
    list.push(contract);
    result.set(contract.provider, list);
  }
  return result;
}

/**
 * Whether the operator deals with a provider itself (NIS2 Art. 21(3): "direct suppliers"). Not
 * the operator's own functions, not a fourth party engaged by another provider, and not a
 * platform that only hosts another supplier's systems: the cloud under an enabler is the
 * enabler's supplier, unless the operator holds a contract with it or runs its own functions
 * on it.
 */
export function isDirectSupplier(
  provider: ResolvedProvider,
  role: CriticalRole,
  context: Pick<RuleContext, 'roles'>,
  contracts: ReadonlyMap<string, readonly Contract[]>,
): boolean {
  const { roles } = context;
  if (roles.isOperatorSide(provider.id) || provider.subcontractor_of !== undefined) return false;
  if (role.carries.length > 0 || (contracts.get(provider.id) ?? []).length > 0) return true;
  return role.hosts.some((id) => roles.isOperatorSide(id));
}

/** The part of a provider's critical role a contract covers: all of it unless `covers` narrows it. */
export function coveredRole(contract: Contract, role: CriticalRole): CriticalRole {
  if (contract.covers === undefined) return role;
  const covers = new Set(contract.covers);
  return {
    carries: role.carries.filter((c) => covers.has(c)),
    hosts: covers.has('hosting') ? role.hosts : [],
  };
}

export function isEmptyRole(role: CriticalRole): boolean {
  return role.carries.length === 0 && role.hosts.length === 0;
}

/** A role in words, for messages: "carries radio_access, policy; hosts core". */
export function describeRole(role: CriticalRole): string {
  const parts = [
    role.carries.length > 0 ? `carries ${role.carries.join(', ')}` : '',
    role.hosts.length > 0 ? `hosts ${role.hosts.join(', ')}` : '',
  ];
  return parts.filter((p) => p !== '').join('; ');
}
