/**
 * Every report chart's template: its Vega-Lite spec with named datasets and text slots, and no
 * model's data. scripts/compile-chart-templates.ts compiles each to Vega when the project is
 * built (vega-templates.ts); a report fills the compiled template (report-chart.ts), so
 * Vega-Lite is never loaded to draw one.
 */
import type { TopLevelSpec } from 'vega-lite';
import { LOCKIN_TEMPLATE } from './lockin-chart.js';
import { OPTION_TEMPLATE } from './option-chart.js';
import { paretoTemplate } from './pareto-chart.js';
import { SCORECARD_TEMPLATE } from './scorecard-chart.js';
import { SPEND_TEMPLATE } from './spend-chart.js';
import { STRESS_TEMPLATE } from './stress-chart.js';
import { TIMELINE_TEMPLATE } from './timeline-chart.js';
import { TORNADO_TEMPLATE } from './tornado-chart.js';

export const CHART_TEMPLATES = {
  lockin: LOCKIN_TEMPLATE,
  option: OPTION_TEMPLATE,
  'pareto-money-money': paretoTemplate('money-money'),
  'pareto-money-plain': paretoTemplate('money-plain'),
  'pareto-plain-money': paretoTemplate('plain-money'),
  'pareto-plain-plain': paretoTemplate('plain-plain'),
  scorecard: SCORECARD_TEMPLATE,
  spend: SPEND_TEMPLATE,
  stress: STRESS_TEMPLATE,
  timeline: TIMELINE_TEMPLATE,
  tornado: TORNADO_TEMPLATE,
} as const satisfies Record<string, TopLevelSpec>;

export type ChartTemplate = keyof typeof CHART_TEMPLATES;
