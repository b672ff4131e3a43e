/**
 * Compiles a model into the shock sources of a stress test: every way the year can go wrong,
 * with how often, how hard and what it costs, read from the failure analysis (blast radius of
 * each basic failure event, so shared hosting and ownership groups strike together), the cost
 * model (pass-through of market prices) and the lock-in economics (exit cost and time of a
 * forced move). The result is flat arrays the trial kernel runs through without allocating.
 */

import type { StructuralAnalysis } from '../analysis/analyse.js';
import type { BlastRadius } from '../analysis/failure/blast-radius.js';
import { readyNetworks } from '../analysis/scorecard/ready-networks.js';
import type { Lockin } from '../economics/lockin.js';
import { economicsParameters } from '../economics/parameters.js';
import { type PartyRoles, partyRolesOf } from '../model/party-roles.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import { SUBSCRIBER_LINKED_CATEGORIES } from '../model/schema/data-classes.js';
import { hostReach } from '../model/sim-attachment.js';
import {
  BREACH_COST_PER_RECORD,
  FAILOVER_HOURS,
  type Frequency,
  SHOCK_LIBRARY,
  type ShockKind,
  type ShockSeverity,
} from './shock-library.js';

const HOURS_PER_YEAR = 8760;

export interface ShockSource {
  readonly kind: ShockKind;
  /** The provider, group or cost driver it strikes. */
  readonly subject: string;
  readonly frequency: Frequency;
  readonly severity: ShockSeverity;
  /** Severity is capped here (failover hours, the alternative's price gap); Infinity when not. */
  readonly cap: number;
  /**
   * The share of the loss the cap holds: the subscribers whose SIMs can reach another network.
   * The rest bears the whole severity. 1 when the cap applies to all of it.
   */
  readonly cappedShare: number;
  /** Loss = fixedLoss + severity × lossPerUnit, in the operator's currency. */
  readonly lossPerUnit: number;
  readonly fixedLoss: number;
  /** Share of subscribers the event touches. */
  readonly subscriberShare: number;
  /** Subscriber-weighted outage minutes per unit of severity (hours, for outages). */
  readonly outageMinutesPerUnit: number;
  /** Months to recover (a forced exit's time); 0 when the event passes by itself. */
  readonly recoveryMonths: number;
}

export interface CompiledScenario {
  readonly sources: readonly ShockSource[];
  readonly subscribers: number;
  readonly baselineMargin: number;
  readonly annualRevenue: number;
  /** Yearly growth of the subscriber base (net growth less churn, compounded over 12 months). */
  readonly yearlyGrowth: number;
  /** Yearly discount rate, for the present value of multi-year paths. */
  readonly discountRate: number;
}

