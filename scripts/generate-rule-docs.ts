/** Writes docs/rules/<id>.md and docs/rules/README.md from the rules' metadata (npm run generate). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../src/rules/builtin/index.js';
import { ruleDoc, ruleIndex } from '../src/rules/rule-docs.js';

const dir = join(import.meta.dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(join(dir, file));
for (const rule of BUILTIN_RULES)
  writeFileSync(join(dir, `${rule.meta.id}.md`), ruleDoc(rule.meta));
writeFileSync(join(dir, 'README.md'), ruleIndex(BUILTIN_RULES.map((r) => r.meta)));
console.log(`wrote ${BUILTIN_RULES.length} rule docs to docs/rules/`);
