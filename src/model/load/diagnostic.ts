/**
 * A problem found in a model file. Every diagnostic has a position, so an editor, a terminal
 * and a code-scanning dashboard can all point at the line that needs changing.
 */
import { counted, wholeNumber } from '../../text/whole-number.js';

export type DiagnosticSeverity = 'error' | 'warning';

/** 1-based line and column, as editors count them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export type ModelPath = readonly (string | number)[];

export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** Stable, kebab-case code: `unknown-reference`, `duplicate-id`, `yaml-syntax`, … */
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly position: SourcePosition;
  readonly endPosition?: SourcePosition;
  /** Where in the model the problem is, as keys and list indexes. */
  readonly path: ModelPath;
  readonly expected?: string;
  readonly found?: string;
  /** A concrete fix: usually "did you mean `x`?" */
  readonly suggestion?: string;
}

/** Renders a model path the way people write it: providers[2].supplies[0].share */
export function formatPath(path: ModelPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text === '' ? '(document)' : text;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by position so output reads top to bottom like the file. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.position.line - b.position.line || a.position.column - b.position.column;
}

/**
 * How many problems a load reports in full. A file with 180,000 unknown keys needs the first
 * few of them to be fixed, not 180,000 code frames: beyond this many, each kind of problem left
 * is summed up in one diagnostic at its first place.
 */
export const MAX_REPORTED_DIAGNOSTICS = 200;

/**
 * The first `max` diagnostics (already sorted by position) in full, then one per code of those
 * left: "and K more of these", at the first of them, as severe as the worst of them.
 */
export function boundDiagnostics(
  sorted: readonly Diagnostic[],
  max = MAX_REPORTED_DIAGNOSTICS,
): Diagnostic[] {
  if (sorted.length <= max) return [...sorted];
  const shown = sorted.slice(0, max);
  const rest = new Map<string, { first: Diagnostic; count: number; error: boolean }>();
  for (let i = max; i < sorted.length; i++) {
    const d = sorted[i] as Diagnostic;
    const kind = rest.get(d.code);
    if (kind === undefined) rest.set(d.code, { first: d, count: 1, error: d.severity === 'error' });
    else {
      kind.count++;
      kind.error ||= d.severity === 'error';
    }
  }
  for (const [code, { first, count, error }] of rest) {
    shown.push({
      severity: error ? 'error' : 'warning',
      code,
      message: `and ${counted(count, 'more problem')} of this kind (\`${code}\`) not shown, after the first ${wholeNumber(max)} in full; the first of them: ${first.message}`,
      file: first.file,
      position: first.position,
      path: first.path,
      suggestion: 'fix the problems shown, then validate again to see the rest',
    });
  }
  return shown;
}
