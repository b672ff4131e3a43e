import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule } from '../rule.js';

/** A decision taken without looking at what it does to the other layers and earlier choices. */
export const decInteractionsNotAssessed: Rule = {
  meta: {
    id: 'dec-interactions-not-assessed',
    title: 'Decision taken without assessing its interactions',
    category: 'decisions',
    layers: ['capital_coordination'],
    severity: 'medium',
    rationale:
      'Lock-in comes from interactions: an enabler chosen for speed that also holds the keys, a cloud chosen for cost that the billing SaaS runs on too. A decision assessed on its own layer only is how an operator ends up in a structure it never chose as a whole.',
    references: [
      'DESIGN.md §1 (decisions designed versus accumulated; choices that interact and lock in)',
      'DESIGN.md §3 (decision log: whether interactions were assessed)',
      'UK Electronic Communications (Security Measures) Regulations 2022, reg. 7(3)(a) (risks from supplier contracts, including their termination, assessed)',
    ],
    detects: 'A decision whose interactions_assessed is not true (false, or not recorded).',
    recommendation:
      'Review the decision against the others it touches (which providers it shares groups, hosting, data or keys with; which exits it makes harder) and record the result.',
  },
  check({ model, indexOf }) {
    return (model.decisions ?? [])
      .filter((d) => d.interactions_assessed !== true)
      .map((d) => {
        const index = indexOf('decisions', d.id);
        return {
          elements: [d.id],
          message: `decision ${d.id} (${d.title}, ${d.date}) ${d.interactions_assessed === false ? 'was taken without assessing' : 'records no assessment of'} its effects on other layers and earlier decisions`,
          evidence: [
            d.interactions_assessed === undefined
              ? ['decisions', index]
              : ['decisions', index, 'interactions_assessed'],
          ] satisfies ModelPath[],
        };
      });
  },
};
