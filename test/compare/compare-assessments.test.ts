import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { assessModel } from '../../src/assessment.js';
import {
  type ComparedModel,
  type Comparison,
  compareAssessments,
  type FigureChange,
} from '../../src/compare/compare-assessments.js';
import { compareHtml } from '../../src/report/compare/compare-html.js';
import { compareMarkdown } from '../../src/report/compare/compare-markdown.js';
import { compareDocument } from '../../src/report/compare/compare-tables.js';
import { escapeHtml } from '../../src/report/html/escape.js';
import { hostileModel, INJECTION_CORPUS } from '../support/hostile-model.js';
import { loadOk, readExample } from '../support/load.js';

function compared(text: string, label: string): ComparedModel {
  const loaded = loadOk(text, label);
  return { label, model: loaded.model, assessment: assessModel(loaded) };
}

const LIGHT = compared(readExample('light-mvno-on-enabler.yaml'), 'light.yaml');
const FULL = compared(readExample('full-mvno-switchable.yaml'), 'full.yaml');

function figure(comparison: Comparison, id: string): FigureChange {
  const found = comparison.figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
}

/** Light MVNO example, edited as its YAML document. */
function editedLight(edit: (document: Record<string, unknown[]>) => void): ComparedModel {
  const document = parse(readExample('light-mvno-on-enabler.yaml')) as Record<string, unknown[]>;
  edit(document);
  return compared(stringify(document), 'edited.yaml');
}

type Entry = Record<string, unknown>;

describe('compareAssessments', () => {
  it('finds no change between a model and itself', () => {
    const comparison = compareAssessments(LIGHT, LIGHT);
    expect(comparison.figures.length).toBeGreaterThan(40);
    expect(comparison.figures.filter((f) => f.verdict !== 'unchanged')).toEqual([]);
    expect(comparison.summary).toMatchObject({ better: 0, worse: 0, notComparable: 0 });
    expect(comparison.findings.added).toEqual([]);
    expect(comparison.findings.resolved).toEqual([]);
    expect(comparison.findings.unchanged).toHaveLength(LIGHT.assessment.run.findings.length);
    expect(comparison.singlePoints.added).toEqual([]);
    expect(comparison.singlePoints.removed).toEqual([]);
    for (const d of comparison.dependencies) {
      expect(d.presence).toBe('both');
      expect(
        [d.exitCost, d.exitMonths, d.optionValue, d.leveragePerYear].map((f) => f.verdict),
      ).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
      expect(d.pointOfNoReturn.verdict).toBe('unchanged');
    }
  });

  it('sees the full MVNO as more in control than the light one, in the right directions', () => {
    const comparison = compareAssessments(LIGHT, FULL);
    expect(figure(comparison, 'classification.type')).toMatchObject({
      a: 'light',
      b: 'full',
      verdict: 'better',
    });
    const control = figure(comparison, 'scorecard.network_routes.control');
    expect(control.b).toBeGreaterThan(control.a as number);
    expect(control.verdict).toBe('better');
    const dependency = figure(comparison, 'scorecard.edge_control.dependency');
    expect(dependency.b).toBeLessThan(dependency.a as number);
    expect(dependency.verdict).toBe('better');
    expect(dependency.change).toBeCloseTo((dependency.b as number) - (dependency.a as number), 9);
    expect(figure(comparison, 'scorecard.network_routes.position')).toMatchObject({
      a: 'dependent_participant',
      b: 'independent_node',
      verdict: 'better',
    });
    // Lower concentration of supplier spend is better (the operator's own teams are no
    // suppliers): the light MVNO's host takes most of what it pays outside.
    const hhi = figure(comparison, 'concentration.spend_group_hhi');
    expect(hhi.a).toBeCloseTo(6192.39, 2);
    expect(hhi.b).toBeCloseTo(5863.71, 2);
    expect(hhi.verdict).toBe('better');
    // The host lock-in findings of the light MVNO are resolved in the full MVNO.
    const hostLockin = (ids: readonly { ruleId: string }[]) =>
      ids.filter((f) => f.ruleId.startsWith('net-')).length;
    expect(hostLockin(comparison.findings.resolved)).toBeGreaterThan(
      hostLockin(comparison.findings.added),
    );
    expect(comparison.findings.resolved.map((f) => f.id)).toContain(
      'net-single-host-exclusive/pennine-telecom',
    );
    expect(comparison.summary.better).toBeGreaterThan(comparison.summary.worse);
  });

  it('matches findings by id when a provider is removed and a clause added', () => {
    const edited = editedLight((document) => {
      const drop = (section: string, keep: (entry: Entry) => boolean) => {
        document[section] = (document[section] as Entry[]).filter(keep);
      };
      drop('providers', (p) => p.id !== 'tessera-payments');
      drop('contracts', (c) => c.provider !== 'tessera-payments');
      drop('integrations', (i) => i.to !== 'tessera-payments' && i.from !== 'tessera-payments');
      for (const d of document.data as Entry[])
        d.held_by = (d.held_by as string[]).filter((h) => h !== 'tessera-payments');
      const wholesale = (document.contracts as Entry[]).find((c) => c.id === 'pennine-wholesale');
      if (wholesale === undefined) throw new Error('no pennine-wholesale contract');
      wholesale.data_return = true;
    });
    const comparison = compareAssessments(LIGHT, edited);
    const resolved = comparison.findings.resolved.map((f) => f.id);
    expect(resolved).toContain('sec-breach-exposes-subscribers/tessera-payments');
    expect(resolved).toContain('con-no-data-return/pennine-wholesale');
    // Nothing else about the auto-renewal changed: that finding stays.
    expect(comparison.findings.unchanged.map((f) => f.id)).toContain(
      'con-auto-renewal-long-notice/pennine-wholesale',
    );
    // Every finding of A is resolved or in both; every finding of B is added or in both.
    const idsA = LIGHT.assessment.run.findings.map((f) => f.id).sort();
    const idsB = edited.assessment.run.findings.map((f) => f.id).sort();
    const both = comparison.findings.unchanged.map((f) => f.id);
    expect([...resolved, ...both].sort()).toEqual(idsA);
    expect([...comparison.findings.added.map((f) => f.id), ...both].sort()).toEqual(idsB);
    // The dependency is gone from B, and the data-return clause lowers the host's exit cost.
    const tessera = comparison.dependencies.find((d) => d.provider === 'tessera-payments');
    expect(tessera?.presence).toBe('removed');
    expect(tessera?.exitCost.verdict).toBe('not_comparable');
    const host = comparison.dependencies.find((d) => d.provider === 'pennine-telecom');
    expect(host?.exitCost.verdict).toBe('better');
    expect(host?.exitCost.change).toBeLessThan(0);
  });

  it('does not compare money across currencies', () => {
    const euros = editedLight((document) => {
      (document.operator as unknown as Entry).currency = 'EUR';
      (document.operator as unknown as Entry).fx_rates = { USD: 0.92, GBP: 1.17 };
    });
    const comparison = compareAssessments(LIGHT, euros);
    expect(comparison.sameCurrency).toBe(false);
    const money = comparison.figures.filter((f) => f.unit === 'money');
    expect(money.length).toBeGreaterThan(0);
    for (const f of money) expect(f).toMatchObject({ change: null, verdict: 'not_comparable' });
    expect(compareDocument(comparison).lead.join(' ')).toContain('not compared');
  });
});

