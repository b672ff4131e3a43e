/**
 * The API as the app calls it: the session's token on every request, JSON in and out, and
 * every failure as an ApiFailure carrying the API's error code, message and details.
 */
import type { ErrorBody } from './types.js';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export class ApiClient {
  constructor(readonly token: string) {}

  async json<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, options);
    return (await response.json()) as T;
  }

  /** The raw response of a successful request (for downloads). */
  async send(path: string, { method = 'GET', body, headers, signal }: RequestOptions = {}) {
    const response = await fetch(`/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal === undefined ? {} : { signal }),
    });
    if (response.ok) return response;
    const error = await errorOf(response);
    throw new ApiFailure(response.status, error.code, error.message, error.details);
  }
}

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error !== undefined) return body.error;
  } catch {
    // Not the API's error shape (a proxy's page, say): describe the status instead.
  }
  return {
    code: 'http_error',
    message: `the server answered ${response.status} ${response.statusText}`,
  };
}

/** The sentence to show for any failure of a call. */
export function failureMessage(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
