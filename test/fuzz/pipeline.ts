/**
 * What the fuzzer drives: one model text through every command's pure core, as `validate`,
 * `analyze` (JSON and Markdown), `lockin`, `register` and a small `simulate` run it. A model the
 * loader refuses must be refused with positioned diagnostics; a model it accepts must come out
 * of every analysis without an exception. The outcome says which, and how long it took.
 */
import { assessModel } from '../../src/assessment.js';
import { type LoadResult, loadModel } from '../../src/model/load/load-model.js';
import { buildReport } from '../../src/report/document/build-report.js';
import { analyzeJson } from '../../src/report/json/analysis-json.js';
import { reportMarkdown } from '../../src/report/markdown/report-markdown.js';
import { registerCsv } from '../../src/report/register/register-csv.js';
import { supplierRegister } from '../../src/report/register/supplier-register.js';
import { kernelOf } from '../../src/stress/kernel.js';
import { compileScenario } from '../../src/stress/scenario.js';
import { simulate } from '../../src/stress/simulation.js';

/** Trials of the small stress test each accepted model gets: enough to reach every shock path. */
export const FUZZ_TRIALS = 16;

export type Outcome =
  | { readonly kind: 'refused'; readonly ms: number }
  | { readonly kind: 'analysed'; readonly ms: number }
  | {
      readonly kind: 'crashed';
      readonly ms: number;
      readonly stage: string;
      readonly error: string;
    };

/** A problem with the answer itself (not a crash): a diagnostic without a usable position. */
export function badDiagnostic(text: string, result: LoadResult): string | undefined {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  for (const d of result.diagnostics) {
    if (!(d.position.line >= 1 && d.position.line <= lines + 1 && d.position.column >= 1))
      return `diagnostic ${d.code} at ${d.position.line}:${d.position.column} is outside the file`;
    if (!/^[a-z0-9-]+$/.test(d.code) || d.message.length === 0)
      return `diagnostic without a code or message: ${JSON.stringify(d)}`;
  }
  const errors = result.diagnostics.some((d) => d.severity === 'error');
  if (result.ok === errors) return `ok is ${result.ok} with errors ${errors}`;
  return undefined;
}

/**
 * The places in a document that hold NaN or ±Infinity: JSON would write them as null, so a
 * figure that could not be computed would pass for one that is absent. At most `limit`.
 */
export function nonFinitePaths(document: unknown, limit = 20): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (found.length >= limit) return;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) found.push(`${path} = ${node}`);
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        walk(child, `${path}[${i}]`);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node))
        walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(document, '');
  return found;
}

/** Runs one text through the pipeline; never throws. */
export function runPipeline(text: string, seed = 1): Outcome {
  const started = performance.now();
  const ms = () => performance.now() - started;
  let stage = 'load';
  try {
    const loaded = loadModel(text, { file: 'fuzz.yaml' });
    const bad = badDiagnostic(text, loaded);
    if (bad !== undefined) return { kind: 'crashed', ms: ms(), stage, error: bad };
    if (!loaded.ok) return { kind: 'refused', ms: ms() };
    stage = 'assess';
    const assessment = assessModel(loaded);
    stage = 'analyze-json';
    const document = analyzeJson('fuzz.yaml', loaded, assessment);
    JSON.stringify(document);
    // A figure that cannot be computed must say so, not turn into null on the way to JSON.
    const nonFinite = nonFinitePaths(document, 3);
    if (nonFinite.length > 0)
      return {
        kind: 'crashed',
        ms: ms(),
        stage,
        error: `non-finite figures: ${nonFinite.join('; ')}`,
      };
    stage = 'report-document';
    reportMarkdown(buildReport({ file: 'fuzz.yaml', loaded, assessment }));
    stage = 'register';
    registerCsv(supplierRegister(loaded.model, assessment));
    stage = 'simulate';
    const scenario = compileScenario(loaded.model, assessment.analysis, assessment.lockin);
    const years = seed % 3 === 0 ? 3 : 1;
    const result = simulate(scenario, kernelOf(scenario, years), { trials: FUZZ_TRIALS, seed });
    if (!Number.isFinite(result.loss.mean) && !Number.isNaN(result.loss.mean))
      return { kind: 'crashed', ms: ms(), stage, error: `loss mean ${result.loss.mean}` };
    return { kind: 'analysed', ms: ms() };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const frame = error instanceof Error ? (error.stack?.split('\n')[1]?.trim() ?? '') : '';
    return { kind: 'crashed', ms: ms(), stage, error: `${message} ${frame}` };
  }
}
