/**
 * What every report chart shares: its width, fonts, colours and the config that keeps the
 * drawing quiet and print-friendly (no background, thin grid, the page's own ink colours).
 */
import type { Config } from 'vega-lite';

export const CHART_WIDTH = 640;

export const INK = '#1d232b';
export const MUTED = '#5b6675';
export const ACCENT = '#1f5fae';
/** Thresholds and warnings: black, apart from every colour of the palette below. */
export const WARNING = '#000000';
/**
 * Dependency against control: Okabe–Ito vermillion against blue, a pair that stays apart for
 * readers with deuteranopia or protanopia (never red against green; test/report/palette.test.ts).
 */
export const DEPENDENCY = '#d55e00';
export const CONTROL = '#0072b2';
/**
 * A categorical palette readable in print and by most colour-blind readers (Okabe–Ito, with
 * its yellow, too pale on paper, left out and its black kept for thresholds), then a grey.
 */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#5b6675',
] as const;

export const CHART_CONFIG: Config = {
  background: 'transparent',
  // The page names each chart (role="img" with its title) and folds its figures into a table
  // beside it; Vega's own ARIA roles on marks would give screen readers unnamed images.
  aria: false,
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: {
    labelColor: INK,
    titleColor: INK,
    gridColor: '#e5e9ef',
    domainColor: MUTED,
    tickColor: MUTED,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 'normal',
    labelLimit: 260,
  },
  legend: {
    labelColor: INK,
    titleColor: INK,
    labelFontSize: 11,
    titleFontSize: 11,
    labelLimit: 260,
  },
  range: { category: [...PALETTE] },
};

/** A short layer name for an axis: the title before its parenthesis. */
export function shortTitle(title: string): string {
  const cut = title.indexOf(' (');
  return cut === -1 ? title : title.slice(0, cut);
}
