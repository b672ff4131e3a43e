/**
 * A seeded generator of valid stack models of any size, for property tests and benchmarks.
 * Its structure follows real stacks: a few host networks carrying all radio traffic, clouds
 * that host most other providers (fourth parties), ownership groups spanning several
 * providers, and about five integrations per provider.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { CAPABILITY_CATALOGUE } from '../../src/model/capability-catalogue.js';
import { PROTOCOLS } from '../../src/model/schema/integrations.js';
import type { StackModelInput } from '../../src/model/schema/model.js';
import { PROVIDER_KINDS } from '../../src/model/schema/providers.js';

export interface SyntheticOptions {
  readonly providers: number;
  readonly seed?: number;
  readonly integrationsPerProvider?: number;
}

type Random = ReturnType<typeof xoroshiro128plus>;

const NETWORK_CAPABILITIES = ['radio_access', 'mobility_core', 'numbering'];
const OTHER_CAPABILITIES = CAPABILITY_CATALOGUE.map((c) => c.id).filter(
  (id) => !NETWORK_CAPABILITIES.includes(id) && id !== 'hosting',
);
type ProviderKind = (typeof PROVIDER_KINDS)[number];
const OTHER_KINDS: readonly ProviderKind[] = PROVIDER_KINDS.filter(
  (k) => k !== 'mno' && k !== 'cloud' && k !== 'in_house',
);
const DATA_CLASSES = [
  ['subscriber-identity', 'subscriber_identity', 'confidential'],
  ['auth-keys', 'authentication_keys', 'restricted'],
  ['usage-records', 'usage_records', 'confidential'],
  ['location', 'location', 'restricted'],
  ['payment', 'payment', 'restricted'],
  ['customer-profile', 'customer_profile', 'confidential'],
] as const;

export function syntheticModel(options: SyntheticOptions): StackModelInput {
  const rng = xoroshiro128plus(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)] as T;
  const total = Math.max(3, options.providers);
  const hostCount = Math.max(1, Math.round(total / 200));
  const cloudCount = Math.max(1, Math.round(total / 50));
  const groupCount = Math.max(1, Math.round(total / 5));
  const groups = Array.from({ length: groupCount }, (_, i) => ({
    id: `group-${i}`,
    name: `Group ${i}`,
    availability: 0.9999,
  }));

  const ids = Array.from({ length: total }, (_, i) => `p${i}`);
  const hosts = ids.slice(0, hostCount);
  const clouds = ids.slice(hostCount, hostCount + cloudCount);
  const others = ids.slice(hostCount + cloudCount);
  const suppliers = assignCapabilities(others, rng, pick);

  const providers = ids.map((id, index) => {
    const isHost = index < hostCount;
    const isCloud = !isHost && index < hostCount + cloudCount;
    const kind: ProviderKind = isHost ? 'mno' : isCloud ? 'cloud' : pick(OTHER_KINDS);
    const supplies = isHost
      ? NETWORK_CAPABILITIES.map((capability) => ({ capability, share: share(hostCount) }))
      : isCloud
        ? [{ capability: 'hosting', share: share(cloudCount) }]
        : (suppliers.get(id) ?? []);
    return {
      id,
      name: `Provider ${index}`,
      kind,
      jurisdiction: pick(['GB', 'DE', 'US', 'IE', 'FR', 'NL']),
      ...(uniformFloat64(rng) < 0.5 ? { group: pick(groups).id } : {}),
      ...(!isHost && !isCloud && uniformFloat64(rng) < 0.6 ? { hosted_on: [pick(clouds)] } : {}),
      availability: Number((0.99 + uniformFloat64(rng) * 0.0099).toFixed(5)),
      supplies,
    };
  });

  const parties = ['op', ...ids];
  const perProvider = options.integrationsPerProvider ?? 5;
  const integrations = Array.from({ length: total * perProvider }, (_, i) => ({
    id: `i${i}`,
    from: pick(parties),
    to: pick(ids),
    protocol: pick(PROTOCOLS),
    authentication: pick(['mtls', 'oauth2', 'api_key', 'none'] as const),
    encryption: pick(['tls', 'ipsec', 'none'] as const),
    internet_facing: uniformFloat64(rng) < 0.3,
    data: [pick(DATA_CLASSES)[0]],
    custom_work_person_days: uniformInt(rng, 0, 120),
  }));

  const subscribers = 1000 * total;
  return {
    mvnoscope: 1,
    operator: {
      id: 'op',
      name: 'Synthetic Operator',
      country: 'GB',
      segments: ['consumer'],
      subscribers,
      monthly_growth: 0.01,
      monthly_churn: 0.015,
      arpu: 12,
      currency: 'GBP',
      horizon_months: 60,
      discount_rate: 0.1,
      as_of: '2026-11-01',
    },
    groups,
    providers,
    contracts: ids
      .filter((_, i) => i % 2 === 0)
      .map((provider, i) => ({
        id: `c${i}`,
        provider,
        start: '2024-01-01',
        term_months: pick([12, 24, 36, 60]),
        notice_months: pick([1, 3, 6, 12]),
        auto_renewal: uniformFloat64(rng) < 0.5,
        exit_fee: uniformInt(rng, 0, 500_000),
      })),
    integrations,
    data: DATA_CLASSES.map(([id, category, sensitivity]) => ({
      id,
      name: id,
      category,
      sensitivity,
      held_by: [pick(ids), pick(ids)].filter((v, i, all) => all.indexOf(v) === i),
      residency: ['GB'],
    })),
    sims: [
      {
        id: 'sims',
        kind: 'physical',
        count: subscribers,
        imsi_issuers: [hosts[0] as string],
        key_holders: [hosts[0] as string],
      },
    ],
    costs: [
      {
        id: 'wholesale',
        name: 'Wholesale data',
        provider: hosts[0],
        driver: 'wholesale',
        basis: 'usage',
        unit: 'gb',
        unit_price: 0.5,
        usage_per_subscriber_month: 8,
      },
      {
        id: 'cloud',
        name: 'Cloud',
        provider: clouds[0],
        driver: 'cloud',
        basis: 'fixed',
        monthly_amount: 50_000,
        floats_with: { energy: 0.2 },
      },
    ],
    decisions: [
      {
        id: 'd-host',
        title: 'Host network',
        date: '2023-01-01',
        chosen: 'p0',
        providers: [hosts[0] as string],
        alternatives: [],
        interactions_assessed: false,
        last_review: '2024-01-01',
      },
    ],
  };
}

/** Shares that add to at most 1: floored to 4 decimals. */
function share(count: number): number {
  return Math.floor(10_000 / count) / 10_000;
}

/** Gives each provider one to three capabilities and each capability shares that add up to ≤ 1. */
function assignCapabilities(
  providers: readonly string[],
  rng: Random,
  pick: <T>(items: readonly T[]) => T,
): Map<string, { capability: string; share: number }[]> {
  const chosen = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const provider of providers) {
    const set = new Set<string>();
    const n = uniformInt(rng, 1, 3);
    for (let i = 0; i < n; i++) set.add(pick(OTHER_CAPABILITIES));
    chosen.set(provider, set);
    for (const capability of set) count.set(capability, (count.get(capability) ?? 0) + 1);
  }
  const result = new Map<string, { capability: string; share: number }[]>();
  for (const [provider, set] of chosen) {
    result.set(
      provider,
      [...set].map((capability) => ({ capability, share: share(count.get(capability) ?? 1) })),
    );
  }
  return result;
}
