import { z } from 'zod';
import { Id, Jurisdiction, Text } from './primitives.js';

/**
 * An ownership group. Two providers of one group count as one dependency: the enabler and the
 * billing SaaS it bought are one failure and one negotiation, not two.
 */
export const GroupSchema = z.strictObject({
  id: Id,
  name: Text,
  jurisdiction: Jurisdiction.optional(),
  notes: Text.optional(),
});
