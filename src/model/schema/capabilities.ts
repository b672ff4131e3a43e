import { z } from 'zod';
import { LAYERS } from '../layers.js';
import { Id, Text } from './primitives.js';

/**
 * A capability entry: either a catalogue id with overrides (`critical: false` for an operator
 * whose service survives without it), or a capability of the user's own, which then needs a
 * name, its layers and whether it is service-critical.
 */
export const CapabilitySchema = z.strictObject({
  id: Id,
  name: Text.optional(),
  description: Text.optional(),
  layers: z.array(z.enum(LAYERS)).min(1).optional(),
  critical: z
    .boolean()
    .optional()
    .meta({ description: 'Whether losing every supplier of this capability stops the service.' }),
});
