/**
 * DOT laid out and drawn to SVG by Graphviz compiled to WebAssembly, at build time: the page
 * carries the drawing, not a layout engine. The module is loaded once per process.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { inlineSvg } from './inline-svg.js';

let graphviz: Promise<Graphviz> | undefined;

export async function diagramSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  return inlineSvg((await graphviz).dot(dot), 'Graphviz');
}
