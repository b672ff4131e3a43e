/**
 * One model: the YAML editor on the left, the panels on the right. The editor's text is
 * assessed in the browser as it changes; saves name the version they started from, and a
 * conflicting save shows who saved in between and what to do.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { instanceSubject } from '../../../src/report/document/finding-groups.js';
import { counted } from '../../../src/text/index.js';
import { type ApiClient, ApiFailure, failureMessage } from '../api/client.js';
import type {
  ModelWithVersion,
  VersionDocument,
  VersionSummary,
  WorkspaceRulesDocument,
} from '../api/types.js';
import type { LiveAssessment, LiveResult } from '../assessment/live-result.js';
import { YamlEditor, type YamlEditorHandle } from '../editor/yaml-editor.js';
import { dateTime } from '../figures.js';
import { nameFinder } from '../overview/overview-facts.js';
import type { FindingAcceptance } from '../panels/accept-finding.js';
import { AdvicePanel, useAdviceRun } from '../panels/advice-panel.js';
import { AssumptionsPanel } from '../panels/assumptions-panel.js';
import { FindingsPanel } from '../panels/findings.js';
import { HistoryPanel } from '../panels/history-panel.js';
import { LockinPanel } from '../panels/lockin-panel.js';
import { OptimiserPanel } from '../panels/optimiser-panel.js';
import { OverviewPanel } from '../panels/overview-panel.js';
import { SensitivityPanel } from '../panels/SensitivityPanel.js';
import { ScorecardPanel } from '../panels/scorecard.js';
import { StressPanel } from '../panels/stress-panel.js';
import { VersionDownloads } from './version-downloads.js';

/** React Flow and its layout load with the graph tab, not with the page. */
const GraphPanel = lazy(async () => ({
  default: (await import('../panels/graph-panel.js')).GraphPanel,
}));

