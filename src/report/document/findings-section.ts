/**
 * Findings by severity: the register of what the rules found, each with where in the model it
 * points and whether it is open or accepted, then what to do about each kind.
 */
import { bySeverity, type Finding } from '../../rules/finding.js';
import { SEVERITIES } from '../../rules/rule.js';
import type { Figure, Section } from './document.js';

export function findingsSection(file: string, findings: readonly Finding[]): Section {
  const open = findings.filter((f) => f.status === 'open');
  const counts = SEVERITIES.map((s) => `${open.filter((f) => f.severity === s).length} ${s}`);
  const ordered = [...findings].sort(bySeverity);
  const register: Figure = {
    kind: 'figure',
    id: 'findings',
    title: `Findings in ${file}, most severe first`,
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'severity', align: 'left' },
          { title: 'finding', align: 'left' },
          { title: 'where', align: 'left' },
          { title: 'status', align: 'left' },
        ],
        rows: ordered.map((f) => [
          { text: f.severity, tone: f.severity },
          `${f.title}: ${f.message} (${f.ruleId})`,
          where(f),
          f.status === 'accepted'
            ? `accepted until ${f.acceptance?.expires ?? '?'} by ${f.acceptance?.owner ?? '?'}: ${f.acceptance?.reason ?? ''}`
            : 'open',
        ]),
      },
    },
    assumptions: [
      'Findings of the built-in rule catalogue (docs/rules/, one page per rule with its rationale) and of any user rules given.',
      'Accepted risks are those written in the model’s suppressions (or a register given with --accept); they stay listed, with owner and expiry, and a lapsed acceptance is itself a finding.',
    ],
  };
  const recommendations = [...new Map(ordered.map((f) => [f.ruleId, f])).values()].map(
    (f) => `${f.ruleId}: ${f.recommendation}`,
  );
  return {
    id: 'findings',
    title: 'Findings',
    blocks: [
      {
        kind: 'paragraph',
        text: `${open.length} open (${counts.join(', ')}); ${findings.length - open.length} accepted.`,
      },
      register,
      ...(recommendations.length === 0
        ? []
        : [
            { kind: 'paragraph' as const, text: 'What to do, rule by rule:' },
            { kind: 'list' as const, items: recommendations },
          ]),
    ],
  };
}

function where(finding: Finding): string {
  const first = finding.evidence[0];
  if (first === undefined) return '';
  const more = finding.evidence.length > 1 ? ` (+${finding.evidence.length - 1} more)` : '';
  return `${first.file === undefined ? '' : `${first.file} `}line ${first.line}: ${first.path}${more}`;
}
