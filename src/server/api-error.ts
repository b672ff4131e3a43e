/**
 * The one shape of every error the API returns, whatever went wrong and wherever:
 * `{ "error": { "code": "…", "message": "…", "details": … } }`. `code` is stable and
 * machine-readable (snake_case), `message` is a sentence for people, `details` is optional
 * structured context (validation issues, model diagnostics, the current version of a model).
 */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'version_conflict' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Thrown by handlers and middleware; the app's error handler turns it into the error body. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** The error responses a route documents, for its OpenAPI description. */
export function errorResponses(...statuses: readonly ErrorStatus[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status],
        content: { 'application/json': { schema: ErrorBodySchema } },
      },
    ]),
  );
}

const ERROR_DESCRIPTIONS = {
  400: 'The body is not well-formed JSON, or has the wrong content type',
  401: 'No token, or a token that is malformed, unknown or revoked',
  403: 'The token does not grant this workspace, or grants it read-only',
  404: 'No such workspace, model, version or job',
  409: 'A conflict: the base version is not the newest, or the name is taken',
  413: 'The body is larger than the limit',
  422: 'The request or the model text is invalid (with positioned diagnostics for models)',
  428: 'A save that names no base version (If-Match header or baseVersion)',
  503: 'Too much work is waiting (jobs or analyses); try again later',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;
