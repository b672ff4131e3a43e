/**
 * Reads a YAML or JSON source with the model loader's own parser, under the same size, depth
 * and alias limits, and keeps its source map so every element can say which line it is on.
 */
import { formatPath, type ModelPath } from '../model/load/diagnostic.js';
import type { LoadLimits } from '../model/load/limits.js';
import { parseText } from '../model/load/parse-text.js';
import type { SourceMap } from '../model/load/source-map.js';
import { isRecord } from '../model/load/value-view.js';
import { ImportRefusal, refusal } from './import-refusal.js';
import type { SourceLocation } from './source-graph.js';

export class StructuredSource {
  private constructor(
    readonly file: string,
    readonly value: Readonly<Record<string, unknown>>,
    private readonly sourceMap: SourceMap,
  ) {}

  static read(text: string, file: string, limits: LoadLimits, what: string): StructuredSource {
    const parsed = parseText(text, file, limits);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (!parsed.readable || errors.length > 0)
      throw new ImportRefusal(errors.length > 0 ? errors : parsed.diagnostics);
    if (!isRecord(parsed.value))
      throw refusal(
        file,
        { line: 1, column: 1 },
        `this is not ${what}: expected a mapping (an object) at the top`,
        {
          code: 'import-wrong-format',
        },
      );
    return new StructuredSource(file, parsed.value, parsed.sourceMap);
  }

  /** Where a path of the source is. */
  at(path: ModelPath): SourceLocation {
    return {
      file: this.file,
      path: formatPath(path),
      line: this.sourceMap.spanOf(path).start.line,
    };
  }

  /** A refusal pointing at a path of the source. */
  refuse(path: ModelPath, message: string, expected?: string, found?: string): ImportRefusal {
    const position = this.sourceMap.spanOf(path).start;
    return refusal(this.file, position, `${formatPath(path)}: ${message}`, {
      code: 'import-invalid-source',
      ...(expected === undefined ? {} : { expected }),
      ...(found === undefined ? {} : { found }),
    });
  }
}

/** The list at a key, or none. */
export function listAt(value: unknown, key: string): readonly unknown[] {
  if (!isRecord(value)) return [];
  const list = value[key];
  return Array.isArray(list) ? list : [];
}

/** A text field, or undefined when absent or not text. */
export function textAt(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  if (typeof field === 'string') return field;
  if (typeof field === 'number') return String(field);
  return undefined;
}

export function flagAt(value: unknown, key: string): boolean | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'boolean' ? field : undefined;
}
