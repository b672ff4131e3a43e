/**
 * The one worker protocol (src/run/worker.ts): progress then a result, a refusal raised again
 * as the same ApiError, a bug that ends the worker, the time limit and cancellation, and a
 * worker kept for several requests.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/errors.js';
import { type RunOptions, runOnWorker, WorkerStopped, WorkerThread } from '../../src/run/worker.js';
import type { ProtocolRequest } from './fixtures/protocol-worker.js';

const ENTRY = new URL('./fixtures/protocol-worker.js', import.meta.url);

const run = (request: ProtocolRequest, options: RunOptions<number> = {}) =>
  runOnWorker<ProtocolRequest, number, number>(ENTRY, request, options);

describe('runOnWorker', () => {
  it('relays progress, then resolves with the result', async () => {
    const seen: number[] = [];
    await expect(run({ do: 'count', to: 3 }, { onProgress: (n) => seen.push(n) })).resolves.toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('raises a refusal again as the ApiError the worker threw', async () => {
    const error = await run({ do: 'refuse' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'invalid_model',
      message: 'the text is not a model',
      details: { line: 3 },
    });
  });

  it('rejects with the error of a bug, which ends the worker', async () => {
    await expect(run({ do: 'fail' })).rejects.toThrow('a bug in the worker');
  });

  it('stops at the time limit', async () => {
    const error = await run({ do: 'hang' }, { timeLimitSeconds: 0.2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerStopped);
    expect((error as WorkerStopped).reason).toBe('time-limit');
  });

  it('is cancelled by its signal, once the thread is gone', async () => {
    const cancel = new AbortController();
    const running = run({ do: 'hang' }, { signal: cancel.signal });
    setTimeout(() => cancel.abort(), 100);
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerStopped);
    expect((error as WorkerStopped).reason).toBe('cancelled');
  });
});

describe('WorkerThread', () => {
  it('answers several requests on one thread, which keeps its state', async () => {
    const thread = new WorkerThread<ProtocolRequest, number>(ENTRY);
    try {
      expect(await thread.run({ do: 'remember' })).toBe(1);
      await expect(thread.run({ do: 'refuse' })).rejects.toBeInstanceOf(ApiError);
      expect(await thread.run({ do: 'remember' })).toBe(3);
    } finally {
      await thread.terminate();
    }
  });
});
