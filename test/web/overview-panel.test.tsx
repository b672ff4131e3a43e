// @vitest-environment jsdom
/**
 * The Overview tab drawn from the core's assessment of two shipped examples (a light MVNO on
 * an enabler and a full MVNO): the operator's type, the five layers as a stack with who holds
 * each, dependency and control and a verdict, the key figures in words, and the advisor's
 * first moves with value, cost and act-by date — current, out of date, or offered as a run,
 * and not offered to a read-only token.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advise } from '../../src/advice/index.js';
import { POSITION_NAMES } from '../../src/analysis/scorecard/position.js';
import type { AdviceJobResult } from '../../src/api/advice.js';
import { actByText } from '../../src/report/document/advice-section.js';
import { money, timeAYear } from '../../src/text/index.js';
import { assessText } from '../../web/src/assessment/assess-text.js';
import type { LiveAssessment } from '../../web/src/assessment/live-result.js';
import type { TextJob } from '../../web/src/jobs/use-text-job.js';
import { layerFacts } from '../../web/src/overview/overview-facts.js';
import { OverviewPanel } from '../../web/src/panels/overview-panel.js';
import { loadOk, readExample } from '../support/load.js';

afterEach(cleanup);

function assessmentOf(text: string): LiveAssessment {
  const { assessment } = assessText(text);
  if (assessment === undefined) throw new Error('expected the model to load');
  return assessment;
}

/** The page's advice run as the overview reads it: a result made for `ranOn`, or none. */
function adviceRun(result: AdviceJobResult | null, ranOn: string | null): TextJob<'advice'> {
  return {
    job: null,
    error: null,
    running: false,
    ranOn,
    result,
    start: vi.fn(async () => {}),
    cancel: vi.fn(async () => {}),
  };
}

const EXAMPLES = [
  {
    file: 'light-mvno-on-enabler.yaml',
    type: 'a Light MVNO (thin / service provider)',
    // Worked example: network routes rest on one host group (86.8 against 2.7).
    layer: 'network_routes',
    holders: ['Pennine Telecom Group'],
    verdict: /^Kestrel Mobile depends on others here \(dependency 86\.8, control 2\.7\)/,
    exit: ['2,154,415 GBP and 13 months', 'to leave Pennine Telecom today'],
  },
  {
    file: 'full-mvno-switchable.yaml',
    type: 'a Full MVNO',
    // Worked example: own IMSIs put edge control in the operator's hands (7.7 against 92.1).
    layer: 'edge_control',
    holders: ['Skerry Networks AB', 'Vellum Secure Cards'],
    verdict: /^Wren Mobile is in control here \(dependency 7\.7, control 92\.1\)/,
    exit: ['1,517,500 GBP and 12 months', 'to leave Skerry Networks (managed core service) today'],
  },
] as const;

