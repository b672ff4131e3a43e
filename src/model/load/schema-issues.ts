/**
 * Validates a parsed value against the stack-model schema and turns zod's issues into
 * diagnostics a person can act on: positioned, with the expected and the found value, and a
 * suggestion where one can be computed.
 */
import type { z } from 'zod';
import { allowedKeysAt, jsonSchemaOf } from '../json-schema.js';
import { type StackModel, StackModelSchema } from '../schema/model.js';
import { didYouMean } from '../suggest.js';
import { type Diagnostic, formatPath, type ModelPath, type SourcePosition } from './diagnostic.js';
import type { Problem, ProblemList } from './problem-list.js';
import type { SourceMap } from './source-map.js';
import { describeValue, isRecord } from './value-view.js';

type Issue = z.core.$ZodIssue;

/**
 * zod's own wording is not written for the issues whose message no diagnostic shows (a wrong
 * type is described from `expected`, an unknown key by its name; messages a schema sets itself
 * still come first): a file of 200,000 problems spent a tenth of its time composing them.
 */
const PARSE_CONTEXT: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) =>
    issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' ? 'unused' : undefined,
};

export interface SchemaCheck<T = StackModel> {
  readonly model: T | undefined;
  readonly diagnostics: Diagnostic[];
}

/** The stack model, or undefined with its problems added to `problems` (completed if reported). */
export function checkSchema(
  value: unknown,
  file: string,
  sourceMap: SourceMap,
  problems: ProblemList,
): StackModel | undefined {
  const result = StackModelSchema.safeParse(value, PARSE_CONTEXT);
  if (result.success) return result.data;
  const context = contextOf(StackModelSchema, value, file, sourceMap);
  for (const issue of result.error.issues) {
    for (const problem of toProblems(issue, [], context)) problems.defer(problem);
  }
  return undefined;
}

/** Validates against any of our zod schemas, with the same positioned, suggestive diagnostics. */
export function checkAgainst<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  sourceMap: SourceMap,
): SchemaCheck<z.output<S>> {
  const result = schema.safeParse(value, PARSE_CONTEXT);
  if (result.success) return { model: result.data, diagnostics: [] };
  const context = contextOf(schema, value, file, sourceMap);
  const diagnostics = result.error.issues.flatMap((issue) =>
    toProblems(issue, [], context).map((problem) => problem.complete()),
  );
  return { model: undefined, diagnostics };
}

interface IssueContext {
  readonly schema: z.ZodType;
  readonly root: unknown;
  readonly file: string;
  readonly sourceMap: SourceMap;
}

function contextOf(
  schema: z.ZodType,
  root: unknown,
  file: string,
  sourceMap: SourceMap,
): IssueContext {
  return { schema, root, file, sourceMap };
}

/**
 * One problem from one zod issue: its code and message at once, the rest when reported. A class
 * rather than closures, because a file of 200,000 problems keeps 200,000 of them until the end.
 */
class IssueProblem implements Problem {
  readonly severity = 'error';
  readonly position: SourcePosition;

  constructor(
    readonly code: string,
    readonly message: string,
    private readonly issue: Issue,
    private readonly path: ModelPath,
    private readonly context: IssueContext,
  ) {
    this.position = context.sourceMap.startOf(path);
  }

  complete(): Diagnostic {
    const span = this.context.sourceMap.spanOf(this.path);
    return {
      severity: 'error',
      file: this.context.file,
      path: this.path,
      position: span.start,
      endPosition: span.end,
      code: this.code,
      message: this.message,
      ...this.details(valueAt(this.context.root, this.path)),
    };
  }

  /** What the diagnostic says beyond its code and message: worked out only when reported. */
  private details(found: unknown): Pick<Diagnostic, 'expected' | 'found' | 'suggestion'> {
    const issue = this.issue;
    switch (issue.code) {
      case 'invalid_union':
      case 'invalid_value': {
        if (issue.code === 'invalid_union' && !('options' in issue && Array.isArray(issue.options)))
          return { found: describeValue(found) };
        const values = (issue.code === 'invalid_value' ? issue.values : issue.options) as unknown[];
        const allowed = values.map(String);
        return {
          expected: `one of: ${allowed.join(', ')}`,
          found: describeValue(found),
          suggestion: typeof found === 'string' ? didYouMean(found, allowed) : undefined,
        };
      }
      case 'invalid_type':
        if (this.code === 'missing-field') {
          return {
            expected: expectedType(issue.expected),
            found: 'nothing',
            suggestion: `add \`${String(this.path.at(-1))}:\` to ${formatPath(this.path.slice(0, -1))}`,
          };
        }
        return {
          expected: issue.message.startsWith('expected')
            ? issue.message.replace(/^expected /, '')
            : expectedType(issue.expected),
          found: describeValue(found),
        };
      default:
        return { found: describeValue(found) };
    }
  }
}

