/**
 * Makes download files on worker threads, one worker per file: a report takes seconds of CPU
 * (a stress test, a solver, charts and a diagram), which on the request thread would hold
 * every other request behind it. At most one file per core is made at once; beyond that a
 * download is refused with 503 rather than queued behind minutes of work.
 *
 * Each file has a time limit, as the analysis pool's work has (analysis-pool.ts): past it the
 * worker is ended, its place freed for the next download (which starts a new worker), and the
 * request answered 422 `time_limit` with the kind and the limit.
 */
import { availableParallelism } from 'node:os';
import { ApiError } from '../api/errors.js';
import { WorkerStopped, WorkerThread } from '../run/worker.js';
import type { DownloadBody, DownloadKind, DownloadRequest } from './download-worker.js';

const DOWNLOAD_WORKER = new URL('./download-worker.js', import.meta.url);

/**
 * Time limits, in seconds. A register is one assessment (the analysis pool allows an analysis
 * 30 s); a report adds a 20,000-trial stress test, a design-space front stopped at 10 s, the
 * charts and the diagram. Both leave a wide margin for a loaded machine and still free a core
 * that a pathological model would hold.
 */
export const DOWNLOAD_TIME_LIMITS: Readonly<Record<DownloadKind, number>> = {
  report: 120,
  'register-csv': 60,
  'register-xlsx': 60,
};

export interface DownloadOptions {
  /** Files made at once (one worker each); the machine's cores by default. */
  readonly limit?: number;
  /** Overrides of DOWNLOAD_TIME_LIMITS (tests shorten them). */
  readonly timeLimits?: Partial<Record<DownloadKind, number>>;
}

export interface Downloads {
  make(request: DownloadRequest): Promise<DownloadBody>;
  close(): Promise<void>;
}

export class DownloadWorkers implements Downloads {
  private readonly running = new Set<WorkerThread<DownloadRequest, DownloadBody>>();
  private closed = false;
  private readonly limit: number;
  private readonly timeLimits: Readonly<Record<DownloadKind, number>>;

  constructor(options: DownloadOptions = {}) {
    this.limit = options.limit ?? availableParallelism();
    this.timeLimits = { ...DOWNLOAD_TIME_LIMITS, ...options.timeLimits };
  }

  make(request: DownloadRequest): Promise<DownloadBody> {
    if (this.closed) return Promise.reject(new Error('the server is stopping'));
    if (this.running.size >= this.limit)
      return Promise.reject(
        new ApiError(503, 'busy', 'the server is making other downloads; try again shortly'),
      );
    const worker = new WorkerThread<DownloadRequest, DownloadBody>(
      DOWNLOAD_WORKER,
      'the download worker',
    );
    this.running.add(worker);
    const seconds = this.timeLimits[request.kind];
    return worker
      .run(request, { timeLimitSeconds: seconds })
      .catch((error: unknown) => {
        throw error instanceof WorkerStopped ? timeLimitError(request.kind, seconds) : error;
      })
      .finally(() => {
        this.running.delete(worker);
        void worker.terminate();
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.running];
    this.running.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

const WHAT: Readonly<Record<DownloadKind, string>> = {
  report: 'the report',
  'register-csv': 'the register (CSV)',
  'register-xlsx': 'the register (XLSX)',
};

function timeLimitError(kind: DownloadKind, seconds: number): ApiError {
  return new ApiError(
    422,
    'time_limit',
    `${WHAT[kind]} of this model took longer than ${seconds} s to make and was stopped; a smaller model (fewer providers, contracts or a shorter horizon) is answered`,
    { kind, limitSeconds: seconds },
  );
}
