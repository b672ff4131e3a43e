/**
 * Turns model text (YAML or JSON: JSON is read by the same YAML 1.2 parser, which gives it
 * positions and duplicate-key detection for free) into a plain value and a source map, within
 * the limits in limits.ts.
 */
import { isAlias, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { findExcessiveNesting, type LoadLimits } from './limits.js';
import { SourceMap } from './source-map.js';

export interface ParsedText {
  readonly value: unknown;
  readonly sourceMap: SourceMap;
  readonly diagnostics: Diagnostic[];
  /** False when the text could not be read into a value worth validating. */
  readonly readable: boolean;
}

const YAML_ERROR_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate-key',
  RESOURCE_EXHAUSTION: 'limit-exceeded',
  MULTIPLE_DOCS: 'multiple-documents',
};

export function parseText(text: string, file: string, limits: LoadLimits): ParsedText {
  const lineCounter = new LineCounter();
  const refuse = (
    code: string,
    message: string,
    offset: number,
    suggestion: string,
  ): ParsedText => {
    const sourceMap = new SourceMap(parseDocument(''), lineCounter);
    return {
      value: undefined,
      sourceMap,
      readable: false,
      diagnostics: [
        {
          severity: 'error',
          code,
          message,
          file,
          position: sourceMap.positionOf(offset),
          path: [],
          suggestion,
        },
      ],
    };
  };

  if (text.length > limits.maxChars) {
    return refuse(
      'limit-exceeded',
      `the file has ${text.length.toLocaleString('en')} characters; the limit is ${limits.maxChars.toLocaleString('en')}`,
      0,
      'split the model, or raise the limit with --max-file-size if the file is genuine',
    );
  }
  const excess = findExcessiveNesting(text, limits.maxDepth);
  if (excess !== undefined) {
    // Count lines up to the offset without the parser, which is what we are protecting.
    for (let i = text.indexOf('\n'); i !== -1 && i < excess.offset; i = text.indexOf('\n', i + 1)) {
      lineCounter.addNewLine(i + 1);
    }
    return refuse(
      'limit-exceeded',
      `nesting deeper than ${limits.maxDepth} levels`,
      excess.offset,
      'a stack model nests a few levels deep; check for runaway brackets or indentation',
    );
  }

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const sourceMap = new SourceMap(doc, lineCounter);
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((error) => fromYamlError(error, 'error', text, file, sourceMap)),
    ...doc.warnings.map((warning) => fromYamlError(warning, 'warning', text, file, sourceMap)),
  ];
  // Duplicate keys leave a well-formed tree behind; syntax errors do not, and validating a
  // half-read tree would bury the real problem under consequences of it.
  const readable = doc.errors.every((error) => error.code === 'DUPLICATE_KEY');
  if (!readable) return { value: undefined, sourceMap, diagnostics, readable };

  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return { value, sourceMap, diagnostics, readable };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    diagnostics.push({
      severity: 'error',
      code: 'limit-exceeded',
      message: `aliases expand beyond the limit of ${limits.maxAliasCount} (a "billion laughs" pattern)`,
      file,
      position: sourceMap.positionOf(firstAliasOffset(doc)),
      path: [],
      suggestion: 'write the repeated values out, or use fewer aliases',
    });
    return { value: undefined, sourceMap, diagnostics, readable: false };
  }
}

function fromYamlError(
  error: YAMLError,
  severity: 'error' | 'warning',
  text: string,
  file: string,
  sourceMap: SourceMap,
): Diagnostic {
  const code =
    YAML_ERROR_CODES[error.code] ?? (severity === 'error' ? 'yaml-syntax' : 'yaml-warning');
  const message =
    error.code === 'DUPLICATE_KEY'
      ? `the key \`${keyAt(text, error.pos[0])}\` appears twice in one mapping`
      : `${error.message.replace(/\s+at line \d+, column \d+.*$/s, '')}`;
  return {
    severity,
    code,
    message,
    file,
    position: sourceMap.positionOf(error.pos[0]),
    endPosition: sourceMap.positionOf(error.pos[1]),
    path: [],
    suggestion: error.code === 'DUPLICATE_KEY' ? 'keep one of the two entries' : undefined,
  };
}

function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** The key written at an offset: the text up to its colon, without quotes. */
function keyAt(text: string, offset: number): string {
  const line = /^[^\n]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '';
  return line.replace(/\s*:.*$/, '').replace(/^["']|["']$/g, '');
}
