/**
 * Who a party is to the operator: the operator itself, an enabler, its host network, or a third
 * party whose service it uses in its own name. Classification and the scorecard both ask
 * "who holds this?", and answer it here, one way.
 */
import type { ResolvedModel, ResolvedProvider } from './resolved-model.js';

/**
 * `operator`: the operator itself, a provider of kind in_house, or a provider running something
 * for the operator (`managed`). `third_party`: a vendor's shared service the operator uses in its
 * own name (a SaaS tenant). `enabler`: an MVNE/MVNA, or a company of an enabler's group.
 * `host`: the host network or its group. `absent`: nobody in the model.
 */
export type Holder = 'operator' | 'third_party' | 'enabler' | 'host' | 'absent';

export const ENABLER_KINDS: ReadonlySet<string> = new Set(['mvne', 'mvna']);

/** Subcontracting chains are refused when they loop; this bounds the walk a second time. */
const MAX_CHAIN = 16;

export class PartyRoles {
  /** Every provider of radio access the operator does not run: hosts, and MVNAs reselling them. */
  readonly hosts: readonly ResolvedProvider[];
  readonly hostGroups: ReadonlySet<string>;
  readonly enablerGroups: ReadonlySet<string>;
  readonly byId: ReadonlyMap<string, ResolvedProvider>;
  /** The operator's id and its in_house providers. */
  readonly operatorParties: ReadonlySet<string>;
  private readonly holderById = new Map<string, Holder>();

  constructor(model: ResolvedModel) {
    this.hosts = model.providers.filter(
      (p) =>
        p.kind !== 'in_house' &&
        p.supplies.some((s) => s.capability === 'radio_access' && s.arrangement === 'service'),
    );
    // An MVNA reselling a host's access is an enabler, not the host itself.
    this.hostGroups = new Set(
      this.hosts.filter((p) => !ENABLER_KINDS.has(p.kind)).map((p) => p.group),
    );
    this.enablerGroups = new Set(
      model.providers.filter((p) => ENABLER_KINDS.has(p.kind)).map((p) => p.group),
    );
    this.byId = new Map(model.providers.map((p) => [p.id, p]));
    this.operatorParties = new Set([
      model.operator.id,
      ...model.providers.filter((p) => p.kind === 'in_house').map((p) => p.id),
    ]);
  }

  /** Who holds what `provider` supplies under `arrangement`. */
  holderOfSupply(provider: ResolvedProvider, arrangement: string, depth = 0): Holder {
    if (provider.kind === 'in_house' || arrangement === 'managed') return 'operator';
    // A fourth party works for the provider that engaged it.
    const principal =
      provider.subcontractor_of === undefined
        ? undefined
        : this.byId.get(provider.subcontractor_of);
    if (principal !== undefined && depth < MAX_CHAIN)
      return this.holderOfSupply(principal, 'service', depth + 1);
    if (ENABLER_KINDS.has(provider.kind)) return 'enabler';
    if (this.hostGroups.has(provider.group)) return 'host';
    // An enabler's sister companies (its SIM arm, its SM-DP+) are the enabler too.
    if (this.enablerGroups.has(provider.group)) return 'enabler';
    return 'third_party';
  }

  /** Who a party named in the model is (a key holder, an IMSI issuer, a data holder). */
  holderOfParty(id: string | undefined): Holder {
    if (id === undefined) return 'absent';
    // Rules and lock-in ask this for both ends of every integration; the answer never changes.
    const known = this.holderById.get(id);
    if (known !== undefined) return known;
    const provider = this.byId.get(id);
    const holder = this.operatorParties.has(id)
      ? 'operator'
      : provider === undefined
        ? 'absent'
        : this.holderOfSupply(provider, 'service');
    this.holderById.set(id, holder);
    return holder;
  }

  isOperatorSide(id: string | undefined): boolean {
    return this.holderOfParty(id) === 'operator';
  }
}

const rolesByModel = new WeakMap<ResolvedModel, PartyRoles>();

/**
 * The party roles of a model, built once: classification, the scorecard, rules, lock-in, the
 * stress test and the register all ask, and each used to build its own. Models are read-only,
 * so the roles of one model never change.
 */
export function partyRolesOf(model: ResolvedModel): PartyRoles {
  let roles = rolesByModel.get(model);
  if (roles === undefined) {
    roles = new PartyRoles(model);
    rolesByModel.set(model, roles);
  }
  return roles;
}
