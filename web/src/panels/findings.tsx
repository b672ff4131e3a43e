/**
 * The findings grouped by what to do (one group per rule and root cause, as the report groups
 * them: src/report/document/finding-groups.ts), under the severity of each group's most severe
 * open instance. A group opens to its recommendation, once, and its instances: what each is
 * about, its message and its evidence lines (a click shows the line). Given an `accept`, each
 * open instance offers "Accept…" (disabled, with the reason beside it, when it cannot be
 * accepted now) and each accepted one says by whom, why and until when. The Overview's top
 * risks are the same groups (FindingGroupList), the most severe open ones only.
 */
import { useId, useState } from 'react';
import {
  type FindingGroup,
  groupFindings,
  instanceSubject,
} from '../../../src/report/document/finding-groups.js';
import type { Finding } from '../../../src/rules/finding.js';
import { SEVERITIES } from '../../../src/rules/rule.js';
import { AcceptFindingDialog, type FindingAcceptance } from './accept-finding.js';

interface ListOptions {
  readonly onReveal?: (line: number) => void;
  readonly accept?: FindingAcceptance;
}

export function FindingsPanel({
  findings,
  title = 'Findings',
  ...options
}: ListOptions & { findings: readonly Finding[]; title?: string }) {
  const groups = groupFindings(findings);
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <span className="muted">({findings.length})</span>
      </h2>
      {findings.length === 0 && <p className="muted">None.</p>}
      <FindingGroupList groups={groups} bySeverity {...options} />
    </section>
  );
}

/**
 * Groups of findings, each a disclosure, with the accept dialog they open. `bySeverity`: under
 * a heading per severity; otherwise in the order given, each with its severity badge.
 */
export function FindingGroupList({
  groups,
  bySeverity = false,
  onReveal,
  accept,
}: ListOptions & { groups: readonly FindingGroup[]; bySeverity?: boolean }) {
  const blockedId = useId();
  const [accepting, setAccepting] = useState<Finding | null>(null);
  const blocked = accept?.blocked ?? null;
  const item = (group: FindingGroup) => (
    <GroupItem
      key={`${group.ruleId}:${group.recommendation}`}
      group={group}
      badge={!bySeverity}
      onReveal={onReveal}
      accept={
        accept === undefined
          ? undefined
          : { blocked, describedBy: blockedId, start: (finding) => setAccepting(finding) }
      }
    />
  );
  return (
    <>
      {accept !== undefined && blocked !== null && groups.some((g) => g.open > 0) && (
        <p className="muted read-only-note" id={blockedId} data-testid="accept-blocked">
          {blocked}
        </p>
      )}
      {bySeverity ? (
        SEVERITIES.map((severity) => {
          const list = groups.filter((g) => g.severity === severity);
          if (list.length === 0) return null;
          const count = list.reduce((sum, g) => sum + g.instances.length, 0);
          return (
            <div key={severity} className="findings__group">
              <h3>
                <span className={`severity severity--${severity}`}>{severity}</span> {count}
              </h3>
              <ul className="findings">{list.map(item)}</ul>
            </div>
          );
        })
      ) : (
        <ul className="findings">{groups.map(item)}</ul>
      )}
      {accept !== undefined && accepting !== null && (
        <AcceptFindingDialog
          finding={accepting}
          submit={async (finding, form) => {
            await accept.submit(finding, form);
            setAccepting(null);
          }}
          onClose={() => setAccepting(null)}
        />
      )}
    </>
  );
}

interface InstanceAccept {
  readonly blocked: string | null;
  /** The id of the sentence saying why accepting is blocked. */
  readonly describedBy: string;
  readonly start: (finding: Finding) => void;
}

function GroupItem({
  group,
  badge,
  onReveal,
  accept,
}: {
  group: FindingGroup;
  badge: boolean;
  onReveal: ((line: number) => void) | undefined;
  accept: InstanceAccept | undefined;
}) {
  return (
    <li className="finding" data-rule={group.ruleId}>
      <details>
        <summary>
          {badge && (
            <>
              <span className={`severity severity--${group.severity}`}>{group.severity}</span>{' '}
            </>
          )}
          {group.title}
          {group.instances.length > 1 && <span className="muted"> ({group.instances.length})</span>}
          <AcceptedBadge group={group} />
        </summary>
        <p>
          <strong>Recommendation:</strong> {group.recommendation}
        </p>
        <ul className="finding__instances">
          {group.instances.map((finding) => (
            <Instance key={finding.id} finding={finding} onReveal={onReveal} accept={accept} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function Instance({
  finding,
  onReveal,
  accept,
}: {
  finding: Finding;
  onReveal: ((line: number) => void) | undefined;
  accept: InstanceAccept | undefined;
}) {
  return (
    <li className="finding__instance" data-finding={finding.id}>
      <p>
        <strong>{instanceSubject(finding)}</strong>: {finding.message}
        {finding.status === 'accepted' && <span className="badge">accepted</span>}
      </p>
      {finding.acceptance !== undefined && (
        <p data-testid="finding-acceptance">
          <strong>Accepted</strong> by {finding.acceptance.owner} until {finding.acceptance.expires}
          : {finding.acceptance.reason}
        </p>
      )}
      {onReveal !== undefined && (
        <p className="finding__evidence">
          Evidence:{' '}
          {finding.evidence.map((e) => (
            <button
              type="button"
              className="link"
              key={`${e.path}:${e.line}`}
              onClick={() => onReveal(e.line)}
            >
              {e.path} (line {e.line})
            </button>
          ))}
        </p>
      )}
      {accept !== undefined && finding.status === 'open' && (
        <p>
          <button
            type="button"
            className="button button--quiet"
            disabled={accept.blocked !== null}
            aria-describedby={accept.blocked === null ? undefined : accept.describedBy}
            onClick={() => accept.start(finding)}
          >
            Accept…
          </button>
        </p>
      )}
    </li>
  );
}

/** "accepted" when every instance is, "2 of 3 accepted" when some are. */
function AcceptedBadge({ group }: { group: FindingGroup }) {
  const accepted = group.instances.length - group.open;
  if (accepted === 0) return null;
  return (
    <span className="badge">
      {group.open === 0 ? 'accepted' : `${accepted} of ${group.instances.length} accepted`}
    </span>
  );
}
