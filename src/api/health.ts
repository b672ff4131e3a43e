/** The answer of `GET /health`: the server is up, and its version. */
import { z } from '@hono/zod-openapi';

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() });

export type Health = z.infer<typeof HealthSchema>;
