/** Worker thread entry: lays out one DOT diagram with Graphviz and answers with its SVG. */
import { diagramSvg } from '../report/html/diagram-svg.js';
import { serveWorker } from './worker.js';

serveWorker<string, string>(diagramSvg);
