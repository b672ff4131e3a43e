// @vitest-environment jsdom
/**
 * The web app's assumptions panel, drawn from the core's assessment in the browser: every
 * lock-in parameter a model leaves to its default with its value and reason, the ones it
 * states named as stated, and "None" only when nothing was defaulted.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PARAMETER_DEFAULTS } from '../../src/economics/parameters.js';
import { assessText } from '../../web/src/assessment/assess-text.js';
import { AssumptionsPanel } from '../../web/src/panels/assumptions-panel.js';
import {
  ATTRITION_STATED,
  EVERYTHING_STATED,
  NOTHING_STATED,
} from '../support/assumption-models.js';

function panelFor(text: string) {
  const { assessment } = assessText(text);
  if (assessment === undefined) throw new Error('expected the model to load');
  render(
    <AssumptionsPanel
      assumptions={assessment.assumptions}
      statedInModel={assessment.statedInModel}
    />,
  );
}

afterEach(cleanup);

describe('the assumptions panel', () => {
  it('lists every lock-in parameter left to its default, with value and reason', () => {
    panelFor(NOTHING_STATED);
    const economics = screen.getByRole('table', { name: 'Lock-in economics' });
    for (const [name, { reason }] of Object.entries(PARAMETER_DEFAULTS)) {
      const row = within(economics).getByRole('row', { name: new RegExp(`^economics\\.${name} `) });
      expect(within(row).getByText(reason, { exact: false })).toBeTruthy();
    }
    const attrition = within(economics).getByRole('row', { name: /^economics\.swap_attrition / });
    expect(within(attrition).getByText('10%')).toBeTruthy();
    const model = screen.getByRole('table', { name: 'Model values' });
    const churn = within(model).getByRole('row', { name: /^operator\.monthly_churn / });
    expect(within(churn).getByText('1.5% a month')).toBeTruthy();
    expect(screen.queryByText(/^None/)).toBeNull();
  });

  it('names a parameter the model states instead of listing it as a default', () => {
    panelFor(ATTRITION_STATED);
    expect(screen.queryByRole('row', { name: /^economics\.swap_attrition / })).toBeNull();
    expect(screen.getByText(/economics\.swap_attrition = 5%/)).toBeTruthy();
  });

  it('says "None" only for a model that states everything', () => {
    panelFor(EVERYTHING_STATED);
    expect(screen.getByText('None: every value the figures rest on is in the model.')).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
  });
});
