/**
 * The report's assumptions appendix, in Markdown and HTML: every default the figures rest on
 * with its value and reason — the lock-in parameters, the stress test's shocks when it ran —
 * and "None" only for a model that states everything.
 */
import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFAULTS, type ParameterName } from '../../src/economics/parameters.js';
import { buildReport } from '../../src/report/document/build-report.js';
import type { ReportDocument, Section } from '../../src/report/document/document.js';
import { escapeHtml } from '../../src/report/html/escape.js';
import { reportHtml } from '../../src/report/html/report-html.js';
import { markdownInline } from '../../src/report/markdown/markdown-text.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';
import {
  ATTRITION_STATED,
  EVERYTHING_STATED,
  NOTHING_STATED,
} from '../support/assumption-models.js';
import { inputsFor } from './support.js';

const PARAMETERS = Object.keys(PARAMETER_DEFAULTS) as ParameterName[];

const SHOWN: Partial<Record<ParameterName, string>> = {
  sim_swap_cost: '5 GBP',
  swap_attrition: '10%',
  customer_value_months: '24 months',
  price_volatility: '20%',
};

function reportOf(text: string, stress = false): ReportDocument {
  return buildReport(inputsFor(text, 'model.yaml', { stress, front: false }));
}

function appendix(document: ReportDocument): Section {
  const section = document.sections.find((s) => s.id === 'assumptions');
  if (section === undefined) throw new Error('expected an assumptions section');
  return section;
}

describe('the report’s assumptions', () => {
  it('lists every lock-in parameter with its value and reason in Markdown', () => {
    const markdown = reportMarkdown(reportOf(NOTHING_STATED));
    const appendixText = markdown.slice(markdown.indexOf('## Assumptions'));
    for (const name of PARAMETERS) {
      const { reason } = PARAMETER_DEFAULTS[name];
      const row = appendixText
        .split('\n')
        .find((l) => l.startsWith(`| ${markdownInline(`economics.${name}`)} |`));
      expect(row, name).toBeDefined();
      expect(row, name).toContain(
        `| default | ${markdownInline('lock-in economics')} | ${markdownInline(reason)} |`,
      );
      const shown = SHOWN[name];
      if (shown !== undefined) expect(row, name).toContain(`| ${shown} |`);
    }
    expect(appendixText).toContain(
      `| ${markdownInline('operator.monthly_churn')} | 1.5% a month | default |`,
    );
  });

  it('lists every lock-in parameter with its value and reason in HTML', async () => {
    const html = await reportHtml(reportOf(NOTHING_STATED), { generator: 'mvnoscope test' });
    const appendixHtml = html.slice(html.indexOf('id="assumptions"'));
    for (const name of PARAMETERS) {
      const cells = new RegExp(
        `<td[^>]*>${escapeHtml(`economics.${name}`)}</td><td[^>]*>([^<]+)</td><td[^>]*>default</td><td[^>]*>lock-in economics</td><td[^>]*>([^<]+)</td>`,
      ).exec(appendixHtml);
      expect(cells, name).not.toBeNull();
      expect(cells?.[2], name).toBe(escapeHtml(PARAMETER_DEFAULTS[name].reason));
      const shown = SHOWN[name];
      if (shown !== undefined) expect(cells?.[1], name).toBe(shown);
    }
  });

  it("adds the shock library's defaults when the stress test ran", () => {
    const rows = appendixRows(reportOf(NOTHING_STATED, true));
    expect(rows.get('scenarios[kind=wholesale_price_rise].probability')?.[1]).toBe('30% a year');
    expect(rows.get('scenarios[kind=host_outage].severity')?.[1]).toBe(
      'lognormal, median 2.5 hours, σ 1',
    );
    expect(
      [...appendixRows(reportOf(NOTHING_STATED)).keys()].some((p) => p.startsWith('scenarios')),
    ).toBe(false);
  });

  it('leaves a parameter the model states out of the defaults and shows it as stated', () => {
    const document = reportOf(ATTRITION_STATED);
    expect(appendixRows(document).has('economics.swap_attrition')).toBe(false);
    const stated = appendix(document).blocks.find(
      (b) => b.kind === 'figure' && b.id === 'economics-parameters',
    );
    expect(stated).toMatchObject({
      title: 'Lock-in parameters the model states',
      body: { table: { rows: [['economics.swap_attrition = 5%']] } },
    });
  });

  it('says "None" only for a model that states everything the figures use', () => {
    expect(appendix(reportOf(NOTHING_STATED)).blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^The figures rest on \d+ defaults and 1 value derived/),
    });
    const everything = appendix(reportOf(EVERYTHING_STATED));
    expect(everything.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'None: every value the figures rest on is in the model.',
    });
    expect(everything.blocks.some((b) => b.kind === 'figure' && b.id === 'model-defaults')).toBe(
      false,
    );
  });
});

/** The appendix table's rows by their path. */
function appendixRows(document: ReportDocument): Map<string, readonly string[]> {
  const figure = appendix(document).blocks.find(
    (b) => b.kind === 'figure' && b.id === 'model-defaults',
  );
  if (figure?.kind !== 'figure' || figure.body.kind !== 'table') return new Map();
  return new Map(
    figure.body.table.rows.map((row) => {
      const cells = row.map((c) => (typeof c === 'string' ? c : c.text));
      return [cells[0] ?? '', cells];
    }),
  );
}
