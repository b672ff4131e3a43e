/**
 * A long job on the server (a stress test or the optimiser): start it, follow its progress
 * by polling its resource until it ends, cancel it. One job at a time per panel.
 */
import { useCallback, useEffect, useState } from 'react';
import { type ApiClient, failureMessage } from '../api/client.js';
import type { Job, JobKind, JobOf, JobRequestBody } from '../api/types.js';

/** How often a running job is asked for its progress. */
const POLL_MS = 400;

const finished = (job: Job) =>
  job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled';

/** Jobs of one kind: the request names that kind, and the job's result is of that kind. */
export function useJob<Kind extends JobKind>(api: ApiClient, workspaceId: string) {
  const [job, setJob] = useState<JobOf<Kind> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/workspaces/${encodeURIComponent(workspaceId)}/jobs`;

  const start = useCallback(
    async (request: Extract<JobRequestBody, { kind: Kind }>) => {
      setError(null);
      setJob(null);
      try {
        setJob(await api.json<JobOf<Kind>>(base, { method: 'POST', body: request }));
      } catch (failure) {
        setError(failureMessage(failure));
      }
    },
    [api, base],
  );

  const cancel = useCallback(async () => {
    if (job === null) return;
    try {
      setJob(await api.json<JobOf<Kind>>(`${base}/${job.id}`, { method: 'DELETE' }));
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }, [api, base, job]);

  useEffect(() => {
    if (job === null || finished(job)) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const next = await api.json<JobOf<Kind>>(`${base}/${job.id}`);
        // A cancel answered meanwhile wins over a poll sent before it.
        if (live) setJob((current) => (current !== null && finished(current) ? current : next));
      } catch (failure) {
        if (live) setError(failureMessage(failure));
      }
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, base, job]);

  const running = job !== null && !finished(job);
  return { job, error, running, start, cancel };
}
