/**
 * The operator's outside option with each dependency: is there another supplier that could
 * really carry what this one carries, and what would it cost a year? Leverage exists only
 * where the answer is yes; the option to switch prices the move either to that supplier or,
 * where none is in place, to the market at the default price gap.
 *
 * Credible alternatives (docs/lockin.md, "Outside options"):
 * - for a host network: a host of another ownership group that the SIMs carried on this host
 *   can attach to (sims[].attaches_to), or another host group the operator has a contract with
 *   (active or standby: a signed alternative, reached by the SIM swaps in the exit cost). A
 *   model with no SIM groups counts hosts of other groups that carry traffic today;
 * - for any other supplier: parties of other groups (the operator's own team included)
 *   carrying, or standing by for, every service-critical capability this supplier carries
 *   (every capability it carries, when none is critical).
 * The price is the alternative's own contract wherever it prices the same units (per GB, per
 * minute, per SIM, a monthly fee…), applied to this dependency's volumes; lines it does not
 * price, or an alternative with no such contract, are taken at `1 − alternative_price_gap` of
 * today's spend. The output says which.
 */
import type { CostBase } from '../analysis/cost/monthly-costs.js';
import type { PartyRoles } from '../model/party-roles.js';
import type { ResolvedModel, ResolvedProvider } from '../model/resolved-model.js';
import type { Contract, CostLine } from '../model/schema/model.js';
import { hostReach } from '../model/sim-attachment.js';
import { suppliersOf } from '../model/supply-index.js';
import type { Parameters } from './parameters.js';

export interface Alternative {
  /** Another supplier could really carry what this dependency carries. */
  readonly credible: boolean;
  /** The suppliers that could; empty when none is in place (the market at the default gap). */
  readonly providers: readonly string[];
  /** What buying the same from the alternative would cost a year, in the operator's currency. */
  readonly pricePerYear: number;
  /** Where the price comes from: a stated contract, or the default gap. */
  readonly priceSource: 'contract' | 'default_gap';
  /** The contract that priced it, when one did. */
  readonly contract: string | null;
  /** Why the alternative is or is not credible, and what would create one. */
  readonly explanation: string;
}

type UnitPrices = NonNullable<Contract['unit_prices']>;

/**
 * Alternatives named and priced per dependency, at most. Enough to find the cheapest in any
 * real stack; it bounds the work where thousands of suppliers carry one capability.
 */
export const MAX_ALTERNATIVES = 16;

/** The unit-price field that prices a cost line, when the line has a unit a contract can price. */
function priceKey(line: CostLine): keyof UnitPrices | null {
  switch (line.basis) {
    case 'fixed':
      return 'monthly_fee';
    case 'per_subscriber':
      return 'per_subscriber_month';
    case 'revenue_share':
      return null;
    case 'usage':
      return (
        {
          gb: 'per_gb',
          minute: 'per_minute',
          sms: 'per_sms',
          inference_1k: 'per_1k_inferences',
          sim: 'per_sim',
          transaction: 'per_transaction',
        } as const
      )[line.unit];
  }
}

/** Everything the outside options are read from, indexed once per model. */
export class OutsideOptions {
  private readonly reach;
  private readonly contractsOf = new Map<string, Contract[]>();
  private readonly linesOf = new Map<string, { line: CostLine; monthly: number }[]>();
  private readonly hostIds: ReadonlySet<string>;
  private readonly hasSims: boolean;
  private readonly critical: ReadonlySet<string>;

  constructor(
    private readonly model: ResolvedModel,
    private readonly roles: PartyRoles,
    costs: CostBase,
    private readonly params: Parameters,
  ) {
    this.reach = hostReach(model.sims ?? [], roles);
    this.hostIds = new Set(roles.hosts.map((p) => p.id));
    this.hasSims = (model.sims ?? []).length > 0;
    this.critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
    for (const contract of model.contracts ?? []) {
      const list = this.contractsOf.get(contract.provider) ?? [];
      list.push(contract);
      this.contractsOf.set(contract.provider, list);
    }
    (model.costs ?? []).forEach((line, i) => {
      const monthly = costs.lines[i]?.monthly ?? 0;
      if (line.provider === undefined) return;
      const list = this.linesOf.get(line.provider) ?? [];
      list.push({ line, monthly });
      this.linesOf.set(line.provider, list);
    });
  }

  /** The outside option with `provider`, whose spend today is `monthlySpend`. */
  of(provider: ResolvedProvider, monthlySpend: number): Alternative {
    const candidates = this.hostIds.has(provider.id)
      ? this.hostAlternatives(provider)
      : this.supplierAlternatives(provider);
    const priced = candidates
      .map((id) => this.pricedBy(provider.id, id))
      .filter((p) => p !== null)
      .sort((a, b) => a.monthly - b.monthly);
    const best = priced[0];
    const gapPrice = monthlySpend * (1 - this.params.alternative_price_gap) * 12;
    const credible = candidates.length > 0;
    return {
      credible,
      providers: candidates,
      pricePerYear: best === undefined ? gapPrice : best.monthly * 12,
      priceSource: best === undefined ? 'default_gap' : 'contract',
      contract: best?.contract ?? null,
      explanation: credible
        ? this.credibleText(provider, candidates, best?.contract ?? null)
        : this.missingText(provider),
    };
  }

