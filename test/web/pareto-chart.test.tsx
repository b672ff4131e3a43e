// @vitest-environment jsdom
/**
 * The optimiser's front chart: a point per design placed by its two objectives, each point a
 * keyboard-usable button that selects its design, and the locally optimised path marked apart.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Design } from '../../web/src/api/types.js';
import { ParetoChart } from '../../web/src/panels/pareto-chart.js';

const design = (cost: number, lockin: number, option: string): Design => ({
  values: { cost, lockin },
  choices: [{ decision: 'host', option }],
});

const FRONT = [design(1_000_000, 3_000_000, 'a'), design(2_000_000, 2_000_000, 'b')];
const FRONT_3 = [...FRONT, design(3_000_000, 1_000_000, 'c')];
const LOCAL = design(1_500_000, 3_500_000, 'greedy');

function chart(props: Partial<Parameters<typeof ParetoChart>[0]> = {}) {
  const onSelect = vi.fn<(index: number) => void>();
  const view = render(
    <ParetoChart
      front={FRONT_3}
      local={LOCAL}
      x="cost"
      y="lockin"
      currency="GBP"
      selected={null}
      onSelect={onSelect}
      {...props}
    />,
  );
  return { onSelect, ...view };
}

const points = () => screen.getAllByRole('button', { name: /^design \d+( \(the knee\))?:/ });
const centre = (point: Element) => ({
  x: Number(point.getAttribute('cx')),
  y: Number(point.getAttribute('cy')),
});

afterEach(cleanup);

describe('the Pareto front chart', () => {
  it('draws one labelled point per design, placed by its two objectives', () => {
    chart();
    // A group, not an image: assistive technology reaches the points inside.
    expect(
      screen.getByRole('group', { name: /Pareto front: cost against lockin, 3 designs/ }),
    ).toBeTruthy();
    const [cheap, middle, dear] = points().map(centre);
    if (cheap === undefined || middle === undefined || dear === undefined)
      throw new Error('expected three points');
    expect(cheap.x).toBeLessThan(middle.x);
    expect(middle.x).toBeLessThan(dear.x);
    // Less lock-in is drawn lower: SVG's y grows downwards.
    expect(cheap.y).toBeLessThan(middle.y);
    expect(middle.y).toBeLessThan(dear.y);
    expect(points()[0]?.getAttribute('aria-label')).toBe(
      'design 1: cost 1,000,000 GBP, lockin 3,000,000 GBP',
    );
  });

  it('selects a design by click, Enter or Space, and shows which is selected', () => {
    const { onSelect, rerender } = chart();
    const [first, second, third] = points();
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('expected three points');
    fireEvent.click(second);
    fireEvent.keyDown(third, { key: 'Enter' });
    fireEvent.keyDown(first, { key: ' ' });
    fireEvent.keyDown(first, { key: 'a' });
    expect(onSelect.mock.calls).toEqual([[1], [2], [0]]);
    for (const point of points()) expect(point.getAttribute('tabindex')).toBe('0');

    rerender(
      <ParetoChart
        front={FRONT_3}
        local={LOCAL}
        x="cost"
        y="lockin"
        currency="GBP"
        selected={1}
        onSelect={onSelect}
      />,
    );
    expect(points().map((p) => p.classList.contains('point--selected'))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('marks the locally optimised path apart from the front, and only when there is one', () => {
    const { container, rerender } = chart({ front: FRONT });
    const local = screen.getByTestId('local-point');
    expect(local.textContent).toBe('locally optimised');
    expect(container.querySelectorAll('circle.point')).toHaveLength(2);
    rerender(
      <ParetoChart
        front={FRONT}
        local={undefined}
        x="cost"
        y="lockin"
        currency="GBP"
        selected={null}
        onSelect={() => {}}
      />,
    );
    expect(screen.queryByTestId('local-point')).toBeNull();
  });

  it('rings and names the knee, and keeps the local path’s label inside the plot', () => {
    // The local path is the dearest in lock-in: its point is at the top edge of the plot.
    const { container } = chart({ knee: 1 });
    const knee = screen.getByTestId('knee-point');
    const ring = knee.querySelector('circle');
    const middle = points()[1];
    expect(ring?.getAttribute('cx')).toBe(middle?.getAttribute('cx'));
    expect(ring?.getAttribute('cy')).toBe(middle?.getAttribute('cy'));
    expect(knee.textContent).toBe('knee');
    expect(middle?.getAttribute('aria-label')).toMatch(/^design 2 \(the knee\): /);
    // Axis ticks are whole numbers; the currency is in the axis title once.
    expect(screen.getByText('cost (GBP)')).toBeTruthy();
    expect(container.textContent).not.toMatch(/\d GBP\d/);

    const local = screen.getByTestId('local-point');
    const [, at = '0'] = /translate\(\S+ (\S+)\)/.exec(local.getAttribute('transform') ?? '') ?? [];
    const label = local.querySelector('text');
    // Moved below its mark (positive y) when the mark sits near the top: never above the frame.
    expect(Number(at) + Number(label?.getAttribute('y'))).toBeGreaterThan(0);
    expect(Number(label?.getAttribute('y'))).toBeGreaterThan(0);

    cleanup();
    chart();
    expect(screen.queryByTestId('knee-point')).toBeNull();
  });
});
