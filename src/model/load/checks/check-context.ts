/**
 * What a semantic check is given: the raw value (checks run even when the schema found
 * problems elsewhere), and a way to produce positioned diagnostics.
 */
import type { Diagnostic, DiagnosticSeverity, ModelPath } from '../diagnostic.js';
import type { SourceMap } from '../source-map.js';
import { isRecord } from '../value-view.js';

export interface CheckFinding {
  readonly code: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  readonly suggestion?: string;
}

export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly root: unknown,
    readonly file: string,
    readonly sourceMap: SourceMap,
  ) {}

  report(severity: DiagnosticSeverity, path: ModelPath, finding: CheckFinding): void {
    const span = this.sourceMap.spanOf(path);
    this.diagnostics.push({
      severity,
      file: this.file,
      path,
      position: span.start,
      endPosition: span.end,
      ...finding,
    });
  }

  error(path: ModelPath, finding: CheckFinding): void {
    this.report('error', path, finding);
  }

  warn(path: ModelPath, finding: CheckFinding): void {
    this.report('warning', path, finding);
  }

  /** Line of a path, for messages that point at a second place ("also at line 12"). */
  lineOf(path: ModelPath): number {
    return this.sourceMap.spanOf(path).start.line;
  }
}

/** A semantic check: one rule about the model as a whole that a schema cannot express. */
export type ModelCheck = (context: CheckContext) => void;

/**
 * Every value matching a path pattern, where `*` stands for each item of a list.
 * `select(root, ['providers', '*', 'hosted_on', '*'])` yields each hosted_on entry with its path.
 */
export function* select(
  root: unknown,
  pattern: readonly string[],
): Generator<[ModelPath, unknown]> {
  function* walk(
    node: unknown,
    at: number,
    path: (string | number)[],
  ): Generator<[ModelPath, unknown]> {
    if (at === pattern.length) {
      yield [path, node];
      return;
    }
    const segment = pattern[at] ?? '';
    if (segment === '*') {
      if (!Array.isArray(node)) return;
      for (let i = 0; i < node.length; i++) yield* walk(node[i], at + 1, [...path, i]);
    } else if (isRecord(node) && node[segment] !== undefined) {
      yield* walk(node[segment], at + 1, [...path, segment]);
    }
  }
  yield* walk(root, 0, []);
}
