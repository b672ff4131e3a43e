/** The parameters of the API's paths, validated the same way on every route. */
import { z } from '@hono/zod-openapi';

const Id = z.string().min(1).max(100);

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
