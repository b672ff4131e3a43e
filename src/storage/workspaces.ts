/** Workspaces: named folders of models that tokens are granted access to. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Tables, WorkspaceTable } from './tables.js';
import { isUniqueViolation } from './unique-violation.js';

export const WorkspaceNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, {
    message:
      'a workspace name is letters, digits, spaces and . _ - (starting with a letter or digit)',
  });

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

export class WorkspaceNameTaken extends Error {
  constructor(readonly workspaceName: string) {
    super(`a workspace named "${workspaceName}" already exists`);
    this.name = 'WorkspaceNameTaken';
  }
}

export async function createWorkspace(db: Kysely<Tables>, name: string): Promise<Workspace> {
  const row: WorkspaceTable = {
    id: randomUUID(),
    name: WorkspaceNameSchema.parse(name),
    created_at: new Date().toISOString(),
  };
  try {
    await db.insertInto('workspaces').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new WorkspaceNameTaken(row.name);
    throw error;
  }
  return toWorkspace(row);
}

/** A workspace by id or, failing that, by name (the CLI accepts either). */
export async function findWorkspace(
  db: Kysely<Tables>,
  idOrName: string,
): Promise<Workspace | undefined> {
  const byId = await db
    .selectFrom('workspaces')
    .selectAll()
    .where('id', '=', idOrName)
    .executeTakeFirst();
  const row =
    byId ??
    (await db.selectFrom('workspaces').selectAll().where('name', '=', idOrName).executeTakeFirst());
  return row === undefined ? undefined : toWorkspace(row);
}

/** Every workspace, or only those with the given ids; ordered by name. */
export async function listWorkspaces(
  db: Kysely<Tables>,
  only?: readonly string[],
): Promise<Workspace[]> {
  if (only?.length === 0) return [];
  let query = db.selectFrom('workspaces').selectAll().orderBy('name');
  if (only !== undefined) query = query.where('id', 'in', only);
  return (await query.execute()).map(toWorkspace);
}

function toWorkspace(row: WorkspaceTable): Workspace {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}
