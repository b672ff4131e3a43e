/**
 * The loader's diagnostics mapped onto the editor's text: the mark covers exactly what the
 * loader named, on the line it named, and stays inside the text whatever the position says.
 */
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/load/diagnostic.js';
import { lintMark } from '../../web/src/editor/diagnostic-ranges.js';
import { loadFails, readExample } from '../support/load.js';

const EXAMPLE = readExample('light-mvno-on-enabler.yaml');

const marked = (doc: Text, mark: { from: number; to: number }) =>
  doc.sliceString(mark.from, mark.to);

const diagnostic = (fields: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'test',
  message: 'a problem',
  file: 'model.yaml',
  position: { line: 1, column: 1 },
  path: [],
  ...fields,
});

describe('diagnostics as editor marks', () => {
  it('marks a dangling reference where the loader found it, with its suggestion', () => {
    const broken = EXAMPLE.replace('hosted_on: [stratus-cloud]', 'hosted_on: [stratus-clod]');
    const doc = Text.of(broken.split('\n'));
    const reference = loadFails(broken).diagnostics.find((d) => d.code === 'unknown-reference');
    if (reference === undefined) throw new Error('expected an unknown-reference diagnostic');
    const mark = lintMark(doc, reference);
    expect(marked(doc, mark)).toBe('stratus-clod');
    expect(doc.lineAt(mark.from).number).toBe(reference.position.line);
    expect(doc.lineAt(mark.from).text.trim()).toBe('hosted_on: [stratus-clod]');
    expect(mark.severity).toBe('error');
    expect(mark.source).toBe('unknown-reference');
    expect(mark.message).toContain('did you mean `stratus-cloud`?');
  });

  it('marks a YAML syntax error on its line', () => {
    const broken = EXAMPLE.replace('  name: Kestrel Mobile', '  name: [Kestrel Mobile');
    const doc = Text.of(broken.split('\n'));
    const [first] = loadFails(broken).diagnostics;
    if (first === undefined) throw new Error('expected a diagnostic');
    const mark = lintMark(doc, first);
    expect(mark.from).toBeGreaterThanOrEqual(0);
    expect(mark.to).toBeLessThanOrEqual(doc.length);
    expect(doc.lineAt(mark.from).number).toBe(first.position.line);
  });

  it('widens a point to the rest of its word, and spans a range when the loader gives one', () => {
    const doc = Text.of(['operator:', '  id: op-one here']);
    expect(marked(doc, lintMark(doc, diagnostic({ position: { line: 2, column: 7 } })))).toBe(
      'op-one',
    );
    const ranged = diagnostic({
      position: { line: 2, column: 3 },
      endPosition: { line: 2, column: 5 },
    });
    expect(marked(doc, lintMark(doc, ranged))).toBe('id');
  });

  it('keeps a mark inside the text when the position is past a line or past the end', () => {
    const doc = Text.of(['a: 1', 'b: 2']);
    const pastLine = lintMark(doc, diagnostic({ position: { line: 1, column: 40 } }));
    expect(pastLine.from).toBe(doc.line(1).to);
    expect(pastLine.to).toBe(doc.line(1).to);
    const pastEnd = lintMark(doc, diagnostic({ position: { line: 9, column: 1 } }));
    expect(doc.lineAt(pastEnd.from).number).toBe(2);
    const beforeStart = lintMark(doc, diagnostic({ position: { line: 0, column: 0 } }));
    expect(beforeStart.from).toBe(0);
  });

  it('lists what was expected, what was found and the fix after the message', () => {
    const doc = Text.of(['a: 1']);
    const mark = lintMark(
      doc,
      diagnostic({ expected: 'a number', found: 'a string', suggestion: 'write 12' }),
    );
    expect(mark.message).toBe('a problem (expected a number; found a string; write 12)');
    expect(lintMark(doc, diagnostic({})).message).toBe('a problem');
  });
});
