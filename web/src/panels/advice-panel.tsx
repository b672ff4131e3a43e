/**
 * Advice: the advisor (src/advice) run on the server as a job on the model's text — the moves
 * ranked by value net of cost, each with what it changes (control and dependency per layer,
 * exit costs, ES 95% of margin, findings) and the date to act by, the recommended plan as a
 * roadmap, and doing nothing beside it. A move's "Save as new version" applies its patch to
 * the text the advice was made for and saves it, so History's compare shows before and after.
 */
import { useId, useState } from 'react';
import { actByText } from '../../../src/report/document/advice-section.js';
import { patchedText } from '../advice/apply-move.js';
import { type ApiClient, failureMessage } from '../api/client.js';
import type {
  AdviceJobResult,
  Change,
  ModelWithVersion,
  MoveDeltas,
  ValuedMove,
} from '../api/types.js';
import { count, money, score } from '../figures.js';
import { JobProgress } from '../jobs/job-progress.js';
import { type TextJob, useTextJob } from '../jobs/use-text-job.js';
import { ReadOnlyNote } from './read-only-note.js';

/** Moves listed at first; the rest behind "Show all". */
const TOP = 5;

/** The advice run of one model's page: the workspace holds it, so the overview shares it. */
export function useAdviceRun(api: ApiClient, workspaceId: string): TextJob<'advice'> {
  return useTextJob<'advice'>(api, workspaceId);
}

export function AdvicePanel({
  api,
  run,
  text,
  versionsPath,
  baseVersion,
  canWrite,
  onSaved,
}: {
  api: ApiClient;
  /** The advice job and the text it ran on (useAdviceRun). */
  run: TextJob<'advice'>;
  /** The editor's text: the advice is made for it, and goes out of date when it changes. */
  text: string;
  /** `/workspaces/…/models/…/versions`, where a patched model is saved. */
  versionsPath: string;
  /** The version a save builds on (the model's newest). */
  baseVersion: number;
  canWrite: boolean;
  onSaved: (version: ModelWithVersion['version']) => void;
}) {
  const { job, error, running, start, cancel, result, ranOn: advised } = run;
  const [all, setAll] = useState(false);
  const [saving, setSaving] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const id = useId();
  const stale = result !== null && advised !== text;

  const save = async (move: ValuedMove) => {
    if (advised === null) return;
    setSaveError(null);
    const patched = patchedText(advised, move.patch);
    if (!patched.ok) {
      setSaveError(`${move.title}: ${patched.problem}`);
      return;
    }
    setSaving(move.id);
    try {
      const version = await api.json<ModelWithVersion['version']>(versionsPath, {
        method: 'POST',
        body: { text: patched.text, message: `Advice: ${move.title} (${move.id})`, baseVersion },
      });
      onSaved(version);
    } catch (failure) {
      setSaveError(failureMessage(failure));
    } finally {
      setSaving(null);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="advice-panel">
      <h2 id={`${id}-title`}>Advice</h2>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          setAll(false);
          void start({ kind: 'advice', text });
        }}
      >
        <button
          type="submit"
          className="button"
          disabled={running || !canWrite}
          aria-describedby={canWrite ? undefined : `${id}-read-only`}
        >
          {result === null ? 'Advise' : 'Advise again'}
        </button>
        <span className="muted">
          Every move the model admits is applied and the whole model re-assessed: a few seconds.
        </span>
      </form>
      {!canWrite && <ReadOnlyNote id={`${id}-read-only`} action="Advice runs as a job" />}
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {job !== null && (
        <JobProgress job={job} label="Advice progress" onCancel={() => void cancel()} />
      )}
      {stale && (
        <p className="notice notice--stale" role="status" data-testid="advice-stale">
          <strong>Out of date, re-run:</strong> the text has changed since this advice was made.
          Advise again before saving a move.
        </p>
      )}
      {saveError !== null && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      {result !== null && (
        <AdviceView
          result={result}
          shown={all ? result.moves : result.moves.slice(0, TOP)}
          onShowAll={result.moves.length > TOP && !all ? () => setAll(true) : undefined}
          canSave={canWrite && !stale && saving === null}
          saving={saving}
          onSave={(move) => void save(move)}
        />
      )}
    </section>
  );
}

function AdviceView({
  result,
  shown,
  onShowAll,
  canSave,
  saving,
  onSave,
}: {
  result: AdviceJobResult;
  shown: readonly ValuedMove[];
  onShowAll: (() => void) | undefined;
  canSave: boolean;
  saving: string | null;
  onSave: (move: ValuedMove) => void;
}) {
  const c = result.currency;
  const worth = result.moves.filter((m) => m.value.net > 0).length;
  return (
    <div className="result" data-testid="advice-result">
      <p>
        {count(result.moves.length)} {result.moves.length === 1 ? 'move' : 'moves'} valued,{' '}
        {count(worth)} worth more than {worth === 1 ? 'it costs' : 'they cost'} (
        {count(result.stress.trials)} trials a run, seed {result.stress.seed},{' '}
        {result.seconds.toFixed(1)} s).
      </p>
      <ol className="moves">
        {shown.map((move) => (
          <li key={move.id} data-testid="advice-move">
            <MoveCard
              move={move}
              currency={c}
              canSave={canSave}
              saving={saving === move.id}
              onSave={() => onSave(move)}
            />
          </li>
        ))}
      </ol>
      {onShowAll !== undefined && (
        <button type="button" className="button button--quiet" onClick={onShowAll}>
          Show all {count(result.moves.length)} moves
        </button>
      )}
      {result.unvalued.length > 0 && (
        <p className="muted">
          Not valued: {result.unvalued.map((u) => `${u.id} (${u.problem})`).join('; ')}.
        </p>
      )}
      <PlanView result={result} />
    </div>
  );
}

