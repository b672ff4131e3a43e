/** docs/rules/<id>.md, rendered from a rule's metadata so the two never drift. */
import type { RuleMeta } from './rule.js';

export function ruleDoc(meta: RuleMeta): string {
  return `${[
    `# \`${meta.id}\`: ${meta.title}`,
    '',
    `Generated from \`src/rules/builtin/${meta.id}.ts\`; do not edit by hand.`,
    '',
    '| | |',
    '|---|---|',
    `| severity | ${meta.severity} |`,
    `| category | ${meta.category.replace(/_/g, ' ')} |`,
    `| layers | ${meta.layers.map((l) => l.replace(/_/g, ' ')).join(', ') || '—'} |`,
    '',
    '## Why it matters',
    '',
    meta.rationale,
    '',
    '## What it detects',
    '',
    meta.detects,
    '',
    '## What to do',
    '',
    meta.recommendation,
    '',
    '## References',
    '',
    ...meta.references.map((r) => `- ${r}`),
  ].join('\n')}\n`;
}

export function ruleIndex(metas: readonly RuleMeta[]): string {
  const rows = metas.map(
    (m) =>
      `| [\`${m.id}\`](${m.id}.md) | ${m.severity} | ${m.category.replace(/_/g, ' ')} | ${m.title} |`,
  );
  return `${[
    '# Built-in rules',
    '',
    'Generated from the rule modules in `src/rules/builtin/`; do not edit by hand.',
    '',
    '| rule | severity | category | title |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n')}\n`;
}
