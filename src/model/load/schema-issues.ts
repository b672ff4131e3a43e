/**
 * Validates a parsed value against the stack-model schema and turns zod's issues into
 * diagnostics a person can act on: positioned, with the expected and the found value, and a
 * suggestion where one can be computed.
 */
import type { z } from 'zod';
import { allowedKeysAt, type JsonSchema, jsonSchemaOf } from '../json-schema.js';
import { type StackModel, StackModelSchema } from '../schema/model.js';
import { didYouMean } from '../suggest.js';
import {
  type Diagnostic,
  formatPath,
  MAX_REPORTED_DIAGNOSTICS,
  type ModelPath,
} from './diagnostic.js';
import type { SourceMap } from './source-map.js';
import { describeValue, isRecord } from './value-view.js';

type Issue = z.core.$ZodIssue;

export interface SchemaCheck<T = StackModel> {
  readonly model: T | undefined;
  readonly diagnostics: Diagnostic[];
}

export function checkSchema(value: unknown, file: string, sourceMap: SourceMap): SchemaCheck {
  return checkAgainst(StackModelSchema, value, file, sourceMap);
}

/** Validates against any of our zod schemas, with the same positioned, suggestive diagnostics. */
export function checkAgainst<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  sourceMap: SourceMap,
): SchemaCheck<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { model: result.data, diagnostics: [] };
  const context: IssueContext = { root: value, file, sourceMap, jsonSchema: jsonSchemaOf(schema) };
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(issue, [], context));
  return { model: undefined, diagnostics };
}

interface IssueContext {
  readonly jsonSchema: JsonSchema;
  readonly root: unknown;
  readonly file: string;
  readonly sourceMap: SourceMap;
}

function toDiagnostics(issue: Issue, prefix: ModelPath, context: IssueContext): Diagnostic[] {
  const path: ModelPath = [...prefix, ...(issue.path as (string | number)[])];
  const found = valueAt(context.root, path);
  const at = (
    overrides: Partial<Diagnostic> & Pick<Diagnostic, 'code' | 'message'>,
  ): Diagnostic => {
    const span = context.sourceMap.spanOf(path);
    return {
      severity: 'error',
      file: context.file,
      path,
      position: span.start,
      endPosition: span.end,
      ...overrides,
    };
  };

  switch (issue.code) {
    case 'unrecognized_keys': {
      // What every key of the mapping shares is built once: a mapping of 180,000 unknown keys
      // made 180,000 copies of the list of allowed keys.
      const allowed = allowedKeysAt(path, context.jsonSchema);
      const expected = `one of: ${allowed.join(', ')}`;
      const where = formatPath(path);
      return issue.keys.map((key, index): Diagnostic => {
        const span = context.sourceMap.keySpanOf(path, key);
        // Beyond the problems a load reports in full, no suggestion is searched for: a mapping
        // of 180,000 unknown keys is answered with its first ones and a count of the rest.
        const suggestion = index < MAX_REPORTED_DIAGNOSTICS ? didYouMean(key, allowed) : undefined;
        // In the order of the other diagnostics' keys, which JSON output keeps.
        return {
          severity: 'error',
          file: context.file,
          path: [...path, key],
          position: span.start,
          endPosition: span.end,
          code: 'unknown-key',
          message: `unknown key \`${key}\` in ${where}`,
          expected,
          found: `\`${key}\``,
          suggestion: suggestion ?? 'remove it, or check the section it belongs to',
        };
      });
    }
    case 'invalid_union':
      return unionDiagnostics(issue, path, found, context, at);
    case 'invalid_value': {
      const values = issue.values.map(String);
      return [
        at({
          code: 'invalid-value',
          message: `${formatPath(path)} is not one of the allowed values`,
          expected: `one of: ${values.join(', ')}`,
          found: describeValue(found),
          suggestion: typeof found === 'string' ? didYouMean(found, values) : undefined,
        }),
      ];
    }
    case 'invalid_type':
      if (found === undefined) {
        const key = path.at(-1);
        return [
          at({
            code: 'missing-field',
            message: `missing required field \`${String(key)}\``,
            expected: expectedType(issue.expected),
            found: 'nothing',
            suggestion: `add \`${String(key)}:\` to ${formatPath(path.slice(0, -1))}`,
          }),
        ];
      }
      return [
        at({
          code: 'wrong-type',
          message: `${formatPath(path)} has the wrong type`,
          expected: issue.message.startsWith('expected')
            ? issue.message.replace(/^expected /, '')
            : expectedType(issue.expected),
          found: describeValue(found),
        }),
      ];
    case 'too_small':
    case 'too_big':
      return [
        at({
          code: 'out-of-range',
          message: issue.message,
          found: describeValue(found),
        }),
      ];
    default:
      return [
        at({
          code: 'invalid-value',
          message: issue.message,
          found: describeValue(found),
        }),
      ];
  }
}

/**
 * A union fails as a whole; the useful report is the failure of the branch the user was
 * evidently writing (the one whose type matches what is there), or, for a discriminated union
 * with an unknown discriminator, the list of allowed discriminators.
 */
function unionDiagnostics(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: ModelPath,
  found: unknown,
  context: IssueContext,
  at: (overrides: Partial<Diagnostic> & Pick<Diagnostic, 'code' | 'message'>) => Diagnostic,
): Diagnostic[] {
  if ('options' in issue && Array.isArray(issue.options)) {
    const options = issue.options.map(String);
    return [
      at({
        code: found === undefined ? 'missing-field' : 'invalid-value',
        message:
          found === undefined ? `missing required field \`${String(path.at(-1))}\`` : issue.message,
        expected: `one of: ${options.join(', ')}`,
        found: describeValue(found),
        suggestion: typeof found === 'string' ? didYouMean(found, options) : undefined,
      }),
    ];
  }
  const matching = issue.errors.filter(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (matching.length === 1 && matching[0] !== undefined) {
    return matching[0].flatMap((inner) => toDiagnostics(inner, path, context));
  }
  return [
    at({
      code: 'wrong-type',
      message: issue.message,
      found: describeValue(found),
    }),
  ];
}

function expectedType(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}

function valueAt(root: unknown, path: ModelPath): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && typeof segment === 'string') node = node[segment];
    else return undefined;
  }
  return node;
}
