/** Ownership stakes in one company cannot add up to more than 100%. */

import { field, fractionValue } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

const TOLERANCE = 1e-6;

export const checkStakes: ModelCheck = (context: CheckContext) => {
  const lists: readonly (readonly [readonly string[], string])[] = [
    [['operator', 'owners'], "the operator's owners"],
    [['capital', 'investors'], 'the investors'],
  ];
  for (const [pattern, who] of lists) {
    for (const [path, list] of select(context.root, pattern)) {
      if (!Array.isArray(list)) continue;
      const total = list.reduce<number>(
        (sum, entry) => sum + (fractionValue(field(entry, 'stake')) ?? 0),
        0,
      );
      if (total <= 1 + TOLERANCE) continue;
      context.error(path, {
        code: 'stakes-exceed-total',
        message: `the stakes of ${who} add up to ${Number((total * 100).toFixed(2))}%`,
        expected: 'stakes that add up to at most 100%',
        found: `${Number((total * 100).toFixed(2))}%`,
        suggestion: 'check for a stake written as a percentage number (50 instead of 50% or 0.5)',
      });
    }
  }
};
