/**
 * The Overview's top risks: the most severe groups of open findings, as many as the report's
 * executive page shows (EXECUTIVE_RISKS), each a group of the Scorecard tab's list — its
 * recommendation, its instances and "Accept…" on the open ones.
 */
import { EXECUTIVE_RISKS } from '../../../src/report/document/executive-section.js';
import { groupFindings } from '../../../src/report/document/finding-groups.js';
import type { Finding } from '../../../src/rules/finding.js';
import { counted } from '../../../src/text/index.js';
import type { FindingAcceptance } from './accept-finding.js';
import { FindingGroupList } from './findings.js';

export function TopRisks({
  findings,
  accept,
  onOpenFindings,
}: {
  findings: readonly Finding[];
  accept?: FindingAcceptance;
  /** Opens the full list; none: no link to it. */
  onOpenFindings?: () => void;
}) {
  const open = groupFindings(findings).filter((g) => g.open > 0);
  const shown = open.slice(0, EXECUTIVE_RISKS);
  return (
    <div className="overview__risks" data-testid="top-risks">
      <h3>The risks to act on first</h3>
      {shown.length === 0 ? (
        <p>No open finding: every finding is accepted, or there are none.</p>
      ) : (
        <>
          <p className="muted">
            {`${counted(open.length, 'group')} of open findings, by what to do${open.length > shown.length ? `; the ${shown.length} most severe here` : ''}.`}
          </p>
          <FindingGroupList groups={shown} {...(accept === undefined ? {} : { accept })} />
        </>
      )}
      {onOpenFindings !== undefined && (
        <button type="button" className="link" onClick={onOpenFindings}>
          Every finding in Scorecard
        </button>
      )}
    </div>
  );
}
