/**
 * Stress test: a Monte Carlo run of the shock library on the server, with progress and
 * cancel, then the margin and loss at risk, and which shocks make the tail.
 */
import { useId, useState } from 'react';
import { counted } from '../../../src/text/index.js';
import type { ApiClient } from '../api/client.js';
import type { Distribution, SimulationJobResult } from '../api/types.js';
import { count, money, share } from '../figures.js';
import { JobProgress } from '../jobs/job-progress.js';
import { StaleNotice } from '../jobs/stale-notice.js';
import { isStale, useTextJob } from '../jobs/use-text-job.js';
import { ReadOnlyNote } from './read-only-note.js';
import { StressHistogram } from './stress-histogram.js';
import { TableScroll } from './table-scroll.js';

const MEASURES: readonly { key: keyof Distribution; label: string }[] = [
  { key: 'mean', label: 'mean' },
  { key: 'p50', label: 'median' },
  { key: 'var95', label: 'VaR 95%' },
  { key: 'es95', label: 'ES 95%' },
  { key: 'var99', label: 'VaR 99%' },
  { key: 'es99', label: 'ES 99%' },
];

export function StressPanel({
  api,
  workspaceId,
  text,
  canWrite,
}: {
  api: ApiClient;
  workspaceId: string;
  text: string;
  canWrite: boolean;
}) {
  const run = useTextJob<'simulation'>(api, workspaceId);
  const { job, error, running, start, cancel, result } = run;
  const [trials, setTrials] = useState(20_000);
  const [seed, setSeed] = useState(1);
  const [years, setYears] = useState(1);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Stress test</h2>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          void start({ kind: 'simulation', text, trials, seed, years });
        }}
      >
        <label>
          Trials
          <input
            type="number"
            min={1}
            max={2_000_000}
            value={trials}
            onChange={(e) => setTrials(e.target.valueAsNumber)}
          />
        </label>
        <label>
          Seed
          <input
            type="number"
            min={0}
            value={seed}
            onChange={(e) => setSeed(e.target.valueAsNumber)}
          />
        </label>
        <label>
          Years
          <input
            type="number"
            min={1}
            max={50}
            value={years}
            onChange={(e) => setYears(e.target.valueAsNumber)}
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={running || !canWrite}
          aria-describedby={canWrite ? undefined : `${id}-read-only`}
        >
          Run stress test
        </button>
      </form>
      {!canWrite && <ReadOnlyNote id={`${id}-read-only`} action="The stress test runs as a job" />}
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {job !== null && (
        <JobProgress job={job} label="Stress test progress" onCancel={() => void cancel()} />
      )}
      {isStale(run, text) && <StaleNotice testId="stress-stale" what="the stress test" />}
      {result !== null && <SimulationFigures result={result} />}
    </section>
  );
}

function SimulationFigures({ result }: { result: SimulationJobResult }) {
  const c = result.currency;
  return (
    <div className="result" data-testid="simulation-result">
      <p>
        {count(result.trials)} trials over {counted(result.years, 'year')}, seed {result.seed}, in{' '}
        {result.seconds.toFixed(1)} s. Margin without shocks:{' '}
        <strong>{money(result.baselineMargin, c)}</strong>.
      </p>
      <StressHistogram result={result} />
      <TableScroll label="Loss and margin at risk">
        <table>
          <caption>Loss and margin at risk</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {MEASURES.map((m) => (
                <th scope="col" key={m.key}>
                  {m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Loss</th>
              {MEASURES.map((m) => (
                <td className="num" key={m.key}>
                  {money(result.loss[m.key], c)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Margin</th>
              {MEASURES.map((m) => (
                <td className="num" key={m.key}>
                  {money(result.margin[m.key], c)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Subscribers affected</th>
              {MEASURES.map((m) => (
                <td className="num" key={m.key}>
                  {count(result.subscribersAffected[m.key])}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <h3>What makes the worst 5%</h3>
      <ul className="bars" aria-label="Share of the tail loss by shock">
        {result.tail.byShock.map((s) => (
          <li key={s.key} className="bars__row">
            <span className="bars__label">{s.key.replaceAll('_', ' ')}</span>
            <span className="bars__track">
              <span className="bars__fill" style={{ width: `${s.share * 100}%` }} />
            </span>
            <span className="bars__value">{share(s.share)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
