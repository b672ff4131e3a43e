/**
 * A source an importer refuses: thrown by a format parser with a positioned diagnostic, caught
 * by `importModel`, and shown by every adapter like any other problem with a file.
 */
import type { Diagnostic, SourcePosition } from '../model/load/diagnostic.js';

export class ImportRefusal extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics[0]?.message ?? 'the source was refused');
    this.name = 'ImportRefusal';
  }
}

export interface RefusalDetails {
  readonly code?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly suggestion?: string;
}

export function refusal(
  file: string,
  position: SourcePosition,
  message: string,
  details: RefusalDetails = {},
): ImportRefusal {
  return new ImportRefusal([
    {
      severity: 'error',
      code: details.code ?? 'import-refused',
      message,
      file,
      path: [],
      position,
      ...(details.expected === undefined ? {} : { expected: details.expected }),
      ...(details.found === undefined ? {} : { found: details.found }),
      ...(details.suggestion === undefined ? {} : { suggestion: details.suggestion }),
    },
  ]);
}
