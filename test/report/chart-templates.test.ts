/**
 * Report charts are drawn from templates compiled to Vega when the project is built. The
 * compiled templates must be those Vega-Lite compiles from the chart templates now, and a
 * template filled with a chart's datasets and slots must be exactly the Vega that Vega-Lite
 * would compile from the chart's spec with its data inline — for every chart of every example
 * report — so a drawing is the one Vega-Lite at run time would give.
 */

import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { CHART_TEMPLATES } from '../../src/report/charts/chart-templates.js';
import { paretoChart } from '../../src/report/charts/pareto-chart.js';
import { fillSlots, type ReportChart, slot } from '../../src/report/charts/report-chart.js';
import { timelineChart } from '../../src/report/charts/timeline-chart.js';
import { VEGA_TEMPLATES } from '../../src/report/charts/vega-templates.js';
import { buildReport } from '../../src/report/document/build-report.js';
import { vegaSpec } from '../../src/report/html/chart-svg.js';
import { analyseSensitivity } from '../../src/sensitivity/sensitivity.js';
import { exampleFiles, readExample } from '../support/load.js';
import { inputsFor } from './support.js';

/** The chart as one Vega-Lite spec, its data inline: what Vega-Lite compiled at run time. */
function vegaLiteSpec(chart: ReportChart): TopLevelSpec {
  return {
    ...fillSlots(CHART_TEMPLATES[chart.template], chart.slots),
    datasets: chart.datasets as TopLevelSpec['datasets'],
    ...(chart.height === undefined ? {} : { height: chart.height }),
  } as TopLevelSpec;
}

/** JSON as Vega reads it: compared as data, not as object identities. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function exampleCharts(name: string): ReportChart[] {
  const inputs = inputsFor(readExample(name), name);
  const document = buildReport({
    ...inputs,
    sensitivity: analyseSensitivity(inputs.loaded, { trials: 500 }),
    advice: advise(inputs.loaded, { trials: 500 }),
  });
  return document.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'figure' && block.body.kind === 'chart' ? [block.body.spec] : [],
    ),
  );
}

describe('compiled chart templates', () => {
  it('are those Vega-Lite compiles from the chart templates (npm run build writes them)', () => {
    for (const [name, template] of Object.entries(CHART_TEMPLATES))
      expect(VEGA_TEMPLATES[name as keyof typeof CHART_TEMPLATES], name).toEqual(
        asJson(compile(template).spec),
      );
  });

  it.each(exampleFiles())(
    'filled, are the Vega of every chart of the %s report',
    (name) => {
      const charts = exampleCharts(name);
      expect(charts.length).toBeGreaterThan(4);
      for (const chart of charts)
        expect(asJson(vegaSpec(chart)), chart.template).toEqual(
          asJson(compile(vegaLiteSpec(chart)).spec),
        );
    },
    60_000,
  );

  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])('filled, are the Vega of a design-space front (money axes %s, %s)', (xMoney, yMoney) => {
    const chart = paretoChart(
      [
        { x: 1_200_000, y: 40, design: 'Pareto front' },
        { x: 900_000, y: 55, design: 'knee of the front' },
        { x: 1_500_000, y: 70, design: 'locally optimised path' },
      ],
      { x: { title: 'cost (EUR)', money: xMoney }, y: { title: 'lock-in', money: yMoney } },
    );
    expect(asJson(vegaSpec(chart))).toEqual(asJson(compile(vegaLiteSpec(chart)).spec));
  });

  it('filled, keep rows in the order given and the height they need', () => {
    const chart = timelineChart(
      ['point of no return', 'contract renews', 'roadmap'],
      [
        { date: '2027-03-01', track: 'contract renews', subject: 'host' },
        { date: '2028-01-01', track: 'point of no return', subject: 'core' },
      ],
      [{ start: '2027-01-01', done: '2027-06-01', move: 'dual-source' }],
      '2026-11-01',
      '2031-11-01',
    );
    expect(chart.height).toBe(3 * 34);
    expect(asJson(vegaSpec(chart))).toEqual(asJson(compile(vegaLiteSpec(chart)).spec));
  });
});

describe('filling a template', () => {
  it('refuses a slot without a value and a dataset the template does not name', () => {
    expect(() => fillSlots({ title: `cost (${slot('currency')})` }, {})).toThrow(
      "the chart's slot currency has no value",
    );
    expect(fillSlots({ title: [`cost (${slot('currency')})`] }, { currency: 'GBP' })).toEqual({
      title: ['cost (GBP)'],
    });
    expect(() =>
      vegaSpec({ template: 'spend', datasets: { bars: [], rows: [] }, slots: {} }),
    ).toThrow('the spend chart has no dataset rows');
  });
});
