/** Diagnostics for people: file:line:col, what is wrong, expected versus found, the fix, and the line itself. */
import { type BabelCodeFrameOptions, codeFrameColumns } from '@babel/code-frame';
import { type Diagnostic, formatPath } from '../../model/load/diagnostic.js';
import { visibleControls } from '../../text/control-characters.js';
import type { Colours } from './colour.js';

function visibleDiagnostic(d: Diagnostic): Diagnostic {
  const visible = (text: string) => visibleControls(text);
  return {
    ...d,
    file: visible(d.file),
    message: visible(d.message),
    path: d.path.map((segment) => (typeof segment === 'string' ? visible(segment) : segment)),
    ...(d.expected === undefined ? {} : { expected: visible(d.expected) }),
    ...(d.found === undefined ? {} : { found: visible(d.found) }),
    ...(d.suggestion === undefined ? {} : { suggestion: visible(d.suggestion) }),
  };
}

export function formatDiagnostic(
  diagnostic: Diagnostic,
  source: string | undefined,
  c: Colours,
): string {
  // What a diagnostic quotes from the file (a key, a line) reaches the terminal with its control
  // characters as \x escapes: a model refused for holding an ESC must not run it.
  const shown = visibleDiagnostic(diagnostic);
  const { file, position, severity } = shown;
  const label = severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
  const lines = [
    `${c.bold(`${file}:${position.line}:${position.column}`)} ${label} ${shown.message} ${c.dim(`[${shown.code}]`)}`,
  ];
  if (shown.path.length > 0) lines.push(`  ${c.dim('at')}       ${formatPath(shown.path)}`);
  if (shown.expected !== undefined) lines.push(`  ${c.dim('expected')} ${shown.expected}`);
  if (shown.found !== undefined) lines.push(`  ${c.dim('found')}    ${shown.found}`);
  if (shown.suggestion !== undefined) lines.push(`  ${c.cyan('hint')}     ${shown.suggestion}`);
  if (source !== undefined && lineIsShort(source, position.line)) {
    // The frame of the lines around the position only: framing the whole text for each of
    // hundreds of problems in a large file took seconds.
    const window = linesAround(source, position.line);
    // startLine numbers the window's lines as in the file (in @babel/code-frame, not its types).
    const options: BabelCodeFrameOptions & { startLine: number } = {
      highlightCode: false,
      linesAbove: 1,
      linesBelow: 1,
      startLine: window.startLine,
    };
    const frame = codeFrameColumns(
      window.text,
      { start: { line: position.line, column: position.column } },
      options,
    );
    lines.push(
      visibleControls(frame, { keepLayout: true })
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
  const starts = lineStarts(source);
  const start = starts[line - 1];
  if (start === undefined) return false;
  const end = source.indexOf('\n', start);
  return (end === -1 ? source.length : end) - start <= 240;
}

/** The line before, the line and the line after, as a frame shows them, with the first's number. */
function linesAround(source: string, line: number): { text: string; startLine: number } {
  const starts = lineStarts(source);
  const first = Math.max(1, line - 1);
  const after = starts[line + 1];
  return {
    text: source.slice(starts[first - 1] ?? 0, after === undefined ? source.length : after - 1),
    startLine: first,
  };
}

/** Offsets where lines start, for the last source framed: indexed once however many problems. */
let indexed: { source: string; starts: number[] } | undefined;

function lineStarts(source: string): number[] {
  if (indexed?.source !== source) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
      starts.push(i + 1);
    indexed = { source, starts };
  }
  return indexed.starts;
}
