/** Sign-in: a token from `mvnoscope token create`, checked against GET /api/me. */
import { useState } from 'react';
import { ApiClient, failureMessage } from '../api/client.js';
import type { Me } from '../api/types.js';

export function SignIn({ onSignedIn }: { onSignedIn: (api: ApiClient, me: Me) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="sign-in">
      <form
        className="card sign-in__card"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          const api = new ApiClient(token.trim());
          try {
            onSignedIn(api, await api.json<Me>('/me'));
          } catch (failure) {
            setError(failureMessage(failure));
          } finally {
            setBusy(false);
          }
        }}
      >
        <h1>Sign in to mvnoscope</h1>
        <p className="muted">
          Paste a token made with <code>mvnoscope token create</code>. It is kept for this tab only.
        </p>
        <label htmlFor="token">Token</label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="mvs_…"
          required
        />
        {error !== null && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || token.trim() === ''}>
          Sign in
        </button>
      </form>
    </main>
  );
}
