/**
 * The HTTP API as one Hono app: size limit, token, workspace access, the routes, the OpenAPI
 * description, and one error shape for every failure. Built from its dependencies, so tests
 * run it in process (`app.request(…)`) against either database.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Kysely } from 'kysely';
import { ApiError, errorBody } from '../api/errors.js';
import { HealthSchema } from '../api/health.js';
import type { Tables } from '../storage/tables.js';
import { VERSION } from '../version.js';
import { requireToken, requireWorkspaceAccess } from './access.js';
import { type Analyser, inThreadAnalyser } from './analyser.js';
import { AnalysisCache } from './analysis-cache.js';
import type { ApiEnv } from './api-env.js';
import { type Downloads, DownloadWorkers } from './downloads.js';
import type { JobRunner } from './jobs.js';
import { MAX_BODY_BYTES } from './limits.js';
import { inThreadWork, type ModelWork } from './model-work.js';
import { registerAcceptanceRoutes } from './routes/acceptances.js';
import { registerAnalysisRoutes } from './routes/analysis.js';
import { registerDownloadRoutes } from './routes/downloads.js';
import { registerJobRoutes } from './routes/jobs.js';
import { registerModelRoutes } from './routes/models.js';
import { registerRuleRoutes } from './routes/rules.js';
import { registerWorkspaceRoutes } from './routes/workspaces.js';
import { securityHeaders, serveWebApp } from './web-app.js';

export interface AppDependencies {
  readonly db: Kysely<Tables>;
  readonly jobs: JobRunner;
  /** What makes analyses; by default, in this thread behind a cache. */
  readonly analyses?: Analyser;
  /** Validation, save-time loading and comparison (model-work.ts); by default, in this thread. */
  readonly work?: ModelWork;
  /** What makes the report and register files; by default, a worker thread per file. */
  readonly downloads?: Downloads;
  /** Where unexpected errors (500s) are logged with their stack; clients never see it. */
  readonly logError?: (error: unknown) => void;
  /** The web app's build to serve outside /api; none: the API alone. */
  readonly webRoot?: string;
}

const OPENAPI_PATH = '/api/openapi.json';

export function createApp({
  db,
  jobs,
  analyses = new AnalysisCache(inThreadAnalyser),
  work = inThreadWork,
  downloads = new DownloadWorkers(),
  logError = console.error,
  webRoot,
}: AppDependencies) {
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      const first = issues[0];
      return c.json(
        errorBody(
          'invalid_request',
          `invalid ${result.target}${first === undefined ? '' : `: ${first.path === '' ? '' : `${first.path}: `}${first.message}`}`,
          { target: result.target, issues },
        ),
        422,
      );
    },
  });

  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    if (error instanceof HTTPException) {
      // Hono's own refusals: malformed JSON, a wrong content type.
      const code = error.status === 400 ? 'malformed_request' : 'http_error';
      return c.json(errorBody(code, error.message), error.status);
    }
    // The net under the schemas' own refusals: PostgreSQL's "invalid byte sequence 0x00" (22021)
    // means a NUL reached a query from a field no schema checked; nothing was stored.
    if ((error as { code?: unknown }).code === '22021')
      return c.json(
        errorBody('invalid_request', 'the request holds a NUL character, which cannot be stored'),
        422,
      );
    logError(error);
    return c.json(errorBody('internal', 'internal error: the server log has the details'), 500);
  });
  app.notFound((c) =>
    c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404),
  );

  app.use('*', securityHeaders);
  if (webRoot !== undefined) app.use('*', serveWebApp(webRoot));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          errorBody(
            'payload_too_large',
            `the request body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MiB`,
            { limitBytes: MAX_BODY_BYTES },
          ),
          413,
        ),
    }),
  );
  app.use('/api/*', requireToken(db));
  // Also matches /api/workspaces/{workspaceId} itself.
  app.use('/api/workspaces/:workspaceId/*', requireWorkspaceAccess(db));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['health'],
      summary: 'Whether the server is up (the one route that needs no token)',
      security: [],
      responses: {
        200: {
          description: 'Up',
          content: {
            'application/json': { schema: HealthSchema },
          },
        },
      },
    }),
    (c) => c.json({ status: 'ok' as const, version: VERSION }, 200),
  );
  registerWorkspaceRoutes(app, db);
  registerRuleRoutes(app, db);
  registerModelRoutes(app, db, analyses, work);
  registerAcceptanceRoutes(app, db, work);
  registerAnalysisRoutes(app, analyses, work);
  registerJobRoutes(app, db, jobs);
  registerDownloadRoutes(app, db, downloads);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `mvnoscope token create`',
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'mvnoscope API',
      version: VERSION,
      description:
        'Workspaces of MVNO stack models with version history, their analysis, stress tests and design-space optimisation. Errors: { error: { code, message, details? } }. See docs/api.md.',
    },
    security: [{ bearer: [] }],
  });
  return app;
}
