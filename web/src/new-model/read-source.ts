/**
 * Reading a chosen file into model text, in the browser: an mvnoscope model (YAML or JSON) as
 * it is, any other supported source through the shared importers (src/importers, the code
 * `mvnoscope import` runs). Loaded as a chunk of its own when the user first opens "Upload or
 * import", so the importers (and exceljs, for an XLSX register) cost the app nothing before.
 */
import { IMPORT_FORMATS } from '../../../src/importers/formats/index.js';
import { guessFormat, type SourceKind } from '../../../src/importers/guess-format.js';
import { importModel } from '../../../src/importers/import-model.js';
import type { Diagnostic } from '../../../src/model/load/diagnostic.js';

export { guessFormat, type SourceKind };

export interface SourceFormat {
  readonly name: SourceKind;
  readonly description: string;
}

export const SOURCE_FORMATS: readonly SourceFormat[] = [
  { name: 'model', description: 'an mvnoscope model (YAML or JSON), as it is' },
  ...IMPORT_FORMATS.map((f) => ({ name: f.name as SourceKind, description: f.description })),
];

export type SourceOutcome =
  | { readonly ok: true; readonly text: string; readonly todos: number }
  | { readonly ok: false; readonly problems: readonly string[] };

export async function readSource(
  format: SourceKind,
  file: string,
  bytes: Uint8Array,
): Promise<SourceOutcome> {
  if (format === 'model') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
      return { ok: true, text, todos: 0 };
    } catch {
      return {
        ok: false,
        problems: [`${file}:1:1: the file is not UTF-8 text (save it as UTF-8)`],
      };
    }
  }
  const outcome = await importModel({ format, file, bytes });
  if (outcome.ok)
    return { ok: true, text: outcome.text, todos: outcome.text.split('# TODO').length - 1 };
  return { ok: false, problems: outcome.diagnostics.map(positioned) };
}

/** A diagnostic as one line: file, line and column, message, and what to do. */
export function positioned(d: Pick<Diagnostic, 'file' | 'position' | 'message' | 'suggestion'>) {
  const hint = d.suggestion === undefined ? '' : ` (${d.suggestion})`;
  return `${d.file}:${d.position.line}:${d.position.column}: ${d.message}${hint}`;
}
