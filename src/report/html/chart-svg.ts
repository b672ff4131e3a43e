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
    // The page names the chart (its figure's role="img" and title) and gives its figures as a
    // table; Vega's ARIA roles on marks would only add unnamed images for screen readers.
    return inlineSvg(await view.toSVG(), 'a chart').replace(/^<svg\b/, '<svg aria-hidden="true"');
  } finally {
    view.finalize();
  }
}
