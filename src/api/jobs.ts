/**
 * Jobs: what a client asks for (a simulation, an optimisation or the advisor's moves and plan,
 * of a stored version or of posted text), and the job resource it then polls — status, progress and, once succeeded,
 * the result. The job and its result are one union discriminated by `kind`, so a simulation
 * job's result is a simulation result wherever it is read.
 */
import { z } from '@hono/zod-openapi';
import { ADVICE_SEED, ADVICE_TRIALS } from '../advice/index.js';
import { OBJECTIVES } from '../model/objectives.js';
import { AdviceJobResultSchema } from './advice.js';
import {
  MAX_ADVICE_TRIALS,
  MAX_JOB_TRIALS,
  MAX_MODEL_CHARS,
  MAX_OPTIMIZATION_SECONDS,
} from './limits.js';
import { OptimizationJobResultSchema } from './optimization.js';
import { SimulationJobResultSchema } from './simulation.js';

/** The model a job runs on: a stored version (the newest when `version` is left out) or text. */
const SourceFields = {
  modelId: z.string().min(1).max(100).optional(),
  version: z.number().int().min(1).optional(),
  text: z.string().max(MAX_MODEL_CHARS).optional(),
};

export const JobRequestSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('simulation'),
      ...SourceFields,
      trials: z.number().int().min(1).max(MAX_JOB_TRIALS).default(100_000),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(1),
      years: z.number().int().min(1).max(50).default(1),
    }),
    z.object({
      kind: z.literal('optimization'),
      ...SourceFields,
      objectives: z
        .array(z.enum(OBJECTIVES))
        .min(2)
        .max(4)
        .refine((list) => new Set(list).size === list.length, 'an objective is named twice')
        .default(['cost', 'lockin']),
      timeLimitSeconds: z.number().int().min(1).max(MAX_OPTIMIZATION_SECONDS).default(120),
    }),
    z.object({
      kind: z.literal('advice'),
      ...SourceFields,
      // The advisor's own defaults, so the job's document is the one `mvnoscope advise --json`
      // prints.
      trials: z.number().int().min(100).max(MAX_ADVICE_TRIALS).default(ADVICE_TRIALS),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(ADVICE_SEED),
    }),
  ])
  .openapi('JobRequest');

/** A job request as a client writes it (fields with defaults may be left out). */
export type JobRequestBody = z.input<typeof JobRequestSchema>;
/** A job request as the server reads it, defaults filled in. */
export type JobRequestDocument = z.output<typeof JobRequestSchema>;

export type JobKind = JobRequestDocument['kind'];

export const JobStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);

export type JobStatus = z.infer<typeof JobStatusSchema>;

/** Where the model of a job came from, for the UI to show. */
export const JobSourceSchema = z.object({
  name: z.string(),
  modelId: z.string().nullable(),
  version: z.number().int().nullable(),
});

export type JobSource = z.infer<typeof JobSourceSchema>;

/** What every job has, whatever its kind. */
const JobFields = {
  id: z.string(),
  workspaceId: z.string(),
  status: JobStatusSchema,
  source: JobSourceSchema,
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /**
   * `done` of `total`: trials (simulations), moves valued of those proposed plus the plan
   * (advice; `total` null until the moves are known), or points of the front found so far
   * (optimisations; `total` null).
   */
  progress: z.object({ done: z.number(), total: z.number().nullable() }),
  error: z.string().nullable(),
};

/** A job's result, null until the job has succeeded (the result's own description stays). */
const resultWhenSucceeded = <S extends z.ZodType>(schema: S) =>
  schema.nullable().openapi({ type: ['object', 'null'] });

const SimulationJobSchema = z.object({
  ...JobFields,
  kind: z.literal('simulation'),
  result: resultWhenSucceeded(SimulationJobResultSchema),
});

const OptimizationJobSchema = z.object({
  ...JobFields,
  kind: z.literal('optimization'),
  result: resultWhenSucceeded(OptimizationJobResultSchema),
});

const AdviceJobSchema = z.object({
  ...JobFields,
  kind: z.literal('advice'),
  result: resultWhenSucceeded(AdviceJobResultSchema),
});

export const JobSchema = z
  .discriminatedUnion('kind', [SimulationJobSchema, OptimizationJobSchema, AdviceJobSchema])
  .openapi('Job');

export type Job = z.infer<typeof JobSchema>;

/** A job of one kind, its result typed for that kind. */
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

export type JobResultOf<K extends JobKind> = NonNullable<JobOf<K>['result']>;

/** A finished job's result with its kind: what the job's worker produces. */
export type JobOutcome = {
  [K in JobKind]: { readonly kind: K; readonly result: JobResultOf<K> };
}[JobKind];

export const JobListSchema = z.object({ jobs: z.array(JobSchema) });
