/**
 * Findings grouped by what to do: one row per rule and root cause (finding-groups.ts), most
 * severe first, with every instance it covers — where in the model each points and whether it
 * is open or accepted — and the one thing to do about all of them. A rule that fires on three
 * contracts is read once, with its three contracts. Every instance stays listed (and in the
 * supplier register, `analyze --json` and SARIF, which keep one entry per finding).
 */
import type { Finding } from '../../rules/finding.js';
import { SEVERITIES } from '../../rules/rule.js';
import { counted, wholeNumber } from '../../text/index.js';
import type { Figure, Section } from './document.js';
import { type FindingGroup, groupFindings, instanceSubject } from './finding-groups.js';
import { shownFile } from './model-names.js';

export function findingsSection(file: string, findings: readonly Finding[]): Section {
  const open = findings.filter((f) => f.status === 'open');
  const counts = SEVERITIES.map((s) => `${open.filter((f) => f.severity === s).length} ${s}`);
  const groups = groupFindings(findings);
  const register: Figure = {
    kind: 'figure',
    id: 'findings',
    title: `Findings in ${file} by what to do, most severe first`,
    body: {
      kind: 'table',
      table: {
        columns: [
          { title: 'severity', align: 'left' },
          { title: 'finding', align: 'left' },
          { title: 'instances', align: 'left' },
          { title: 'what to do', align: 'left' },
        ],
        rows: groups.map((g) => [
          { text: g.severity, tone: g.severity },
          `${g.title} (${g.ruleId})`,
          instancesText(g),
          g.recommendation,
        ]),
      },
    },
    assumptions: [
      'Findings of the built-in rule catalogue (docs/rules/, one page per rule with its rationale) and of any user rules given, grouped by rule and what to do; each group takes the severity of its most severe open instance.',
      'Accepted risks are those written in the model’s suppressions (or a register given with --accept); they stay listed, with owner and expiry, and a lapsed acceptance is itself a finding.',
    ],
  };
  return {
    id: 'findings',
    title: 'Findings',
    blocks: [
      {
        kind: 'paragraph',
        text: `${wholeNumber(open.length)} open (${counts.join(', ')}); ${wholeNumber(findings.length - open.length)} accepted; ${counted(groups.length, 'thing', 'things')} to do.`,
      },
      register,
    ],
  };
}

/** Every instance on one line: "lattice-platform (line 88, high); signalbridge-a2p (line 97, high)". */
function instancesText(group: FindingGroup): string {
  const mixed = new Set(group.instances.map((f) => f.severity)).size > 1;
  const list = group.instances.map((f) => {
    const details = [where(f), mixed ? f.severity : undefined, acceptedText(f)].filter(
      (d): d is string => d !== undefined && d !== '',
    );
    return `${instanceSubject(f)}${details.length === 0 ? '' : ` (${details.join(', ')})`}`;
  });
  return `${wholeNumber(group.instances.length)}: ${list.join('; ')}`;
}

function acceptedText(finding: Finding): string | undefined {
  if (finding.status !== 'accepted') return undefined;
  const a = finding.acceptance;
  return `accepted until ${a?.expires ?? '?'} by ${a?.owner ?? '?'}: ${a?.reason ?? ''}`;
}

function where(finding: Finding): string {
  const first = finding.evidence[0];
  if (first === undefined) return '';
  const file = first.file === undefined ? '' : `${shownFile(first.file)} `;
  const lines = [...new Set(finding.evidence.map((e) => e.line))];
  return `${file}line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`;
}
