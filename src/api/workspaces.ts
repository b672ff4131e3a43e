/** Workspaces as the API returns them, each with the calling token's role, and the token itself. */
import { z } from '@hono/zod-openapi';

export const RoleSchema = z.enum(['read', 'write']);

export type Role = z.infer<typeof RoleSchema>;

export const WorkspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    /** The calling token's role in it. */
    role: RoleSchema,
  })
  .openapi('Workspace');

export type WorkspaceDocument = z.infer<typeof WorkspaceSchema>;

export const WorkspaceListSchema = z.object({ workspaces: z.array(WorkspaceSchema) });

/** The calling token (`GET /me`): its name, whether it is an admin token, its workspaces. */
export const MeSchema = z
  .object({
    tokenId: z.string(),
    name: z.string(),
    admin: z.boolean(),
    workspaces: z.array(WorkspaceSchema),
  })
  .openapi('Me');

export type Me = z.infer<typeof MeSchema>;
