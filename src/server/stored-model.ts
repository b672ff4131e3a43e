/** A model of the request's workspace and one of its versions, or 404 saying what is missing. */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { ApiError } from '../api/errors.js';
import { findModel, findVersion, type ModelSummary, type ModelVersion } from '../storage/models.js';
import type { Tables } from '../storage/tables.js';
import type { ApiEnv } from './api-env.js';

export async function storedModel(
  db: Kysely<Tables>,
  c: Context<ApiEnv>,
  modelId: string,
): Promise<ModelSummary> {
  const model = await findModel(db, c.get('workspace').id, modelId);
  if (model === undefined)
    throw new ApiError(404, 'not_found', `no model ${modelId} in this workspace`);
  return model;
}

export async function storedVersion(
  db: Kysely<Tables>,
  model: ModelSummary,
  version: number,
): Promise<ModelVersion> {
  const found = await findVersion(db, model.id, version);
  if (found === undefined)
    throw new ApiError(
      404,
      'not_found',
      `model "${model.name}" has no version ${version} (its newest is ${model.latestVersion})`,
    );
  return found;
}
