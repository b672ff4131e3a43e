/**
 * A chart's Vega-Lite spec drawn to SVG in Node, at build time: compiled to Vega, run in a
 * headless view (no canvas, no browser) and serialised. The specs carry their data inline, so
 * nothing is loaded; the loader refuses to fetch anything all the same.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { inlineSvg } from './inline-svg.js';

const refuse = (): Promise<never> =>
  Promise.reject(new Error('a report chart must carry its data inline'));

const OFFLINE_LOADER = Object.assign(vega.loader(), {
  load: refuse,
  sanitize: refuse,
  http: refuse,
  file: refuse,
});

export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), {
    renderer: 'none',
    loader: OFFLINE_LOADER,
  });
  try {
    return inlineSvg(await view.toSVG(), 'a chart');
  } finally {
    view.finalize();
  }
}
