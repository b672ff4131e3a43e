/** The parameters of the API's paths, validated the same way on every route. */
import { z } from '@hono/zod-openapi';
import { hasControlCharacters } from '../text/control-characters.js';

// No id holds a control character; refused here, a NUL would reach PostgreSQL and fail there.
const Id = z
  .string()
  .min(1)
  .max(100)
  .refine((id) => !hasControlCharacters(id), { error: 'an id holds no control characters' });

export const WorkspaceParams = z.object({
  workspaceId: Id.openapi({ param: { name: 'workspaceId', in: 'path' } }),
});

export const ModelParams = WorkspaceParams.extend({
  modelId: Id.openapi({ param: { name: 'modelId', in: 'path' } }),
});

export const VersionParams = ModelParams.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000_000)
    .openapi({ param: { name: 'version', in: 'path' }, type: 'integer' }),
});

export const JobParams = WorkspaceParams.extend({
  jobId: Id.openapi({ param: { name: 'jobId', in: 'path' } }),
});
