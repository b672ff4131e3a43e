import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule } from '../rule.js';

/** A decision taken without weighing anything else: accumulated, not designed. */
export const decNoAlternatives: Rule = {
  meta: {
    id: 'dec-no-alternatives',
    title: 'Decision with no alternatives considered',
    category: 'decisions',
    layers: ['capital_coordination'],
    severity: 'medium',
    rationale:
      'A choice made without an alternative on the table is a step taken for a local reason (it was quick, it was offered), not a design. Such steps add up to a structure nobody chose as a whole, and leave no record of what the operator could move to.',
    references: [
      'DESIGN.md §1 (which decisions were designed and which were accumulated)',
      'DESIGN.md §2 (capital & coordination: decision history) and §3 (decision log: alternatives considered)',
    ],
    detects: 'A decision in the decision log whose alternatives are missing or empty.',
    recommendation:
      'At the next review, write down the options that were (or are now) available and why this one won; if the decision is still open to change, compare it against them properly.',
  },
  check({ model, indexOf }) {
    return (model.decisions ?? [])
      .filter((d) => (d.alternatives?.length ?? 0) === 0)
      .map((d) => {
        const index = indexOf('decisions', d.id);
        return {
          elements: [d.id],
          message: `decision ${d.id} (${d.title}, ${d.date}) chose ${d.chosen} with ${d.alternatives === undefined ? 'no alternatives recorded' : 'no alternatives considered'}`,
          evidence: [
            d.alternatives === undefined
              ? ['decisions', index]
              : ['decisions', index, 'alternatives'],
          ] satisfies ModelPath[],
        };
      });
  },
};
