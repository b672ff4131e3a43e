// @vitest-environment jsdom
/**
 * The Stress tab's histogram: a bar per bin of the job's document and a line per risk
 * measure, each named with its money in the legend. The document is made in this thread
 * (the stress test's summary of the example, bins of a known set of losses): worker threads
 * do not start under jsdom, and stress-histogram-document.test.ts holds the job's bins.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseStructure } from '../../src/analysis/analyse.js';
import type { SimulationJobResult } from '../../src/api/simulation.js';
import { analyseLockin } from '../../src/economics/lockin.js';
import { lossBins } from '../../src/report/document/stress-section.js';
import { simulationJson } from '../../src/report/json/simulation-json.js';
import { kernelOf } from '../../src/stress/kernel.js';
import { compileScenario } from '../../src/stress/scenario.js';
import { simulate } from '../../src/stress/simulation.js';
import { money } from '../../src/text/index.js';
import { StressHistogram } from '../../web/src/panels/stress-histogram.js';
import { loadOk, readExample } from '../support/load.js';

afterEach(cleanup);

function documentOf(losses: Float64Array): SimulationJobResult {
  const { model, assumptions } = loadOk(readExample('light-mvno-on-enabler.yaml'), 'light');
  const scenario = compileScenario(
    model,
    analyseStructure(model, assumptions),
    analyseLockin(model),
  );
  const result = simulate(scenario, kernelOf(scenario), { trials: 2_000, seed: 3 });
  return simulationJson({
    model,
    scenario,
    result: { ...result, simulationSeconds: 0 },
    workers: 1,
    seconds: 0,
    lossHistogram: lossBins(losses),
  });
}

describe('the stress histogram', () => {
  it('draws a bar per bin and the four risk lines, named with their money', () => {
    const document = documentOf(Float64Array.from({ length: 1_000 }, (_, i) => i * i));
    const { container } = render(<StressHistogram result={document} />);
    expect(screen.getByRole('img', { name: /^Loss in a year across 2,000 trials/ })).toBeTruthy();
    expect(container.querySelectorAll('rect.histogram__bar')).toHaveLength(40);
    expect(container.querySelectorAll('line.histogram__line')).toHaveLength(4);
    const legend = screen.getByTestId('stress-histogram').querySelector('figcaption');
    expect(legend?.textContent).toContain(`VaR 95% ${money(document.loss.var95, 'GBP')}`);
    expect(legend?.textContent).toContain(`ES 99% ${money(document.loss.es99, 'GBP')}`);
    // A taller bar for a bin with more trials: the first bin of i² holds the most.
    const heights = [...container.querySelectorAll('rect.histogram__bar')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(Math.max(...heights)).toBe(heights[0]);
  });

  it('draws nothing without bins', () => {
    const { container } = render(<StressHistogram result={documentOf(new Float64Array())} />);
    expect(container.innerHTML).toBe('');
  });
});
