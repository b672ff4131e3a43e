/**
 * A workspace's user rules: read them (any token of the workspace) and replace them (write
 * tokens). Saved rules run in every analysis, report, register and comparison of the
 * workspace's models; a text that does not load is refused, with each problem at its line.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { WorkspaceRulesBodySchema, WorkspaceRulesSchema } from '../../api/rules.js';
import type { Tables } from '../../storage/tables.js';
import { findWorkspaceRules, saveWorkspaceRules } from '../../storage/workspace-rules.js';
import type { ApiEnv } from '../api-env.js';
import { errorResponses } from '../error-responses.js';
import { WorkspaceParams } from '../path-params.js';
import { loadRulesOrReject, rulesDocument } from '../workspace-rules.js';

const PATH = '/api/workspaces/{workspaceId}/rules';

export function registerRuleRoutes(app: OpenAPIHono<ApiEnv>, db: Kysely<Tables>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: PATH,
      tags: ['rules'],
      summary: 'The user rules in effect in the workspace (empty text: the built-in rules only)',
      request: { params: WorkspaceParams },
      responses: {
        200: {
          description: 'The rules text and the rules it defines',
          content: { 'application/json': { schema: WorkspaceRulesSchema } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => c.json(rulesDocument(await findWorkspaceRules(db, c.get('workspace').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: PATH,
      tags: ['rules'],
      summary:
        'Replace the workspace’s user rules (YAML, conditions in CEL); 422 with positions when invalid',
      request: {
        params: WorkspaceParams,
        body: {
          required: true,
          content: { 'application/json': { schema: WorkspaceRulesBodySchema } },
        },
      },
      responses: {
        200: {
          description: 'The rules now in effect',
          content: { 'application/json': { schema: WorkspaceRulesSchema } },
        },
        ...errorResponses(400, 401, 403, 404, 413, 422),
      },
    }),
    async (c) => {
      const { text } = c.req.valid('json');
      // Refused before it is stored: a saved text always loads.
      loadRulesOrReject(text);
      const stored = await saveWorkspaceRules(
        db,
        c.get('workspace').id,
        text,
        c.get('identity').name,
      );
      return c.json(rulesDocument(stored), 200);
    },
  );
}
