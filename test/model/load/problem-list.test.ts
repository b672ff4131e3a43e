/**
 * The bounded report of a load's problems (issue 19, item 4): in the order of the file, the same
 * problem once, the first ones in full and the rest counted exactly by kind; and only the
 * problems reported are completed, so suggestions are never searched for the counted ones.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, SourcePosition } from '../../../src/model/load/diagnostic.js';
import { type Problem, ProblemList } from '../../../src/model/load/problem-list.js';

function problem(
  line: number,
  code: string,
  message: string,
  completions: { count: number },
): Problem {
  const position: SourcePosition = { line, column: 1 };
  return {
    severity: 'error',
    code,
    message,
    position,
    complete: (): Diagnostic => {
      completions.count++;
      return { severity: 'error', code, message, file: 'm.yaml', path: [line], position };
    },
  };
}

describe('ProblemList', () => {
  it('sorts by position, keeping the order found for ties, and drops exact repeats', () => {
    const completions = { count: 0 };
    const list = new ProblemList();
    list.defer(problem(3, 'b', 'third', completions));
    list.defer(problem(1, 'a', 'first', completions));
    list.defer(problem(1, 'a', 'first', completions)); // the same problem reached twice
    list.defer(problem(1, 'a', 'first, another', completions));
    list.defer(problem(1, 'c', 'first', completions)); // same place and message, other code
    const report = list.report(10);
    expect(report.map((d) => [d.position.line, d.code, d.message])).toEqual([
      [1, 'a', 'first'],
      [1, 'a', 'first, another'],
      [1, 'c', 'first'],
      [3, 'b', 'third'],
    ]);
    expect(completions.count).toBe(4);
  });

  it('drops repeats in a long run of problems at one place too', () => {
    const completions = { count: 0 };
    const list = new ProblemList();
    // 40 distinct problems at one node, each reached twice, the repeats after the first 20.
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 40; i++)
        list.defer(problem(7, 'missing-field', `field ${i}`, completions));
    const report = list.report(100);
    expect(report.map((d) => d.message)).toEqual(
      Array.from({ length: 40 }, (_, i) => `field ${i}`),
    );
  });

  it('counts 200,000 problems exactly and completes only those reported', () => {
    const completions = { count: 0 };
    const list = new ProblemList();
    // Found out of order, as the schema and the checks find them; one repeat every 1,000.
    for (let i = 200_000; i >= 1; i--) {
      const code = i % 2 === 0 ? 'unknown-key' : 'unknown-reference';
      list.defer(problem(i, code, `problem ${i}`, completions));
      if (i % 1_000 === 0) list.defer(problem(i, code, `problem ${i}`, completions));
    }
    const started = performance.now();
    const report = list.report(200);
    const seconds = (performance.now() - started) / 1000;
    expect(report).toHaveLength(202);
    expect(report.slice(0, 200).map((d) => d.position.line)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    expect(report.slice(200).map((d) => [d.code, d.position.line, d.message])).toEqual([
      [
        'unknown-reference',
        201,
        'and 99,900 more problems of this kind (`unknown-reference`) not shown, after the first 200 in full; the first of them: problem 201',
      ],
      [
        'unknown-key',
        202,
        'and 99,900 more problems of this kind (`unknown-key`) not shown, after the first 200 in full; the first of them: problem 202',
      ],
    ]);
    // The 200 in full and the first of each kind left: nothing else was worked out.
    expect(completions.count).toBe(202);
    expect(list.hasErrors).toBe(true);
    expect(seconds).toBeLessThan(5);
  });
});
