/**
 * A workspace's user rules: one YAML text (src/rules/rule-file.ts), replaced whole on each save.
 * Storage keeps the text as given; checking it is the API's job, before it is saved.
 */
import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

export interface StoredRules {
  readonly text: string;
  readonly author: string;
  readonly updatedAt: string;
}

export async function findWorkspaceRules(
  db: Kysely<Tables>,
  workspaceId: string,
): Promise<StoredRules | undefined> {
  const row = await db
    .selectFrom('workspace_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { text: row.text, author: row.author, updatedAt: row.updated_at };
}

/** Saves the workspace's rules text, replacing any before it. */
export async function saveWorkspaceRules(
  db: Kysely<Tables>,
  workspaceId: string,
  text: string,
  author: string,
): Promise<StoredRules> {
  const row = { workspace_id: workspaceId, text, author, updated_at: new Date().toISOString() };
  await db
    .insertInto('workspace_rules')
    .values(row)
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({ text, author, updated_at: row.updated_at }),
    )
    .execute();
  return { text, author, updatedAt: row.updated_at };
}
