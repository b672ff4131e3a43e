/**
 * The loader's diagnostics as CodeMirror lint marks: 1-based line and column to document
 * offsets, clamped to the text, and a point widened to the rest of its word so it can be seen.
 */
import type { Diagnostic as LintMark } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic, SourcePosition } from '../../../src/model/load/diagnostic.js';

function offsetOf(doc: Text, { line, column }: SourcePosition): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

/** The end of the word (or the non-blank run) that starts at `from`, within its line. */
function wordEnd(doc: Text, from: number): number {
  const line = doc.lineAt(from);
  const rest = line.text.slice(from - line.from);
  const run = /^\S+/.exec(rest)?.[0].length ?? 0;
  return run > 0 ? from + run : Math.min(from + 1, line.to);
}

export function lintMark(doc: Text, diagnostic: Diagnostic): LintMark {
  const from = offsetOf(doc, diagnostic.position);
  const end = diagnostic.endPosition === undefined ? from : offsetOf(doc, diagnostic.endPosition);
  const hints = [
    diagnostic.expected === undefined ? undefined : `expected ${diagnostic.expected}`,
    diagnostic.found === undefined ? undefined : `found ${diagnostic.found}`,
    diagnostic.suggestion,
  ].filter((hint) => hint !== undefined);
  return {
    from,
    to: end > from ? end : wordEnd(doc, from),
    severity: diagnostic.severity,
    source: diagnostic.code,
    message:
      hints.length === 0 ? diagnostic.message : `${diagnostic.message} (${hints.join('; ')})`,
  };
}
