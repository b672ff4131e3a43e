/**
 * Compiles every report chart template (src/report/charts/chart-templates.ts) from Vega-Lite to
 * Vega and writes them to src/report/charts/vega-templates.ts, so that drawing a report chart
 * fills a compiled template and never loads Vega-Lite (npm run build runs this first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'vega-lite';
import { CHART_TEMPLATES } from '../src/report/charts/chart-templates.js';

const root = join(import.meta.dirname, '..');
const file = join(root, 'src', 'report', 'charts', 'vega-templates.ts');
const version = JSON.parse(
  readFileSync(join(root, 'node_modules', 'vega-lite', 'package.json'), 'utf8'),
).version;
const compiled = Object.fromEntries(
  Object.entries(CHART_TEMPLATES).map(([name, spec]) => [name, compile(spec).spec]),
);
writeFileSync(
  file,
  `// Written by scripts/compile-chart-templates.ts from chart-templates.ts (npm run build): do not edit.
import type { Spec } from 'vega';
import type { ChartTemplate } from './chart-templates.js';

/** Every report chart template, compiled to Vega by Vega-Lite ${version}. */
export const VEGA_TEMPLATES: Readonly<Record<ChartTemplate, Spec>> = JSON.parse(
  ${JSON.stringify(JSON.stringify(compiled))},
);
`,
);
execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
  stdio: 'ignore',
});
console.log(`compiled ${Object.keys(compiled).length} chart templates to ${file}`);
