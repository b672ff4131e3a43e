/**
 * Saving a new version of a model after a base version: the one way every write of model text
 * (a save, a restore, an accepted finding) reaches storage. Optimistic concurrency: when the
 * base is no longer the newest, nothing is saved and the answer is 409 naming the newest
 * version, who saved it and when. A saved version's ETag and Location go on the response.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { ApiError } from '../api/errors.js';
import type { VersionDocument } from '../api/versions.js';
import {
  type ModelSummary,
  type NewVersion,
  saveVersion,
  type VersionSummary,
} from '../storage/models.js';
import type { Tables } from '../storage/tables.js';
import type { ApiEnv } from './api-env.js';
import { versionEtag } from './base-version.js';
import type { ModelWork } from './model-work.js';

export async function saveAfter(
  db: Kysely<Tables>,
  work: ModelWork,
  c: Context<ApiEnv>,
  model: ModelSummary,
  base: number,
  next: NewVersion,
): Promise<VersionDocument> {
  const result = await saveVersion(db, model.id, base, next);
  if (!result.ok) throw versionConflict(model, base, result.current);
  c.header('ETag', versionEtag(result.version.version));
  c.header('Location', versionPath(c.get('workspace').id, model.id, result.version.version));
  return work.version(result.version, model.name);
}

/** 409: `base` is not the newest version of the model; `current` is. */
export function versionConflict(
  model: ModelSummary,
  base: number,
  current: VersionSummary,
): ApiError {
  return new ApiError(
    409,
    'version_conflict',
    `version ${base} of "${model.name}" is no longer the newest: version ${current.version} was saved by ${current.author} at ${current.createdAt}${current.message === '' ? '' : ` ("${current.message}")`}. Load version ${current.version}, reapply your edit and save with base version ${current.version}.`,
    { baseVersion: base, current },
  );
}

export function versionPath(workspaceId: string, modelId: string, version: number): string {
  return `/api/workspaces/${workspaceId}/models/${modelId}/versions/${version}`;
}
