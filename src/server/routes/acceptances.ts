/**
 * Accepting a finding: a write token names a finding of a model's newest version with a reason,
 * an owner and an expiry date, and the server writes the accepted risk into that version's text
 * (acceptance.ts) and saves it as the next version, with a message saying what was accepted.
 * The version in the path is the base of the save: when it is no longer the newest the answer
 * is 409, as for a save, and nothing is written.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { AcceptanceRequestSchema } from '../../api/acceptances.js';
import { VersionDocumentSchema } from '../../api/versions.js';
import type { Tables } from '../../storage/tables.js';
import type { ApiEnv } from '../api-env.js';
import { errorResponses } from '../error-responses.js';
import type { ModelWork } from '../model-work.js';
import { VersionParams } from '../path-params.js';
import { storedModel, storedVersion } from '../stored-model.js';
import { saveAfter, versionConflict } from '../version-save.js';
import { workspaceRulesText } from '../workspace-rules.js';

export function registerAcceptanceRoutes(
  app: OpenAPIHono<ApiEnv>,
  db: Kysely<Tables>,
  work: ModelWork,
): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces/{workspaceId}/models/{modelId}/versions/{version}/acceptances',
      tags: ['models'],
      summary:
        'Accept a finding of the newest version: its text with the accepted risk, saved as a new version (else 409)',
      request: {
        params: VersionParams,
        body: {
          required: true,
          content: { 'application/json': { schema: AcceptanceRequestSchema } },
        },
      },
      responses: {
        201: {
          description: 'The new version, its accepted risks holding the new entry',
          content: { 'application/json': { schema: VersionDocumentSchema } },
        },
        ...errorResponses(400, 401, 403, 404, 409, 413, 422, 503),
      },
    }),
    async (c) => {
      const { modelId, version } = c.req.valid('param');
      const request = c.req.valid('json');
      const model = await storedModel(db, c, modelId);
      const base = await storedVersion(db, model, version);
      // Refused before the work: an acceptance is written into the newest text only.
      if (version !== model.latestVersion)
        throw versionConflict(model, version, await storedVersion(db, model, model.latestVersion));
      const rules = await workspaceRulesText(db, model.workspaceId);
      const accepted = await work.acceptance({
        name: model.name,
        text: base.text,
        ...(rules === undefined ? {} : { rules }),
        request,
        today: new Date().toISOString().slice(0, 10),
      });
      const saved = await saveAfter(db, work, c, model, version, {
        text: accepted.text,
        author: c.get('identity').name,
        message: accepted.message,
      });
      return c.json(saved, 201);
    },
  );
}
