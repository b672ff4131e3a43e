/**
 * A problem found in a model file. Every diagnostic has a position, so an editor, a terminal
 * and a code-scanning dashboard can all point at the line that needs changing.
 */
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
