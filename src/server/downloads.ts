/**
 * Makes download files on worker threads, one worker per file: a report takes seconds of CPU
 * (a stress test, a solver, charts and a diagram), which on the request thread would hold
 * every other request behind it. At most one file per core is made at once; beyond that a
 * download is refused with 503 rather than queued behind minutes of work.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../cli/worker-thread.js';
import { ApiError } from './api-error.js';
import type { DownloadBody, DownloadReply, DownloadRequest } from './download-worker.js';

export interface Downloads {
  make(request: DownloadRequest): Promise<DownloadBody>;
  close(): Promise<void>;
}

export class DownloadWorkers implements Downloads {
  private readonly running = new Set<Worker>();
  private closed = false;

  constructor(private readonly limit = availableParallelism()) {}

  make(request: DownloadRequest): Promise<DownloadBody> {
    if (this.closed) return Promise.reject(new Error('the server is stopping'));
    if (this.running.size >= this.limit)
      return Promise.reject(
        new ApiError(503, 'busy', 'the server is making other downloads; try again shortly'),
      );
    const worker = startWorker('../server/download-worker');
    this.running.add(worker);
    return new Promise<DownloadBody>((resolve, reject) => {
      worker.once('message', (reply: DownloadReply) => {
        if (reply.ok) resolve(reply.body);
        else reject(ApiError.from(reply));
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the download worker stopped (exit code ${code})`)),
      );
      worker.postMessage(request);
    }).finally(() => {
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