/** Short labels, so the nine fit on one line of the panel column at 1280 px. */
const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'analysis', label: 'Scorecard' },
  { id: 'lockin', label: 'Lock-in' },
  { id: 'graph', label: 'Graph' },
  { id: 'stress', label: 'Stress test' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'optimiser', label: 'Optimiser' },
  { id: 'advice', label: 'Advice' },
  { id: 'history', label: 'History' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** How long a "Saved version …" notice stays before it goes by itself. */
export const NOTICE_MS = 6_000;

interface Conflict {
  readonly message: string;
  readonly current: VersionSummary | undefined;
}

export function ModelWorkspace({
  api,
  workspaceId,
  modelId,
  canWrite,
}: {
  api: ApiClient;
  workspaceId: string;
  modelId: string;
  canWrite: boolean;
}) {
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/models/${encodeURIComponent(modelId)}`;
  const [loaded, setLoaded] = useState<ModelWithVersion | null>(null);
  // The workspace's user rules text (empty: none), read before the editor first assesses.
  const [rules, setRules] = useState('');
  const [text, setText] = useState('');
  const [live, setLive] = useState<LiveResult | null>(null);
  // The newest assessment of a text that loaded: the panels keep it while the text is broken.
  const [assessment, setAssessment] = useState<LiveAssessment | null>(null);
  const [tab, setTab] = useState<TabId>('overview');
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editor = useRef<YamlEditorHandle>(null);
  const advice = useAdviceRun(api, workspaceId);

  // A notice is transient: it goes after a while, and at once when the text changes.
  useEffect(() => {
    if (status === null) return;
    const timer = setTimeout(() => setStatus(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const load = useCallback(async () => {
    try {
      const [document, workspaceRules] = await Promise.all([
        api.json<ModelWithVersion>(path),
        api.json<WorkspaceRulesDocument>(`/workspaces/${encodeURIComponent(workspaceId)}/rules`),
      ]);
      setRules(workspaceRules.text);
      setLoaded(document);
      setText(document.version.text);
      // The editor stays mounted: the loaded text goes in with its scroll and cursor kept.
      editor.current?.replaceText(document.version.text);
      setConflict(null);
      return document;
    } catch (failure) {
      setError(failureMessage(failure));
      return undefined;
    }
  }, [api, path, workspaceId]);
  useEffect(() => {
    void load();
  }, [load]);

  const onChange = useCallback((next: string) => {
    setText(next);
    setStatus(null);
  }, []);

  const onAssessed = useCallback((result: LiveResult) => {
    setLive(result);
    if (result.assessment !== undefined) setAssessment(result.assessment);
  }, []);

  const save = async () => {
    if (loaded === null) return;
    setStatus(null);
    setError(null);
    try {
      const version = await api.json<ModelWithVersion['version']>(`${path}/versions`, {
        method: 'POST',
        body: { text, message, baseVersion: loaded.model.latestVersion },
      });
      setLoaded({
        model: { ...loaded.model, latestVersion: version.version, updatedAt: version.createdAt },
        version,
      });
      setMessage('');
      setStatus(`Saved version ${version.version}.`);
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.code === 'version_conflict') {
        const details = failure.details as { current?: VersionSummary } | undefined;
        setConflict({ message: failure.message, current: details?.current });
      } else setError(failureMessage(failure));
    }
  };

  if (loaded === null)
    return (
      <main className="page">
        {error === null ? <p>Loading…</p> : <p className="error">{error}</p>}
      </main>
    );

  const errors = live?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  const warnings = live?.diagnostics.filter((d) => d.severity === 'warning') ?? [];
  const dirty = text !== loaded.version.text;
  // An acceptance is written into the saved version, so it waits for an edit to be saved.
  const acceptance: FindingAcceptance = {
    blocked: !canWrite
      ? 'Accepting a finding saves a new version, and your token can only read this workspace: ask for a token that can write.'
      : dirty
        ? `Save or undo your edit first: an acceptance is written into the saved version ${loaded.version.version}.`
        : null,
    submit: async (finding, form) => {
      const version = await api.json<VersionDocument>(
        `${path}/versions/${loaded.model.latestVersion}/acceptances`,
        { method: 'POST', body: { finding: finding.id, ...form } },
      );
      await load();
      setStatus(
        `Accepted “${finding.title}” on ${instanceSubject(finding)} as version ${version.version}.`,
      );
    },
  };
  return (
    <main className="workspace">
      <header className="workspace__bar">
        <h1>{loaded.model.name}</h1>
        <span className="muted workspace__version" data-testid="current-version">
          version {loaded.version.version}
          {dirty ? ', edited' : ''}
        </span>
        {!canWrite && (
          <span
            className="read-only-badge"
            data-testid="read-only-badge"
            title="Your token can only read this workspace"
          >
            Read only
          </span>
        )}
        <VersionDownloads
          api={api}
          versionPath={`${path}/versions/${loaded.version.version}`}
          version={loaded.version.version}
        />
        <form
          className="save"
          onSubmit={(event) => {
            event.preventDefault();
            if (canWrite) void save();
          }}
        >
          <label className="visually-hidden" htmlFor="save-message">
            Message
          </label>
          <input
            id="save-message"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            placeholder={canWrite ? 'What changed and why' : 'Read only: no saving'}
            disabled={!canWrite}
            aria-describedby={canWrite ? undefined : 'read-only-explained'}
          />
          <button
            type="submit"
            className="button"
            disabled={!canWrite || !dirty || errors.length > 0}
            aria-describedby={canWrite ? undefined : 'read-only-explained'}
          >
            Save
          </button>
        </form>
      </header>
      {!canWrite && (
        <p className="visually-hidden" id="read-only-explained" data-testid="read-only-explained">
          Your token can only read this workspace: the editor cannot change the text, and saving,
          restoring and running jobs are turned off.
        </p>
      )}
      {/* Floats over the page, so it moves nothing when it comes and goes. */}
      <p className="toast" role="status" data-testid="toast" hidden={status === null}>
        {status}
      </p>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {conflict !== null && (
        <div className="conflict" role="alert" data-testid="conflict">
          <h2>Someone saved this model while you were editing</h2>
          <p>
            {conflict.current === undefined
              ? conflict.message
              : `Version ${conflict.current.version} was saved by ${conflict.current.author} on ${dateTime(conflict.current.createdAt)}${conflict.current.message === '' ? '' : ` (“${conflict.current.message}”)`}. Your edit is still in the editor and nothing was overwritten.`}
          </p>
          <div className="conflict__actions">
            <button type="button" className="button" onClick={() => void load()}>
              Load version {conflict.current?.version ?? 'newest'} (discard my edit)
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setTab('history')}
            >
              Compare versions in History
            </button>
          </div>
        </div>
      )}
      <div className="workspace__body">
        <section className="workspace__editor" aria-label="Editor">
          <YamlEditor
            key={`${loaded.model.id}:${rules}`}
            ref={editor}
            initialText={text}
            onChange={onChange}
            onAssessed={onAssessed}
            rules={rules === '' ? undefined : rules}
            readOnly={!canWrite}
          />
          <div className="problems" aria-live="polite" data-testid="problems">
            {live === null ? (
              <span className="muted">Checking…</span>
            ) : errors.length === 0 ? (
              <span className="ok">
                {`Valid model${warnings.length > 0 ? `, ${counted(warnings.length, 'warning')}` : ''}; assessed in ${live.milliseconds.toFixed(0)} ms`}
              </span>
            ) : (
              <ul>
                {errors.map((d) => (
                  <li key={`${d.position.line}:${d.position.column}:${d.code}`}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => editor.current?.revealLine(d.position.line)}
                    >
                      Line {d.position.line}:{d.position.column}
                    </button>{' '}
                    {d.message}
                    {d.suggestion === undefined ? '' : ` (${d.suggestion})`}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
        <section className="workspace__panels">
          <div role="tablist" aria-label="Views" className="tabs">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`panel-${t.id}`}
                className="tab"
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the panel scrolls, so it takes the keyboard, as the WAI-ARIA tabs pattern has a tab panel do
            tabIndex={0}
            className="tabpanel"
          >
            {assessment !== null &&
              errors.length > 0 &&
              (tab === 'overview' || tab === 'analysis' || tab === 'lockin' || tab === 'graph') && (
                <p className="notice">The text has errors: showing the last version that loaded.</p>
              )}
            {assessment === null && tab !== 'history' && <p className="muted">Assessing…</p>}
            {assessment !== null && tab === 'overview' && (
              <OverviewPanel
                assessment={assessment}
                advice={advice}
                text={text}
                canWrite={canWrite}
                onOpenAdvice={() => setTab('advice')}
                accept={acceptance}
                onOpenFindings={() => setTab('analysis')}
              />
            )}
            {assessment !== null && tab === 'analysis' && (
              <>
                <ScorecardPanel scorecard={assessment.analysis.scorecard} />
                <FindingsPanel
                  findings={assessment.findings}
                  onReveal={(line) => editor.current?.revealLine(line)}
                  accept={acceptance}
                />
                <AssumptionsPanel
                  assumptions={assessment.assumptions}
                  statedInModel={assessment.statedInModel}
                />
              </>
            )}
            {assessment !== null && tab === 'lockin' && (
              <>
                <LockinPanel
                  lockin={assessment.lockin}
                  currency={assessment.currency}
                  nameOf={nameFinder(assessment)}
                />
                <AssumptionsPanel
                  assumptions={assessment.assumptions}
                  statedInModel={assessment.statedInModel}
                />
              </>
            )}
            {assessment !== null && tab === 'graph' && (
              <Suspense fallback={<p className="muted">Loading the graph…</p>}>
                <GraphPanel assessment={assessment} />
              </Suspense>
            )}
            {/* Kept mounted while hidden, so a running job keeps its progress across tabs. */}
            <div hidden={tab !== 'stress'}>
              <StressPanel api={api} workspaceId={workspaceId} text={text} canWrite={canWrite} />
            </div>
            {/* Kept mounted while hidden, so its last run stays; it runs only while shown. */}
            <div hidden={tab !== 'sensitivity'}>
              <SensitivityPanel text={text} active={tab === 'sensitivity'} />
            </div>
            <div hidden={tab !== 'optimiser'}>
              <OptimiserPanel
                api={api}
                workspaceId={workspaceId}
                text={text}
                hasDesignSpace={/^design_space:/m.test(text)}
                canWrite={canWrite}
              />
            </div>
            {/* Kept mounted while hidden, so a running job keeps its progress across tabs. */}
            <div hidden={tab !== 'advice'}>
              <AdvicePanel
                api={api}
                run={advice}
                text={text}
                versionsPath={`${path}/versions`}
                baseVersion={loaded.model.latestVersion}
                canWrite={canWrite}
                onSaved={(version) => {
                  void load().then(() =>
                    setStatus(
                      `Saved the move as version ${version.version}: compare it with the one before in History.`,
                    ),
                  );
                }}
              />
            </div>
            {tab === 'history' && (
              <HistoryPanel
                api={api}
                model={loaded.model}
                canWrite={canWrite}
                onRestored={(restored, version) => {
                  void load().then(() =>
                    setStatus(`Restored version ${restored} as version ${version}.`),
                  );
                }}
              />
            )}
          </div>
        </section>
      </div>
    </main>
  );
}
