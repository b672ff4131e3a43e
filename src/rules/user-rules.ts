/**
 * Rules written by users in YAML, without TypeScript. A rule names the section it looks at
 * (`for_each`), a condition in CEL, the Common Expression Language (`when`), and a message
 * whose `{{ … }}` parts are CEL too. CEL is non-Turing-complete and has no access to anything
 * but the values it is given: no eval, no I/O, no loops that do not end.
 *
 *   id: no-cloud-outside-europe
 *   title: Cloud outside Europe
 *   severity: medium
 *   category: security
 *   for_each: providers
 *   when: item.kind == "cloud" && !(item.jurisdiction in ["GB", "IE", "DE", "EU"])
 *   message: "{{item.name}} runs in {{item.jurisdiction}}"
 *
 * Each element is `item`; the whole model is `model` and the operator `operator`. Fields a
 * model may leave out are tested with `has(item.field)`.
 */
import { parse } from '@marcbachmann/cel-js';
import { z } from 'zod';
import { LAYERS } from '../model/layers.js';
import type { Diagnostic, ModelPath } from '../model/load/diagnostic.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../model/load/limits.js';
import { parseText } from '../model/load/parse-text.js';
import { checkAgainst } from '../model/load/schema-issues.js';
import type { SourceMap } from '../model/load/source-map.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import { Id, Text } from '../model/schema/primitives.js';
import {
  ELEMENT_SECTIONS,
  RULE_CATEGORIES,
  type Rule,
  type RuleContext,
  type RuleFinding,
  SEVERITIES,
} from './rule.js';

/** What a user rule can look at: the operator, or the elements of one section one by one. */
export const RULE_SECTIONS = ['operator', ...ELEMENT_SECTIONS] as const;
type RuleSection = (typeof RULE_SECTIONS)[number];

export const UserRuleSchema = z.strictObject({
  id: Id,
  title: Text.min(1),
  severity: z.enum(SEVERITIES),
  category: z.enum(RULE_CATEGORIES),
  layers: z.array(z.enum(LAYERS)).optional(),
  rationale: Text.min(1),
  recommendation: Text.min(1),
  references: z.array(Text).optional(),
  detects: Text.optional(),
  for_each: z
    .enum(RULE_SECTIONS)
    .meta({ description: 'The section whose elements the rule looks at, one by one (`item`).' }),
  when: z
    .string()
    .min(1)
    .max(2000)
    .meta({ description: 'A CEL condition; a finding for each element where it is true.' }),
  message: Text.min(1).meta({
    description: 'The finding message; `{{ expression }}` parts are CEL.',
  }),
});

export type UserRuleDefinition = z.output<typeof UserRuleSchema>;

/** A user rule and the file it was read from. Evaluation problems go to the run (RuleRun). */
export interface UserRule extends Rule {
  readonly file: string;
}

export type UserRuleLoad =
  | { readonly ok: true; readonly rule: UserRule }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

type Compiled = ReturnType<typeof parse>;

export function loadUserRule(
  text: string,
  file: string,
  limits: LoadLimits = DEFAULT_LIMITS,
): UserRuleLoad {
  const parsed = parseText(text, file, limits);
  if (!parsed.readable) return { ok: false, diagnostics: parsed.diagnostics };
  const checked = checkAgainst(UserRuleSchema, parsed.value, file, parsed.sourceMap);
  const definition = checked.model;
  if (definition === undefined)
    return { ok: false, diagnostics: [...parsed.diagnostics, ...checked.diagnostics] };
  return compileUserRule(definition, file, parsed.sourceMap, []);
}

/**
 * A checked definition made a rule, its CEL compiled; `at` is where the definition sits in its
 * file (a rule of a list: `['rules', 2]`), so a bad expression is reported at its own line.
 */
export function compileUserRule(
  definition: UserRuleDefinition,
  file: string,
  sourceMap: SourceMap,
  at: ModelPath,
): UserRuleLoad {
  const diagnostics: Diagnostic[] = [];
  const condition = compile(definition.when, [...at, 'when'], file, sourceMap, diagnostics);
  const parts = template(definition.message, [...at, 'message'], file, sourceMap, diagnostics);
  if (condition === undefined || parts === undefined) return { ok: false, diagnostics };
  return { ok: true, rule: userRule(definition, file, condition, parts) };
}

function userRule(
  definition: UserRuleDefinition,
  file: string,
  condition: Compiled,
  parts: readonly (string | Compiled)[],
): UserRule {
  return {
    file,
    meta: {
      id: definition.id,
      title: definition.title,
      category: definition.category,
      layers: definition.layers ?? [],
      severity: definition.severity,
      rationale: definition.rationale,
      references: definition.references ?? [`user rule ${file}`],
      detects: definition.detects ?? `${definition.for_each} where ${definition.when}`,
      recommendation: definition.recommendation,
    },
    check(context: RuleContext): RuleFinding[] {
      const findings: RuleFinding[] = [];
      elementsOf(context.model, definition.for_each).forEach(({ item, id, path }) => {
        const variables = { item, model: context.model, operator: context.model.operator };
        try {
          if (condition(variables) !== true) return;
          const message = parts
            .map((part) => (typeof part === 'string' ? part : String(part(variables))))
            .join('');
          findings.push({ elements: [id], message, evidence: [path] });
        } catch (error) {
          context.noteProblem(
            `${definition.id} on ${formatTarget(path)}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      });
      return findings;
    },
  };
}

function elementsOf(
  model: ResolvedModel,
  section: RuleSection,
): { item: unknown; id: string; path: ModelPath }[] {
  if (section === 'operator')
    return [{ item: model.operator, id: model.operator.id, path: ['operator'] }];
  const list: readonly { id: string }[] =
    section === 'groups' ? model.groups : (model[section] ?? []);
  return list.map((item, index) => ({ item, id: item.id, path: [section, index] }));
}

function formatTarget(path: ModelPath): string {
  return path.length === 1 ? String(path[0]) : `${String(path[0])}[${String(path[1])}]`;
}

function compile(
  expression: string,
  path: ModelPath,
  file: string,
  sourceMap: SourceMap,
  diagnostics: Diagnostic[],
): Compiled | undefined {
  try {
    return parse(expression);
  } catch (error) {
    const span = sourceMap.spanOf(path);
    diagnostics.push({
      severity: 'error',
      code: 'invalid-expression',
      message: `not a valid CEL expression: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      file,
      path,
      position: span.start,
      endPosition: span.end,
      expected: 'a CEL expression, such as item.kind == "cloud" && item.jurisdiction != "GB"',
      found: expression.length > 80 ? `${expression.slice(0, 77)}...` : expression,
      suggestion: 'CEL uses &&, ||, !, ==, in [..], has(item.field); strings take double quotes',
    });
    return undefined;
  }
}

/** Splits a message into text and compiled `{{ expression }}` parts. */
function template(
  message: string,
  path: ModelPath,
  file: string,
  sourceMap: SourceMap,
  diagnostics: Diagnostic[],
): (string | Compiled)[] | undefined {
  const parts: (string | Compiled)[] = [];
  let ok = true;
  let last = 0;
  for (const match of message.matchAll(/\{\{(.*?)\}\}/g)) {
    parts.push(message.slice(last, match.index));
    const compiled = compile((match[1] ?? '').trim(), path, file, sourceMap, diagnostics);
    if (compiled === undefined) ok = false;
    else parts.push(compiled);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(message.slice(last));
  return ok ? parts : undefined;
}
