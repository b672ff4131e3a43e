/**
 * The rules a run applies: the built-in catalogue and any user rules, merged once and checked
 * for clashing ids, so every adapter (the CLI, the report, the register, compare, the server)
 * takes user rules the same way and refuses the same mistakes.
 */
import { BUILTIN_RULES } from './builtin/index.js';
import type { Rule } from './rule.js';

export type RuleSet =
  | { readonly ok: true; readonly rules: readonly Rule[] }
  | {
      readonly ok: false;
      readonly problem: string;
      readonly suggestion: string;
      /** Which of `extra` is refused (the later of two alike ids), for a positioned error. */
      readonly index: number;
    };

/** The built-in rules followed by `extra`, unless an id clashes. */
export function ruleSet(extra: readonly Rule[] = []): RuleSet {
  const builtin = new Set(BUILTIN_RULES.map((r) => r.meta.id));
  const seen = new Set<string>();
  for (const [index, { meta }] of extra.entries()) {
    if (builtin.has(meta.id))
      return {
        ok: false,
        problem: `user rule id ${meta.id} is already a built-in rule`,
        suggestion: 'give the user rule another id',
        index,
      };
    if (seen.has(meta.id))
      return {
        ok: false,
        problem: `two user rules share the id ${meta.id}`,
        suggestion: 'rule ids must be unique',
        index,
      };
    seen.add(meta.id);
  }
  return { ok: true, rules: [...BUILTIN_RULES, ...extra] };
}
