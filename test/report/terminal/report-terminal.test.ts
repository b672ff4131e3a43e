/**
 * The terminal renderer of the report document: aligned columns that ignore colour codes and
 * let a sentence run on, headings and notes, tones as colours, untitled sections under the
 * title. Colours are tags here, so what is coloured how can be read in the expected text.
 */
import { describe, expect, it } from 'vitest';
import type { ReportDocument, Section } from '../../../src/report/document/document.js';
import {
  reportTerminal,
  type TerminalColours,
  terminalSection,
} from '../../../src/report/terminal/report-terminal.js';
import { alignedRows, table } from '../../../src/report/terminal/text-table.js';

const TAGS: TerminalColours = {
  bold: (t) => `<b>${t}</b>`,
  dim: (t) => `<dim>${t}</dim>`,
  red: (t) => `<red>${t}</red>`,
  yellow: (t) => `<yellow>${t}</yellow>`,
  green: (t) => `<green>${t}</green>`,
};

const PLAIN: TerminalColours = {
  bold: (t) => t,
  dim: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  green: (t) => t,
};

describe('aligned columns', () => {
  it('pads every column to its widest cell, right-aligned ones on the left', () => {
    expect(
      table(
        [
          ['a', '1', 'x'],
          ['bbb', '22', 'yy'],
        ],
        ['left', 'right', 'left'],
      ),
    ).toEqual(['a     1  x', 'bbb  22  yy']);
  });

  it('measures the visible text, not the colour codes around it', () => {
    const red = '\u001b[31mcritical\u001b[39m';
    expect(
      table([
        [red, 'x'],
        ['low', 'y'],
      ]),
    ).toEqual([`${red}  x`, 'low       y']);
  });

  it('does not pad a run-on column, and the cells after it follow with one space', () => {
    const rows = alignedRows(
      [
        ['high', 'a short sentence', 'line 4', '[r1]'],
        ['low', 'a much longer sentence than that', '', '[r2]'],
      ],
      [{}, { runOn: true }, {}, {}],
    );
    expect(rows).toEqual([
      'high  a short sentence line 4 [r1]',
      'low   a much longer sentence than that [r2]',
    ]);
  });

  it('ends no line in spaces', () => {
    expect(
      table([
        ['a', ''],
        ['bbbb', 'c'],
      ]),
    ).toEqual(['a', 'bbbb  c']);
  });
});

const DOCUMENT: ReportDocument = {
  title: 'Kestrel (GB) — Light MVNO',
  subtitle: '95,000 subscribers',
  source: 'kestrel.yaml',
  sections: [
    {
      id: 'classification',
      title: '',
      blocks: [
        { kind: 'list', items: ['owns the customer'] },
        { kind: 'paragraph', text: 'next rung needs: SIMs', emphasis: 'note' },
      ],
    },
    {
      id: 'scorecard',
      title: 'Scorecard',
      blocks: [
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'layer', align: 'left' },
              { title: 'control', align: 'right' },
              { title: 'position', align: 'left' },
            ],
            rows: [
              ['Edge', '0.0', { text: 'dependent', tone: 'high' }],
              ['Cost structure', '42.3', { text: 'independent', tone: 'low' }],
            ],
          },
        },
        { kind: 'paragraph', text: 'Edge', emphasis: 'heading' },
        { kind: 'figures', items: [{ label: 'dependency', value: '80.4' }] },
      ],
    },
  ],
};

describe('the report document in a terminal', () => {
  it('puts the title in bold and an untitled section straight under it', () => {
    const text = reportTerminal(DOCUMENT, TAGS);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '<b>Kestrel (GB) — Light MVNO</b>',
      '95,000 subscribers',
      '  · owns the customer',
      '<dim>  next rung needs: SIMs</dim>',
    ]);
  });

  it('separates titled sections by a blank line and aligns tables under them', () => {
    expect(reportTerminal(DOCUMENT, PLAIN).split('\n').slice(4)).toEqual([
      '',
      'Scorecard',
      '  layer           control  position',
      '  Edge                0.0  dependent',
      '  Cost structure     42.3  independent',
      '',
      '  Edge',
      '    dependency: 80.4',
    ]);
  });

  it('colours tones (the worse, the warmer), headings in bold', () => {
    const text = reportTerminal(DOCUMENT, TAGS);
    expect(text).toContain('<b>Scorecard</b>');
    expect(text).toContain('<b>control</b>');
    expect(text).toContain('<red>dependent</red>');
    expect(text).toContain('<green>independent</green>');
    expect(text).toContain('  <b>Edge</b>');
  });

  it('gives plain text when the colours are plain', () => {
    const text = reportTerminal(DOCUMENT, PLAIN);
    expect(text).not.toContain(String.fromCharCode(27));
    expect(text).not.toContain('<');
    expect(text).toContain('  Edge                0.0  dependent');
  });

  it('shows a figure by its number, its table and its assumptions, and says when a table is empty', () => {
    const section: Section = {
      id: 'x',
      title: 'Concentration',
      blocks: [
        {
          kind: 'figure',
          id: 'spend',
          title: 'Spend by group',
          body: {
            kind: 'table',
            table: { columns: [{ title: 'group', align: 'left' }], rows: [] },
          },
          assumptions: ['HHI = Σ share²'],
        },
      ],
    };
    expect(terminalSection(section, PLAIN, { figures: 2 }).split('\n')).toEqual([
      'Concentration',
      '  Figure 3. Spend by group',
      '  group',
      '  nothing to list',
      '    assumes: HHI = Σ share²',
    ]);
  });
});
