/**
 * Analyses on a pool of worker threads. An analysis is synchronous CPU work (tens to hundreds
 * of milliseconds for a real model); made on the request thread, fifty at once would hold every
 * other request — reading bodies, saves, health — behind them. Here the request thread only
 * moves text, and the analyses use every core.
 */
import { availableParallelism } from 'node:os';
import { ApiError } from '../api/errors.js';
import { WorkerThread } from '../run/worker.js';
import type { Analyser } from './analyser.js';
import type { AnalysisRequest } from './analysis-worker.js';

const ANALYSIS_WORKER = new URL('./analysis-worker.js', import.meta.url);

type AnalysisWorker = WorkerThread<AnalysisRequest, string>;

/** Analyses waiting for a worker; beyond this, new ones are refused with 503. */
const MAX_WAITING = 1_000;

interface Task extends AnalysisRequest {
  resolve(json: string): void;
  reject(error: Error): void;
}

export class AnalysisPool implements Analyser {
  private readonly idle: AnalysisWorker[] = [];
  private readonly busy = new Map<AnalysisWorker, Task>();
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(private readonly size = availableParallelism()) {}

  analyse(name: string, text: string, rules?: string): Promise<string> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (this.waiting.length >= MAX_WAITING)
      return Promise.reject(
        new ApiError(503, 'busy', 'the server has too many analyses waiting; try again shortly'),
      );
    return new Promise((resolve, reject) => {
      this.waiting.push({ name, text, ...(rules === undefined ? {} : { rules }), resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new Error('the server is stopping'));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker =
        this.idle.pop() ??
        (this.idle.length + this.busy.size < this.size ? this.spawn() : undefined);
      const task = worker === undefined ? undefined : this.waiting.shift();
      if (worker === undefined || task === undefined) return;
      this.busy.set(worker, task);
      this.analyseOn(worker, task);
    }
  }

  private spawn(): AnalysisWorker {
    return new WorkerThread<AnalysisRequest, string>(ANALYSIS_WORKER, 'an analysis worker');
  }

  private analyseOn(worker: AnalysisWorker, task: Task): void {
    const { name, text, rules } = task;
    worker.run({ name, text, ...(rules === undefined ? {} : { rules }) }).then(
      (json) => {
        this.busy.delete(worker);
        this.idle.push(worker);
        task.resolve(json);
        this.dispatch();
      },
      (error: Error) => {
        this.busy.delete(worker);
        // A refused text leaves the worker ready for the next analysis; any other error ended
        // it, taking only its own analysis with it, and the next one starts afresh.
        if (error instanceof ApiError && !this.closed) this.idle.push(worker);
        else void worker.terminate();
        task.reject(error);
        if (!this.closed) this.dispatch();
      },
    );
  }
}
