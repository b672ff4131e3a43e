import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { ruleSet } from '../../src/rules/rule-set.js';

const rule = (id: string): Rule => ({
  meta: { ...(BUILTIN_RULES[0] as Rule).meta, id },
  check: () => [],
});

describe('the rule set', () => {
  it('is the built-in catalogue when no user rule is given', () => {
    const set = ruleSet();
    expect(set.ok && set.rules).toEqual(BUILTIN_RULES);
  });

  it('puts user rules after the built-in ones', () => {
    const set = ruleSet([rule('usr-a'), rule('usr-b')]);
    expect(set.ok && set.rules.slice(-2).map((r) => r.meta.id)).toEqual(['usr-a', 'usr-b']);
  });

  it('refuses a user rule with a built-in id, and two user rules with one id', () => {
    const builtin = (BUILTIN_RULES[0] as Rule).meta.id;
    expect(ruleSet([rule(builtin)])).toEqual({
      ok: false,
      problem: `user rule id ${builtin} is already a built-in rule`,
      suggestion: 'give the user rule another id',
      index: 0,
    });
    // The later of the two is the one refused, so an error can point at it.
    expect(ruleSet([rule('usr-a'), rule('usr-b'), rule('usr-a')])).toMatchObject({
      ok: false,
      problem: 'two user rules share the id usr-a',
      index: 2,
    });
  });
});
