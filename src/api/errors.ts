/**
 * The one shape of every error the API returns, whatever went wrong and wherever:
 * `{ "error": { "code": "…", "message": "…", "details": … } }`. `code` is stable and
 * machine-readable (snake_case), `message` is a sentence for people, `details` is optional
 * structured context (validation issues, model diagnostics, the current version of a model).
 * An ApiError carries the HTTP status with it; a refusal made on a worker thread crosses back
 * as plain data (`apiErrorData`) and is raised again on the calling thread (`ApiError.from`),
 * so it is written and read in one place (src/run/worker.ts).
 */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

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

/** An ApiError as plain data, for a worker thread's reply. */
export interface ApiErrorData {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
}

/** Thrown by handlers, middleware and workers; the server's error handler sends its body. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorContent['code'],
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The ApiError a worker thread sent as data. */
  static from({ status, code, message, details }: ApiErrorData): ApiError {
    return new ApiError(status, code, message, details);
  }
}

export function apiErrorData({ status, code, message, details }: ApiError): ApiErrorData {
  return { status, code, message, details };
}
