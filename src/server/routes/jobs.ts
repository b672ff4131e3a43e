/**
 * Jobs: a simulation, an optimisation or the advisor's moves and plan of a stored version or of posted text, started with
 * 202 and followed by polling its resource (status, progress, result); DELETE cancels it.
 */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { ApiError } from '../../api/errors.js';
import {
  JobListSchema,
  type JobRequestDocument,
  JobRequestSchema,
  JobSchema,
  type JobSource,
} from '../../api/jobs.js';
import { findModel, findVersion } from '../../storage/models.js';
import type { Tables } from '../../storage/tables.js';
import type { ApiEnv } from '../api-env.js';
import { errorResponses } from '../error-responses.js';
import type { JobRequest } from '../job-worker.js';
import type { JobRunner } from '../jobs.js';
import { loadOrReject } from '../model-text.js';
import { JobParams, WorkspaceParams } from '../path-params.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export function registerJobRoutes(
  app: OpenAPIHono<ApiEnv>,
  db: Kysely<Tables>,
  jobs: JobRunner,
): void {
  const sourceOf = async (
    c: Context<ApiEnv>,
    body: { modelId?: string; version?: number; text?: string },
  ): Promise<{ text: string; source: JobSource }> => {
    if ((body.text === undefined) === (body.modelId === undefined))
      throw new ApiError(
        422,
        'invalid_request',
        'give either modelId (and optionally version) or text',
      );
    if (body.text !== undefined)
      return { text: body.text, source: { name: 'model.yaml', modelId: null, version: null } };
    const model = await findModel(db, c.get('workspace').id, body.modelId ?? '');
    if (model === undefined)
      throw new ApiError(404, 'not_found', `no model ${body.modelId} in this workspace`);
    const version = body.version ?? model.latestVersion;
    const found = await findVersion(db, model.id, version);
    if (found === undefined)
      throw new ApiError(404, 'not_found', `model "${model.name}" has no version ${version}`);
    return { text: found.text, source: { name: model.name, modelId: model.id, version } };
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces/{workspaceId}/jobs',
      tags: ['jobs'],
      summary: 'Start a simulation, an optimisation or the advice; poll the job it returns',
      request: {
        params: WorkspaceParams,
        body: { required: true, content: { 'application/json': { schema: JobRequestSchema } } },
      },
      responses: {
        202: json(JobSchema, 'The job, queued or running (Location names it)'),
        ...errorResponses(400, 401, 403, 404, 413, 422, 503),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { text, source } = await sourceOf(c, body);
      const loaded = loadOrReject(text, source.name);
      if (body.kind === 'optimization' && loaded.model.design_space === undefined)
        throw new ApiError(
          422,
          'no_design_space',
          `${source.name} has no design_space to optimise: add open decisions and their options (docs/optimize.md)`,
        );
      const workspaceId = c.get('workspace').id;
      const job = jobs.submit(workspaceId, source, jobRequest(body, text, source.name));
      if (job === undefined)
        throw new ApiError(
          503,
          'too_many_jobs',
          'too many jobs are waiting; try again when some have finished',
        );
      c.header('Location', `/api/workspaces/${workspaceId}/jobs/${job.id}`);
      return c.json(job, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/jobs',
      tags: ['jobs'],
      summary: "The workspace's jobs, newest first (without results)",
      request: { params: WorkspaceParams },
      responses: {
        200: json(JobListSchema, 'The jobs'),
        ...errorResponses(401, 403, 404),
      },
    }),
    (c) => c.json({ jobs: jobs.list(c.get('workspace').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/jobs/{jobId}',
      tags: ['jobs'],
      summary: 'A job: status, progress and, once succeeded, its result',
      request: { params: JobParams },
      responses: { 200: json(JobSchema, 'The job'), ...errorResponses(401, 403, 404) },
    }),
    (c) => {
      const { workspaceId, jobId } = c.req.valid('param');
      const job = jobs.get(workspaceId, jobId);
      if (job === undefined)
        throw new ApiError(404, 'not_found', `no job ${jobId} in this workspace`);
      return c.json(job, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/workspaces/{workspaceId}/jobs/{jobId}',
      tags: ['jobs'],
      summary: 'Cancel a queued or running job (its worker is terminated)',
      request: { params: JobParams },
      responses: {
        200: json(JobSchema, 'The job, cancelled (or as it was, when already finished)'),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { workspaceId, jobId } = c.req.valid('param');
      const job = await jobs.cancel(workspaceId, jobId);
      if (job === undefined)
        throw new ApiError(404, 'not_found', `no job ${jobId} in this workspace`);
      return c.json(job, 200);
    },
  );
}

/** What the job's worker is given: the request with the model's text and name. */
function jobRequest(body: JobRequestDocument, text: string, file: string): JobRequest {
  switch (body.kind) {
    case 'simulation':
      return {
        kind: 'simulation',
        text,
        file,
        trials: body.trials,
        seed: body.seed,
        years: body.years,
      };
    case 'optimization':
      return {
        kind: 'optimization',
        text,
        file,
        objectives: body.objectives,
        timeLimitSeconds: body.timeLimitSeconds,
      };
    case 'advice':
      return { kind: 'advice', text, file, trials: body.trials, seed: body.seed };
  }
}