export function compileScenario(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  lockin: Lockin,
): CompiledScenario {
  const roles = partyRolesOf(model);
  const { values: params } = economicsParameters(model);
  const costs = analysis.costs;
  const annualRevenue = costs.revenueMonthly * 12;
  const exits = new Map(lockin.dependencies.map((d) => [d.provider, d]));
  const hostIds = new Set(roles.hosts.map((p) => p.id));
  const movable = movableShares(model, roles);
  const overrides = overridesOf(model);
  const source = (kind: ShockKind, subject: string, fields: Partial<ShockSource>): ShockSource => {
    const base = SHOCK_LIBRARY[kind];
    const override = overrides.get(kind);
    return {
      kind,
      subject,
      frequency: override?.frequency ?? fields.frequency ?? base.frequency,
      severity: override?.severity ?? base.severity,
      cap: Number.POSITIVE_INFINITY,
      cappedShare: 1,
      lossPerUnit: 0,
      fixedLoss: 0,
      subscriberShare: 0,
      outageMinutesPerUnit: 0,
      recoveryMonths: 0,
      ...fields,
      ...(override?.frequency === undefined ? {} : { frequency: override.frequency }),
    };
  };
  const sources: ShockSource[] = [];

  // Outages: one source per basic failure event, striking its whole blast radius at once.
  const radiusBySubject = new Map(
    [...analysis.failure.providerBlastRadius, ...analysis.failure.groupBlastRadius].map((r) => [
      `${r.kind}:${r.subject}`,
      r,
    ]),
  );
  const meanHours = meanOf(SHOCK_LIBRARY.host_outage.severity);
  for (const event of analysis.failure.events) {
    const radius = radiusBySubject.get(event.id);
    if (radius === undefined || radius.subscriberShare <= 0 || event.probability <= 0) continue;
    const host = radius.providersDown.some((p) => hostIds.has(p));
    const onlyRadio = radius.capabilities
      .filter((c) => c.critical)
      .every((c) => c.capability === 'radio_access' || c.capability === 'mobility_core');
    // Subscribers whose SIMs reach a network the event leaves up move over after failover.
    const failover = host && onlyRadio ? movable.failingOver(radius) : 0;
    sources.push(
      source(host ? 'host_outage' : 'provider_outage', event.subject, {
        frequency: { kind: 'rate', value: (event.probability * HOURS_PER_YEAR) / meanHours },
        cap: failover > 0 ? FAILOVER_HOURS : Number.POSITIVE_INFINITY,
        cappedShare: failover,
        lossPerUnit: (annualRevenue * radius.subscriberShare) / HOURS_PER_YEAR,
        subscriberShare: radius.subscriberShare,
        outageMinutesPerUnit: 60 * radius.subscriberShare,
      }),
    );
  }

  for (const host of roles.hosts) {
    const exit = exits.get(host.id);
    const spend = (costs.byProvider.get(host.id) ?? 0) * 12;
    if (spend > 0) {
      // A rise above the gap moves the subscribers who can reach another group's network; the
      // rest stay and pay it whole.
      const away = movable.toAnotherGroup(host.id);
      sources.push(
        source('wholesale_price_rise', host.id, {
          lossPerUnit: spend,
          cap: away > 0 ? params.alternative_price_gap : Number.POSITIVE_INFINITY,
          cappedShare: away,
        }),
      );
    }
    if (exit !== undefined) {
      const share = host.supplies.find((s) => s.capability === 'radio_access')?.share ?? 0;
      sources.push(
        source('host_refuses_renewal', host.id, {
          fixedLoss: exit.today.cost,
          subscriberShare: share,
          recoveryMonths: exit.today.months,
        }),
      );
    }
  }

  // Insolvency and acquisition strike whole outside groups.
  const groups = new Map<string, string[]>();
  // In provider order, not lock-in's exit-cost order: a parameter that reorders exit costs must
  // not hand the sources other random draws (sensitivity pins one parameter at a time).
  const byProvider = [...lockin.dependencies].sort((a, b) => (a.provider < b.provider ? -1 : 1));
  for (const dependency of byProvider)
    groups.set(dependency.group, [...(groups.get(dependency.group) ?? []), dependency.provider]);
  const controlling = new Set(
    analysis.concentration.groups.filter((g) => g.capabilities.length > 0).map((g) => g.group),
  );
  for (const [group, providers] of groups) {
    const exitCost = providers.reduce((sum, p) => sum + (exits.get(p)?.today.cost ?? 0), 0);
    const months = Math.max(0, ...providers.map((p) => exits.get(p)?.today.months ?? 0));
    const enabler = providers.some((p) =>
      ['mvne', 'mvna', 'bss_vendor', 'saas', 'core_vendor', 'esim_platform'].includes(
        roles.byId.get(p)?.kind ?? '',
      ),
    );
    if (enabler)
      sources.push(
        source('enabler_insolvency', group, { fixedLoss: exitCost, recoveryMonths: months }),
      );
    if (controlling.has(group))
      sources.push(
        source('vendor_acquired', group, { lossPerUnit: exitCost, recoveryMonths: months }),
      );
  }

  const exposure = (driver: 'cloud' | 'energy' | 'ai_inference' | 'fx') =>
    costs.lines.reduce((sum, l) => sum + l.monthly * l.passThrough[driver], 0) * 12;
  const market: readonly [ShockKind, 'cloud' | 'energy' | 'ai_inference' | 'fx'][] = [
    ['cloud_price_spike', 'cloud'],
    ['energy_price_spike', 'energy'],
    ['ai_price_spike', 'ai_inference'],
    ['fx_move', 'fx'],
  ];
  for (const [kind, driver] of market) {
    const annual = exposure(driver);
    if (annual > 0) sources.push(source(kind, driver, { lossPerUnit: annual }));
  }

  // Breaches: each provider holding subscriber-linked data (and what runs on it).
  const dataById = new Map((model.data ?? []).map((d) => [d.id, d]));
  for (const radius of analysis.failure.providerBlastRadius) {
    const held = radius.dataClasses
      .map((id) => dataById.get(id))
      .filter((d) => d !== undefined && SUBSCRIBER_LINKED_CATEGORIES.has(d.category));
    if (held.length === 0) continue;
    const records = Math.max(...held.map((d) => d?.records ?? model.operator.subscribers));
    const restricted = held.some((d) => d?.sensitivity === 'restricted');
    sources.push(
      source('provider_breach', radius.subject, {
        fixedLoss: records * BREACH_COST_PER_RECORD,
        lossPerUnit: restricted ? model.operator.annual_turnover : 0,
        subscriberShare:
          model.operator.subscribers === 0 ? 0 : Math.min(1, records / model.operator.subscribers),
      }),
    );
  }

  const abroad = (model.data ?? []).filter((d) =>
    (d.residency ?? []).some((r) => r !== model.operator.country),
  );
  if (abroad.length > 0) {
    sources.push(
      source('data_localisation_rule', model.operator.country, {
        fixedLoss: abroad.length * params.data_recovery_person_days * params.integration_day_rate,
        recoveryMonths: 6,
      }),
    );
  }

  const { monthly_growth, monthly_churn, discount_rate } = model.operator;
  return {
    sources,
    subscribers: model.operator.subscribers,
    baselineMargin: costs.marginMonthly * 12,
    annualRevenue,
    yearlyGrowth: Math.max(0, 1 + monthly_growth - monthly_churn) ** 12,
    discountRate: discount_rate,
  };
}

