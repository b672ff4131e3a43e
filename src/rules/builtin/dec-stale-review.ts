import { monthsBetween } from '../../model/calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule } from '../rule.js';

/** Two years, as in the scorecard: longer than most contract terms' review cycle and a funding round. */
const REVIEW_MONTHS = 24;

/** A decision nobody has looked at for more than two years. */
export const decStaleReview: Rule = {
  meta: {
    id: 'dec-stale-review',
    title: 'Decision not reviewed for more than two years',
    category: 'decisions',
    layers: ['capital_coordination'],
    severity: 'low',
    rationale:
      'The reasons behind a decision age: prices move, suppliers are bought, the operator grows out of what it chose at launch. A decision not reviewed in years is kept by inertia, and the exit it would need gets more expensive every month.',
    references: [
      'DESIGN.md §2 (capital & coordination: decision history) and §3 (decision log: last review)',
      'NIS2 Art. 21(2)(f) (assessing the effectiveness of risk-management measures)',
    ],
    detects: `A decision whose last_review (or, when never reviewed, its date) is more than ${REVIEW_MONTHS} months before operator.as_of.`,
    recommendation:
      'Review the decision against today’s alternatives and prices, before the next renewal of the contracts it brought in, and record the review date.',
  },
  check({ model, indexOf }) {
    const asOf = model.operator.as_of;
    return (model.decisions ?? []).flatMap((d) => {
      const reviewed = d.last_review ?? d.date;
      const age = monthsBetween(reviewed, asOf);
      if (age <= REVIEW_MONTHS) return [];
      const index = indexOf('decisions', d.id);
      return [
        {
          elements: [d.id],
          message: `decision ${d.id} (${d.title}) was ${d.last_review === undefined ? `taken on ${d.date} and never reviewed` : `last reviewed on ${d.last_review}`}: ${age} months before ${asOf}`,
          evidence: [
            ['decisions', index, d.last_review === undefined ? 'date' : 'last_review'],
          ] satisfies ModelPath[],
        },
      ];
    });
  },
};
