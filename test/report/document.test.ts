import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/document/build-report.js';
import type { Figure, ReportDocument } from '../../src/report/document/document.js';
import { lossBins } from '../../src/report/document/stress-section.js';
import { exampleFiles, MINIMAL, readExample } from '../support/load.js';
import { inputsFor, TEST_TRIALS } from './support.js';

const figuresOf = (document: ReportDocument): Figure[] =>
  document.sections.flatMap((s) => s.blocks.filter((b): b is Figure => b.kind === 'figure'));

const LIGHT = 'light-mvno-on-enabler.yaml';

describe('the report document', () => {
  it('has every section in order for a model with a design space, and a chart for each', () => {
    const document = buildReport(inputsFor(readExample(LIGHT), LIGHT));
    expect(document.title).toBe('Kestrel Mobile: Light MVNO (thin / service provider)');
    expect(document.sections.map((s) => s.id)).toEqual([
      'at-a-glance',
      'timeline',
      'summary',
      'scorecard',
      'dependencies',
      'concentration',
      'findings',
      'lockin',
      'leverage',
      'stress',
      'design-space',
      'assumptions',
    ]);
    const kinds = new Map(figuresOf(document).map((f) => [f.id, f.body.kind]));
    expect(kinds.get('scorecard')).toBe('chart');
    expect(kinds.get('dependency-diagram')).toBe('diagram');
    expect(kinds.get('spend-concentration')).toBe('chart');
    expect(kinds.get('lockin-curves')).toBe('chart');
    expect(kinds.get('option-values')).toBe('chart');
    expect(kinds.get('stress-distribution')).toBe('chart');
    expect(kinds.get('pareto-front')).toBe('chart');
    expect(kinds.get('findings')).toBe('table');
  });

  it.each(exampleFiles())('states assumptions for every figure of %s, with unique ids', (name) => {
    const document = buildReport(inputsFor(readExample(name), name));
    const figures = figuresOf(document);
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) {
      expect(figure.assumptions.length, figure.id).toBeGreaterThan(0);
      for (const a of figure.assumptions) expect(a.trim().length, figure.id).toBeGreaterThan(10);
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    expect(new Set(document.sections.map((s) => s.id)).size).toBe(document.sections.length);
    // A chart's table carries its data for readers without pictures.
    for (const figure of figures)
      if (figure.body.kind === 'chart')
        expect(figure.body.table.columns.length, figure.id).toBeGreaterThan(1);
  });

  it('states the trial count, seed, horizon and defaults the figures rest on', () => {
    const document = buildReport(inputsFor(readExample(LIGHT), LIGHT));
    const byId = new Map(figuresOf(document).map((f) => [f.id, f.assumptions.join('\n')]));
    expect(byId.get('stress-distribution')).toContain(`${TEST_TRIALS.toLocaleString('en')} trials`);
    expect(byId.get('stress-distribution')).toContain('seed 7');
    expect(byId.get('lockin-curves')).toContain('Horizon 60 months; discount rate 12.0% a year.');
    expect(byId.get('lockin-curves')).toMatch(/economics\.sim_swap_cost = 5 GBP \(default: /);
    expect(byId.get('option-values')).toMatch(/economics\.price_volatility = 20% \(default: /);
    expect(byId.get('pareto-front')).toContain('the front is complete');
  });

  it('lists the defaults the model leaves open beside the figures that use them', () => {
    const text = MINIMAL.replace('availability: 0.999\n    supplies: [{', 'supplies: [{');
    expect(text).not.toBe(MINIMAL);
    const document = buildReport(inputsFor(text, 'minimal.yaml', { stress: false }));
    const diagram = figuresOf(document).find((f) => f.id === 'dependency-diagram');
    expect(diagram?.assumptions.join('\n')).toMatch(
      /providers\[1\]\.availability = 99\.9% \(default: /,
    );
    const lockin = figuresOf(document).find((f) => f.id === 'lockin-curves');
    expect(lockin?.assumptions.join('\n')).toContain(
      'operator.annual_turnover = 120,000 GBP (derived',
    );
  });

  it('leaves out the stress test and the front when they were not run', () => {
    const document = buildReport(
      inputsFor(readExample(LIGHT), LIGHT, { stress: false, front: false }),
    );
    const ids = document.sections.map((s) => s.id);
    expect(ids).not.toContain('stress');
    expect(ids).not.toContain('design-space');
  });

  it('says why the design space was not optimised when the front was skipped', () => {
    const inputs = inputsFor(readExample(LIGHT), LIGHT, { front: false });
    const document = buildReport({ ...inputs, designSpace: { skipped: 'made with --no-pareto' } });
    const section = document.sections.find((s) => s.id === 'design-space');
    expect(section?.blocks).toEqual([
      expect.objectContaining({ kind: 'paragraph', text: expect.stringContaining('--no-pareto') }),
    ]);
  });

  it('says how the front was found and whether the search finished', () => {
    const inputs = inputsFor(readExample(LIGHT), LIGHT);
    const run = inputs.designSpace;
    if (run === undefined || 'skipped' in run) throw new Error('expected a front');
    const stated = (changes: Partial<typeof run>) =>
      figuresOf(buildReport({ ...inputs, designSpace: { ...run, ...changes } }))
        .find((f) => f.id === 'pareto-front')
        ?.assumptions.join('\n');
    expect(stated({ method: 'enumeration', nodes: 1234 })).toContain(
      'Exact front by implicit enumeration (a multi-objective branch and bound over the decisions, 1,234 nodes visited); the search finished, so the front is complete',
    );
    expect(stated({ method: 'milp', solves: 25, complete: false })).toContain(
      'Exact front by ε-constraint over a mixed-integer programme solved by HiGHS (25 programmes solved); stopped by the 10 s time limit: the front shown is the part found so far',
    );
    expect(stated({ method: undefined, complete: false })).toContain(
      'The search was stopped by the 10 s time limit before it finished',
    );
  });

  it('marks the local path and prices local optimisation against the front', () => {
    const document = buildReport(inputsFor(readExample(LIGHT), LIGHT));
    const section = document.sections.find((s) => s.id === 'design-space');
    const verdict = section?.blocks[0];
    expect(verdict?.kind === 'paragraph' && verdict.text).toMatch(
      /^The price of local optimisation: (1 front design beats|\d+ front designs beat) the locally optimised path/,
    );
    const front = figuresOf(document).find((f) => f.id === 'pareto-front');
    const rows = front?.body.table?.rows ?? [];
    expect(rows.at(-1)?.[0]).toEqual({ text: 'locally optimised path', tone: 'high' });
    expect(rows.filter((r) => JSON.stringify(r[0]).includes('(knee)'))).toHaveLength(1);
  });
});

describe('the stress histogram', () => {
  it('bins every trial once, as shares that sum to one', () => {
    const losses = Float64Array.from({ length: 10_000 }, (_, i) => (i % 97) * 1000 + i);
    const bins = lossBins(losses);
    expect(bins).toHaveLength(40);
    expect(bins.reduce((sum, b) => sum + b.share, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.from).toBeCloseTo(bins[i - 1]?.to ?? 0);
  });

  it('gives one bin when every year loses the same', () => {
    expect(lossBins(new Float64Array(50))).toEqual([{ from: 0, to: 1, share: 1 }]);
    expect(lossBins(new Float64Array(0))).toEqual([]);
  });
});
