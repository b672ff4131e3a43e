/**
 * Diagnostics at scale (issue 19, item 4): a load reports at most MAX_REPORTED_DIAGNOSTICS
 * problems in full and sums up the rest by kind; suggestions for ids are searched in a
 * bounded part of a large set; and a file with 180,000 unknown keys or 60,000 dangling
 * references is answered, not left running (the stack overflow of `push(...)` and the
 * quadratic key lookup are gone).
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, MAX_REPORTED_DIAGNOSTICS } from '../../src/model/load/diagnostic.js';
import { loadModel } from '../../src/model/load/load-model.js';
import { ProblemList } from '../../src/model/load/problem-list.js';
import { didYouMean, nearest } from '../../src/model/suggest.js';
import { STARTER } from '../support/load.js';

const limits = { maxChars: 64 * 1024 * 1024 };

function diagnostic(line: number, code: string, severity: 'error' | 'warning'): Diagnostic {
  return {
    severity,
    code,
    message: `problem ${line}`,
    file: 'm.yaml',
    path: [],
    position: { line, column: 1 },
  };
}

function bounded(all: readonly Diagnostic[], max: number): Diagnostic[] {
  const problems = new ProblemList();
  for (const d of all) problems.add(d);
  return problems.report(max);
}

describe('bounded diagnostics', () => {
  it('keeps the first ones in full and sums up the rest by kind, at the first of each', () => {
    const all = [
      ...Array.from({ length: 5 }, (_, i) => diagnostic(i + 1, 'unknown-key', 'error')),
      diagnostic(6, 'unknown-key', 'error'),
      diagnostic(7, 'default-used', 'warning'),
      diagnostic(8, 'unknown-key', 'error'),
      diagnostic(9, 'default-used', 'warning'),
    ];
    const shown = bounded(all, 5);
    expect(shown.slice(0, 5)).toEqual(all.slice(0, 5));
    expect(shown.slice(5).map((d) => [d.code, d.severity, d.position.line])).toEqual([
      ['unknown-key', 'error', 6],
      ['default-used', 'warning', 7],
    ]);
    expect(shown[5]?.message).toBe(
      'and 2 more problems of this kind (`unknown-key`) not shown, after the first 5 in full; the first of them: problem 6',
    );
    expect(bounded(all, 9)).toEqual(all);
  });

  it('answers 180,000 unknown keys with the first ones in full and one count', () => {
    const extra = Array.from({ length: 180_000 }, (_, i) => `unknown_key_${i}: 1\n`).join('');
    const started = performance.now();
    const result = loadModel(STARTER + extra, { limits });
    const seconds = (performance.now() - started) / 1000;
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(MAX_REPORTED_DIAGNOSTICS + 1);
    const last = result.diagnostics.at(-1);
    expect(last?.message).toMatch(/^and 179,800 more problems of this kind \(`unknown-key`\)/);
    // The key's own position, found through the mapping's hash map.
    const first = result.diagnostics[0];
    expect(first?.position.line).toBe(STARTER.split('\n').length);
    // Generous for a shared machine: it took minutes before (quadratic).
    expect(seconds).toBeLessThan(20);
  });

  it('answers 60,000 dangling references', () => {
    const integrations = Array.from(
      { length: 60_000 },
      (_, i) => `  - { from: ghost-${i}, to: also-ghost-${i}, protocol: rest }\n`,
    ).join('');
    const text = STARTER.replace(/^integrations:\n/m, `integrations:\n${integrations}`);
    const result = loadModel(text, { limits });
    expect(result.ok).toBe(false);
    const summaries = result.diagnostics.slice(MAX_REPORTED_DIAGNOSTICS);
    expect(summaries.map((d) => d.code)).toContain('unknown-reference');
    expect(result.diagnostics.length).toBeLessThan(MAX_REPORTED_DIAGNOSTICS + 10);
    // Counted exactly: each integration lacks its id, authentication, encryption and
    // internet_facing, and names two parties that do not exist.
    const counted = summaries.reduce(
      (sum, d) => sum + Number(/^and ([\d,]+) more/.exec(d.message)?.[1]?.replace(/,/g, '')),
      0,
    );
    expect(MAX_REPORTED_DIAGNOSTICS + counted).toBe(60_000 * 6);
    // Those shown in full are whole: where they end and what was expected.
    const shown = result.diagnostics.slice(0, MAX_REPORTED_DIAGNOSTICS);
    expect(shown.every((d) => d.endPosition !== undefined && d.expected !== undefined)).toBe(true);
  });
});

describe('suggestions from large sets', () => {
  const ids = new Set(Array.from({ length: 20_000 }, (_, i) => `provider-${i}`));

  it('finds a typo near the end by prefix and near the start by suffix', () => {
    expect(nearest('provider-1234x', ids)).toBe('provider-1234');
    expect(nearest('xrovider-777', ids)).toBe('provider-777');
    expect(didYouMean('totally-different', ids)).toBeUndefined();
  });

  it('searches every candidate of a small set, as before', () => {
    expect(nearest('mno-c', ['mno-a', 'mno-b'])).toBe('mno-a');
    expect(nearest('x', ['billing'])).toBeUndefined();
  });
});
