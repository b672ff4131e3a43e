/**
 * Workspaces and their models: pick a workspace, open a model, or create one (the "New model"
 * panel: the blank starter, an archetype, the questionnaire, or a file).
 */
import { useCallback, useEffect, useState } from 'react';
import { type ApiClient, failureMessage } from '../api/client.js';
import type { Me, ModelListDocument, ModelSummary } from '../api/types.js';
import { dateTime } from '../figures.js';
import { navigate } from '../navigation.js';
import { NewModelPanel } from '../new-model/new-model-panel.js';
import { WorkspaceRules } from './workspace-rules.js';

export function WorkspaceList({ me }: { me: Me }) {
  return (
    <main className="page">
      <h1>Workspaces</h1>
      {me.workspaces.length === 0 && <p className="muted">This token reaches no workspace.</p>}
      <ul className="tiles">
        {me.workspaces.map((w) => (
          <li key={w.id}>
            <a
              className="tile"
              href={`/workspaces/${encodeURIComponent(w.id)}`}
              onClick={(event) => {
                event.preventDefault();
                navigate({ screen: 'models', workspaceId: w.id });
              }}
            >
              <strong>{w.name}</strong>
              <span className="muted">{w.role === 'write' ? 'read and write' : 'read only'}</span>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}

export function ModelList({
  api,
  me,
  workspaceId,
}: {
  api: ApiClient;
  me: Me;
  workspaceId: string;
}) {
  const workspace = me.workspaces.find((w) => w.id === workspaceId);
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/models`;
  const [models, setModels] = useState<readonly ModelSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setModels((await api.json<ModelListDocument>(path)).models);
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }, [api, path]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="page">
      <h1>{workspace?.name ?? 'Workspace'}: models</h1>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {models !== null && models.length === 0 && <p className="muted">No models yet.</p>}
      <ul className="tiles">
        {(models ?? []).map((m) => (
          <li key={m.id}>
            <a
              className="tile"
              href={`/workspaces/${encodeURIComponent(workspaceId)}/models/${encodeURIComponent(m.id)}`}
              onClick={(event) => {
                event.preventDefault();
                navigate({ screen: 'model', workspaceId, modelId: m.id });
              }}
            >
              <strong>{m.name}</strong>
              <span className="muted">
                version {m.latestVersion}, {dateTime(m.updatedAt)}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {workspace?.role === 'write' && <NewModelPanel api={api} workspaceId={workspaceId} />}
      <WorkspaceRules api={api} workspaceId={workspaceId} canWrite={workspace?.role === 'write'} />
    </main>
  );
}
