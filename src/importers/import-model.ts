/**
 * Importing a source into a stack model: the one entry point every adapter calls. Pure (bytes
 * in, text out): the CLI reads the file and writes the model.
 */
import type { Diagnostic } from '../model/load/diagnostic.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../model/load/limits.js';
import { parseText } from '../model/load/parse-text.js';
import type { DraftModel } from './draft-model.js';
import { IMPORT_FORMATS } from './formats/index.js';
import type { ImportFormat, ImportOutcome } from './import-format.js';
import { ImportRefusal } from './import-refusal.js';
import { type MappingFile, MappingFileSchema, withOverrides } from './mapping-rules.js';
import { writeModel } from './write-model.js';

export interface ImportRequest {
  readonly format: string;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly limits?: Partial<LoadLimits>;
  readonly mapping?: MappingFile;
}

export function importFormat(name: string): ImportFormat | undefined {
  return IMPORT_FORMATS.find((format) => format.name === name);
}

export async function importModel(request: ImportRequest): Promise<ImportOutcome> {
  const format = importFormat(request.format);
  if (format === undefined)
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'unknown-import-format',
          message: `no import format called ${request.format}`,
          file: request.file,
          path: [],
          position: { line: 1, column: 1 },
          suggestion: `use one of: ${IMPORT_FORMATS.map((f) => f.name).join(', ')}`,
        },
      ],
    };
  try {
    const draft = await format.read({
      file: request.file,
      bytes: request.bytes,
      limits: { ...DEFAULT_LIMITS, ...request.limits },
      rules: withOverrides(format.rules, request.mapping),
    });
    if ((draft.sections.providers?.length ?? 0) === 0)
      return { ok: false, diagnostics: [nothingToImport(request.file, draft)] };
    return { ok: true, text: writeModel(draft), draft };
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

/** Reads a mapping file (YAML or JSON) with positioned problems. */
export function readMappingFile(
  text: string,
  file: string,
): { ok: true; mapping: MappingFile } | { ok: false; diagnostics: Diagnostic[] } {
  const parsed = parseText(text, file, DEFAULT_LIMITS);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.readable || errors.length > 0) return { ok: false, diagnostics: errors };
  const result = MappingFileSchema.safeParse(parsed.value ?? {});
  if (result.success) return { ok: true, mapping: result.data };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => ({
      severity: 'error',
      code: 'invalid-mapping',
      message: `${issue.path.join('.') || '(document)'}: ${issue.message}`,
      file,
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      position: parsed.sourceMap.spanOf(
        issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      ).start,
    })),
  };
}

/** A model needs a provider: a source none of whose elements becomes one is refused, with why. */
function nothingToImport(file: string, draft: DraftModel): Diagnostic {
  const reasons = [...new Set(draft.unmapped.map((u) => `${u.element.type}: ${u.reason}`))].slice(
    0,
    3,
  );
  return {
    severity: 'error',
    code: 'import-no-providers',
    message: `no element of the source becomes a provider (${draft.unmapped.length} unmapped${reasons.length === 0 ? '' : `; ${reasons.join('; ')}`})`,
    file,
    path: [],
    position:
      draft.unmapped[0]?.element.at.line === undefined
        ? { line: 1, column: 1 }
        : { line: draft.unmapped[0].element.at.line, column: 1 },
    suggestion: 'check the format name, or map the source types with --mapping',
  };
}
