/** Models as the API returns them: a model's identity and newest version number, and a model with one version. */
import { z } from '@hono/zod-openapi';
import { VersionDocumentSchema } from './versions.js';

export const ModelSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    latestVersion: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Model');

export type ModelSummary = z.infer<typeof ModelSchema>;

export const ModelListSchema = z.object({ models: z.array(ModelSchema) });

export type ModelListDocument = z.infer<typeof ModelListSchema>;

/** A model and one of its versions: the answer of create and of reading a model. */
export const ModelWithVersionSchema = z.object({
  model: ModelSchema,
  version: VersionDocumentSchema,
});

export type ModelWithVersion = z.infer<typeof ModelWithVersionSchema>;
