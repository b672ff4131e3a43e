/** Worker thread entry: lays out one DOT diagram with Graphviz and posts back its SVG. */
import { parentPort } from 'node:worker_threads';
import { diagramSvg } from '../report/html/diagram-svg.js';

parentPort?.once('message', async (dot: string) => {
  parentPort?.postMessage(await diagramSvg(dot));
});
