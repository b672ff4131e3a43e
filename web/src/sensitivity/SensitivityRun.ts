/**
 * The page's handle on the sensitivity worker: `run(text)` resolves with that text's result.
 * A run asked for while another is under way stops the older one (its worker is ended and a
 * fresh one started), since only the newest text's figures are ever drawn; the overtaken run
 * resolves to null.
 */
import type { Sensitivity } from '../../../src/sensitivity/sensitivity.js';

export interface SensitivityRequest {
  readonly seq: number;
  readonly text: string;
}

export interface SensitivityResult {
  readonly sensitivity: Sensitivity;
  readonly currency: string;
  readonly milliseconds: number;
}

export type SensitivityAnswer =
  | { readonly seq: number; readonly result: SensitivityResult }
  | { readonly seq: number; readonly error: string };

interface Pending {
  readonly seq: number;
  readonly resolve: (answer: SensitivityAnswer | null) => void;
}

export class SensitivityRun {
  private worker: Worker | undefined;
  private seq = 0;
  private pending: Pending | undefined;

  run(text: string): Promise<SensitivityAnswer | null> {
    if (this.pending !== undefined) this.stop();
    const worker = this.worker ?? this.start();
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending = { seq, resolve };
      worker.postMessage({ seq, text } satisfies SensitivityRequest);
    });
  }

  /** Ends the worker and the run under way, if any; its promise resolves to null. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.settle(null);
  }

  private start(): Worker {
    const worker = new Worker(new URL('./SensitivityWorker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<SensitivityAnswer>) => {
      if (this.pending?.seq === event.data.seq) this.settle(event.data);
    });
    worker.addEventListener('error', (event) => {
      const seq = this.pending?.seq ?? 0;
      this.settle({ seq, error: `The sensitivity run failed: ${event.message}` });
    });
    this.worker = worker;
    return worker;
  }

  private settle(answer: SensitivityAnswer | null): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(answer);
  }
}
