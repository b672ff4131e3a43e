/**
 * The problems of one load, gathered from the parser, the schema and the checks, and reported
 * bounded: in the order of the file, the same problem reached twice shown once, the first
 * MAX_REPORTED_DIAGNOSTICS in full and the rest counted by kind ("and K more of this kind").
 *
 * A problem is gathered with only what ordering, de-duplicating and counting need: its position,
 * code, message and severity. The rest of it (where it ends, the expected and found values, a
 * suggestion searched for among candidates) is completed only for the problems reported, so a
 * file of 200,000 problems costs 200,000 positions and messages and a few hundred suggestions.
 */

import { counted, wholeNumber } from '../../text/whole-number.js';
import {
  type Diagnostic,
  type DiagnosticSeverity,
  MAX_REPORTED_DIAGNOSTICS,
  type SourcePosition,
} from './diagnostic.js';

export interface Problem {
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly message: string;
  /** Where it starts: the same as the completed diagnostic's position. */
  readonly position: SourcePosition;
  /** The whole diagnostic; called only for the problems reported. */
  complete(): Diagnostic;
}

export class ProblemList {
  private readonly problems: Problem[] = [];
  private errors = false;

  /** A problem already built in full (the parser's, a check's with nothing to search for). */
  add(diagnostic: Diagnostic): void {
    this.defer({ ...diagnostic, complete: () => diagnostic });
  }

  defer(problem: Problem): void {
    this.problems.push(problem);
    if (problem.severity === 'error') this.errors = true;
  }

  get hasErrors(): boolean {
    return this.errors;
  }

  /**
   * The problems in the order of the file (ties in the order found), each at most once, the
   * first `max` in full, then one per code of those left: how many, at the first of them, as
   * severe as the worst of them.
   */
  report(max = MAX_REPORTED_DIAGNOSTICS): Diagnostic[] {
    const unique = withoutRepeats([...this.problems].sort(byStart));
    const shown = unique.slice(0, max).map((problem) => problem.complete());
    const rest = new Map<string, { first: Problem; count: number; error: boolean }>();
    for (let i = max; i < unique.length; i++) {
      const problem = unique[i] as Problem;
      const kind = rest.get(problem.code);
      const error = problem.severity === 'error';
      if (kind === undefined) rest.set(problem.code, { first: problem, count: 1, error });
      else {
        kind.count++;
        kind.error ||= error;
      }
    }
    for (const [code, { first, count, error }] of rest) {
      const { file, path } = first.complete();
      shown.push({
        severity: error ? 'error' : 'warning',
        code,
        message: `and ${counted(count, 'more problem')} of this kind (\`${code}\`) not shown, after the first ${wholeNumber(max)} in full; the first of them: ${first.message}`,
        file,
        position: first.position,
        path,
        suggestion: 'fix the problems shown, then validate again to see the rest',
      });
    }
    return shown;
  }
}

function byStart(a: Problem, b: Problem): number {
  return a.position.line - b.position.line || a.position.column - b.position.column;
}

/**
 * The same problem reached by two checks (a union branch and a reference) is shown once: of the
 * problems at one position (already together, sorted), the first with each code and message.
 * A run of a few is compared pair by pair; a long one (many problems placed at one node)
 * through a set.
 */
function withoutRepeats(sorted: readonly Problem[]): Problem[] {
  const unique: Problem[] = [];
  let runStart = 0;
  let seen: Set<string> | undefined;
  for (const problem of sorted) {
    const head = unique[runStart];
    if (head === undefined || byStart(head, problem) !== 0) {
      runStart = unique.length;
      seen = undefined;
      unique.push(problem);
      continue;
    }
    if (unique.length - runStart < SMALL_RUN) {
      if (!repeats(unique, runStart, problem)) unique.push(problem);
      continue;
    }
    if (seen === undefined) {
      seen = new Set();
      for (let i = runStart; i < unique.length; i++) seen.add(identity(unique[i] as Problem));
    }
    const key = identity(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(problem);
  }
  return unique;
}

/** Runs shorter than this are searched pair by pair. */
const SMALL_RUN = 16;

function repeats(kept: readonly Problem[], from: number, problem: Problem): boolean {
  for (let i = from; i < kept.length; i++) {
    const other = kept[i] as Problem;
    if (other.code === problem.code && other.message === problem.message) return true;
  }
  return false;
}

function identity(problem: Problem): string {
  return `${problem.code}\u0000${problem.message}`;
}
