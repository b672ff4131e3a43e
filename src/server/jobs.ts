/**
 * Long jobs (simulation, optimisation) off the request thread. Each job runs on its own worker
 * thread; at most MAX_RUNNING_JOBS run at once and the rest wait in order. A job belongs to a
 * workspace, and is found only through it. Cancelling terminates the worker. Jobs live in this
 * process's memory: they are results to look at, not records, and a restart forgets them.
 */
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../cli/worker-thread.js';
import type { JobMessage, JobRequest } from './job-worker.js';
import { MAX_KEPT_JOBS, MAX_QUEUED_JOBS, MAX_RUNNING_JOBS } from './limits.js';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Where the model of a job came from, for the UI to show. */
export interface JobSource {
  readonly name: string;
  readonly modelId: string | null;
  readonly version: number | null;
}

/** A job as the API returns it. */
export interface JobView {
  readonly id: string;
  readonly workspaceId: string;
  readonly kind: JobRequest['kind'];
  readonly status: JobStatus;
  readonly source: JobSource;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** `done` of `total` (trials), or points of the front found so far (`total` null). */
  readonly progress: { readonly done: number; readonly total: number | null };
  readonly result: unknown;
  readonly error: string | null;
}

interface Job {
  view: JobView;
  readonly request: JobRequest;
  worker?: Worker;
}

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private running = 0;

  /** Queues a job; undefined when the queue is full. */
  submit(workspaceId: string, source: JobSource, request: JobRequest): JobView | undefined {
    if (this.queue.length >= MAX_QUEUED_JOBS) return undefined;
    const job: Job = {
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

  get(workspaceId: string, id: string): JobView | undefined {
    const job = this.jobs.get(id);
    return job?.view.workspaceId === workspaceId ? job.view : undefined;
  }

  /** The workspace's jobs, newest first, without their results (they can be large). */
  list(workspaceId: string): JobView[] {
    return [...this.jobs.values()]
      .filter((job) => job.view.workspaceId === workspaceId)
      .map((job) => ({ ...job.view, result: null }))
      .reverse();
  }

  /** Cancels a queued or running job; a finished job is returned unchanged. */
  async cancel(workspaceId: string, id: string): Promise<JobView | undefined> {
    const job = this.jobs.get(id);
    if (job === undefined || job.view.workspaceId !== workspaceId) return undefined;
    if (job.view.status === 'queued') {
      this.queue.splice(this.queue.indexOf(job), 1);
      this.finish(job, { status: 'cancelled' });
    } else if (job.view.status === 'running') {
      const worker = job.worker;
      this.finish(job, { status: 'cancelled' });
      await worker?.terminate();
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
    const workers = [...this.jobs.values()].flatMap((job) => {
      const worker = job.worker;
      if (job.view.status === 'running' || job.view.status === 'queued')
        this.finish(job, { status: 'cancelled' });
      return worker === undefined ? [] : [worker];
    });
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (this.running < MAX_RUNNING_JOBS && this.queue.length > 0) {
      const job = this.queue.shift();
      if (job !== undefined) this.run(job);
    }
  }

  private run(job: Job): void {
    this.running++;
    const worker = startWorker('../server/job-worker');
    job.worker = worker;
    job.view = { ...job.view, status: 'running', startedAt: new Date().toISOString() };
    worker.on('message', (message: JobMessage) => {
      if (job.view.status !== 'running') return;
      if (message.kind === 'progress')
        job.view = { ...job.view, progress: { done: message.done, total: message.total } };
      else {
        const done = job.view.progress.total ?? job.view.progress.done;
        job.view = { ...job.view, progress: { ...job.view.progress, done } };
        this.finish(job, { status: 'succeeded', result: message.result });
        void worker.terminate();
      }
    });
    worker.on('error', (error: Error) => {
      this.finish(job, { status: 'failed', error: error.message });
    });
    worker.on('exit', (code) => {
      this.finish(job, {
        status: 'failed',
        error: `the job's worker stopped before finishing (exit code ${code})`,
      });
    });
    worker.postMessage(job.request);
  }

  /** Ends a job once (later calls, such as the exit after a result, change nothing). */
  private finish(
    job: Job,
    end: { status: 'succeeded' | 'failed' | 'cancelled'; result?: unknown; error?: string },
  ): void {
    if (job.view.status !== 'running' && job.view.status !== 'queued') return;
    const wasRunning = job.view.status === 'running';
    job.view = {
      ...job.view,
      status: end.status,
      finishedAt: new Date().toISOString(),
      result: end.result ?? null,
      error: end.error ?? null,
    };
    job.worker = undefined;
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