  private hostAlternatives(host: ResolvedProvider): string[] {
    const others = this.roles.hosts.filter(
      (p) =>
        p.group !== host.group &&
        p.supplies.some((s) => s.capability === 'radio_access' && (s.share > 0 || s.standby)),
    );
    const reachable = new Set(this.reach.get(host.id)?.alternatives ?? []);
    return others
      .slice(0, MAX_ALTERNATIVES * 8)
      .filter(
        (p) =>
          reachable.has(p.id) ||
          this.contractsOf.has(p.id) ||
          (!this.hasSims && p.supplies.some((s) => s.capability === 'radio_access' && s.share > 0)),
      )
      .map((p) => p.id)
      .sort()
      .slice(0, MAX_ALTERNATIVES);
  }

  /**
   * Parties of other groups that carry, or stand by for, what this supplier is needed for: every
   * service-critical capability it carries (every capability, when it carries none). One
   * capability left without a second supplier leaves no credible alternative.
   */
  private supplierAlternatives(supplier: ResolvedProvider): string[] {
    const carried = supplier.supplies.filter((s) => s.share > 0 || s.standby);
    const critical = carried.filter((s) => this.critical.has(s.capability));
    const needed = critical.length > 0 ? critical : carried;
    const found = new Set<string>();
    for (const supply of needed) {
      // Stop at the first few of each capability: a model with thousands of suppliers of one
      // capability would otherwise make this quadratic, and a few are enough to price and name.
      let others = 0;
      for (const entry of suppliersOf(this.model, supply.capability)) {
        if (others >= MAX_ALTERNATIVES) break;
        const other = entry.provider;
        if (other.id === supplier.id || other.group === supplier.group) continue;
        if (entry.supply.share <= 0 && !entry.supply.standby) continue;
        others++;
        found.add(other.id);
      }
      if (others === 0) return [];
    }
    return [...found].sort().slice(0, MAX_ALTERNATIVES);
  }

  /**
   * This dependency's lines priced at `alternative`'s contract, lines it does not price at the
   * default gap; null when no contract of the alternative prices any of them.
   */
  private pricedBy(provider: string, alternative: string) {
    const rates = this.model.operator.fx_rates ?? {};
    const subscribers = this.model.operator.subscribers;
    let best: { monthly: number; contract: string } | null = null;
    for (const contract of this.contractsOf.get(alternative) ?? []) {
      const prices = contract.unit_prices ?? {};
      const rate = contract.currency === undefined ? 1 : (rates[contract.currency] ?? 1);
      let matched = false;
      let monthly = 0;
      for (const { line, monthly: today } of this.linesOf.get(provider) ?? []) {
        const key = priceKey(line);
        const price = key === null ? undefined : prices[key];
        if (price === undefined) {
          monthly += today * (1 - this.params.alternative_price_gap);
          continue;
        }
        matched = true;
        monthly += price * rate * quantity(line, subscribers);
      }
      if (matched && (best === null || monthly < best.monthly))
        best = { monthly, contract: contract.id };
    }
    return best;
  }

  private credibleText(provider: ResolvedProvider, candidates: string[], contract: string | null) {
    const price =
      contract === null
        ? `priced at ${Math.round(this.params.alternative_price_gap * 100)}% below today's spend (the default gap)`
        : `priced from contract ${contract}`;
    const how = this.hostIds.has(provider.id)
      ? this.hasSims
        ? 'the SIMs on it can attach to, or that the operator has a contract with'
        : 'carrying traffic today'
      : 'in place for what it supplies';
    return `${candidates.join(', ')}: another supplier ${how}, ${price}`;
  }

  private missingText(provider: ResolvedProvider): string {
    if (this.hostIds.has(provider.id)) {
      return `no other host network could carry ${provider.id}'s subscribers: no SIM reaches a host of another group and no second host is under contract. Multi-IMSI SIMs or eSIM profiles of a second host, an own IMSI range with a second host contract, or a signed standby agreement would create one`;
    }
    return `no other supplier carries or stands by for all that ${provider.id} is needed for. A second supplier under contract, or one on standby, would create one`;
  }
}

/** Units a cost line bills a month, for pricing it at another supplier's unit price. */
function quantity(line: CostLine, subscribers: number): number {
  switch (line.basis) {
    case 'fixed':
      return 1;
    case 'per_subscriber':
      return subscribers;
    case 'usage':
      return line.usage_per_subscriber_month * subscribers;
    case 'revenue_share':
      return 0;
  }
}
