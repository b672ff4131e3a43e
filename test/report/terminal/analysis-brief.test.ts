/**
 * The brief `mvnoscope analyze` prints: a report document of the sections a terminal shows, in
 * the order the command has always shown them, long lists cut at `top` with the count left
 * out, and the factors with the model lines they read.
 */
import { describe, expect, it } from 'vitest';
import { buildAnalysisBrief } from '../../../src/report/document/analysis-brief.js';
import type { Block, TableBlock } from '../../../src/report/document/document.js';
import {
  reportTerminal,
  type TerminalColours,
} from '../../../src/report/terminal/report-terminal.js';
import { exampleFiles, readExample } from '../../support/load.js';
import { inputsFor } from '../support.js';

const LIGHT = 'light-mvno-on-enabler.yaml';
const PLAIN: TerminalColours = {
  bold: (t) => t,
  dim: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  green: (t) => t,
};
const light = () => inputsFor(readExample(LIGHT), LIGHT, { stress: false, front: false });
const tables = (blocks: readonly Block[]) =>
  blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('the analysis brief', () => {
  it('has the sections analyze shows, in its order', () => {
    const brief = buildAnalysisBrief(light(), { top: 8 });
    expect(brief.title).toBe('Kestrel Mobile (GB) — Light MVNO (thin / service provider)');
    expect(brief.subtitle).toBe(
      '95,000 subscribers · ARPU 11 GBP · host networks: pennine-telecom',
    );
    expect(brief.sections.map((s) => s.id)).toEqual([
      'classification',
      'findings',
      'scorecard',
      'failure',
      'lockin',
      'concentration',
      'assumptions',
    ]);
  });

  it('shows twice `top` open findings, most severe first, and says how many more there are', () => {
    const inputs = light();
    const open = inputs.assessment.run.findings.filter((f) => f.status === 'open');
    const findings = buildAnalysisBrief(inputs, { top: 3 }).sections[1];
    expect(findings?.title).toMatch(/^Findings: 76 open \(7 critical, 31 high, 29 medium, 9 low\)/);
    const rows = tables(findings?.blocks ?? [])[0]?.table.rows ?? [];
    expect(rows).toHaveLength(6);
    expect(rows[0]?.[0]).toEqual({ text: 'critical', tone: 'critical' });
    expect(rows[0]?.[1]).toBe(open[0]?.message);
    expect(findings?.blocks.at(-1)).toMatchObject({
      kind: 'paragraph',
      emphasis: 'note',
      text: `… and ${open.length - 6} more (--top to show more; --format markdown or sarif for the register)`,
    });
  });

  it('gives every scorecard factor its points and the model lines it read', () => {
    const scorecard = buildAnalysisBrief(light(), { top: 8 }).sections[2];
    const [layers, ...factorTables] = tables(scorecard?.blocks ?? []);
    expect(layers?.table.rows[2]?.slice(0, 3)).toEqual([
      'Network routes (host networks as a negotiation structure)',
      '86.8',
      '2.7',
    ]);
    // Five layers and the security exposure, each index's factors under it.
    expect(factorTables).toHaveLength(6);
    const routes = factorTables[2]?.table.rows ?? [];
    expect(routes[0]).toEqual([
      'dependency 86.8',
      '+35.0',
      'HHI of radio-access shares by host group: 10000 of 10,000 over 1 group',
      { text: '(line 72)', tone: 'info' },
    ]);
    expect(routes[4]?.[0]).toBe('control 2.7');
  });

  it('cuts the single points of failure and the blast radius at `top`', () => {
    const failure = buildAnalysisBrief(light(), { top: 2 }).sections[3];
    const [spofs, radius] = tables(failure?.blocks ?? []);
    expect(spofs?.table.rows).toHaveLength(2);
    expect(radius?.table.rows).toHaveLength(2);
    expect(failure?.blocks).toContainEqual({
      kind: 'paragraph',
      text: '… and 2 more (--top to show more, --json for all)',
      emphasis: 'note',
    });
  });

  it.each(exampleFiles())(
    'renders %s with every section heading and no colour when plain',
    (name) => {
      const text = reportTerminal(
        buildAnalysisBrief(inputsFor(readExample(name), name, { stress: false, front: false }), {
          top: 8,
        }),
        PLAIN,
      );
      for (const heading of [
        'Findings: ',
        'Five-layer scorecard',
        'Failure analysis',
        'Lock-in',
        'Concentration',
        'Assumptions: ',
      ])
        expect(text).toContain(`\n${heading}`);
      expect(text).not.toContain(String.fromCharCode(27));
      expect(text).not.toMatch(/ +$/m);
    },
  );
});
