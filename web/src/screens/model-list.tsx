/**
 * Workspaces and their models: pick a workspace, open a model, or create one from a shipped
 * example or the blank starter.
 */
import { useCallback, useEffect, useState } from 'react';
import { type ApiClient, failureMessage } from '../api/client.js';
import type { Me, ModelListDocument, ModelSummary, ModelWithVersion } from '../api/types.js';
import { EXAMPLE_MODELS } from '../examples.js';
import { dateTime } from '../figures.js';
import { navigate } from '../navigation.js';
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
  const [example, setExample] = useState(EXAMPLE_MODELS[1]?.name ?? 'starter');
  const [name, setName] = useState('');

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

  const create = async () => {
    const source = EXAMPLE_MODELS.find((e) => e.name === example);
    if (source === undefined) return;
    setError(null);
    try {
      const created = await api.json<ModelWithVersion>(path, {
        method: 'POST',
        body: {
          name: name.trim() === '' ? source.name : name.trim(),
          text: await source.load(),
          message: `from ${source.name}`,
        },
      });
      navigate({ screen: 'model', workspaceId, modelId: created.model.id });
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

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
      {workspace?.role === 'write' && (
        <form
          className="card form-row"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <h2>New model</h2>
          <label>
            Start from
            <select value={example} onChange={(e) => setExample(e.target.value)}>
              {EXAMPLE_MODELS.map((e) => (
                <option key={e.name} value={e.name}>
                  {e.name === 'starter' ? 'blank starter' : e.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder={example} />
          </label>
          <button type="submit" className="button">
            Create model
          </button>
        </form>
      )}
      <WorkspaceRules api={api} workspaceId={workspaceId} canWrite={workspace?.role === 'write'} />
    </main>
  );
}
