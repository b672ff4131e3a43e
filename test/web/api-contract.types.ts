/**
 * The web app reads the API with the contract's own types (src/api), checked by
 * `npm run typecheck` (this file is type-checked, not run). Two kinds of checks:
 *
 * - Each web type equals its src/api type, so a field whose type changes in src/api changes in
 *   the web app too — and every reader of it there is type-checked against the new type.
 * - Each `@ts-expect-error` marks a mismatch that must stay an error. If the web app's types
 *   stopped deriving from src/api (restated by hand, loosened to `unknown` or `any`), the error
 *   would vanish and the unused directive would fail the check instead.
 */
import type { AcceptanceRequest } from '../../src/api/acceptances.js';
import type { ComparisonDocument } from '../../src/api/comparison.js';
import type { ErrorBody } from '../../src/api/errors.js';
import type { Job, JobOf, JobRequestBody } from '../../src/api/jobs.js';
import type { ModelListDocument, ModelSummary, ModelWithVersion } from '../../src/api/models.js';
import type { OptimizationJobResult } from '../../src/api/optimization.js';
import type { SimulationJobResult } from '../../src/api/simulation.js';
import type { VersionListDocument, VersionSummary } from '../../src/api/versions.js';
import type { Me } from '../../src/api/workspaces.js';
import type * as Web from '../../web/src/api/types.js';

/** True when A and B are the same type (not merely assignable either way). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`: `holds<Same<A, B>>()` fails the check when A is not B. */
function holds<_Condition extends true>(): void {}

holds<Same<Web.Me, Me>>();
holds<Same<Web.AcceptanceRequest, AcceptanceRequest>>();
holds<Same<Web.ModelSummary, ModelSummary>>();
holds<Same<Web.ModelListDocument, ModelListDocument>>();
holds<Same<Web.ModelWithVersion, ModelWithVersion>>();
holds<Same<Web.VersionSummary, VersionSummary>>();
holds<Same<Web.VersionListDocument, VersionListDocument>>();
holds<Same<Web.ComparisonDocument, ComparisonDocument>>();
holds<Same<Web.ErrorBody, ErrorBody>>();
holds<Same<Web.Job, Job>>();
holds<Same<Web.JobRequestBody, JobRequestBody>>();
holds<Same<Web.SimulationJobResult, SimulationJobResult>>();
holds<Same<Web.OptimizationJobResult, OptimizationJobResult>>();

/** A field's type is the contract's: a number in src/api is no string in the web app. */
export function latestVersionIsANumber(model: Web.ModelSummary): number {
  // @ts-expect-error latestVersion is a number in src/api/models.ts
  const asText: string = model.latestVersion;
  return asText.length + model.latestVersion;
}

/** A job's result is typed by its kind: a simulation's result has no front, and the reverse. */
export function resultsFollowTheKind(job: Web.Job): number {
  if (job.result === null) return 0;
  if (job.kind === 'simulation') {
    // @ts-expect-error a simulation job's result is a SimulationJobResult, which has no front
    job.result.front;
    return job.result.loss.var99;
  }
  if (job.kind === 'advice') {
    // @ts-expect-error an advice job's result is an AdviceJobResult, which has no loss
    job.result.loss;
    return job.result.moves.length + job.result.plan.front.length;
  }
  // @ts-expect-error an optimisation job's result is an OptimizationJobResult, with no loss
  job.result.loss;
  return job.result.front.length;
}

/** The web app's job hook asks for one kind and gets that kind's job back. */
export function oneKind(job: Web.JobOf<'optimization'>): JobOf<'optimization'>['kind'] {
  // @ts-expect-error an optimisation job is never a simulation job
  const simulation: Web.JobOf<'simulation'> = job;
  return simulation.kind === 'simulation' ? 'optimization' : job.kind;
}

/** A job request is checked against the contract's request schema, defaults optional. */
export const requests: readonly Web.JobRequestBody[] = [
  { kind: 'simulation', text: 'operator: …' },
  { kind: 'optimization', modelId: 'm', objectives: ['cost', 'lockin'] },
  // @ts-expect-error `trials` is a number in src/api/jobs.ts
  { kind: 'simulation', modelId: 'm', trials: '1000' },
  // @ts-expect-error an optimisation has no trials
  { kind: 'optimization', modelId: 'm', trials: 1000 },
];
