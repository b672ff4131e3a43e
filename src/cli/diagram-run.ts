/**
 * Lays out a diagram with Graphviz on a worker thread. Graphviz is WebAssembly that blocks the
 * thread it runs on; on its own thread its loading and layout run while the report's charts
 * are drawn on this one.
 */
import { startWorker } from './worker-thread.js';

export function diagramOnWorker(dot: string): Promise<string> {
  const worker = startWorker('diagram-worker');
  return new Promise<string>((resolve, reject) => {
    worker.once('message', (svg: string) => resolve(svg));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the diagram worker stopped (exit code ${code})`)),
    );
    worker.postMessage(dot);
  }).finally(() => void worker.terminate());
}
