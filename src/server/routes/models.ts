/**
 * Models and their history: create, list, read any version, save a new version against a base
 * (optimistic concurrency), restore an old version, analyse a version, compare two versions.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { AssessmentSchema } from '../../api/assessment.js';
import { ComparisonDocumentSchema } from '../../api/comparison.js';
import { ApiError } from '../../api/errors.js';
import { ModelListSchema, ModelWithVersionSchema } from '../../api/models.js';
import { VersionDocumentSchema, VersionListSchema } from '../../api/versions.js';
import {
  createModel,
  listModels,
  listVersions,
  ModelNameSchema,
  ModelNameTaken,
  type ModelSummary,
  type NewVersion,
} from '../../storage/models.js';
import type { Tables } from '../../storage/tables.js';
import { hasControlCharacters } from '../../text/control-characters.js';
import type { Analyser } from '../analyser.js';
import type { ApiEnv } from '../api-env.js';
import { assessmentResponse } from '../assessment-document.js';
import { baseVersionOf, versionEtag } from '../base-version.js';
import { errorResponses } from '../error-responses.js';
import { MAX_MODEL_CHARS } from '../limits.js';
import type { ModelWork } from '../model-work.js';
import { ModelParams, VersionParams, WorkspaceParams } from '../path-params.js';
import { storedModel, storedVersion } from '../stored-model.js';
import { saveAfter, versionPath } from '../version-save.js';
import { workspaceRulesText } from '../workspace-rules.js';

const ModelText = z
  .string()
  .max(MAX_MODEL_CHARS)
  .openapi({ description: 'The model, YAML or JSON' });
// A NUL cannot be stored (PostgreSQL text refuses it) and an escape would be shown to every reader.
const Message = z
  .string()
  .max(2000)
  .refine((text) => !hasControlCharacters(text, { keepLayout: true }), {
    error: 'a message holds no control characters (tabs and line breaks are fine)',
  })
  .default('')
  .openapi({ description: 'What changed and why' });
const BaseVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .openapi({ description: 'The version the edit started from (or send If-Match)' });
const IfMatch = z.object({
  'if-match': z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'The ETag of the version the edit started from, e.g. "3"' }),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export function registerModelRoutes(
  app: OpenAPIHono<ApiEnv>,
  db: Kysely<Tables>,
  analyses: Analyser,
  work: ModelWork,
): void {
  const modelOf = (c: Context<ApiEnv>, modelId: string) => storedModel(db, c, modelId);
  const versionOf = (model: ModelSummary, version: number) => storedVersion(db, model, version);
  /** Saves after `base` or answers 409 naming the newest version, who saved it and when. */
  const save = (c: Context<ApiEnv>, model: ModelSummary, base: number, next: NewVersion) =>
    saveAfter(db, work, c, model, base, next);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models',
      tags: ['models'],
      summary: 'The models of a workspace',
      request: { params: WorkspaceParams },
      responses: {
        200: json(ModelListSchema, 'The models, by name'),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => c.json({ models: await listModels(db, c.get('workspace').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces/{workspaceId}/models',
      tags: ['models'],
      summary: 'Create a model with its first version (the text must load without errors)',
      request: {
        params: WorkspaceParams,
        body: jsonBody(z.object({ name: ModelNameSchema, text: ModelText, message: Message })),
      },
      responses: {
        201: json(ModelWithVersionSchema, 'The model and its version 1'),
        ...errorResponses(400, 401, 403, 404, 409, 413, 422, 503),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      await work.check(body.name, body.text);
      try {
        const created = await createModel(db, c.get('workspace').id, body.name, {
          text: body.text,
          author: c.get('identity').name,
          message: body.message === '' ? 'created' : body.message,
        });
        c.header('ETag', versionEtag(1));
        c.header('Location', versionPath(c.get('workspace').id, created.model.id, 1));
        return c.json(
          { model: created.model, version: await work.version(created.version, body.name) },
          201,
        );
      } catch (error) {
        if (error instanceof ModelNameTaken) throw new ApiError(409, 'name_taken', error.message);
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}',
      tags: ['models'],
      summary: 'A model and its newest version (ETag: that version, for If-Match)',
      request: { params: ModelParams },
      responses: {
        200: json(ModelWithVersionSchema, 'The model and its newest version'),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const model = await modelOf(c, c.req.valid('param').modelId);
      const latest = await versionOf(model, model.latestVersion);
      c.header('ETag', versionEtag(latest.version));
      return c.json({ model, version: await work.version(latest, model.name) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions',
      tags: ['models'],
      summary: 'The version history, newest first (without the texts)',
      request: { params: ModelParams },
      responses: {
        200: json(VersionListSchema, 'The history'),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const model = await modelOf(c, c.req.valid('param').modelId);
      return c.json({ versions: await listVersions(db, model.id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions',
      tags: ['models'],
      summary: 'Save a new version, if the base version is still the newest (else 409)',
      request: {
        params: ModelParams,
        headers: IfMatch,
        body: jsonBody(z.object({ text: ModelText, message: Message, baseVersion: BaseVersion })),
      },
      responses: {
        201: json(VersionDocumentSchema, 'The new version (ETag and Location name it)'),
        ...errorResponses(400, 401, 403, 404, 409, 413, 422, 428, 503),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const base = baseVersionOf(c.req.valid('header')['if-match'], body.baseVersion);
      const model = await modelOf(c, c.req.valid('param').modelId);
      await work.check(model.name, body.text);
      const saved = await save(c, model, base, {
        text: body.text,
        author: c.get('identity').name,
        message: body.message,
      });
      return c.json(saved, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions/{version}',
      tags: ['models'],
      summary: 'One version: its text, decision log, accepted risks and diagnostics',
      request: { params: VersionParams },
      responses: {
        200: json(VersionDocumentSchema, 'The version'),
        ...errorResponses(401, 403, 404, 422),
      },
    }),
    async (c) => {
      const { modelId, version } = c.req.valid('param');
      const model = await modelOf(c, modelId);
      const found = await versionOf(model, version);
      c.header('ETag', versionEtag(found.version));
      return c.json(await work.version(found, model.name), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions/{version}/restore',
      tags: ['models'],
      summary:
        'Restore a version: a new version with its text (needs the base version, like a save)',
      request: {
        params: VersionParams,
        headers: IfMatch,
        body: jsonBody(z.object({ message: Message, baseVersion: BaseVersion })),
      },
      responses: {
        201: json(VersionDocumentSchema, 'The new version'),
        ...errorResponses(400, 401, 403, 404, 409, 413, 422, 428),
      },
    }),
    async (c) => {
      const { modelId, version } = c.req.valid('param');
      const body = c.req.valid('json');
      const base = baseVersionOf(c.req.valid('header')['if-match'], body.baseVersion);
      const model = await modelOf(c, modelId);
      const old = await versionOf(model, version);
      const saved = await save(c, model, base, {
        text: old.text,
        author: c.get('identity').name,
        message: body.message === '' ? `restored version ${version}` : body.message,
        restoredFrom: version,
      });
      return c.json(saved, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions/{version}/analysis',
      tags: ['analysis'],
      summary: 'Analyse a stored version: structure, scorecard, findings, lock-in',
      request: { params: VersionParams },
      responses: {
        200: json(AssessmentSchema, 'The analysis'),
        ...errorResponses(401, 403, 404, 422, 503),
      },
    }),
    async (c) => {
      const { modelId, version } = c.req.valid('param');
      const model = await modelOf(c, modelId);
      const found = await versionOf(model, version);
      const rules = await workspaceRulesText(db, model.workspaceId);
      const json = await analyses.analyse(model.name, found.text, rules);
      return assessmentResponse(c, json);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/compare',
      tags: ['analysis'],
      summary: 'Compare two versions: every figure of both, with its change and verdict',
      request: {
        params: ModelParams,
        query: z.object({
          from: z.coerce.number().int().min(1).openapi({ type: 'integer', example: 1 }),
          to: z.coerce.number().int().min(1).openapi({ type: 'integer', example: 2 }),
        }),
      },
      responses: {
        200: json(ComparisonDocumentSchema, 'Both versions and the comparison (a: from, b: to)'),
        ...errorResponses(401, 403, 404, 422, 503),
      },
    }),
    async (c) => {
      const model = await modelOf(c, c.req.valid('param').modelId);
      const { from, to } = c.req.valid('query');
      const [a, b] = [await versionOf(model, from), await versionOf(model, to)];
      const rules = await workspaceRulesText(db, model.workspaceId);
      // On the pool: two assessments of two stored versions are the heaviest work of the API.
      const document = await work.comparison({
        name: model.name,
        from: a,
        to: b,
        ...(rules === undefined ? {} : { rules }),
      });
      return c.json(document, 200);
    },
  );
}
