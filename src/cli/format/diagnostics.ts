/** Diagnostics for people: file:line:col, what is wrong, expected versus found, the fix, and the line itself. */
import { codeFrameColumns } from '@babel/code-frame';
import { type Diagnostic, formatPath } from '../../model/load/diagnostic.js';
import type { Colours } from './colour.js';

export function formatDiagnostic(
  diagnostic: Diagnostic,
  source: string | undefined,
  c: Colours,
): string {
  const { file, position, severity } = diagnostic;
  const label = severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
  const lines = [
    `${c.bold(`${file}:${position.line}:${position.column}`)} ${label} ${diagnostic.message} ${c.dim(`[${diagnostic.code}]`)}`,
  ];
  if (diagnostic.path.length > 0)
    lines.push(`  ${c.dim('at')}       ${formatPath(diagnostic.path)}`);
  if (diagnostic.expected !== undefined)
    lines.push(`  ${c.dim('expected')} ${diagnostic.expected}`);
  if (diagnostic.found !== undefined) lines.push(`  ${c.dim('found')}    ${diagnostic.found}`);
  if (diagnostic.suggestion !== undefined)
    lines.push(`  ${c.cyan('hint')}     ${diagnostic.suggestion}`);
  if (source !== undefined && lineIsShort(source, position.line)) {
    const frame = codeFrameColumns(
      source,
      { start: { line: position.line, column: position.column } },
      { highlightCode: false, linesAbove: 1, linesBelow: 1 },
    );
    lines.push(
      frame
        .split('\n')
        .map((line) => `  ${c.dim(line)}`)
        .join('\n'),
    );
  }
  return lines.join('\n');
}

export function summarise(errors: number, warnings: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Minified JSON puts a whole model on one line; a frame of it would help nobody. */
function lineIsShort(source: string, line: number): boolean {
  let start = 0;
  for (let i = 1; i < line; i++) {
    start = source.indexOf('\n', start) + 1;
    if (start === 0) return false;
  }
  const end = source.indexOf('\n', start);
  return (end === -1 ? source.length : end) - start <= 240;
}
