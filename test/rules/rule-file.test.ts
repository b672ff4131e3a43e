/**
 * A list of user rules in one text (a workspace's rules): loaded into the rule set beside the
 * built-in catalogue, every problem at its line — the schema, the CEL, a clashing id.
 */
import { describe, expect, it } from 'vitest';
import { assessModel } from '../../src/assessment.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { loadRuleFile } from '../../src/rules/rule-file.js';
import { loadOk, readExample } from '../support/load.js';
import { exampleRulesText, ruleItem } from '../support/rule-files.js';

const lineOf = (text: string, fragment: string) =>
  text.slice(0, text.indexOf(fragment)).split('\n').length;

describe('a rule file', () => {
  it('loads the example rules after the built-in ones, and they find what the folder finds', () => {
    const loaded = loadRuleFile(exampleRulesText(), 'rules.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.user.map((r) => r.meta.id)).toEqual([
      'user-cloud-outside-europe',
      'user-large-base-single-host',
    ]);
    expect(loaded.rules).toHaveLength(BUILTIN_RULES.length + 2);
    const model = loadOk(readExample('light-mvno-on-enabler.yaml'));
    const findings = assessModel(model, { rules: loaded.rules }).run.findings;
    expect(findings.some((f) => f.ruleId === 'user-cloud-outside-europe')).toBe(true);
  });

  it('holds no user rules when it is empty or only comments', () => {
    for (const text of ['', '  \n', '# none yet\n\n# really']) {
      const loaded = loadRuleFile(text, 'rules.yaml');
      expect(loaded.ok && loaded.user.length === 0 && loaded.rules.length).toBe(
        BUILTIN_RULES.length,
      );
    }
  });

  it('reports a bad CEL condition at its own line in the list', () => {
    const text = `rules:\n${ruleItem({ id: 'user-a' })}${ruleItem({ id: 'user-b', when: 'item.kind ==' })}`;
    const loaded = loadRuleFile(text, 'rules.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({
      code: 'invalid-expression',
      path: ['rules', 1, 'when'],
      position: { line: lineOf(text, 'when: "item.kind =="') },
    });
  });

  it('refuses an id of the built-in catalogue, and a repeated id, at the id', () => {
    const builtin = BUILTIN_RULES[0]?.meta.id ?? '';
    const clash = `rules:\n${ruleItem({ id: 'user-a' })}${ruleItem({ id: builtin })}`;
    const first = loadRuleFile(clash, 'rules.yaml');
    expect(first.ok ? undefined : first.diagnostics[0]).toMatchObject({
      code: 'duplicate-id',
      message: `user rule id ${builtin} is already a built-in rule`,
      path: ['rules', 1, 'id'],
      position: { line: lineOf(clash, `id: ${builtin}`) },
    });
    const twice = `rules:\n${ruleItem({ id: 'user-a' })}${ruleItem({ id: 'user-a' })}`;
    const second = loadRuleFile(twice, 'rules.yaml');
    expect(second.ok ? undefined : second.diagnostics[0]).toMatchObject({
      message: 'two user rules share the id user-a',
      path: ['rules', 1, 'id'],
      // `rules:`, then the first rule's nine lines: the second starts on line 11.
      position: { line: 11 },
    });
  });

  it('reports a field the rule schema does not know, at its line', () => {
    const text = `rules:\n${ruleItem({ id: 'user-a' }).replace('severity: high', 'severity: severe')}`;
    const loaded = loadRuleFile(text, 'rules.yaml');
    expect(loaded.ok ? undefined : loaded.diagnostics[0]).toMatchObject({
      path: ['rules', 0, 'severity'],
      position: { line: 4 },
    });
  });
});
