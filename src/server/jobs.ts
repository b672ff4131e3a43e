/**
 * Long jobs (simulation, optimisation, advice) off the request thread. Each job runs on its own worker
 * thread; at most MAX_RUNNING_JOBS run at once and the rest wait in order. A job belongs to a
 * workspace, and is found only through it. Cancelling terminates the worker. Jobs live in this
 * process's memory: they are results to look at, not records, and a restart forgets them.
 */
import { randomUUID } from 'node:crypto';
import type { Job, JobOutcome, JobSource } from '../api/jobs.js';
import { runOnWorker } from '../run/worker.js';
import type { JobProgress, JobRequest } from './job-worker.js';
import { MAX_KEPT_JOBS, MAX_QUEUED_JOBS, MAX_RUNNING_JOBS } from './limits.js';

const JOB_WORKER = new URL('./job-worker.js', import.meta.url);

/** A job with what runs it: its request, and while it runs, how to stop it. */
interface JobEntry {
  view: Job;
  readonly request: JobRequest;
  run?: {
    /** Aborting terminates the job's worker. */
    readonly cancel: AbortController;
    /** Settles once the worker has ended. */
    readonly ended: Promise<void>;
  };
}

export class JobRunner {
  private readonly jobs = new Map<string, JobEntry>();
  private readonly queue: JobEntry[] = [];
  private running = 0;

  /** Queues a job; undefined when the queue is full. */
  submit(workspaceId: string, source: JobSource, request: JobRequest): Job | undefined {
    if (this.queue.length >= MAX_QUEUED_JOBS) return undefined;
    const job: JobEntry = {
      request,
      view: {
        id: randomUUID(),
        workspaceId,
        kind: request.kind,
        status: 'queued',
        source,
        createdAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
        progress: { done: 0, total: request.kind === 'simulation' ? request.trials : null },
        result: null,
        error: null,
      },
    };
    this.jobs.set(job.view.id, job);
    this.queue.push(job);
    this.forgetOldest();
    this.pump();
    return job.view;
  }

  get(workspaceId: string, id: string): Job | undefined {
    const job = this.jobs.get(id);
    return job?.view.workspaceId === workspaceId ? job.view : undefined;
  }

  /** The workspace's jobs, newest first, without their results (they can be large). */
  list(workspaceId: string): Job[] {
    return [...this.jobs.values()]
      .filter((job) => job.view.workspaceId === workspaceId)
      .map((job) => ({ ...job.view, result: null }))
      .reverse();
  }

  /** Cancels a queued or running job; a finished job is returned unchanged. */
  async cancel(workspaceId: string, id: string): Promise<Job | undefined> {
    const job = this.jobs.get(id);
    if (job === undefined || job.view.workspaceId !== workspaceId) return undefined;
    if (job.view.status === 'queued') {
      this.queue.splice(this.queue.indexOf(job), 1);
      this.finish(job, { status: 'cancelled' });
    } else if (job.view.status === 'running') {
      const run = job.run;
      this.finish(job, { status: 'cancelled' });
      run?.cancel.abort();
      await run?.ended;
    }
    return job.view;
  }

  /** Jobs running now (for tests and shutdown). */
  get runningCount(): number {
    return this.running;
  }

  /** Stops every job: for shutting the server down. */
  async close(): Promise<void> {
    this.queue.length = 0;
    const runs = [...this.jobs.values()].flatMap((job) => {
      const run = job.run;
      if (job.view.status === 'running' || job.view.status === 'queued')
        this.finish(job, { status: 'cancelled' });
      return run === undefined ? [] : [run];
    });
    for (const run of runs) run.cancel.abort();
    await Promise.all(runs.map((run) => run.ended));
  }

  private pump(): void {
    while (this.running < MAX_RUNNING_JOBS && this.queue.length > 0) {
      const job = this.queue.shift();
      if (job !== undefined) this.run(job);
    }
  }

  private run(job: JobEntry): void {
    this.running++;
    const cancel = new AbortController();
    job.view = { ...job.view, status: 'running', startedAt: new Date().toISOString() };
    const ended = runOnWorker<JobRequest, JobOutcome, JobProgress>(JOB_WORKER, job.request, {
      name: "the job's worker",
      signal: cancel.signal,
      onProgress: (progress) => {
        if (job.view.status === 'running') job.view = { ...job.view, progress };
      },
    }).then(
      (outcome) => {
        if (job.view.status !== 'running') return;
        const done = job.view.progress.total ?? job.view.progress.done;
        job.view = { ...job.view, progress: { ...job.view.progress, done } };
        this.finish(job, { status: 'succeeded', outcome });
      },
      // A cancelled job is already finished: its run's rejection changes nothing.
      (error: Error) => this.finish(job, { status: 'failed', error: error.message }),
    );
    job.run = { cancel, ended };
  }

  /** Ends a job once (later calls, such as the exit after a result, change nothing). */
  private finish(
    job: JobEntry,
    end: {
      status: 'succeeded' | 'failed' | 'cancelled';
      outcome?: JobOutcome;
      error?: string;
    },
  ): void {
    if (job.view.status !== 'running' && job.view.status !== 'queued') return;
    const wasRunning = job.view.status === 'running';
    job.view = withOutcome(
      {
        ...job.view,
        status: end.status,
        finishedAt: new Date().toISOString(),
        error: end.error ?? null,
      },
      end.outcome,
    );
    job.run = undefined;
    if (wasRunning) {
      this.running--;
      this.pump();
    }
  }

  /** Keeps at most MAX_KEPT_JOBS, forgetting the oldest finished ones first. */
  private forgetOldest(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= MAX_KEPT_JOBS) return;
      const status = job.view.status;
      if (status !== 'queued' && status !== 'running') this.jobs.delete(id);
    }
  }
}

/**
 * The job with its result: the outcome's, when the worker sent one of the job's own kind (it
 * runs the job's request, so it always is), else none.
 */
function withOutcome(view: Job, outcome: JobOutcome | undefined): Job {
  switch (view.kind) {
    case 'simulation':
      return { ...view, result: outcome?.kind === 'simulation' ? outcome.result : null };
    case 'optimization':
      return { ...view, result: outcome?.kind === 'optimization' ? outcome.result : null };
    case 'advice':
      return { ...view, result: outcome?.kind === 'advice' ? outcome.result : null };
  }
}
