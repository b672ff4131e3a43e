/**
 * The loader: text in, a resolved model (or every problem with it) out. Pure: the caller
 * reads the file; nothing here touches a disk, so the loader runs in a browser as well.
 */
import { type Resolution, resolveModel } from '../defaults.js';
import type { Assumption, ResolvedModel } from '../resolved-model.js';
import type { StackModel } from '../schema/model.js';
import { CheckContext } from './checks/check-context.js';
import { controlCharacterInText } from './checks/control-characters.js';
import { MODEL_CHECKS } from './checks/index.js';
import { type Diagnostic, formatPath } from './diagnostic.js';
import { DEFAULT_LIMITS, type LoadLimits } from './limits.js';
import { parseText } from './parse-text.js';
import { ProblemList } from './problem-list.js';
import { checkSchema } from './schema-issues.js';
import { SourceMap } from './source-map.js';
import { isRecord } from './value-view.js';

export interface LoadOptions {
  /** Name shown in diagnostics. */
  readonly file?: string;
  readonly limits?: Partial<LoadLimits>;
}

export type LoadResult = LoadSuccess | LoadFailure;

export interface LoadSuccess {
  readonly ok: true;
  readonly file: string;
  readonly model: ResolvedModel;
  /** The model exactly as validated, before defaults. */
  readonly declared: StackModel;
  readonly assumptions: readonly Assumption[];
  /** Warnings only: a model with errors does not load. */
  readonly diagnostics: readonly Diagnostic[];
  readonly sourceMap: SourceMap;
}

export interface LoadFailure {
  readonly ok: false;
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export function loadModel(text: string, options: LoadOptions = {}): LoadResult {
  const file = options.file ?? '<model>';
  const limits: LoadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Before parsing: a NUL or an escape in the text is refused at its place, whatever the parser makes of it.
  const control =
    text.length <= limits.maxChars
      ? controlCharacterInText(text, file, new SourceMap(text))
      : undefined;
  if (control !== undefined) return fail(file, [control]);
  const parsed = parseText(text, file, limits);
  if (!parsed.readable) return fail(file, parsed.diagnostics);
  const problems = new ProblemList();
  for (const diagnostic of parsed.diagnostics) problems.add(diagnostic);

  if (!isRecord(parsed.value)) {
    problems.add({
      severity: 'error',
      code: 'not-a-model',
      message: 'a stack model is a mapping with at least `operator` and `providers`',
      file,
      path: [],
      position: parsed.sourceMap.spanOf([]).start,
      expected: 'a mapping (key: value lines)',
      found:
        parsed.value === null || parsed.value === undefined
          ? 'an empty document'
          : typeof parsed.value,
      suggestion: 'run `mvnoscope init` for a starter model',
    });
    return { ok: false, file, diagnostics: problems.report() };
  }

  const model = checkSchema(parsed.value, file, parsed.sourceMap, problems);
  const context = new CheckContext(parsed.value, file, parsed.sourceMap, problems);
  for (const check of MODEL_CHECKS) check(context);

  if (model === undefined || problems.hasErrors) {
    return { ok: false, file, diagnostics: problems.report() };
  }
  const resolution: Resolution = resolveModel(model);
  for (const warning of defaultWarnings(resolution.assumptions, file, parsed.sourceMap)) {
    problems.add(warning);
  }
  return {
    ok: true,
    file,
    model: resolution.model,
    declared: model,
    assumptions: resolution.assumptions,
    diagnostics: problems.report(),
    sourceMap: parsed.sourceMap,
  };
}

/** A failure before validation: the parser's or the text's own problems, bounded the same way. */
function fail(file: string, diagnostics: readonly Diagnostic[]): LoadFailure {
  const problems = new ProblemList();
  for (const diagnostic of diagnostics) problems.add(diagnostic);
  return { ok: false, file, diagnostics: problems.report() };
}

/**
 * One warning per kind of default used, at its first place, rather than one per provider: a
 * model of 300 providers without availability figures needs telling once, with the count.
 */
function defaultWarnings(
  assumptions: readonly Assumption[],
  file: string,
  sourceMap: SourceMap,
): Diagnostic[] {
  const groups = new Map<string, Assumption[]>();
  for (const assumption of assumptions) {
    if (assumption.basis !== 'default') continue;
    // One warning per field of one section: providers[].availability apart from groups[].availability.
    const pattern = formatPath(
      assumption.path.map((segment) => (typeof segment === 'number' ? '*' : segment)),
    ).replace(/\.\*/g, '[]');
    const list = groups.get(pattern) ?? [];
    list.push(assumption);
    groups.set(pattern, list);
  }
  return [...groups.entries()].map(([field, list]) => {
    const first = list[0] as Assumption;
    const where =
      list.length === 1
        ? ''
        : ` (and ${list.length - 1} more place${list.length === 2 ? '' : 's'})`;
    return {
      severity: 'warning',
      code: 'default-used',
      message: `\`${field}\` is not given${where}: using ${formatValue(first.value)} — ${first.reason}`,
      file,
      path: first.path,
      position: sourceMap.spanOf(first.path).start,
      suggestion: `set \`${field}\` to silence this warning`,
    } satisfies Diagnostic;
  });
}

function formatValue(value: number | string): string {
  return typeof value === 'number' && value > 0 && value < 1
    ? `${Number((value * 100).toFixed(3))}%`
    : String(value);
}
