/**
 * Analyses and the rest of the model work (model-work.ts: validation, save-time loading,
 * comparison) on a pool of worker threads. All of it is synchronous CPU work (tens to hundreds
 * of milliseconds for a real model, more for a large or hostile one); made on the request
 * thread, one of them would hold every other request — reading bodies, saves, health — behind
 * it. Here the request thread only moves text, and the work uses every core.
 *
 * Bounded three ways: a piece of work that runs past its time limit ends its thread and is
 * answered 422 `time_limit`; the queue holds at most MAX_WAITING pieces and MAX_WAITING_CHARS
 * characters of model text (a hundred queued 2 MiB models would otherwise hold ~650 MB), beyond
 * which new work is refused with 503 `busy`.
 */
import { availableParallelism } from 'node:os';
import type { ComparisonDocument } from '../api/comparison.js';
import type { ValidationDocument } from '../api/diagnostics.js';
import { ApiError } from '../api/errors.js';
import type { VersionDocument } from '../api/versions.js';
import { WorkerStopped, WorkerThread } from '../run/worker.js';
import type { ModelVersion } from '../storage/models.js';
import type { AcceptanceWork, AcceptedText } from './acceptance.js';
import type { Analyser } from './analyser.js';
import type { AnalysisRequest } from './analysis-worker.js';
import type { ComparisonRequest, ModelWork } from './model-work.js';

const ANALYSIS_WORKER = new URL('./analysis-worker.js', import.meta.url);

type AnalysisWorker = WorkerThread<AnalysisRequest, unknown>;

/** Pieces of work waiting for a worker; beyond this, new ones are refused with 503. */
const MAX_WAITING = 1_000;

/** Characters of model text (and rules) waiting: eight models at the 2 MiB body limit. */
export const MAX_WAITING_CHARS = 16 * 1024 * 1024;

/**
 * Time limits, in seconds. Within the schema's bounds the largest accepted model is analysed in
 * a few seconds; these leave a wide margin for a loaded machine and still free a thread that a
 * pathological text would hold.
 */
export const TIME_LIMITS: Readonly<Record<AnalysisRequest['kind'], number>> = {
  analysis: 30,
  comparison: 60,
  validation: 15,
  check: 15,
  version: 15,
  // Two analyses: the version's, then the accepted text's.
  acceptance: 60,
};

export interface PoolOptions {
  readonly size?: number;
  /** Overrides of TIME_LIMITS (tests shorten them). */
  readonly timeLimits?: Partial<Record<AnalysisRequest['kind'], number>>;
  readonly maxWaitingChars?: number;
}

interface Task {
  readonly request: AnalysisRequest;
  readonly chars: number;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** The characters of model text a request carries: what its place in the queue costs. */
function charsOf(request: AnalysisRequest): number {
  switch (request.kind) {
    case 'analysis':
      return request.text.length + (request.rules?.length ?? 0);
    case 'validation':
    case 'check':
      return request.text.length;
    case 'version':
      return request.version.text.length;
    case 'comparison':
      return request.from.text.length + request.to.text.length + (request.rules?.length ?? 0);
    case 'acceptance':
      return request.text.length + (request.rules?.length ?? 0);
  }
}

export class AnalysisPool implements Analyser, ModelWork {
  private readonly idle: AnalysisWorker[] = [];
  private readonly busy = new Map<AnalysisWorker, Task>();
  private readonly waiting: Task[] = [];
  private waitingChars = 0;
  private closed = false;
  private readonly size: number;
  private readonly timeLimits: Readonly<Record<AnalysisRequest['kind'], number>>;
  private readonly maxWaitingChars: number;

  constructor(options: PoolOptions | number = {}) {
    const settings = typeof options === 'number' ? { size: options } : options;
    this.size = settings.size ?? availableParallelism();
    this.timeLimits = { ...TIME_LIMITS, ...settings.timeLimits };
    this.maxWaitingChars = settings.maxWaitingChars ?? MAX_WAITING_CHARS;
  }

  analyse(name: string, text: string, rules?: string): Promise<string> {
    return this.submit({ kind: 'analysis', name, text, ...(rules === undefined ? {} : { rules }) });
  }

  validation(name: string, text: string): Promise<ValidationDocument> {
    return this.submit({ kind: 'validation', name, text });
  }

  async check(name: string, text: string): Promise<void> {
    await this.submit({ kind: 'check', name, text });
  }

  version(version: ModelVersion, file: string): Promise<VersionDocument> {
    return this.submit({ kind: 'version', version, file });
  }

  comparison(request: ComparisonRequest): Promise<ComparisonDocument> {
    return this.submit({ kind: 'comparison', ...request });
  }

  acceptance(work: AcceptanceWork): Promise<AcceptedText> {
    return this.submit({ kind: 'acceptance', ...work });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new Error('the server is stopping'));
    this.waitingChars = 0;
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  /** The result's type is the one the request's kind answers with (analysis-worker.ts). */
  private submit<T>(request: AnalysisRequest): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    const chars = charsOf(request);
    // One piece of work is always accepted when nothing waits, however large (the body limit
    // bounds it); beyond that the queue's characters are bounded too.
    const full =
      this.waiting.length >= MAX_WAITING ||
      (this.waiting.length > 0 && this.waitingChars + chars > this.maxWaitingChars);
    if (full)
      return Promise.reject(
        new ApiError(503, 'busy', 'the server has too much model work waiting; try again shortly'),
      );
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ request, chars, resolve: resolve as (result: unknown) => void, reject });
      this.waitingChars += chars;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const worker =
        this.idle.pop() ??
        (this.idle.length + this.busy.size < this.size ? this.spawn() : undefined);
      const task = worker === undefined ? undefined : this.waiting.shift();
      if (worker === undefined || task === undefined) return;
      this.waitingChars -= task.chars;
      this.busy.set(worker, task);
      this.runOn(worker, task);
    }
  }

  private spawn(): AnalysisWorker {
    return new WorkerThread<AnalysisRequest, unknown>(ANALYSIS_WORKER, 'an analysis worker');
  }

  private runOn(worker: AnalysisWorker, task: Task): void {
    const limit = this.timeLimits[task.request.kind];
    worker.run(task.request, { timeLimitSeconds: limit }).then(
      (result) => {
        this.busy.delete(worker);
        this.idle.push(worker);
        task.resolve(result);
        this.dispatch();
      },
      (error: Error) => {
        this.busy.delete(worker);
        // A refused text leaves the worker ready for the next piece of work; a time limit has
        // already ended the thread, and any other error ended it too, taking only its own work
        // with it: the next one starts afresh.
        if (error instanceof ApiError && !this.closed) this.idle.push(worker);
        else void worker.terminate();
        task.reject(error instanceof WorkerStopped ? timeLimitError(task.request, limit) : error);
        if (!this.closed) this.dispatch();
      },
    );
  }
}

function timeLimitError(request: AnalysisRequest, seconds: number): ApiError {
  return new ApiError(
    422,
    'time_limit',
    `the ${request.kind} of this model took longer than ${seconds} s and was stopped; a smaller model (fewer providers, contracts or a shorter horizon) is answered`,
    { kind: request.kind, limitSeconds: seconds },
  );
}
