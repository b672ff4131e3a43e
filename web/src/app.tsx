/** The app shell: signed out, the sign-in; signed in, a header and the screen the URL names. */
import { useEffect, useState } from 'react';
import { ApiClient } from './api/client.js';
import type { Me } from './api/types.js';
import { navigate, useRoute } from './navigation.js';
import { ModelList, WorkspaceList } from './screens/model-list.js';
import { ModelWorkspace } from './screens/model-workspace.js';
import { SignIn } from './screens/sign-in.js';
import { storedToken, storeToken } from './session.js';

interface Session {
  readonly api: ApiClient;
  readonly me: Me;
}

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(() => storedToken() !== null);
  const route = useRoute();

  useEffect(() => {
    const token = storedToken();
    if (token === null) return;
    const api = new ApiClient(token);
    api
      .json<Me>('/me')
      .then((me) => setSession({ api, me }))
      .catch(() => storeToken(null))
      .finally(() => setRestoring(false));
  }, []);

  if (restoring) return <p className="page muted">Signing in…</p>;
  if (session === null)
    return (
      <SignIn
        onSignedIn={(api, me) => {
          storeToken(api.token);
          setSession({ api, me });
        }}
      />
    );

  const { api, me } = session;
  const workspace =
    route.screen === 'workspaces'
      ? undefined
      : me.workspaces.find((w) => w.id === route.workspaceId);
  return (
    <>
      <header className="topbar">
        <a
          className="brand"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            navigate({ screen: 'workspaces' });
          }}
        >
          mvnoscope
        </a>
        {workspace !== undefined && (
          <nav aria-label="Breadcrumb">
            <a
              href={`/workspaces/${encodeURIComponent(workspace.id)}`}
              onClick={(event) => {
                event.preventDefault();
                navigate({ screen: 'models', workspaceId: workspace.id });
              }}
            >
              {workspace.name}
            </a>
          </nav>
        )}
        <span className="topbar__who" data-testid="who">
          {me.name}
          {me.admin ? ' (admin)' : ''}
        </span>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            storeToken(null);
            setSession(null);
            navigate({ screen: 'workspaces' });
          }}
        >
          Sign out
        </button>
      </header>
      {route.screen === 'workspaces' && <WorkspaceList me={me} />}
      {route.screen === 'models' && <ModelList api={api} me={me} workspaceId={route.workspaceId} />}
      {route.screen === 'model' && (
        <ModelWorkspace
          key={route.modelId}
          api={api}
          workspaceId={route.workspaceId}
          modelId={route.modelId}
          canWrite={workspace?.role === 'write'}
        />
      )}
    </>
  );
}
