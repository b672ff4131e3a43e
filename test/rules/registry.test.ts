/** Every built-in rule is complete: metadata, a test file of its own, and generated docs. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { RULE_CATEGORIES, RULE_ID_PREFIXES } from '../../src/rules/rule.js';
import { ruleDoc, ruleIndex } from '../../src/rules/rule-docs.js';
import { LAPSED_ACCEPTANCE_RULE } from '../../src/rules/run-rules.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the rule registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = BUILTIN_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const wellFormed = new RegExp(`^(${RULE_ID_PREFIXES.join('|')})-[a-z0-9-]+$`);
    for (const id of ids) expect(id).toMatch(wellFormed);
  });

  it('puts every rule in a category of the vocabulary, the lapse of an acceptance too', () => {
    const used = new Set(BUILTIN_RULES.map((r) => r.meta.category));
    for (const category of used) expect(RULE_CATEGORIES).toContain(category);
    expect(RULE_ID_PREFIXES).toContain(LAPSED_ACCEPTANCE_RULE.split('-')[0]);
  });

  it.each(BUILTIN_RULES.map((r) => [r.meta.id, r] as const))(
    '%s has complete metadata, its own tests and current docs',
    (id, rule) => {
      const { meta } = rule;
      for (const text of [meta.title, meta.rationale, meta.detects, meta.recommendation])
        expect(text.length).toBeGreaterThan(10);
      expect(meta.references.length).toBeGreaterThan(0);
      expect(existsSync(join(ROOT, 'src', 'rules', 'builtin', `${id}.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
      expect(readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8')).toBe(ruleDoc(meta));
    },
  );

  it('has a current index of rules', () => {
    expect(readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8')).toBe(
      ruleIndex(BUILTIN_RULES.map((r) => r.meta)),
    );
  });
});
