import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { actByText, adviceSection } from '../../src/report/document/advice-section.js';
import { buildReport } from '../../src/report/document/build-report.js';
import { cellText, type Figure, type Section } from '../../src/report/document/document.js';
import { reportHtml } from '../../src/report/html/report-html.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';
import { loadOk, readExample } from '../support/load.js';
import { inputsFor } from './support.js';

/** Fewer trials than the advisor's 20,000: the section's shape, not its precision, is tested. */
const TRIALS = 2_000;

const figure = (section: Section, id: string): Figure | undefined =>
  section.blocks.find((b): b is Figure => b.kind === 'figure' && b.id === id);

const tableOf = (f: Figure | undefined) => (f?.body.kind === 'table' ? f.body.table : undefined);

const DATE = /\d{4}-\d{2}-\d{2}/;

describe('the report’s first section, What to do first', () => {
  // Two examples whose ranked moves include one with an open window (an act-by date).
  it.each(['light-mvno-on-enabler.yaml', 'multi-country-full-mvno.yaml'])(
    'leads the report of %s with its top moves, act-by dates, the roadmap and doing nothing',
    async (name) => {
      const text = readExample(name);
      const advice = advise(loadOk(text, name), { trials: TRIALS });
      const document = buildReport({ ...inputsFor(text, name, { front: false }), advice });
      // First after the executive page, which lists the same moves' top three.
      const section = document.sections[1] as Section;
      expect(document.sections[0]?.id).toBe('at-a-glance');
      expect(section.id).toBe('what-to-do-first');
      expect(section.title).toBe('What to do first');

      const moves = tableOf(figure(section, 'advice-moves'));
      expect(moves?.rows.length).toBe(Math.min(5, advice.moves.length));
      // The first row is the advisor's best move, its net value as money in the currency.
      const best = advice.moves[0];
      expect(moves?.rows[0]?.map(cellText).slice(0, 1)).toEqual([best?.title]);
      expect(cellText(moves?.rows[0]?.[3] ?? '')).toMatch(/^-?[\d,]+ [A-Z]{3}$/);
      // Every row's act-by cell is the move's act-by date, or says the window has closed.
      advice.moves.slice(0, 5).forEach((m, i) => {
        expect(cellText(moves?.rows[i]?.[5] ?? '')).toBe(actByText(m.actBy));
      });
      const open = advice.moves.slice(0, 5).filter((m) => m.actBy.date !== null);
      expect(open.length).toBeGreaterThan(0);
      for (const m of open) expect(actByText(m.actBy)).toBe(`start by ${m.actBy.date}`);

      const roadmap = tableOf(figure(section, 'advice-roadmap'));
      expect(roadmap?.rows.length).toBe(advice.plan.recommended?.roadmap.length);
      expect(roadmap?.rows.length).toBeGreaterThan(0);
      for (const row of roadmap?.rows ?? []) {
        expect(cellText(row[0] ?? '')).toMatch(DATE);
        expect(cellText(row[1] ?? '')).toMatch(DATE);
      }
      const nothing = tableOf(figure(section, 'advice-do-nothing'));
      expect(nothing?.columns.map((c) => c.title)).toEqual([
        'figure',
        'do nothing',
        'with the plan',
      ]);
      expect(nothing?.rows.map((r) => cellText(r[0] ?? ''))).toContain('margin, ES 95% of a year');

      // One number style: no scientific notation, no "(s)" plurals, in either renderer.
      const markdown = reportMarkdown({ ...document, sections: [section] });
      const html = await reportHtml({ ...document, sections: [section] }, { generator: 'test' });
      for (const out of [markdown, html]) {
        expect(out).toContain('What to do first');
        expect(out).not.toMatch(/\d(\.\d+)?e[+-]\d/);
        expect(out).not.toContain('(s)');
      }
      expect(markdown).toContain(`| ${best?.title} |`);
    },
    60_000,
  );

  it('says so when the model admits no move, and still shows doing nothing', () => {
    const name = 'light-mvno-on-enabler.yaml';
    const advice = advise(loadOk(readExample(name), name), { trials: TRIALS });
    const none = adviceSection({
      ...advice,
      moves: [],
      plan: { ...advice.plan, recommended: null },
    });
    expect(none.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(figure(none, 'advice-moves')).toBeUndefined();
    expect(tableOf(figure(none, 'advice-do-nothing'))?.columns.length).toBe(2);
  }, 60_000);

  it('writes a closed window with the date the next one opens', () => {
    const base = { month: null, date: null, deadline: null, deadlines: [], explanation: '' };
    expect(
      actByText({ ...base, closed: true, nextWindow: { month: 20, date: '2028-07-01' } }),
    ).toBe('window closed; next opens 2028-07-01');
    expect(actByText({ ...base, closed: true, nextWindow: null })).toBe(
      'window closed; none opens again within the horizon',
    );
    expect(actByText({ ...base, closed: false, nextWindow: null })).toBe(
      'no deadline within the horizon',
    );
  });
});
