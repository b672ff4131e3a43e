import type { ModelPath } from '../../model/load/diagnostic.js';
import { SUBSCRIBER_LINKED_CATEGORIES } from '../../model/schema/data-classes.js';
import type { DataClass, SimGroup } from '../../model/schema/model.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** Above half the base, one supplier's breach is a breach of the operator as a whole. */
const MAX_EXPOSED_SHARE = 0.5;

interface Exposure {
  readonly data: DataClass;
  readonly records: number;
  readonly share: number;
}

/** One supplier, or the platform under it, whose breach exposes most of the subscriber base. */
export const secBreachExposesSubscribers: Rule = {
  meta: {
    id: 'sec-breach-exposes-subscribers',
    title: "One provider's breach would expose most subscribers",
    category: 'security',
    layers: ['edge_control', 'intelligence'],
    severity: 'high',
    rationale:
      'When one supplier, or the platform its systems run on, holds subscriber-linked data for most of the base, a single compromise there becomes a notifiable breach of the operator as a whole, with its fines, notifications and churn.',
    references: [
      'UK Telecoms Security CoP M10.08 (avoid transferring control of user data except where necessary)',
      "UK Telecoms Security CoP M10.09 (protect data leaving the provider's control)",
      'NIS2 Art. 21(2)(d) (supply chain security)',
      'mvno-domain.md §5.4 SUP-REG-05',
    ],
    detects: `A provider outside the operator (not in_house) whose breach reaches subscriber-linked data (categories ${[...SUBSCRIBER_LINKED_CATEGORIES].join(', ')}) of more than ${percent(MAX_EXPOSED_SHARE)} of subscribers. A breach reaches what the provider holds and what every provider hosted on it holds, recursively: the same providers its failure takes down (failure.providerBlastRadius[].dataClasses), not its ownership group's other companies. A class counts with data[].records, else operator.subscribers, as a share of operator.subscribers (at most 100%); authentication keys without records count the SIMs whose key_holders name a provider reached, as a share of all SIMs; classes overlap, so the largest share is the one exposed. High when a class above the threshold is restricted, low otherwise.`,
    recommendation:
      'Keep less with the provider (tokenise identities, minimise what it stores, split the base across platforms), and make its contract require encryption at rest under keys the operator holds, breach notice and audit rights.',
  },
  check(context) {
    const { model, analysis, roles } = context;
    const byId = new Map((model.data ?? []).map((d) => [d.id, d]));
    return analysis.failure.providerBlastRadius.flatMap((radius) => {
      if (roles.isOperatorSide(radius.subject)) return [];
      const exposures = radius.dataClasses
        .map((id) => byId.get(id))
        .filter(
          (d): d is DataClass => d !== undefined && SUBSCRIBER_LINKED_CATEGORIES.has(d.category),
        )
        .map((d) => exposureOf(d, radius.providersDown, context))
        .sort((a, b) => b.share - a.share);
      const largest = exposures[0];
      if (largest === undefined || largest.share <= MAX_EXPOSED_SHARE) return [];
      return [finding(radius.subject, radius.providersDown, exposures, context)];
    });
  },
};

function exposureOf(data: DataClass, down: readonly string[], { model }: RuleContext): Exposure {
  const keys = data.category === 'authentication_keys' ? keysInReach(down, model.sims ?? []) : null;
  if (data.records === undefined && keys !== null) return { data, ...keys };
  const { subscribers } = model.operator;
  const records = data.records ?? subscribers;
  return { data, records, share: subscribers === 0 ? 0 : Math.min(1, records / subscribers) };
}

/**
 * Keys are per SIM, and SIM groups say who holds whose: a breach reaches the SIMs whose
 * key_holders include a provider down. Null when no provider down is named in any SIM group,
 * so the data class's own count applies.
 */
function keysInReach(
  down: readonly string[],
  sims: readonly SimGroup[],
): { readonly records: number; readonly share: number } | null {
  const total = sims.reduce((sum, g) => sum + g.count, 0);
  const reached = sims.filter((g) => g.key_holders.some((h) => down.includes(h)));
  if (total === 0 || reached.length === 0) return null;
  const records = reached.reduce((sum, g) => sum + g.count, 0);
  return { records, share: records / total };
}

function finding(
  provider: string,
  down: readonly string[],
  exposures: readonly Exposure[],
  { model, indexOf }: RuleContext,
): RuleFinding {
  const through = down.filter((id) => id !== provider);
  const listed = exposures
    .map((e) => `${e.data.id} (${wholeNumber(e.records)} records, ${percent(e.share)})`)
    .join(', ');
  const via = through.length > 0 ? `, with ${through.join(', ')} running on it,` : '';
  const largest = exposures[0]?.share ?? 0;
  const evidence: ModelPath[] = [
    ['providers', indexOf('providers', provider)],
    ...exposures.map((e) => ['data', indexOf('data', e.data.id), 'held_by'] as ModelPath),
  ];
  // Restricted data (keys, location, card data) above the threshold makes it high. Confidential
  // identity alone is low: nearly every BSS, CRM and care supplier holds the base, and ranking
  // them all medium would bury the findings that need acting on.
  const restricted = exposures.some(
    (e) => e.share > MAX_EXPOSED_SHARE && e.data.sensitivity === 'restricted',
  );
  return {
    elements: [provider],
    ...(restricted ? {} : { severity: 'low' as const }),
    message: `a breach at ${provider}${via} would expose ${listed}: up to ${percent(largest)} of ${wholeNumber(model.operator.subscribers)} subscribers`,
    evidence,
  };
}
