import { CONTROL_SHARE } from '../../analysis/concentration/concentration.js';
import { LAYERS } from '../../model/layers.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import { percent } from '../../text/percent.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Three of the five layers: past network and edge alone, the group reaches the cost base or the
 * partner structure too, and every negotiation with it is about most of the stack at once.
 */
const MIN_LAYERS = 3;

/** One outside group controls capabilities in three or more layers: the enabler that holds everything. */
export const capGroupControlsThreeLayers: Rule = {
  meta: {
    id: 'cap-group-controls-three-layers',
    title: 'One outside group controls three or more layers',
    category: 'capital_coordination',
    layers: ['capital_coordination'],
    severity: 'high',
    rationale:
      'When one ownership group carries most of the core, billing, SIMs and hosting, its failure, sale or price rise reaches every layer at once, and leaving it means rebuilding most of the stack in one project: the operator negotiates with it from no outside option.',
    references: [
      'DESIGN.md §2 (capital & coordination: partner concentration across layers)',
      'mvno-domain.md §3.2 (enablers: billing, provisioning, OSS and core elements from one MVNE)',
      'mvno-domain.md §2.1 (assets that bind an MVNO: keys, IMSIs, provisioning gateway)',
      'EU 5G Toolbox SM05 (multi-vendor strategy, avoid dependency on a single supplier)',
    ],
    detects: `An ownership group outside the operator (not its own functions, not the operator's own group) that carries at least ${percent(CONTROL_SHARE)} of capabilities belonging to ${MIN_LAYERS} or more of the ${LAYERS.length} layers (concentration by group). Medium when none of those capabilities is service-critical.`,
    recommendation:
      'Take back the layer that is cheapest to move (billing, hosting or SIM supply), or qualify a second supplier for it, before the next renewal with this group; negotiate the contracts separately so exit from one layer does not trigger the rest.',
  },
  check(context) {
    const { model, analysis, roles } = context;
    const critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
    return analysis.concentration.groups
      .filter((g) => g.layers.length >= MIN_LAYERS)
      .filter((g) => g.group !== model.operator.group)
      .filter((g) => !g.providers.every((p) => roles.isOperatorSide(p)))
      .map((g) => ({
        elements: [g.group],
        message: `${g.group} controls ${g.capabilities.length} capabilities (${g.capabilities.join(', ')}) across ${g.layers.length} of ${LAYERS.length} layers (${g.layers.join(', ')}), and receives ${percent(g.spendShare)} of provider spend`,
        evidence: evidenceFor(context, g.group, g.providers, g.capabilities),
        // Reach without anything service-critical hurts negotiations, not the service itself.
        severity: g.capabilities.some((c) => critical.has(c)) ? undefined : ('medium' as const),
      }));
  },
};

/** Each member's supplies that give the group control, then the group's declaration if any. */
function evidenceFor(
  { model, indexOf }: RuleContext,
  group: string,
  providers: readonly string[],
  capabilities: readonly string[],
): ModelPath[] {
  const paths: ModelPath[] = [];
  const controlled = new Set(capabilities);
  for (const id of providers) {
    const index = indexOf('providers', id);
    const provider = model.providers[index];
    if (provider?.supplies.some((s) => controlled.has(s.capability)))
      paths.push(['providers', index, 'supplies']);
  }
  const declared = indexOf('groups', group);
  if (declared >= 0) paths.push(['groups', declared]);
  return paths;
}
