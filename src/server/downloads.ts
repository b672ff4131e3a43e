/**
 * Makes download files on worker threads, one worker per file: a report takes seconds of CPU
 * (a stress test, a solver, charts and a diagram), which on the request thread would hold
 * every other request behind it. At most one file per core is made at once; beyond that a
 * download is refused with 503 rather than queued behind minutes of work.
 */
import { availableParallelism } from 'node:os';
import { ApiError } from '../api/errors.js';
import { WorkerThread } from '../run/worker.js';
import type { DownloadBody, DownloadRequest } from './download-worker.js';

const DOWNLOAD_WORKER = new URL('./download-worker.js', import.meta.url);

export interface Downloads {
  make(request: DownloadRequest): Promise<DownloadBody>;
  close(): Promise<void>;
}

export class DownloadWorkers implements Downloads {
  private readonly running = new Set<WorkerThread<DownloadRequest, DownloadBody>>();
  private closed = false;

  constructor(private readonly limit = availableParallelism()) {}

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
    return worker.run(request).finally(() => {
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
