/**
 * The rules in effect in a workspace: the built-in catalogue and the workspace's user rules,
 * which every analysis, report, register and comparison of its models runs. Write tokens may
 * replace the rules text; a text that does not load is refused with each problem at its line.
 */
import { useCallback, useEffect, useState } from 'react';
import { type ApiClient, ApiFailure, failureMessage } from '../api/client.js';
import type { DiagnosticDocument, WorkspaceRulesDocument } from '../api/types.js';
import { dateTime } from '../figures.js';

/** What a workspace's rules text looks like, for an empty editor. */
const STARTER = `rules:
  - id: user-cloud-outside-europe
    title: Cloud outside Europe
    severity: medium
    category: security
    rationale: Subscriber systems stay on European infrastructure.
    recommendation: Move the workloads to a European region.
    for_each: providers
    when: item.kind == "cloud" && has(item.jurisdiction) && !(item.jurisdiction in ["GB", "IE", "DE", "EU"])
    message: "{{item.name}} hosts workloads from {{item.jurisdiction}}"
`;

export function WorkspaceRules({
  api,
  workspaceId,
  canWrite,
}: {
  api: Pick<ApiClient, 'json'>;
  workspaceId: string;
  canWrite: boolean;
}) {
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/rules`;
  const [rules, setRules] = useState<WorkspaceRulesDocument | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly DiagnosticDocument[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setRules(await api.json<WorkspaceRulesDocument>(path));
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }, [api, path]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (text: string) => {
    setError(null);
    setProblems([]);
    try {
      setRules(await api.json<WorkspaceRulesDocument>(path, { method: 'PUT', body: { text } }));
      setDraft(null);
    } catch (failure) {
      setError(failureMessage(failure));
      if (failure instanceof ApiFailure && failure.code === 'invalid_rules')
        setProblems(diagnosticsOf(failure.details));
    }
  };

  const user = rules?.rules ?? [];
  return (
    <section className="card" aria-labelledby="workspace-rules-title">
      <h2 id="workspace-rules-title">Rules in effect</h2>
      <p className="muted">
        The built-in rules
        {user.length === 0
          ? ' only: this workspace has no user rules.'
          : `, and ${user.length} user rule${user.length === 1 ? '' : 's'} of this workspace`}
        {user.length > 0 && rules?.author !== null && rules?.updatedAt != null
          ? ` (saved by ${rules.author}, ${dateTime(rules.updatedAt)}). Every analysis, report, register and comparison here runs them.`
          : ''}
      </p>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="error" aria-label="Problems in the rules">
          {problems.map((p) => (
            <li key={`${p.line}:${p.column}:${p.code}`}>
              line {p.line}, column {p.column}: {p.message}
              {p.suggestion === undefined ? '' : ` (${p.suggestion})`}
            </li>
          ))}
        </ul>
      )}
      {user.length > 0 && (
        <div className="table-scroll">
          <table aria-label="User rules">
            <thead>
              <tr>
                <th>rule</th>
                <th>severity</th>
                <th>title</th>
                <th>detects</th>
              </tr>
            </thead>
            <tbody>
              {user.map((r) => (
                <tr key={r.id}>
                  <td>
                    <code>{r.id}</code>
                  </td>
                  <td>
                    <span className={`severity severity--${r.severity}`}>{r.severity}</span>
                  </td>
                  <td>{r.title}</td>
                  <td>
                    <code>{r.detects}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {draft === null && user.length > 0 && (
        <details>
          <summary>The rules text</summary>
          <pre>{rules?.text}</pre>
        </details>
      )}
      {canWrite && draft === null && rules !== null && (
        <button
          type="button"
          className="button"
          onClick={() => setDraft(rules.text === '' ? STARTER : rules.text)}
        >
          Edit rules
        </button>
      )}
      {draft !== null && (
        <form
          className="rules-editor"
          onSubmit={(event) => {
            event.preventDefault();
            void save(draft);
          }}
        >
          <label>
            Rules (YAML, conditions in CEL; empty for none)
            <textarea
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              rows={16}
              spellCheck={false}
            />
          </label>
          <button type="submit" className="button">
            Save rules
          </button>{' '}
          <button type="button" className="link" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}

function diagnosticsOf(details: unknown): DiagnosticDocument[] {
  if (typeof details !== 'object' || details === null || !('diagnostics' in details)) return [];
  const { diagnostics } = details as { diagnostics: unknown };
  return Array.isArray(diagnostics) ? (diagnostics as DiagnosticDocument[]) : [];
}