describe('the overview', () => {
  for (const example of EXAMPLES) {
    it(`shows ${example.file}: type, five layers, key figures and the first moves`, () => {
      const text = readExample(example.file);
      const assessment = assessmentOf(text);
      const advice: AdviceJobResult = {
        ...advise(loadOk(text, example.file), { trials: 500 }),
        seconds: 1,
      };
      render(
        <OverviewPanel
          assessment={assessment}
          advice={adviceRun(advice, text)}
          text={text}
          canWrite
          onOpenAdvice={() => {}}
        />,
      );
      expect(screen.getByTestId('overview-type').textContent).toContain(example.type);

      const stack = screen.getByRole('list', { name: 'The five layers' });
      const blocks = within(stack).getAllByRole('listitem');
      expect(blocks).toHaveLength(5);
      const { scorecard } = assessment.analysis;
      scorecard.layers.forEach((layer, i) => {
        const block = blocks[i] as HTMLElement;
        expect(block.dataset.layer).toBe(layer.layer);
        expect(within(block).getByText(POSITION_NAMES[layer.position])).toBeTruthy();
        const control = within(block).getByRole('meter', { name: /: control$/ });
        expect(control.getAttribute('aria-valuenow')).toBe(String(layer.control.score));
      });
      const facts = layerFacts(assessment).find((l) => l.layer === example.layer);
      expect(facts?.holders).toEqual(example.holders);
      expect(facts?.sentence).toMatch(example.verdict);
      const block = stack.querySelector(`[data-layer="${example.layer}"]`) as HTMLElement;
      expect(block.textContent).toContain(facts?.sentence);
      for (const holder of example.holders) expect(block.textContent).toContain(holder);

      const figures = screen.getByTestId('key-figures');
      const figure = (id: string) =>
        figures.querySelector(`[data-figure="${id}"] dd`)?.textContent ?? '';
      const detail = (id: string) =>
        figures.querySelector(`[data-figure="${id}"] .key-figure__detail`)?.textContent ?? '';
      expect(figure('availability')).toBe(
        timeAYear(assessment.analysis.failure.serviceLoss.downtimeMinutesPerYear / 60),
      );
      expect(figure('availability')).toMatch(/ hours a year$/);
      const { singlePoints } = assessment.analysis.failure;
      const hidden = singlePoints.filter((s) => s.hidden).length;
      expect(figure('spofs')).toBe(
        `${singlePoints.length}${hidden === 0 ? '' : `, ${hidden} of them hidden`}`,
      );
      expect(figure('exit')).toBe(example.exit[0]);
      expect(detail('exit')).toBe(example.exit[1]);
      expect(figure('margin')).toBe(money(advice.plan.doNothing.marginEs95, advice.currency));

      const moves = screen.getAllByTestId('overview-move');
      expect(moves).toHaveLength(Math.min(3, advice.moves.length));
      moves.forEach((row, i) => {
        const move = advice.moves[i];
        expect(row.textContent).toContain(move?.title);
        expect(row.textContent).toContain(money(move?.value.total ?? 0, advice.currency));
        expect(within(row).getByTestId('overview-act-by').textContent).toBe(
          move === undefined ? '' : actByText(move.actBy),
        );
      });
      expect(screen.queryByTestId('overview-stale')).toBeNull();
      const all = screen.getByTestId('overview').textContent ?? '';
      expect(all).not.toContain('(s)');
      expect(all).not.toMatch(/\d(\.\d+)?e[+-]\d/);
    }, 60_000);
  }

  it('marks moves made for another text out of date, and offers a run when there are none', () => {
    const text = readExample('light-mvno-on-enabler.yaml');
    const assessment = assessmentOf(text);
    const advice: AdviceJobResult = {
      ...advise(loadOk(text, 'light'), { trials: 200 }),
      seconds: 1,
    };
    const { rerender } = render(
      <OverviewPanel
        assessment={assessment}
        advice={adviceRun(advice, `${text}\n# before an edit\n`)}
        text={text}
        canWrite
        onOpenAdvice={() => {}}
      />,
    );
    expect(screen.getByTestId('overview-stale').textContent).toContain('Out of date, re-run');
    // An out-of-date run gives no bad-year margin for this text.
    expect(screen.getByTestId('key-figures').textContent).toContain('run the advice to see it');

    const none = adviceRun(null, null);
    rerender(
      <OverviewPanel
        assessment={assessment}
        advice={none}
        text={text}
        canWrite
        onOpenAdvice={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run the advice' }));
    expect(none.start).toHaveBeenCalledWith({ kind: 'advice', text });

    rerender(
      <OverviewPanel
        assessment={assessment}
        advice={none}
        text={text}
        canWrite={false}
        onOpenAdvice={() => {}}
      />,
    );
    const button = screen.getByRole('button', { name: 'Run the advice' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const note = screen.getByTestId('read-only-note');
    expect(button.getAttribute('aria-describedby')).toBe(note.id);
    expect(note.textContent).toContain('can only read');
  }, 60_000);
});
