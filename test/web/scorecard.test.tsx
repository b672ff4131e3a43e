// @vitest-environment jsdom
/**
 * The scorecard panel drawn from the core's assessment of a shipped example: a bar per index
 * with its value for assistive technology, each layer's position in words, and the figures
 * following the model when it changes.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { assessText } from '../../web/src/assessment/assess-text.js';
import { ScorecardPanel } from '../../web/src/panels/scorecard.js';
import { readExample } from '../support/load.js';

const EXAMPLE = readExample('light-mvno-on-enabler.yaml');

function scorecardOf(text: string) {
  const { assessment } = assessText(text);
  if (assessment === undefined) throw new Error('expected the model to load');
  return assessment.analysis.scorecard;
}

afterEach(cleanup);

describe('the scorecard panel', () => {
  it('draws two bars for each of the five layers, and security exposure', () => {
    const scorecard = scorecardOf(EXAMPLE);
    render(<ScorecardPanel scorecard={scorecard} />);
    expect(screen.getByRole('heading', { name: 'Five-layer scorecard' })).toBeTruthy();
    const layers = within(screen.getByRole('list', { name: 'Layers' })).getAllByRole('listitem');
    expect(layers).toHaveLength(5);
    expect(screen.getAllByRole('meter')).toHaveLength(11);
    for (const layer of scorecard.layers) {
      const dependency = screen.getByRole('meter', { name: `${layer.title}: dependency` });
      expect(dependency.getAttribute('aria-valuenow')).toBe(String(layer.dependency.score));
      expect(dependency.getAttribute('aria-valuemin')).toBe('0');
      expect(dependency.getAttribute('aria-valuemax')).toBe('100');
    }
    expect(screen.getByRole('meter', { name: 'Security exposure' })).toBeTruthy();
  });

  it('names each position in words and explains a bar with its factors', () => {
    render(<ScorecardPanel scorecard={scorecardOf(EXAMPLE)} />);
    const routes = screen.getByRole('heading', { name: /^Network routes/ }).closest('li');
    if (routes === null) throw new Error('expected the network layer');
    expect(within(routes).getByText('dependent participant')).toBeTruthy();
    const bar = screen.getByRole('meter', { name: /Network routes.*: dependency/ });
    expect(bar.getAttribute('aria-valuetext')).toBe('86.8 of 100');
    expect(bar.closest('[title]')?.getAttribute('title')).not.toBe('');
  });

  it('follows the model: a host contract made non-exclusive lowers network dependency', () => {
    const { rerender } = render(<ScorecardPanel scorecard={scorecardOf(EXAMPLE)} />);
    const bar = () => screen.getByRole('meter', { name: /Network routes.*: dependency/ });
    expect(bar().getAttribute('aria-valuenow')).toBe('86.8');
    const edited = EXAMPLE.replace('exclusive: true', 'exclusive: false');
    rerender(<ScorecardPanel scorecard={scorecardOf(edited)} />);
    expect(bar().getAttribute('aria-valuenow')).toBe('71.8');
  });
});
