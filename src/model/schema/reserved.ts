import { z } from 'zod';
import { Id } from './primitives.js';

/**
 * Sections whose place is reserved for later versions: the design space for the optimiser and
 * user scenarios for stress tests. They are accepted so models can carry them, each entry needs
 * an id, and the loader warns that they are not analysed yet.
 */
const ReservedEntry = z.looseObject({ id: Id });

export const DesignSpaceSchema = z.array(ReservedEntry).meta({
  description: 'Reserved: open decisions and their options, for the optimiser.',
});
export const ScenariosSchema = z.array(ReservedEntry).meta({
  description: 'Reserved: shocks to test beyond the built-in library.',
});
export const RESERVED_SECTIONS = ['design_space', 'scenarios'] as const;
