/**
 * What a semantic check is given: the raw value (checks run even when the schema found
 * problems elsewhere), and a way to produce positioned diagnostics.
 */
import type { Diagnostic, DiagnosticSeverity, ModelPath, SourcePosition } from '../diagnostic.js';
import type { Problem, ProblemList } from '../problem-list.js';
import type { SourceMap } from '../source-map.js';
import { isRecord } from '../value-view.js';

export interface CheckFinding {
  readonly code: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  /** A fix; a function when it is searched for, so that only reported problems search. */
  readonly suggestion?: string | (() => string | undefined);
}

export class CheckContext {
  constructor(
    readonly root: unknown,
    readonly file: string,
    readonly sourceMap: SourceMap,
    private readonly problems: ProblemList,
  ) {}

  report(severity: DiagnosticSeverity, path: ModelPath, finding: CheckFinding): void {
    this.problems.defer(new CheckProblem(severity, path, finding, this));
  }

  /** A diagnostic the check has built in full (one positioned other than by a path). */
  add(diagnostic: Diagnostic): void {
    this.problems.add(diagnostic);
  }

  error(path: ModelPath, finding: CheckFinding): void {
    this.report('error', path, finding);
  }

  warn(path: ModelPath, finding: CheckFinding): void {
    this.report('warning', path, finding);
  }

  /** Line of a path, for messages that point at a second place ("also at line 12"). */
  lineOf(path: ModelPath): number {
    return this.sourceMap.startOf(path).line;
  }
}

/** A check's finding, positioned at once and completed (its end, a suggestion searched for) when reported. */
class CheckProblem implements Problem {
  readonly position: SourcePosition;

  constructor(
    readonly severity: DiagnosticSeverity,
    private readonly path: ModelPath,
    private readonly finding: CheckFinding,
    private readonly context: CheckContext,
  ) {
    this.position = context.sourceMap.startOf(path);
  }

  get code(): string {
    return this.finding.code;
  }

  get message(): string {
    return this.finding.message;
  }

  complete(): Diagnostic {
    const span = this.context.sourceMap.spanOf(this.path);
    const { suggestion } = this.finding;
    return {
      severity: this.severity,
      file: this.context.file,
      path: this.path,
      position: span.start,
      endPosition: span.end,
      ...this.finding,
      suggestion: typeof suggestion === 'function' ? suggestion() : suggestion,
    };
  }
}

/** A semantic check: one rule about the model as a whole that a schema cannot express. */
export type ModelCheck = (context: CheckContext) => void;

/**
 * Every value matching a path pattern, where `*` stands for each item of a list.
 * `select(root, ['providers', '*', 'hosted_on', '*'])` gives each hosted_on entry with its path.
 */
export function select(root: unknown, pattern: readonly string[]): [ModelPath, unknown][] {
  const matches: [ModelPath, unknown][] = [];
  visit(root, pattern, (path, node) => {
    matches.push([[...path], node]);
  });
  return matches;
}

/**
 * Calls `found` with each value matching a path pattern and its path, by one walk that shares a
 * path stack: `path` is only valid during the call (copy it to keep it). A check that reports
 * few of many matches (references: almost all of them name something) copies none of the rest;
 * a recursive generator and a new path per node were the largest cost of loading a
 * 50,000-provider model.
 */
export function visit(
  root: unknown,
  pattern: readonly string[],
  found: (path: readonly (string | number)[], node: unknown) => void,
): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown, at: number): void => {
    if (at === pattern.length) {
      found(path, node);
      return;
    }
    const segment = pattern[at] ?? '';
    if (segment === '*') {
      if (!Array.isArray(node)) return;
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], at + 1);
        path.pop();
      }
    } else if (isRecord(node) && node[segment] !== undefined) {
      path.push(segment);
      walk(node[segment], at + 1);
      path.pop();
    }
  };
  walk(root, 0);
}
