/**
 * Errors as the server raises them: an ApiError carries the HTTP status and the error of the
 * API's one error shape (src/api/errors.ts), which the app's error handler sends. A refusal
 * made on a worker thread crosses back as plain data (`apiErrorData`) and is raised again on
 * the request thread (`ApiError.from`), so it is written and read in one place.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ApiErrorContent, ErrorBodySchema } from '../api/errors.js';

/** An ApiError as plain data, for a worker thread's reply. */
export interface ApiErrorData {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
}

/** Thrown by handlers and middleware; the app's error handler turns it into the error body. */
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
