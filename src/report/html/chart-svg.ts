/**
 * A report chart drawn to SVG in Node, at build time: its template, compiled from Vega-Lite to
 * Vega when the project was built (src/report/charts/vega-templates.ts), filled with the
 * chart's datasets and slots, run in a headless view (no canvas, no browser) and serialised.
 * The datasets are inline, so nothing is loaded; the loader refuses to fetch anything all the
 * same.
 */
import * as vega from 'vega';
import { fillSlots, type ReportChart } from '../charts/report-chart.js';
import { VEGA_TEMPLATES } from '../charts/vega-templates.js';
import { inlineSvg } from './inline-svg.js';

const refuse = (): Promise<never> =>
  Promise.reject(new Error('a report chart must carry its data inline'));

const OFFLINE_LOADER = Object.assign(vega.loader(), {
  load: refuse,
  sanitize: refuse,
  http: refuse,
  file: refuse,
});

/** The Vega spec of a chart: its compiled template with this chart's slots, data and height. */
export function vegaSpec(chart: ReportChart): vega.Spec {
  const spec = fillSlots(VEGA_TEMPLATES[chart.template], chart.slots);
  const named = new Set(Object.keys(chart.datasets));
  const data = (spec.data ?? []).map((entry) => {
    const values = chart.datasets[entry.name];
    if (values === undefined) return entry;
    named.delete(entry.name);
    return { ...entry, values: values.map((datum) => ({ ...datum })) };
  });
  if (named.size > 0)
    throw new Error(`the ${chart.template} chart has no dataset ${[...named].join(', ')}`);
  return { ...spec, data, ...(chart.height === undefined ? {} : { height: chart.height }) };
}

export async function chartSvg(chart: ReportChart): Promise<string> {
  const view = new vega.View(vega.parse(vegaSpec(chart)), {
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
