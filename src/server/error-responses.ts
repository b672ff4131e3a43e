/**
 * The error responses of the API's routes, for their OpenAPI description. The errors
 * themselves (ApiError and its one body shape) are the contract's: src/api/errors.ts.
 */
import { ErrorBodySchema } from '../api/errors.js';

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