describe('compare renderers', () => {
  it('put every figure in the Markdown and the HTML', () => {
    const document = compareDocument(compareAssessments(LIGHT, FULL));
    const markdown = compareMarkdown(document);
    const html = compareHtml(document, 'test');
    for (const label of ['Network routes: control', 'Probability of losing service']) {
      expect(markdown).toContain(`| ${label} |`);
      expect(html).toContain(`<td>${label}</td>`);
    }
    expect(html).toContain('<td class="better">better</td>');
    expect(html).toContain('<td class="worse">worse</td>');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});

describe.each(INJECTION_CORPUS)('compare with %j in every text field', (attack) => {
  const hostile = hostileModel('light-mvno-on-enabler.yaml', attack);
  const loaded = hostile.loaded;
  const side = { label: attack, model: loaded.model, assessment: assessModel(loaded) };
  const document = compareDocument(compareAssessments(LIGHT, side));

  it('escapes it in HTML: no markup from the model reaches the page', () => {
    const html = compareHtml(document, attack);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    // `onerror=` may appear only as escaped text or inside a quoted attribute value (the
    // generator meta tag), never as an attribute: drop the quoted values, then look in tags.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*onerror=/);
    // The operator's name and the file label reach the page, as text.
    expect(html).toContain(`<li>B: ${escapeHtml(attack)} — ${escapeHtml(attack)} (as of`);
  });

  it('keeps it literal in Markdown', () => {
    const markdown = compareMarkdown(document);
    // A backslash-escaped `\<` is a literal character in CommonMark, not the start of a tag.
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img)/m);
    // Every table row stays one line with its own cells.
    const rows = markdown.split('\n').filter((l) => l.startsWith('| '));
    for (const row of rows) expect(row.endsWith(' |')).toBe(true);
  });
});
