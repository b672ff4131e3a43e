/**
 * Findings grouped by what to do about them: one group per rule and root cause (the rule's
 * recommendation, which names the fix), each listed once with every instance it covers. A
 * reader sees "Supplier incident notice too slow" once with its three contracts rather than
 * three times. Groups are ordered as findings are everywhere (src/rules/finding.ts): by their
 * most severe open instance, then by how many open instances they hold, then by rule id. The
 * supplier register and the findings table keep every instance; this is a reading aid only.
 */
import { bySeverity, type Finding } from '../../rules/finding.js';
import { SEVERITIES, type Severity } from '../../rules/rule.js';

export interface FindingGroup {
  readonly ruleId: string;
  readonly title: string;
  /** What to do: the rule's recommendation, the same for every instance of the group. */
  readonly recommendation: string;
  /** The most severe instance's severity, open instances first (accepted ones count last). */
  readonly severity: Severity;
  /** Every instance, most severe first. */
  readonly instances: readonly Finding[];
  readonly open: number;
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(bySeverity)) {
    const key = `${finding.ruleId}\u0000${finding.recommendation}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [finding]);
    else list.push(finding);
  }
  return [...groups.values()]
    .map((instances) => {
      const first = instances[0] as Finding;
      const open = instances.filter((f) => f.status === 'open');
      return {
        ruleId: first.ruleId,
        title: first.title,
        recommendation: first.recommendation,
        severity: (open[0] ?? first).severity,
        instances,
        open: open.length,
      };
    })
    .sort(byGroupOrder);
}

function byGroupOrder(a: FindingGroup, b: FindingGroup): number {
  return (
    Number(a.open === 0) - Number(b.open === 0) ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    b.open - a.open ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * What each instance is about, in a few words: the elements the rule named ("pennine-telecom",
 * "esim + pennine-telecom"), so that a group's instances can be listed on one line.
 */
export function instanceSubject(finding: Finding): string {
  if (finding.elements.length > 0) return finding.elements.join(' + ');
  const cut = finding.id.indexOf('/');
  return cut === -1 ? finding.id : finding.id.slice(cut + 1);
}
