/** The token's own identity, and the workspaces it can reach. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { ApiError } from '../../api/errors.js';
import {
  MeSchema,
  type Role,
  type WorkspaceDocument,
  WorkspaceListSchema,
  WorkspaceSchema,
} from '../../api/workspaces.js';
import type { Tables } from '../../storage/tables.js';
import {
  createWorkspace,
  listWorkspaces,
  type Workspace,
  WorkspaceNameSchema,
  WorkspaceNameTaken,
} from '../../storage/workspaces.js';
import { requireAdmin, roleIn } from '../access.js';
import type { ApiEnv } from '../api-env.js';
import { errorResponses } from '../error-responses.js';
import { WorkspaceParams } from '../path-params.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export function registerWorkspaceRoutes(app: OpenAPIHono<ApiEnv>, db: Kysely<Tables>): void {
  const visible = async (identity: ApiEnv['Variables']['identity']) => {
    const list = await listWorkspaces(
      db,
      identity.scope === 'admin' ? undefined : [...identity.grants.keys()],
    );
    return list.map((w) => withRole(w, roleIn(identity, w.id) ?? 'read'));
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['workspaces'],
      summary: 'The calling token: its name, whether it is an admin token, its workspaces',
      responses: { 200: json(MeSchema, 'The token'), ...errorResponses(401) },
    }),
    async (c) => {
      const identity = c.get('identity');
      return c.json(
        {
          tokenId: identity.id,
          name: identity.name,
          admin: identity.scope === 'admin',
          workspaces: await visible(identity),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces',
      tags: ['workspaces'],
      summary: 'Workspaces the token can reach, by name',
      responses: {
        200: json(WorkspaceListSchema, 'The workspaces'),
        ...errorResponses(401),
      },
    }),
    async (c) => c.json({ workspaces: await visible(c.get('identity')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces',
      tags: ['workspaces'],
      summary: 'Create a workspace (admin tokens only)',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: z.object({ name: WorkspaceNameSchema }) } },
        },
      },
      responses: {
        201: json(WorkspaceSchema, 'The new workspace'),
        ...errorResponses(400, 401, 403, 409, 413, 422),
      },
    }),
    async (c) => {
      requireAdmin(c.get('identity'));
      try {
        const workspace = await createWorkspace(db, c.req.valid('json').name);
        return c.json(withRole(workspace, 'write'), 201);
      } catch (error) {
        if (error instanceof WorkspaceNameTaken)
          throw new ApiError(409, 'name_taken', error.message);
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}',
      tags: ['workspaces'],
      summary: 'One workspace',
      request: { params: WorkspaceParams },
      responses: { 200: json(WorkspaceSchema, 'The workspace'), ...errorResponses(401, 403, 404) },
    }),
    (c) => c.json(withRole(c.get('workspace'), c.get('role')), 200),
  );
}

function withRole(workspace: Workspace, role: Role): WorkspaceDocument {
  return { id: workspace.id, name: workspace.name, createdAt: workspace.createdAt, role };
}
