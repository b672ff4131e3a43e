/**
 * Turns model text (YAML or JSON) into a plain value and a source map, within the limits in
 * limits.ts.
 *
 * One parse on the way every valid model takes: js-yaml reads the text into events that carry
 * their offsets, the value is constructed from those events and the source positions indexed
 * from the same events (event-index.ts), for YAML and JSON alike (JSON is YAML). js-yaml is
 * about ten times faster than `yaml` on large models (10,000 providers: ~2 s against ~20 s).
 *
 * Whenever js-yaml refuses the text (a syntax error, a duplicate key, an alias, several
 * documents, an unknown tag), the text is read again with `yaml`, whose concrete syntax tree
 * gives every problem a precise position and code, and which bounds alias expansion. So
 * diagnostics of unreadable texts always come from one parser, and aliases are only ever
 * expanded under its limit.
 */
import { constructFromEvents, parseEvents } from 'js-yaml';
import { isAlias, parseDocument, visit, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { EventIndex } from './event-index.js';
import { indexJson } from './json-index.js';
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
  const refusal = refuseOverLimits(text, file, limits);
  if (refusal !== undefined) return refusal;
  const fast = readValueFast(text, limits);
  if (fast.ok) {
    const sourceMap = new SourceMap(text, fast.index);
    return { value: fast.value, sourceMap, diagnostics: [], readable: true };
  }
  return readWithPositions(text, file, limits);
}

function refuseOverLimits(text: string, file: string, limits: LoadLimits): ParsedText | undefined {
  const refuse = (message: string, offset: number, suggestion: string): ParsedText => {
    const sourceMap = new SourceMap(text);
    const position = sourceMap.positionOf(offset);
    return {
      value: undefined,
      sourceMap,
      readable: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'limit-exceeded',
          message,
          file,
          position,
          path: [],
          suggestion,
        },
      ],
    };
  };
  if (text.length > limits.maxChars) {
    return refuse(
      `the file has ${text.length.toLocaleString('en')} characters; the limit is ${limits.maxChars.toLocaleString('en')}`,
      0,
      'split the model, or raise the limit with --max-file-size if the file is genuine',
    );
  }
  const excess = findExcessiveNesting(text, limits.maxDepth);
  if (excess !== undefined) {
    return refuse(
      `nesting deeper than ${limits.maxDepth} levels`,
      excess.offset,
      'a stack model nests a few levels deep; check for runaway brackets or indentation',
    );
  }
  return undefined;
}

/** The value and the index of its positions, from one parse; `ok: false` when js-yaml refuses. */
function readValueFast(
  text: string,
  limits: LoadLimits,
): { ok: true; value: unknown; index: EventIndex } | { ok: false } {
  const json = readJson(text);
  if (json !== undefined) return json;
  try {
    const events = parseEvents(text, { maxDepth: limits.maxDepth * 2 });
    // No aliases on the fast path: a text that uses them takes the path that bounds them.
    const documents = constructFromEvents(events, { source: text, maxAliases: 0 });
    // One document, as js-yaml's load insists: none or several take the path that says so.
    if (documents.length !== 1) return { ok: false };
    return { ok: true, value: documents[0], index: EventIndex.fromEvents(text, events) };
  } catch {
    return { ok: false };
  }
}

/**
 * A text that is a JSON object or array is read by JSON.parse and indexed by one scan
 * (json-index.ts); undefined when it is not JSON, which js-yaml then reads, and `ok: false`
 * when it repeats a key, which the path with positions reports.
 */
function readJson(
  text: string,
): { ok: true; value: unknown; index: EventIndex } | { ok: false } | undefined {
  const first = /\S/.exec(text.slice(0, 1024))?.[0];
  if (first !== '{' && first !== '[') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const index = indexJson(text);
  return index === undefined ? { ok: false } : { ok: true, value, index };
}

function readWithPositions(text: string, file: string, limits: LoadLimits): ParsedText {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const sourceMap = new SourceMap(text, doc);
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
