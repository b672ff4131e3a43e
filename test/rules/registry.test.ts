/** Every built-in rule is complete: metadata, a test file of its own, and generated docs. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { ruleDoc, ruleIndex } from '../../src/rules/rule-docs.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the rule registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = BUILTIN_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^(net|edge|ai|cost|cap|con|sec|reg|dec|gov)-[a-z0-9-]+$/);
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
