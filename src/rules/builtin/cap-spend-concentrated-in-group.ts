import type { ModelPath } from '../../model/load/diagnostic.js';
import { money } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import type { Rule } from '../rule.js';

/**
 * Above three-fifths of the spend, one group's price review moves most of the cost base, and its
 * renewal is the operator's budget: no single other supplier is large enough to balance it.
 */
const MAX_GROUP_SHARE = 0.6;

/** One outside group takes most of what the operator pays its providers. */
export const capSpendConcentratedInGroup: Rule = {
  meta: {
    id: 'cap-spend-concentrated-in-group',
    title: 'Most supplier spend goes to one outside group',
    category: 'capital_coordination',
    layers: ['cost_structure', 'capital_coordination'],
    severity: 'medium',
    rationale:
      'When one group receives most of the money, its price changes are the operator’s margin, and moving away from it is the largest project the operator could run. The group also knows that its share of the operator’s costs is its leverage at every review.',
    references: [
      'DESIGN.md §2 (capital & coordination: partner concentration; cost structure: exposure of unit economics)',
      'mvno-domain.md §3.3 (host wholesale pricing models: retail-minus, unit prices, minimum commitments)',
      'mvno-domain.md §6.1 (wholesale as the largest cost line)',
    ],
    detects: `An ownership group outside the operator (not its own functions, not the operator's own group) that receives more than ${percent(MAX_GROUP_SHARE)} of the monthly spend on cost lines tied to a provider (spend concentration by group, over outside suppliers only: spend with the operator's own functions is no supplier spend and is left out of the total).`,
    recommendation:
      'Move the spend that is easiest to re-tender (hosting, SIMs, care, BSS) to other groups, or negotiate the large group’s prices against a benchmarked outside offer; at minimum, cap its price reviews (indexation limits) in the contract.',
  },
  check({ model, analysis, roles, indexOf }) {
    const { spend } = analysis.concentration;
    const outside = (group: string) =>
      group !== model.operator.group &&
      model.providers.some((p) => p.group === group && !roles.isOperatorSide(p.id));
    return spend.groups
      .filter((g) => g.share > MAX_GROUP_SHARE && outside(g.group))
      .map((g) => {
        const members = new Set(
          model.providers.filter((p) => p.group === g.group).map((p) => p.id),
        );
        const lines = (model.costs ?? []).filter(
          (line) => line.provider !== undefined && members.has(line.provider),
        );
        return {
          elements: [g.group],
          message: `${g.group} receives ${percent(g.share)} of supplier spend (${money(g.share * spend.attributedMonthly, model.operator.currency)} of ${money(spend.attributedMonthly, model.operator.currency)} a month) through ${lines.map((l) => l.id).join(', ')}`,
          evidence: lines.map((l): ModelPath => ['costs', indexOf('costs', l.id)]),
        };
      });
  },
};
