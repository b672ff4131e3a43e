/**
 * A job run on the editor's text that remembers which text it ran on, so its result can say
 * it is out of date once the text changes. Stress test, optimiser and advice use it; the
 * advice's lives in the workspace, so the overview can read (and start) the same run.
 */
import { useCallback, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { JobKind, JobOf, JobRequestBody } from '../api/types.js';
import { useJob } from './use-job.js';

export interface TextJob<Kind extends JobKind> {
  readonly job: JobOf<Kind> | null;
  readonly error: string | null;
  readonly running: boolean;
  /** The text the running or finished job was started on. */
  readonly ranOn: string | null;
  /** The finished job's result, whatever text it ran on. */
  readonly result: JobOf<Kind>['result'] | null;
  start(request: Extract<JobRequestBody, { kind: Kind }>): Promise<void>;
  cancel(): Promise<void>;
}

export function useTextJob<Kind extends JobKind>(
  api: ApiClient,
  workspaceId: string,
): TextJob<Kind> {
  const { job, error, running, start, cancel } = useJob<Kind>(api, workspaceId);
  const [ranOn, setRanOn] = useState<string | null>(null);
  const startOnText = useCallback(
    (request: Extract<JobRequestBody, { kind: Kind }>) => {
      setRanOn(request.text ?? null);
      return start(request);
    },
    [start],
  );
  // Reading `result` narrows the union of job kinds, which TypeScript cannot follow through
  // the generic Kind: the job is of Kind (useJob's contract), so its result is too.
  const result = (job?.status === 'succeeded' ? job.result : null) as JobOf<Kind>['result'] | null;
  return { job, error, running, ranOn, result, start: startOnText, cancel };
}

/** Whether a finished result was made for another text than `text`. */
export function isStale(run: Pick<TextJob<JobKind>, 'result' | 'ranOn'>, text: string): boolean {
  return run.result !== null && run.ranOn !== text;
}
