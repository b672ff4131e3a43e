import { z } from 'zod';
import { Id } from './primitives.js';

/**
 * Sections whose place is reserved for later versions: the design space for the optimiser. It
 * is accepted so models can carry it, each entry needs an id, and the loader warns that it is
 * not analysed yet.
 */
const ReservedEntry = z.looseObject({ id: Id });

export const DesignSpaceSchema = z.array(ReservedEntry).meta({
  description: 'Reserved: open decisions and their options, for the optimiser.',
});
export const ScenariosSchema = z.array(ReservedEntry).meta({
  description: 'Reserved: shocks to test beyond the built-in library.',
});
export const RESERVED_SECTIONS = ['design_space', 'scenarios'] as const;
