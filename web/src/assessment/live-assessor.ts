/**
 * The page's handle on the assessment worker: `assess(text)` resolves with that text's
 * result; requests overtaken by a newer answer resolve to null, so nothing stale is drawn.
 */
import type { LiveResult } from './live-result.js';

interface Answer {
  readonly seq: number;
  readonly result: LiveResult;
}

export class LiveAssessor {
  private readonly worker = new Worker(new URL('./assessment-worker.ts', import.meta.url), {
    type: 'module',
  });
  private seq = 0;
  private readonly pending = new Map<number, (result: LiveResult | null) => void>();

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<Answer>) => {
      const { seq, result } = event.data;
      for (const [waiting, resolve] of this.pending) {
        if (waiting > seq) continue;
        resolve(waiting === seq ? result : null);
        this.pending.delete(waiting);
      }
    });
  }

  /** `rules`: the workspace's user rules text, run beside the built-in rules. */
  assess(text: string, rules?: string): Promise<LiveResult | null> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.worker.postMessage({ seq, text, ...(rules === undefined ? {} : { rules }) });
    });
  }

  close(): void {
    this.worker.terminate();
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
  }
}
