/**
 * The one protocol of every worker thread. The caller posts a request; the worker answers with
 * any number of progress messages, then either its result or a refusal (an ApiError, carried
 * as `apiErrorData` and raised again with `ApiError.from`). Any other error is a bug: it ends
 * the worker, and the caller's run rejects with it.
 *
 * Entries are named by a URL the caller makes beside its own module,
 * `new URL('./x-worker.js', import.meta.url)`: in a build that is the compiled entry; under
 * tsx and the test runner, where the modules are TypeScript, the `.ts` file is started through
 * a small bootstrap that registers tsx first.
 */
import { parentPort, type TransferListItem, Worker } from 'node:worker_threads';
import type { ApiErrorData } from '../api/errors.js';

/**
 * The API's errors, loaded when a refusal is carried: they bring the API's schema library, which
 * a worker that only computes (a diagram's layout, a batch of stress trials) has no other use
 * for. A worker whose handler refuses has loaded them already.
 */
const apiErrors = () => import('../api/errors.js');

async function refusal(error: ApiErrorData): Promise<Error> {
  const { ApiError } = await apiErrors();
  return ApiError.from(error);
}

/** What a worker posts back for one request. */
export type WorkerReply<Res, Progress> =
  | { readonly kind: 'progress'; readonly progress: Progress }
  | { readonly kind: 'result'; readonly result: Res }
  | { readonly kind: 'refused'; readonly error: ApiErrorData };

/** A run that ended without its result because the caller stopped it. */
export class WorkerStopped extends Error {
  constructor(readonly reason: 'time-limit' | 'cancelled') {
    super(reason === 'time-limit' ? 'the worker reached its time limit' : 'the run was cancelled');
    this.name = 'WorkerStopped';
  }
}

export interface RunOptions<Progress> {
  readonly onProgress?: (progress: Progress) => void;
  /**
   * Stops the run when the time is up: the run rejects with WorkerStopped('time-limit') at
   * once (the caller keeps what progress brought), and the thread is terminated.
   */
  readonly timeLimitSeconds?: number;
  /** Cancels the run: the thread is terminated, then the run rejects with WorkerStopped('cancelled'). */
  readonly signal?: AbortSignal;
  /** Buffers handed over to the worker rather than copied. */
  readonly transfer?: readonly TransferListItem[];
}

/** Starts the worker module at `entry` (a `.js` URL beside the caller's module). */
function startThread(entry: URL): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(entry);
  const source = entry.href.replace(/\.js$/, '.ts');
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * One worker thread kept for several requests, one at a time (a pool's worker, or a worker
 * that keeps state between requests such as a compiled scenario).
 */
export class WorkerThread<Req, Res, Progress = never> {
  private readonly worker: Worker;

  /** `name` says in errors which worker stopped, e.g. "the download worker". */
  constructor(
    entry: URL,
    private readonly name = 'the worker',
  ) {
    this.worker = startThread(entry);
  }

  run(request: Req, options: RunOptions<Progress> = {}): Promise<Res> {
    const { worker } = this;
    return new Promise<Res>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (end: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        options.signal?.removeEventListener('abort', onAbort);
        end();
      };
      const onMessage = (reply: WorkerReply<Res, Progress>) => {
        if (reply.kind === 'progress') options.onProgress?.(reply.progress);
        else if (reply.kind === 'result') settle(() => resolve(reply.result));
        else settle(() => void refusal(reply.error).then(reject));
      };
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) =>
        settle(() =>
          reject(new Error(`${this.name} stopped before finishing (exit code ${code})`)),
        );
      const onAbort = () =>
        settle(() => void this.terminate().then(() => reject(new WorkerStopped('cancelled'))));
      if (options.signal?.aborted === true) return onAbort();
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      if (options.timeLimitSeconds !== undefined)
        timer = setTimeout(() => {
          settle(() => reject(new WorkerStopped('time-limit')));
          void this.terminate();
        }, options.timeLimitSeconds * 1000);
      worker.postMessage(request, options.transfer);
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Runs one request on a worker thread of its own, which ends with the run. */
export async function runOnWorker<Req, Res, Progress = never>(
  entry: URL,
  request: Req,
  options: RunOptions<Progress> & { readonly name?: string } = {},
): Promise<Res> {
  const thread = new WorkerThread<Req, Res, Progress>(entry, options.name);
  try {
    return await thread.run(request, options);
  } finally {
    void thread.terminate();
  }
}

/** What a worker entry does with one request; `progress` posts a progress message. */
export type WorkerHandler<Req, Res, Progress> = (
  request: Req,
  progress: (progress: Progress) => void,
) => Res | Promise<Res>;

export interface ServeOptions<Res> {
  /** Buffers of the result handed over to the caller rather than copied. */
  readonly transfer?: (result: Res) => readonly TransferListItem[];
}

/**
 * Answers every request this worker receives (call it once, at the top of a worker entry).
 * A refusal (ApiError) is posted back; any other error is rethrown and ends the worker.
 */
export function serveWorker<Req, Res, Progress = never>(
  handler: WorkerHandler<Req, Res, Progress>,
  options: ServeOptions<Res> = {},
): void {
  const port = parentPort;
  if (port === null) throw new Error('serveWorker answers requests only on a worker thread');
  const post = (reply: WorkerReply<Res, Progress>, transfer?: readonly TransferListItem[]) =>
    port.postMessage(reply, transfer);
  port.on('message', async (request: Req) => {
    let reply: WorkerReply<Res, Progress>;
    try {
      const result = await handler(request, (progress) => post({ kind: 'progress', progress }));
      reply = { kind: 'result', result };
    } catch (error) {
      const { ApiError, apiErrorData } = await apiErrors();
      if (!(error instanceof ApiError)) throw error;
      reply = { kind: 'refused', error: apiErrorData(error) };
    }
    post(reply, reply.kind === 'result' ? options.transfer?.(reply.result) : undefined);
  });
}
