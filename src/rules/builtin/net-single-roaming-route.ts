import { withArticle } from '../indefinite-article.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** Segments whose product is use abroad: travel eSIMs and IoT devices that roam permanently. */
export const ROAMING_SEGMENTS: ReadonlySet<string> = new Set(['travel', 'iot']);

/** Roaming from one ownership group (or from nobody): one failure or dispute ends service abroad. */
export const netSingleRoamingRoute: Rule = {
  meta: {
    id: 'net-single-roaming-route',
    title: 'Roaming through a single supplier group',
    category: 'network_routes',
    layers: ['network_routes'],
    severity: 'low',
    rationale:
      'Service abroad depends on whoever holds the roaming agreements or the IPX hub. With one group, an outage or a dispute there cuts every subscriber off outside the home network, and the operator has no price to compare. For travel and IoT operators roaming is the product itself.',
    references: [
      'mvno-domain.md §3.1 (roaming: agreements, IPX, hubs, GSMA IR.34)',
      'mvno-domain.md §6.1 (MVNOs pay wholesale roaming ~50% above MNO rates)',
      'mvno-domain.md §2.3 (multi-IMSI roaming hubs; a single home network is a single point of failure)',
      'EU 5G Toolbox SM05 (no single-supplier dominance for critical functions)',
    ],
    detects:
      'The roaming capability supplied (active or on standby) by providers of one ownership group, or by no provider at all, while the operator holds no roaming agreements itself (no operator-side supplier). Medium for an operator serving the travel or iot segment, where roaming is the service; low for the others, where it is part of the host or hub relationship.',
    recommendation:
      'Contract a second roaming route from another group (a second IPX hub, a standby roaming hub, or donor IMSIs on multi-IMSI SIMs) and test it, or hold roaming agreements in the operator’s own name.',
  },
  check(context) {
    const { model, roles } = context;
    const suppliers = model.providers.flatMap((provider, p) =>
      provider.supplies.flatMap((supply, s) =>
        supply.capability === 'roaming' && (supply.share > 0 || supply.standby)
          ? [{ provider, supply, path: ['providers', p, 'supplies', s] as const }]
          : [],
      ),
    );
    // Roaming agreements the operator holds (or has run for it) are many routes, not one.
    const own = suppliers.some(
      (x) => roles.holderOfSupply(x.provider, x.supply.arrangement) === 'operator',
    );
    if (own) return [];
    const groups = new Set(suppliers.map((x) => x.provider.group));
    if (groups.size > 1) return [];
    const severity = model.operator.segments.some((s) => ROAMING_SEGMENTS.has(s))
      ? 'medium'
      : 'low';
    if (suppliers.length === 0) return [missing(context, severity)];
    const ids = [...new Set(suppliers.map((x) => x.provider.id))].sort();
    const [group] = groups;
    return [
      {
        elements: ids,
        message: `roaming for ${operatorOf(model.operator.segments)} runs only through group ${group} (${ids.join(', ')}): no second route abroad`,
        evidence: suppliers.map((x) => x.path),
        severity,
      },
    ];
  },
};

function missing({ model }: RuleContext, severity: 'medium' | 'low'): RuleFinding {
  return {
    elements: [model.operator.id],
    message: `no provider in the model supplies roaming for ${operatorOf(model.operator.segments)}: service abroad has no route, or the model leaves it out`,
    evidence: [['operator', 'segments']],
    severity,
  };
}

/** Segments as people write them. */
const SEGMENT_WORDS: Readonly<Record<string, string>> = { iot: 'IoT' };

/** "a consumer operator", "an IoT operator", "a consumer/IoT operator". */
function operatorOf(segments: readonly string[]): string {
  return withArticle(`${segments.map((s) => SEGMENT_WORDS[s] ?? s).join('/')} operator`);
}
