/**
 * The one shape of every error the API returns, whatever went wrong and wherever:
 * `{ "error": { "code": "…", "message": "…", "details": … } }`. `code` is stable and
 * machine-readable (snake_case), `message` is a sentence for people, `details` is optional
 * structured context (validation issues, model diagnostics, the current version of a model).
 */
import { z } from '@hono/zod-openapi';

export const ErrorSchema = z.object({
  code: z.string().openapi({ example: 'version_conflict' }),
  message: z.string(),
  details: z.unknown().optional(),
});

export const ErrorBodySchema = z.object({ error: ErrorSchema }).openapi('Error');

/** The error itself: what a client shows and acts on. */
export type ApiErrorContent = z.infer<typeof ErrorSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The error body of a reply; `details` is left out when there are none. */
export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}
