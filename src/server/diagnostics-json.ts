/**
 * Loader diagnostics turned into the API's flat diagnostic (src/api/diagnostics.ts), with
 * 1-based line and column, so an editor can underline the right span without knowing the
 * loader's types.
 */
import type { DiagnosticDocument } from '../api/diagnostics.js';
import { type Diagnostic, formatPath } from '../model/load/diagnostic.js';

export function diagnosticJson(d: Diagnostic): DiagnosticDocument {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    line: d.position.line,
    column: d.position.column,
    ...(d.endPosition === undefined
      ? {}
      : { endLine: d.endPosition.line, endColumn: d.endPosition.column }),
    path: formatPath(d.path),
    ...(d.expected === undefined ? {} : { expected: d.expected }),
    ...(d.found === undefined ? {} : { found: d.found }),
    ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }),
  };
}
