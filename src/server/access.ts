/**
 * Who may do what. Every /api route but health needs a valid bearer token; routes under
 * /api/workspaces/{workspaceId} also need that workspace granted to the token, for reading
 * (GET) or writing (every other method). Admin tokens reach every workspace.
 */
import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { ApiError } from '../api/errors.js';
import type { Role, Tables } from '../storage/tables.js';
import { authenticate, type TokenIdentity } from '../storage/tokens.js';
import { findWorkspace } from '../storage/workspaces.js';
import type { ApiEnv } from './api-env.js';

/** Paths under /api that answer without a token. */
const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/api/health']);

export function requireToken(db: Kysely<Tables>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    const header = c.req.header('authorization');
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null)
      throw new ApiError(
        401,
        'unauthorized',
        'this route needs a token: send `Authorization: Bearer <token>` (create one with `mvnoscope token create`)',
      );
    const identity = await authenticate(db, match[1] ?? '');
    if (identity === undefined)
      throw new ApiError(401, 'unauthorized', 'the token is malformed, unknown or revoked');
    c.set('identity', identity);
    return next();
  };
}

/** Checks the token's role in the workspace of the path and puts the workspace on the context. */
export function requireWorkspaceAccess(db: Kysely<Tables>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const identity = c.get('identity');
    const workspaceId = c.req.param('workspaceId') ?? '';
    const role = roleIn(identity, workspaceId);
    if (role === undefined)
      throw new ApiError(403, 'forbidden', `this token has no access to workspace ${workspaceId}`);
    const needed: Role = c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write';
    if (needed === 'write' && role !== 'write')
      throw new ApiError(403, 'forbidden', 'this token may read this workspace but not change it');
    const workspace = await findWorkspace(db, workspaceId);
    // Only ids are accepted in paths: a name would let one token's grant follow a renamed workspace.
    if (workspace === undefined || workspace.id !== workspaceId)
      throw new ApiError(404, 'not_found', `no workspace ${workspaceId}`);
    c.set('workspace', workspace);
    c.set('role', role);
    return next();
  };
}

/** The token's role in a workspace, if any; admin tokens write everywhere. */
export function roleIn(identity: TokenIdentity, workspaceId: string): Role | undefined {
  return identity.scope === 'admin' ? 'write' : identity.grants.get(workspaceId);
}

export function requireAdmin(identity: TokenIdentity): void {
  if (identity.scope !== 'admin')
    throw new ApiError(
      403,
      'forbidden',
      'only an admin token can do this (`mvnoscope token create --admin`)',
    );
}