/**
 * How much of a host's base could move, read from SIM attachment (model/sim-attachment.ts):
 * a second network caps a shock only for the subscribers whose SIMs can reach it. With no SIMs
 * in the model, a network carrying traffic today counts as reachable by all (ready-networks.ts).
 */
interface MovableShares {
  /** Share of the host's SIMs that can attach to a host of another ownership group. */
  toAnotherGroup(host: string): number;
  /** Share of the SIMs on the hosts an event takes down that can attach to a ready host it leaves up. */
  failingOver(radius: BlastRadius): number;
}

function movableShares(model: ResolvedModel, roles: PartyRoles): MovableShares {
  const ready = readyNetworks(model, roles);
  const readyHosts = new Set(ready.supplies.map((entry) => entry.provider.id));
  const groupOf = (id: string) => roles.byId.get(id)?.group ?? id;
  if (ready.basis === 'traffic') {
    return {
      toAnotherGroup: (host) => ([...ready.groups].some((g) => g !== groupOf(host)) ? 1 : 0),
      failingOver: (radius) => {
        const down = new Set(radius.providersDown);
        return [...readyHosts].some((id) => !down.has(id)) ? 1 : 0;
      },
    };
  }
  const sims = (model.sims ?? []).filter((group) => group.count > 0);
  const reach = hostReach(sims, roles);
  return {
    toAnotherGroup: (host) => {
      const r = reach.get(host);
      return r === undefined || r.sims === 0 ? 0 : r.movable / r.sims;
    },
    failingOver: (radius) => {
      const down = new Set(radius.providersDown);
      let on = 0;
      let moving = 0;
      for (const group of sims) {
        if (!group.attaches_to.some((id) => down.has(id))) continue;
        on += group.count;
        if (group.attaches_to.some((id) => readyHosts.has(id) && !down.has(id)))
          moving += group.count;
      }
      return on === 0 ? 0 : moving / on;
    },
  };
}

function meanOf(severity: ShockSeverity): number {
  switch (severity.kind) {
    case 'lognormal':
      return severity.median * Math.exp((severity.sigma * severity.sigma) / 2);
    case 'triangular':
      return (severity.min + severity.mode + severity.max) / 3;
    case 'normal':
      return severity.mean;
    case 'uniform':
      return (severity.min + severity.max) / 2;
  }
}

/** Frequency and severity overrides from the model's `scenarios` section, by shock kind. */
function overridesOf(
  model: ResolvedModel,
): Map<ShockKind, { frequency?: Frequency; severity?: ShockSeverity }> {
  const result = new Map<ShockKind, { frequency?: Frequency; severity?: ShockSeverity }>();
  for (const scenario of model.scenarios ?? []) {
    const frequency: Frequency | undefined =
      scenario.probability !== undefined
        ? { kind: 'probability', value: scenario.probability }
        : scenario.rate_per_year !== undefined
          ? { kind: 'rate', value: scenario.rate_per_year }
          : undefined;
    const severity: ShockSeverity | undefined =
      scenario.severity === undefined ? undefined : { kind: 'triangular', ...scenario.severity };
    result.set(scenario.kind, {
      ...(frequency === undefined ? {} : { frequency }),
      ...(severity === undefined ? {} : { severity }),
    });
  }
  return result;
}

/**
 * Every number of the scenario, exactly, as one string: two scenarios with the same
 * fingerprint draw and cost the same, so a stress run of one is a run of the other. JSON keeps
 * finite doubles exact; Infinity, NaN and −0 (which JSON would write as null, null and 0) are
 * written by name.
 */
export function scenarioFingerprint(scenario: CompiledScenario): string {
  return JSON.stringify(scenario, (_key, value: unknown) =>
    typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))
      ? `#${Object.is(value, -0) ? '-0' : String(value)}`
      : value,
  );
}
