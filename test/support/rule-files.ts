/** The example user rules (examples/rules/) as one `rules:` text, as a workspace keeps them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'examples', 'rules');

/** Each example rule file, indented as an item of `rules:`. */
export function exampleRulesText(): string {
  const items = readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) =>
      readFileSync(join(RULES_DIR, name), 'utf8')
        .trimEnd()
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`)
        .join('\n'),
    );
  return `rules:\n${items.join('\n')}\n`;
}

/** One user rule of a list, with the fields that matter to a test and the rest filled in. */
export function ruleItem(fields: { id: string; when?: string; message?: string }): string {
  return `  - id: ${fields.id}
    title: A test rule
    severity: high
    category: security
    rationale: r
    recommendation: r
    for_each: providers
    when: ${JSON.stringify(fields.when ?? 'item.kind == "cloud"')}
    message: ${JSON.stringify(fields.message ?? '{{item.id}} is a cloud')}
`;
}
