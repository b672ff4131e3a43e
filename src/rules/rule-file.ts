/**
 * Several user rules in one YAML text, under `rules:` — how a workspace of the server keeps its
 * rules (one text, edited as one). Each rule is written as in a rule file of a `--rules` folder
 * (user-rules.ts); the whole list is checked at once, every problem at its line: the schema, the
 * CEL, and an id that clashes with a built-in rule or another rule of the list (rule-set.ts).
 *
 *   rules:
 *     - id: user-cloud-outside-europe
 *       title: Cloud outside Europe
 *       …
 */
import { z } from 'zod';
import type { Diagnostic } from '../model/load/diagnostic.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../model/load/limits.js';
import { parseText } from '../model/load/parse-text.js';
import { checkAgainst } from '../model/load/schema-issues.js';
import { BUILTIN_RULES } from './builtin/index.js';
import type { Rule } from './rule.js';
import { ruleSet } from './rule-set.js';
import { compileUserRule, type UserRule, UserRuleSchema } from './user-rules.js';

export const RuleFileSchema = z.strictObject({
  rules: z.array(UserRuleSchema).meta({ description: 'User rules, each as in a rule file.' }),
});

export type RuleFileLoad =
  | {
      readonly ok: true;
      /** The built-in rules followed by the user rules: what a run applies. */
      readonly rules: readonly Rule[];
      readonly user: readonly UserRule[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** A text with nothing but blanks and comments holds no rules: the built-in ones alone. */
export function loadRuleFile(
  text: string,
  file: string,
  limits: LoadLimits = DEFAULT_LIMITS,
): RuleFileLoad {
  if (onlyComments(text)) return { ok: true, rules: BUILTIN_RULES, user: [] };
  const parsed = parseText(text, file, limits);
  if (!parsed.readable) return { ok: false, diagnostics: parsed.diagnostics };
  const checked = checkAgainst(RuleFileSchema, parsed.value, file, parsed.sourceMap);
  if (checked.model === undefined)
    return { ok: false, diagnostics: [...parsed.diagnostics, ...checked.diagnostics] };
  const user: UserRule[] = [];
  const diagnostics: Diagnostic[] = [];
  checked.model.rules.forEach((definition, i) => {
    const loaded = compileUserRule(definition, file, parsed.sourceMap, ['rules', i]);
    if (loaded.ok) user.push(loaded.rule);
    else diagnostics.push(...loaded.diagnostics);
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const set = ruleSet(user);
  if (set.ok) return { ok: true, rules: set.rules, user };
  const path = ['rules', set.index, 'id'];
  const span = parsed.sourceMap.spanOf(path);
  return {
    ok: false,
    diagnostics: [
      {
        severity: 'error',
        code: 'duplicate-id',
        message: set.problem,
        file,
        path,
        position: span.start,
        endPosition: span.end,
        suggestion: set.suggestion,
      },
    ],
  };
}

function onlyComments(text: string): boolean {
  return text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'));
}
