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

/**
 * How many problems a load reports in full. A file with 180,000 unknown keys needs the first
 * few of them to be fixed, not 180,000 code frames: beyond this many, each kind of problem left
 * is summed up in one diagnostic at its first place.
 */
export const MAX_REPORTED_DIAGNOSTICS = 200;
