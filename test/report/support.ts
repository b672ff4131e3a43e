/** Report inputs from a model text, built in process (the front by enumeration, not a worker). */
import { parse, stringify } from 'yaml';
import { assessModel } from '../../src/assessment.js';
import type { Objective } from '../../src/model/schema/design-space.js';
import { compileSpace } from '../../src/optimize/design-space.js';
import { designCount, enumerateFront } from '../../src/optimize/enumerate.js';
import { reportFront } from '../../src/optimize/front-report.js';
import { localPath } from '../../src/optimize/local-path.js';
import { type ReportInputs, reportStress } from '../../src/report/document/report-inputs.js';
import { loadOk, readExample } from '../support/load.js';

export const TEST_TRIALS = 2_000;

export function inputsFor(
  text: string,
  file = 'model.yaml',
  parts: { readonly stress?: boolean; readonly front?: boolean } = {},
): ReportInputs {
  const loaded = loadOk(text, file);
  const assessment = assessModel(loaded);
  const inputs: ReportInputs = { file, loaded, assessment };
  const space = loaded.model.design_space;
  const objectives: readonly Objective[] = ['cost', 'lockin'];
  return {
    ...inputs,
    ...(parts.stress === false
      ? {}
      : { stress: reportStress(loaded, assessment, { trials: TEST_TRIALS, seed: 7 }) }),
    ...(space === undefined || parts.front === false
      ? {}
      : {
          designSpace: (() => {
            const compiled = compileSpace(space, {
              horizonMonths: loaded.model.operator.horizon_months,
              discountRate: loaded.model.operator.discount_rate,
            });
            return {
              report: reportFront(
                compiled,
                objectives,
                enumerateFront(compiled, objectives),
                localPath(compiled),
              ),
              objectives,
              designs: designCount(compiled),
              complete: true,
              timeLimitSeconds: 10,
              method: 'enumeration' as const,
              nodes: designCount(compiled),
              solves: 0,
            };
          })(),
        }),
  };
}

/**
 * Strings that break HTML, SVG, Markdown, Mermaid, DOT, spreadsheets and template engines
 * when they are not escaped.
 */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)' x='",
  'Tom & Jerry "quoted" \'single\' &amp; &lt;b&gt;',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the attack
  '`backtick` ${alert(1)} ```',
  "=cmd|' /C calc'!A0",
  '@SUM(1)',
  'line one\nline two\r\nline three',
  '"]; evil [label="pwned"]; a -> b; //',
  '%% comment --> end',
  'a --> b; click a callback "x"; end',
  '</script><script>alert(1)</script><!--',
  '\\N \\G \\" \\',
  '| pipe | # heading * _ [link](javascript:alert(1)) <b>bold</b>',
  '<svg onload=alert(1)>',
] as const;

/** The user-written text fields of the schema, whatever section they are in. */
const TEXT_KEYS = new Set([
  'name',
  'notes',
  'description',
  'title',
  'chosen',
  'decides',
  'exit_plan',
  'owner',
  'reason',
]);
const TEXT_LIST_KEYS = new Set(['alternatives']);

/**
 * An example with a hostile string in every user-written text field (cycling through the
 * corpus), and a provider id holding the diagram languages' metacharacters that ids allow.
 */
export function hostileModel(example: string, renamedProvider: string): string {
  let next = 0;
  const hostile = () => HOSTILE[next++ % HOSTILE.length] as string;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => {
        if (TEXT_KEYS.has(key) && typeof child === 'string') return [key, hostile()];
        if (TEXT_LIST_KEYS.has(key) && Array.isArray(child))
          return [key, child.map((item) => (typeof item === 'string' ? hostile() : walk(item)))];
        return [key, walk(child)];
      }),
    );
  };
  const text = stringify(walk(parse(readExample(example))), { lineWidth: 0 });
  return text.replace(new RegExp(`\\b${renamedProvider}\\b`, 'g'), EVIL_ID);
}

/**
 * A valid id (letters, digits, "-", "_", ".") that Mermaid would read as a keyword and an open
 * link, and DOT as an edge operator, were ids ever written where the syntax is read.
 */
export const EVIL_ID = 'end---x--y.click';
