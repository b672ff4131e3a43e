/** Findings as a Markdown register: a summary by severity, then each finding with its evidence. */
import type { Finding } from '../rules/finding.js';
import { SEVERITIES } from '../rules/rule.js';

export function findingsMarkdown(file: string, findings: readonly Finding[]): string {
  const open = findings.filter((f) => f.status === 'open');
  const counts = SEVERITIES.map((s) => `${open.filter((f) => f.severity === s).length} ${s}`).join(
    ', ',
  );
  const lines = [
    `## Findings: ${file}`,
    '',
    `${open.length} open (${counts}); ${findings.length - open.length} accepted.`,
    '',
    '| severity | finding | where | status |',
    '|---|---|---|---|',
    ...findings.map(
      (f) =>
        `| ${f.severity} | **${escapeCell(f.title)}**<br>${escapeCell(f.message)} | ${f.evidence[0] === undefined ? '' : `line ${f.evidence[0].line}: \`${f.evidence[0].path}\``} | ${f.status === 'accepted' ? `accepted until ${f.acceptance?.expires} (${escapeCell(f.acceptance?.owner ?? '')})` : 'open'} |`,
    ),
    '',
    '### What to do',
    '',
    ...[...new Map(findings.map((f) => [f.ruleId, f])).values()].map(
      (f) => `- **${f.ruleId}**: ${escapeCell(f.recommendation)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Table cells must not break the table; Markdown special characters stay literal. */
function escapeCell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .replace(/([*_`[\]<>])/g, '\\$1');
}
