/**
 * History: every version (who, when, why), restore any of them as a new version, and compare
 * two versions through the API: each figure with its change and whether it is better or worse,
 * findings added and resolved.
 */
import { useCallback, useEffect, useState } from 'react';
import { POSITION_NAMES, type Position } from '../../../src/analysis/scorecard/position.js';
import { type ApiClient, failureMessage } from '../api/client.js';
import type {
  Comparison,
  ComparisonDocument,
  ModelSummary,
  VersionListDocument,
  VersionSummary,
} from '../api/types.js';
import { dateTime, inUnit } from '../figures.js';
import { FindingsPanel } from './findings.js';
import { TableScroll } from './table-scroll.js';

/** A comparison with the two versions it was made for, which its heading names. */
interface Compared {
  readonly from: number;
  readonly to: number;
  readonly comparison: Comparison;
}

export function HistoryPanel({
  api,
  model,
  canWrite,
  onRestored,
}: {
  api: ApiClient;
  model: ModelSummary;
  canWrite: boolean;
  /** `restored` saved again as the new newest `version`. */
  onRestored: (restored: number, version: number) => void;
}) {
  const path = `/workspaces/${encodeURIComponent(model.workspaceId)}/models/${encodeURIComponent(model.id)}`;
  const [versions, setVersions] = useState<readonly VersionSummary[]>([]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [compared, setCompared] = useState<Compared | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = (await api.json<VersionListDocument>(`${path}/versions`)).versions;
      setVersions(list);
      setTo(list[0]?.version ?? null);
      setFrom(list[1]?.version ?? null);
      // A new newest version (a save, a restore) makes any comparison on screen an old one.
      setCompared(null);
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }, [api, path]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when a save moves the newest version
  useEffect(() => {
    void load();
  }, [load, model.latestVersion]);

  const restore = async (version: number) => {
    try {
      const saved = await api.json<VersionSummary>(`${path}/versions/${version}/restore`, {
        method: 'POST',
        body: { baseVersion: model.latestVersion, message: `restore version ${version}` },
      });
      onRestored(version, saved.version);
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };
  const compare = async () => {
    if (from === null || to === null) return;
    try {
      const document = await api.json<ComparisonDocument>(`${path}/compare?from=${from}&to=${to}`);
      setCompared({ from, to, comparison: document.comparison });
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <section className="card" aria-label="History">
      <h2>History</h2>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <TableScroll label="Versions">
        <table>
          <caption>Versions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Who</th>
              <th scope="col">When</th>
              <th scope="col">Message</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>{v.author}</td>
                <td>{dateTime(v.createdAt)}</td>
                <td>
                  {v.message}
                  {v.restoredFrom !== null && (
                    <span className="muted"> (restores {v.restoredFrom})</span>
                  )}
                </td>
                <td>
                  <input
                    type="radio"
                    name="compare-from"
                    aria-label={`compare from version ${v.version}`}
                    checked={from === v.version}
                    onChange={() => setFrom(v.version)}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="compare-to"
                    aria-label={`compare to version ${v.version}`}
                    checked={to === v.version}
                    onChange={() => setTo(v.version)}
                  />
                </td>
                <td>
                  {v.version !== model.latestVersion && (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={!canWrite}
                      title={canWrite ? undefined : 'Your token can only read this workspace'}
                      onClick={() => void restore(v.version)}
                    >
                      Restore
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button
        type="button"
        className="button"
        disabled={from === null || to === null || from === to}
        onClick={() => void compare()}
      >
        Compare versions {from ?? '…'} and {to ?? '…'}
      </button>
      {compared !== null && (
        <ComparisonView
          heading={`Version ${compared.from} against version ${compared.to}`}
          comparison={compared.comparison}
          current={compared.from === from && compared.to === to}
        />
      )}
    </section>
  );
}

const VERDICT_WORDS = {
  better: 'better',
  worse: 'worse',
  unchanged: 'unchanged',
  not_comparable: 'not comparable',
} as const;

function ComparisonView({
  heading,
  comparison,
  current,
}: {
  heading: string;
  comparison: Comparison;
  /** Whether the versions chosen above are still the ones compared. */
  current: boolean;
}) {
  const changed = comparison.figures.filter((f) => f.verdict !== 'unchanged');
  const s = comparison.summary;
  const figure = (value: number | string | null, unit: string) =>
    typeof value === 'number' ? inUnit(value, unit, comparison.a.currency) : (value ?? '—');
  // A layer the model cannot measure has no number and no position: "not assessed", as in
  // the scorecard.
  const level = (value: number | string | null, unit: string) => {
    if (value === null && unit === 'score') return POSITION_NAMES.not_assessed;
    if (typeof value === 'string' && unit === 'position')
      return POSITION_NAMES[value as Position] ?? value;
    return figure(value, unit);
  };
  return (
    <div className="result" data-testid="comparison">
      <h3 data-testid="comparison-heading">{heading}</h3>
      {!current && (
        <p className="notice notice--stale" role="status">
          Other versions are chosen above: compare them to replace this comparison.
        </p>
      )}
      <p>
        <strong>{s.better}</strong> figures better, <strong>{s.worse}</strong> worse, {s.unchanged}{' '}
        unchanged; {s.findingsAdded} findings added, {s.findingsResolved} resolved.
      </p>
      <TableScroll label="Figures that changed">
        <table>
          <caption>Figures that changed</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.label}</th>
                <td className="num">{level(f.a, f.unit)}</td>
                <td className="num">{level(f.b, f.unit)}</td>
                <td className="num">{figure(f.change, f.unit)}</td>
                <td>
                  <span className={`verdict verdict--${f.verdict}`}>
                    {VERDICT_WORDS[f.verdict]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <FindingsPanel findings={comparison.findings.added} title="Findings added" />
      <FindingsPanel findings={comparison.findings.resolved} title="Findings resolved" />
    </div>
  );
}
