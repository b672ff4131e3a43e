import { z } from 'zod';
import { Fraction, Id, Jurisdiction, Text } from './primitives.js';

/**
 * An ownership group. Two providers of one group count as one dependency: the enabler and the
 * billing SaaS it bought are one failure and one negotiation, not two.
 */
export const GroupSchema = z.strictObject({
  id: Id,
  name: Text,
  jurisdiction: Jurisdiction.optional(),
  availability: Fraction.optional().meta({
    description:
      'Probability the group as a whole is up: no group-wide outage, shutdown or insolvency taking all its providers down at once. Default stated in the output.',
  }),
  notes: Text.optional(),
});
