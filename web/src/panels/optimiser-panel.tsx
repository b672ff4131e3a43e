/**
 * The optimiser: pick the objectives, solve the design space on the server, and read the
 * exact Pareto front beside the locally optimised path; inspect any design's choices.
 */
import { useId, useState } from 'react';
import { OBJECTIVES, type Objective } from '../../../src/model/objectives.js';
import type { ApiClient } from '../api/client.js';
import type { Design, OptimizationJobResult } from '../api/types.js';
import { inUnit } from '../figures.js';
import { JobProgress } from '../jobs/job-progress.js';
import { StaleNotice } from '../jobs/stale-notice.js';
import { isStale, useTextJob } from '../jobs/use-text-job.js';
import { ParetoChart } from './pareto-chart.js';
import { ReadOnlyNote } from './read-only-note.js';
import { TableScroll } from './table-scroll.js';

export function OptimiserPanel({
  api,
  workspaceId,
  text,
  hasDesignSpace,
  canWrite,
}: {
  api: ApiClient;
  workspaceId: string;
  text: string;
  hasDesignSpace: boolean;
  canWrite: boolean;
}) {
  const run = useTextJob<'optimization'>(api, workspaceId);
  const { job, error, running, start, cancel, result } = run;
  const [objectives, setObjectives] = useState<Objective[]>(['cost', 'lockin']);
  const [selected, setSelected] = useState<number | null>(null);
  const id = useId();
  const toggle = (objective: Objective, on: boolean) =>
    setObjectives((list) => (on ? [...list, objective] : list.filter((o) => o !== objective)));
  const valid = objectives.length >= 2 && objectives.length <= 4;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Optimiser</h2>
      {!hasDesignSpace && (
        <p className="notice">
          This model has no design_space: add open decisions and their options to optimise it.
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSelected(null);
          void start({ kind: 'optimization', text, objectives });
        }}
      >
        <fieldset className="form-row">
          <legend>Objectives (two to four)</legend>
          {OBJECTIVES.map((objective) => (
            <label key={objective} className="check">
              <input
                type="checkbox"
                checked={objectives.includes(objective)}
                onChange={(e) => toggle(objective, e.target.checked)}
              />
              {objective.replaceAll('_', ' ')}
            </label>
          ))}
          <button
            type="submit"
            className="button"
            disabled={running || !valid || !hasDesignSpace || !canWrite}
            aria-describedby={canWrite ? undefined : `${id}-read-only`}
          >
            Find the front
          </button>
        </fieldset>
      </form>
      {!canWrite && <ReadOnlyNote id={`${id}-read-only`} action="The optimiser runs as a job" />}
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {job !== null && (
        <JobProgress job={job} label="Optimiser progress" onCancel={() => void cancel()} />
      )}
      {isStale(run, text) && <StaleNotice testId="optimiser-stale" what="the optimiser" />}
      {result !== null && <FrontView result={result} selected={selected} onSelect={setSelected} />}
    </section>
  );
}

function FrontView({
  result,
  selected,
  onSelect,
}: {
  result: OptimizationJobResult;
  selected: number | null;
  onSelect: (index: number | null) => void;
}) {
  const [x = 'cost', y = 'lockin'] = result.objectives;
  const local = result.local.feasible ? result.local : undefined;
  const chosen = selected === null ? undefined : result.front[selected];
  const c = result.currency;
  return (
    <div className="result" data-testid="optimisation-result">
      <p>
        {result.front.length} designs on the front out of {result.designs} ({result.method},{' '}
        {result.complete ? 'complete' : 'stopped early'}, {result.seconds.toFixed(1)} s).{' '}
        {local === undefined
          ? 'The step-by-step path finds no feasible design.'
          : local.onFront
            ? 'The locally optimised path is on the front.'
            : `The locally optimised path is dominated: the best front design gains ${Object.entries(
                local.bestGain,
              )
                .map(([k, v]) => `${inUnit(v, k, c)} of ${k}`)
                .join(', ')}.`}
      </p>
      <ParetoChart
        front={result.front}
        local={local?.design}
        knee={kneeOf(result)}
        x={x}
        y={y}
        currency={c}
        selected={selected}
        onSelect={onSelect}
      />
      <TableScroll label="Designs on the front">
        <table>
          <caption>Designs on the front</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {result.objectives.map((o) => (
                <th scope="col" key={o}>
                  {o}
                </th>
              ))}
              <th scope="col">Choices</th>
            </tr>
          </thead>
          <tbody>
            {result.front.map((design, index) => (
              <tr
                key={design.choices.map((ch) => ch.option).join('+')}
                aria-selected={selected === index}
              >
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(index)}>
                    Design {index + 1}
                  </button>
                </th>
                {result.objectives.map((o) => (
                  <td className="num" key={o}>
                    {inUnit(design.values[o] ?? 0, o, c)}
                  </td>
                ))}
                <td>{design.choices.map((ch) => ch.option).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {chosen !== undefined && <DesignDetail design={chosen} local={local?.design} />}
    </div>
  );
}

function DesignDetail({ design, local }: { design: Design; local: Design | undefined }) {
  return (
    <section className="inspect" aria-label="Selected design">
      <h3>Selected design</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Decision</th>
            <th scope="col">This design</th>
            <th scope="col">Locally optimised</th>
          </tr>
        </thead>
        <tbody>
          {design.choices.map((choice) => {
            const greedy = local?.choices.find((l) => l.decision === choice.decision)?.option;
            return (
              <tr
                key={choice.decision}
                className={greedy !== choice.option ? 'changed' : undefined}
              >
                <th scope="row">{choice.decision}</th>
                <td>{choice.option}</td>
                <td>{greedy ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The index of the front's knee, if it has one. */
function kneeOf(result: OptimizationJobResult): number | undefined {
  const index = result.front.findIndex((d) => d.knee);
  return index < 0 ? undefined : index;
}
