/**
 * The findings by severity, each with its evidence lines (a click shows the line). Given an
 * `accept`, each open finding offers "Accept…" (disabled, with the reason beside it, when it
 * cannot be accepted now) and each accepted one says by whom, why and until when.
 */
import { useId, useState } from 'react';
import type { Finding } from '../../../src/rules/finding.js';
import { SEVERITIES } from '../../../src/rules/rule.js';
import { AcceptFindingDialog, type FindingAcceptance } from './accept-finding.js';

export function FindingsPanel({
  findings,
  onReveal,
  accept,
  title = 'Findings',
}: {
  findings: readonly Finding[];
  onReveal?: (line: number) => void;
  accept?: FindingAcceptance;
  title?: string;
}) {
  const blockedId = useId();
  const [accepting, setAccepting] = useState<Finding | null>(null);
  const blocked = accept?.blocked ?? null;
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <span className="muted">({findings.length})</span>
      </h2>
      {findings.length === 0 && <p className="muted">None.</p>}
      {accept !== undefined && blocked !== null && findings.some((f) => f.status === 'open') && (
        <p className="muted read-only-note" id={blockedId} data-testid="accept-blocked">
          {blocked}
        </p>
      )}
      {SEVERITIES.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className="findings__group">
            <h3>
              <span className={`severity severity--${severity}`}>{severity}</span> {list.length}
            </h3>
            <ul className="findings">
              {list.map((finding) => (
                <li key={finding.id} className="finding" data-finding={finding.id}>
                  <details>
                    <summary>
                      {finding.title}
                      {finding.status === 'accepted' && <span className="badge">accepted</span>}
                    </summary>
                    <p>{finding.message}</p>
                    <p>
                      <strong>Recommendation:</strong> {finding.recommendation}
                    </p>
                    {finding.acceptance !== undefined && (
                      <p data-testid="finding-acceptance">
                        <strong>Accepted</strong> by {finding.acceptance.owner} until{' '}
                        {finding.acceptance.expires}: {finding.acceptance.reason}
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
                          disabled={blocked !== null}
                          aria-describedby={blocked === null ? undefined : blockedId}
                          onClick={() => setAccepting(finding)}
                        >
                          Accept…
                        </button>
                      </p>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
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
    </section>
  );
}
