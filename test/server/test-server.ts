/**
 * The API in process for the server tests: a fresh test database (support.ts) under the app with
 * its job runner, tokens granted on workspaces, and requests made as a token would make them.
 */
import type { Kysely } from 'kysely';
import { type AppDependencies, createApp } from '../../src/server/app.js';
import { JobRunner } from '../../src/server/jobs.js';
import type { Tables } from '../../src/storage/tables.js';
import { createToken, type TokenGrant } from '../../src/storage/tokens.js';
import type { Workspace } from '../../src/storage/workspaces.js';
import { openTestDatabase, type TestBackend } from './support.js';

export type App = ReturnType<typeof createApp>;

export interface TestServer {
  readonly db: Kysely<Tables>;
  readonly app: App;
  readonly jobs: JobRunner;
  /** Closes the job runner, then closes and removes the database. */
  close(): Promise<void>;
}

/** The app on a fresh database; `options` replace its defaults (a worker pool, say). */
export async function openTestServer(
  backend: TestBackend['name'],
  options: Omit<AppDependencies, 'db' | 'jobs'> = {},
): Promise<TestServer> {
  const test = await openTestDatabase(backend);
  const { db } = test.database;
  const jobs = new JobRunner();
  const app = createApp({ db, jobs, logError: () => {}, ...options });
  return {
    db,
    app,
    jobs,
    close: async () => {
      await jobs.close();
      await test.drop();
    },
  };
}

/** A new token named `name` with `role` on `workspace` alone. */
export async function grant(
  db: Kysely<Tables>,
  name: string,
  workspace: Workspace,
  role: TokenGrant['role'],
): Promise<string> {
  const created = await createToken(db, {
    name,
    scope: 'workspaces',
    grants: [{ workspaceId: workspace.id, role }],
  });
  return created.token;
}

export interface ApiAnswer<Json> {
  readonly status: number;
  readonly headers: Headers;
  /** The body as text: a download's file, or the JSON unparsed. */
  readonly text: string;
  /** The body parsed; reading it from an answer that is not JSON fails the test, saying so. */
  readonly json: Json;
}

export type ApiCall<Json> = (
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<ApiAnswer<Json>>;

/**
 * Requests to `app` with `token` as the bearer (none: no authorization header) and `body` as
 * JSON (a string is sent as it is, malformed JSON included). `Json` is what the caller takes the
 * answers' bodies to be.
 */
export function apiCaller<Json = unknown>(app: App): ApiCall<Json> {
  return async (method, path, token, body, headers = {}) => {
    const response = await app.request(path, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const answer = { status: response.status, headers: response.headers, text };
    if (type.includes('json')) return { ...answer, json: JSON.parse(text) as Json };
    return {
      ...answer,
      get json(): Json {
        throw new Error(`${method} ${path} answered ${response.status} ${type}, not JSON`);
      },
    };
  };
}