function MoveCard({
  move,
  currency,
  canSave,
  saving,
  onSave,
}: {
  move: ValuedMove;
  currency: string;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
}) {
  const v = move.value;
  return (
    <article className="move">
      <h3>{move.title}</h3>
      <p className="muted">{move.reason}</p>
      <dl className="figures">
        <dt>Value</dt>
        <dd>{money(v.total, currency)}</dd>
        <dt>Cost</dt>
        <dd>{money(v.cost, currency)}</dd>
        <dt>Net</dt>
        <dd className={v.net > 0 ? 'ok' : 'warn'}>{money(v.net, currency)}</dd>
        <dt>Act by</dt>
        <dd data-testid="advice-act-by">{actByText(move.actBy)}</dd>
      </dl>
      <p className="muted">
        Value: leverage {money(v.leverageValue, currency)} + option{' '}
        {money(v.optionValueGain, currency)} + tail loss avoided{' '}
        {money(v.tailLossAvoided, currency)}. Cost: {move.cost.explanation}. Act by:{' '}
        {move.actBy.explanation}.
      </p>
      <Deltas deltas={move.deltas} currency={currency} />
      <button
        type="button"
        className="button"
        disabled={!canSave}
        onClick={onSave}
        data-testid="advice-save"
      >
        {saving ? 'Saving…' : 'Save as new version'}
      </button>
    </article>
  );
}

const arrow = <T,>(change: Change<T>, show: (value: T) => string) =>
  `${show(change.before)} → ${show(change.after)}`;

const moved = <T,>(change: Change<T>) => !Object.is(change.before, change.after);

function Deltas({ deltas, currency }: { deltas: MoveDeltas; currency: string }) {
  const layers = deltas.layers.filter((l) => moved(l.control) || moved(l.dependency));
  const cost = (value: number | null) => (value === null ? 'none' : money(value, currency));
  return (
    <div className="deltas" data-testid="advice-deltas">
      {layers.length === 0 ? (
        <p className="muted">No layer’s control or dependency changes.</p>
      ) : (
        <table>
          <caption>Layers</caption>
          <thead>
            <tr>
              <th scope="col">layer</th>
              <th scope="col">control</th>
              <th scope="col">dependency</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l) => (
              <tr key={l.layer}>
                <td>{l.layer}</td>
                <td>{arrow(l.control, score)}</td>
                <td>{arrow(l.dependency, score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deltas.dependencies.length > 0 && (
        <table>
          <caption>Dependencies</caption>
          <thead>
            <tr>
              <th scope="col">provider</th>
              <th scope="col">exit cost</th>
              <th scope="col">leverage a year</th>
            </tr>
          </thead>
          <tbody>
            {deltas.dependencies.map((d) => (
              <tr key={d.provider}>
                <td>{d.provider}</td>
                <td>{arrow(d.exitCost, cost)}</td>
                <td>{arrow(d.leveragePerYear, cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Margin, ES 95% of a year: {arrow(deltas.stress.marginEs95, (x) => money(x, currency))}.
        {deltas.findingsResolved.length > 0 && ` Resolves ${deltas.findingsResolved.join(', ')}.`}
        {deltas.findingsAdded.length > 0 && ` Adds ${deltas.findingsAdded.join(', ')}.`}
      </p>
    </div>
  );
}

function PlanView({ result }: { result: AdviceJobResult }) {
  const c = result.currency;
  const { recommended, doNothing } = result.plan;
  const last = <T,>(list: readonly T[]) => list[list.length - 1];
  const figures = recommended?.reassessed ?? null;
  return (
    <div className="plan" data-testid="advice-plan">
      <h3>The recommended plan</h3>
      {recommended === null ? (
        <p>No plan is recommended: no move has value to the operator.</p>
      ) : (
        <>
          {figures !== null && (
            <p>
              Worth {money(figures.total, c)} for {money(figures.cost, c)}, net{' '}
              {money(figures.net, c)}, re-assessed with every move of the plan together.
            </p>
          )}
          <table>
            <caption>Roadmap</caption>
            <thead>
              <tr>
                <th scope="col">start</th>
                <th scope="col">done</th>
                <th scope="col">move</th>
              </tr>
            </thead>
            <tbody>
              {recommended.roadmap.map((s) => (
                <tr key={s.move}>
                  <td>{s.start}</td>
                  <td>{s.done}</td>
                  <td>
                    {s.title}
                    <br />
                    <span className="muted">{s.why}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <table>
        <caption>Doing nothing{recommended?.after == null ? '' : ' beside the plan'}</caption>
        <thead>
          <tr>
            <th scope="col">figure</th>
            <th scope="col">do nothing</th>
            {recommended?.after != null && <th scope="col">with the plan</th>}
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>exit cost on {last(doNothing.exitCost)?.date ?? result.asOf}</td>
            <td>{money(last(doNothing.exitCost)?.cost ?? 0, c)}</td>
            {recommended?.after != null && (
              <td>{money(last(recommended.after.exitCost)?.cost ?? 0, c)}</td>
            )}
          </tr>
          <tr>
            <td>leverage a year</td>
            <td>{money(doNothing.leveragePerYear, c)}</td>
            {recommended?.after != null && <td>{money(recommended.after.leveragePerYear, c)}</td>}
          </tr>
          <tr>
            <td>margin, ES 95% of a year</td>
            <td>{money(doNothing.marginEs95, c)}</td>
            {recommended?.after != null && <td>{money(recommended.after.marginEs95, c)}</td>}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