function toProblems(issue: Issue, prefix: ModelPath, context: IssueContext): Problem[] {
  const path: ModelPath =
    prefix.length === 0
      ? (issue.path as (string | number)[])
      : [...prefix, ...(issue.path as (string | number)[])];
  const problem = (code: string, message: string): Problem[] => [
    new IssueProblem(code, message, issue, path, context),
  ];
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, path, context);
    case 'invalid_union':
      return unionProblems(issue, path, context);
    case 'invalid_value':
      return problem('invalid-value', `${formatPath(path)} is not one of the allowed values`);
    case 'invalid_type':
      return valueAt(context.root, path) === undefined
        ? problem('missing-field', `missing required field \`${String(path.at(-1))}\``)
        : problem('wrong-type', `${formatPath(path)} has the wrong type`);
    case 'too_small':
    case 'too_big':
      return problem('out-of-range', issue.message);
    default:
      return problem('invalid-value', issue.message);
  }
}

/** An unknown key of a mapping, at the key itself. */
class UnknownKeyProblem implements Problem {
  readonly severity = 'error';
  readonly code = 'unknown-key';
  readonly position: SourcePosition;

  constructor(
    private readonly key: string,
    private readonly mapping: UnknownKeys,
  ) {
    this.position = mapping.context.sourceMap.keyStartOf(mapping.path, key);
  }

  get message(): string {
    return `unknown key \`${this.key}\` in ${this.mapping.where}`;
  }

  complete(): Diagnostic {
    const { context, path } = this.mapping;
    const span = context.sourceMap.keySpanOf(path, this.key);
    const allowed = this.mapping.allowed();
    return {
      severity: 'error',
      file: context.file,
      path: [...path, this.key],
      position: span.start,
      endPosition: span.end,
      code: this.code,
      message: this.message,
      expected: `one of: ${allowed.join(', ')}`,
      found: `\`${this.key}\``,
      suggestion: didYouMean(this.key, allowed) ?? 'remove it, or check the section it belongs to',
    };
  }
}

/**
 * What the unknown keys of one mapping share (its name, the keys it allows) is worked out once,
 * and the allowed keys only if one of them is reported.
 */
class UnknownKeys {
  readonly where: string;
  private allowedKeys: string[] | undefined;

  constructor(
    readonly path: ModelPath,
    readonly context: IssueContext,
  ) {
    this.where = formatPath(path);
  }

  allowed(): string[] {
    this.allowedKeys ??= allowedKeysAt(this.path, jsonSchemaOf(this.context.schema));
    return this.allowedKeys;
  }
}

function unknownKeys(keys: readonly string[], path: ModelPath, context: IssueContext): Problem[] {
  const mapping = new UnknownKeys(path, context);
  return keys.map((key) => new UnknownKeyProblem(key, mapping));
}

/**
 * A union fails as a whole; the useful report is the failure of the branch the user was
 * evidently writing (the one whose type matches what is there), or, for a discriminated union
 * with an unknown discriminator, the list of allowed discriminators.
 */
function unionProblems(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: ModelPath,
  context: IssueContext,
): Problem[] {
  if ('options' in issue && Array.isArray(issue.options)) {
    const missing = valueAt(context.root, path) === undefined;
    return [
      new IssueProblem(
        missing ? 'missing-field' : 'invalid-value',
        missing ? `missing required field \`${String(path.at(-1))}\`` : issue.message,
        issue,
        path,
        context,
      ),
    ];
  }
  const matching = issue.errors.filter(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (matching.length === 1 && matching[0] !== undefined) {
    return matching[0].flatMap((inner) => toProblems(inner, path, context));
  }
  return [new IssueProblem('wrong-type', issue.message, issue, path, context)];
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
