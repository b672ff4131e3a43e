/**
 * Every command that assesses a model takes user rules the same way (`--rules FOLDER`, merged by
 * rules/rule-set.ts): analyze, the supplier register, compare and the report all show the user
 * rules' findings, and all refuse a folder that does not exist with the same diagnostic.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { EXAMPLES_DIR } from '../support/load.js';

const LIGHT = join(EXAMPLES_DIR, 'light-mvno-on-enabler.yaml');
const FULL = join(EXAMPLES_DIR, 'full-mvno-switchable.yaml');
const RULES = join(EXAMPLES_DIR, 'rules');
/** The shipped user rule that the light MVNO meets: Helix CRM and Stratus Cloud are in the US. */
const USER_FINDING = 'user-cloud-outside-europe';

describe('user rules in every command that assesses', () => {
  it('are in analyze, as before', async () => {
    const out = await cli('analyze', LIGHT, '--rules', RULES, '--json');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(`"ruleId": "${USER_FINDING}"`);
  });

  it('are in the supplier register', async () => {
    const without = await cli('register', LIGHT);
    const withRules = await cli('register', LIGHT, '--rules', RULES);
    expect(withRules.code, withRules.stderr).toBe(0);
    expect(without.stdout).not.toContain(USER_FINDING);
    expect(withRules.stdout).toContain(USER_FINDING);
  });

  it('are in compare, on both sides', async () => {
    const out = await cli('compare', LIGHT, FULL, '--rules', RULES, '--json');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(USER_FINDING);
  });

  it('are in the report', async () => {
    const out = await cli('report', LIGHT, '--rules', RULES, '--format', 'markdown', '--no-pareto');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(USER_FINDING);
  });

  it('refuse a folder that does not exist, in every command alike', async () => {
    for (const args of [
      ['analyze', LIGHT],
      ['register', LIGHT],
      ['compare', LIGHT, FULL],
      ['report', LIGHT, '--no-pareto'],
    ]) {
      const out = await cli(...args, '--rules', join(RULES, 'missing'));
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr).toContain('no such folder of rules');
    }
  });
});
