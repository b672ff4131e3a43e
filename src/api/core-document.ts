/**
 * A part of an API document whose shape is one of the core's result types (plain TypeScript
 * interfaces, not zod). Mirroring those large structures in zod would write them a second time;
 * instead the schema's TypeScript type is the core type itself (`z.custom<T>()`), so a field
 * renamed in the core changes the document's type everywhere it is used, and the OpenAPI
 * description names what it holds. These schemas describe answers; nothing parses with them.
 */
import { z } from '@hono/zod-openapi';

export function coreDocument<T>(description: string, type: 'object' | 'array' = 'object') {
  return z.custom<T>().openapi({ type, description });
}
