import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUserRule } from '../../src/rules/user-rules.js';
import { BASE, findingsOf, runOf } from './support.js';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'examples', 'rules');

const RULE = `id: user-us-cloud
title: Cloud in the United States
severity: medium
category: security
rationale: Policy keeps subscriber systems in Europe.
recommendation: Move to a European region.
for_each: providers
when: item.kind == "cloud" && item.jurisdiction == "US"
message: "{{item.name}} is in {{item.jurisdiction}}"
`;

function load(text: string) {
  const result = loadUserRule(text, 'rules/x.yaml');
  if (!result.ok)
    throw new Error(
      result.diagnostics
        .map((d) => `${d.position.line}:${d.position.column} ${d.message}`)
        .join('\n'),
    );
  return result.rule;
}

describe('user rules', () => {
  it('find elements where the CEL condition holds, with a rendered message and evidence', () => {
    const [finding] = findingsOf(load(RULE), BASE);
    expect(finding).toMatchObject({
      id: 'user-us-cloud/cloud',
      severity: 'medium',
      message: 'Cloud is in US',
    });
    expect(finding?.evidence[0]?.path).toBe('providers[4]');
  });

  it('report a broken expression at its line, without running', () => {
    const result = loadUserRule(
      RULE.replace('item.jurisdiction == "US"', 'item.jurisdiction == '),
      'rules/x.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.diagnostics[0]).toMatchObject({
        code: 'invalid-expression',
        path: ['when'],
        position: { line: 8, column: 7 },
      });
  });

  it('report schema mistakes with did-you-mean, like models', () => {
    const result = loadUserRule(
      RULE.replace('severity: medium', 'severity: meduim').replace(
        'for_each: providers',
        'for_each: provider',
      ),
      'rules/x.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostics.map((d) => d.suggestion)).toEqual([
        'did you mean `medium`?',
        'did you mean `providers`?',
      ]);
    }
  });

  it('record an evaluation problem on an element in the run instead of crashing', () => {
    const rule = load(RULE.replace('item.jurisdiction == "US"', 'item.high_risk == true'));
    const run = runOf(rule, BASE);
    expect(run.findings).toEqual([]);
    expect(run.evaluationProblems[0]).toMatchObject({ ruleId: rule.meta.id });
    expect(run.evaluationProblems[0]?.message).toMatch(/No such key: high_risk/);
  });

  it('ship two examples that load', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files)
      expect(loadUserRule(readFileSync(join(RULES_DIR, file), 'utf8'), file).ok).toBe(true);
  });
});
