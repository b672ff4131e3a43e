// @vitest-environment jsdom
/**
 * The sensitivity view drawn from the core's run on a shipped example: a figure picker of the
 * figures that move, the tornado with a row per moving bar, the table of bars with both ends,
 * the flip points and the ranges with their reasons.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyseSensitivity, type Sensitivity } from '../../src/sensitivity/sensitivity.js';
import { SensitivityView } from '../../web/src/panels/SensitivityView.js';
import { loadOk, readExample } from '../support/load.js';

let sensitivity: Sensitivity;

beforeAll(() => {
  sensitivity = analyseSensitivity(loadOk(readExample('light-mvno-on-enabler.yaml')), {
    trials: 2_000,
  });
}, 120_000);

afterEach(cleanup);

describe('the sensitivity view', () => {
  it('offers every figure that moves and draws the first one’s bars, widest first', () => {
    render(<SensitivityView sensitivity={sensitivity} currency="GBP" />);
    const moving = sensitivity.figures.filter((f) => f.bars.some((b) => b.width > 0));
    const picker = screen.getByRole('combobox', { name: 'Figure' });
    expect(within(picker).getAllByRole('option')).toHaveLength(moving.length);
    const first = moving[0];
    if (first === undefined) throw new Error('some figure moves');
    const table = screen.getByRole('table', { name: new RegExp(`^${literal(first.title)}`) });
    const rows = within(table).getAllByRole('row').slice(1);
    const bars = first.bars.filter((b) => b.width > 0);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      bars.map((b) => b.parameter),
    );
    expect(screen.getByRole('img', { name: `Tornado of ${first.title}` })).toBeTruthy();
  });

  it('shows another figure when it is picked', () => {
    render(<SensitivityView sensitivity={sensitivity} currency="GBP" />);
    const exit = sensitivity.figures.find((f) => f.kind === 'exit_cost');
    if (exit === undefined) throw new Error('an exit cost figure');
    fireEvent.change(screen.getByRole('combobox', { name: 'Figure' }), {
      target: { value: exit.id },
    });
    expect(screen.getByRole('img', { name: `Tornado of ${exit.title}` })).toBeTruthy();
  });

  it('lists each flip point and each range with its reason', () => {
    render(<SensitivityView sensitivity={sensitivity} currency="GBP" />);
    const flips = sensitivity.flips.pointsOfNoReturn.reduce((n, d) => n + d.flips.length, 0);
    const list = screen.getByRole('heading', { name: 'Flip points' }).parentElement;
    if (list === null) throw new Error('the flip points section');
    expect(within(list).getAllByRole('listitem')).toHaveLength(flips);
    for (const p of sensitivity.parameters)
      expect(screen.getByRole('rowheader', { name: p.path })).toBeTruthy();
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
