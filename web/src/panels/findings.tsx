/** The findings by severity, each with its evidence lines (a click shows the line). */
import type { Finding } from '../../../src/rules/finding.js';
import { SEVERITIES } from '../../../src/rules/rule.js';

export function FindingsPanel({
  findings,
  onReveal,
  title = 'Findings',
}: {
  findings: readonly Finding[];
  onReveal?: (line: number) => void;
  title?: string;
}) {
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <span className="muted">({findings.length})</span>
      </h2>
      {findings.length === 0 && <p className="muted">None.</p>}
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
                <li key={finding.id} className="finding">
                  <details>
                    <summary>
                      {finding.title}
                      {finding.status === 'accepted' && <span className="badge">accepted</span>}
                    </summary>
                    <p>{finding.message}</p>
                    <p>
                      <strong>Recommendation:</strong> {finding.recommendation}
                    </p>
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
                  </details>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
