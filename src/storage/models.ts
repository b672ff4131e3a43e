/**
 * Models and their version history. A model's text is never changed in place: every save adds
 * version n + 1 and keeps the others, so any version can be read, compared or restored.
 *
 * Saves are optimistic: the caller names the version its edit started from, and the save
 * succeeds only if that is still the newest. Two guards make a lost update impossible on both
 * backends: the save moves `models.latest_version` from the base to base + 1 with a
 * compare-and-swap UPDATE (PostgreSQL re-checks the condition after a concurrent writer
 * commits; SQLite serialises writers), and (model_id, version) is the versions' primary key.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { ModelSummary } from '../api/models.js';
import type { VersionSummary } from '../api/versions.js';
import type { ModelTable, ModelVersionTable, Tables } from './tables.js';
import { isUniqueViolation } from './unique-violation.js';

export const ModelNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, { message: 'a model name has no control characters' });

// A model and a version's history entry are stored as the API documents them; the rows they
// are read from (tables.ts) differ in naming only, and toModel and toSummary below map them.
export type { ModelSummary, VersionSummary };

/** A stored version: its history entry, its model and its text. */
export interface ModelVersion extends VersionSummary {
  readonly modelId: string;
  readonly text: string;
}

export interface NewVersion {
  readonly text: string;
  readonly author: string;
  readonly message: string;
  readonly restoredFrom?: number;
}

export type SaveResult =
  | { readonly ok: true; readonly version: ModelVersion }
  /** The base was not the newest version; `current` is the newest, for the conflict message. */
  | { readonly ok: false; readonly current: VersionSummary };

export class ModelNameTaken extends Error {
  constructor(readonly modelName: string) {
    super(`this workspace already has a model named "${modelName}"`);
    this.name = 'ModelNameTaken';
  }
}

/** Creates a model with its first version. */
export async function createModel(
  db: Kysely<Tables>,
  workspaceId: string,
  name: string,
  first: NewVersion,
): Promise<{ readonly model: ModelSummary; readonly version: ModelVersion }> {
  const now = new Date().toISOString();
  const model: ModelTable = {
    id: randomUUID(),
    workspace_id: workspaceId,
    name: ModelNameSchema.parse(name),
    created_at: now,
    latest_version: 1,
    updated_at: now,
  };
  try {
    const version = await db.transaction().execute(async (trx) => {
      await trx.insertInto('models').values(model).execute();
      return insertVersion(trx, model.id, 1, first, now);
    });
    return { model: toModel(model), version };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ModelNameTaken(model.name);
    throw error;
  }
}

/** Adds the version after `baseVersion`, unless someone saved another version since. */
export async function saveVersion(
  db: Kysely<Tables>,
  modelId: string,
  baseVersion: number,
  next: NewVersion,
): Promise<SaveResult> {
  const now = new Date().toISOString();
  let saved: ModelVersion | undefined;
  try {
    saved = await db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('models')
        .set({ latest_version: baseVersion + 1, updated_at: now })
        .where('id', '=', modelId)
        .where('latest_version', '=', baseVersion)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) === 0) return undefined;
      return insertVersion(trx, modelId, baseVersion + 1, next, now);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (saved !== undefined) return { ok: true, version: saved };
  const current = await latestVersion(db, modelId);
  if (current === undefined) throw new Error(`model ${modelId} has no versions`);
  return { ok: false, current };
}

export async function listModels(db: Kysely<Tables>, workspaceId: string): Promise<ModelSummary[]> {
  const rows = await db
    .selectFrom('models')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  return rows.map(toModel);
}

/** A model of the given workspace (a model id from another workspace finds nothing). */
export async function findModel(
  db: Kysely<Tables>,
  workspaceId: string,
  modelId: string,
): Promise<ModelSummary | undefined> {
  const row = await db
    .selectFrom('models')
    .selectAll()
    .where('id', '=', modelId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row === undefined ? undefined : toModel(row);
}

/** The history, newest first, without the texts. */
export async function listVersions(db: Kysely<Tables>, modelId: string): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('model_versions')
    .select(['version', 'author', 'message', 'created_at', 'restored_from'])
    .where('model_id', '=', modelId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSummary);
}

export async function findVersion(
  db: Kysely<Tables>,
  modelId: string,
  version: number,
): Promise<ModelVersion | undefined> {
  const row = await db
    .selectFrom('model_versions')
    .selectAll()
    .where('model_id', '=', modelId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row === undefined ? undefined : toVersion(row);
}

async function latestVersion(
  db: Kysely<Tables>,
  modelId: string,
): Promise<VersionSummary | undefined> {
  const row = await db
    .selectFrom('model_versions')
    .select(['version', 'author', 'message', 'created_at', 'restored_from'])
    .where('model_id', '=', modelId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : toSummary(row);
}

async function insertVersion(
  trx: Transaction<Tables>,
  modelId: string,
  version: number,
  next: NewVersion,
  now: string,
): Promise<ModelVersion> {
  const row: ModelVersionTable = {
    model_id: modelId,
    version,
    text: next.text,
    author: next.author,
    message: next.message,
    created_at: now,
    restored_from: next.restoredFrom ?? null,
  };
  await trx.insertInto('model_versions').values(row).execute();
  return toVersion(row);
}

function toModel(row: ModelTable): ModelSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    createdAt: row.created_at,
    latestVersion: row.latest_version,
    updatedAt: row.updated_at,
  };
}

function toSummary(
  row: Pick<ModelVersionTable, 'version' | 'author' | 'message' | 'created_at' | 'restored_from'>,
): VersionSummary {
  return {
    version: row.version,
    author: row.author,
    message: row.message,
    createdAt: row.created_at,
    restoredFrom: row.restored_from,
  };
}

function toVersion(row: ModelVersionTable): ModelVersion {
  return { ...toSummary(row), modelId: row.model_id, text: row.text };
}
