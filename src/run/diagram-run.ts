/**
 * Lays out a diagram with Graphviz on a worker thread. Graphviz is WebAssembly that blocks the
 * thread it runs on; on its own thread its loading and layout run while the report's charts
 * are drawn on this one.
 */
import { runOnWorker } from './worker.js';

const DIAGRAM_WORKER = new URL('./diagram-worker.js', import.meta.url);

/** The SVG of one DOT diagram. */
export function diagramOnWorker(dot: string): Promise<string> {
  return runOnWorker<string, string>(DIAGRAM_WORKER, dot, { name: 'the diagram worker' });
}
