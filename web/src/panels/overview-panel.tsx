/**
 * Overview, the first tab: what the operator is and how it stands, on one screen. The type,
 * the five layers as a stack (who holds each, dependency against control, the position, one
 * sentence of verdict), the key figures in words, and the advisor's first moves with value,
 * cost and act-by date, and the top risks (the most severe groups of open findings, each open
 * instance with "Accept…"). The moves come from the page's one advice run (useAdviceRun): shown
 * when made for the text in the editor, marked out of date otherwise, or offered as a run.
 */
import { useId } from 'react';
import { POSITION_NAMES } from '../../../src/analysis/scorecard/position.js';
import { actByText } from '../../../src/report/document/advice-section.js';
import { withArticle } from '../../../src/rules/indefinite-article.js';
import type { LiveAssessment } from '../assessment/live-result.js';
import { money, score } from '../figures.js';
import type { TextJob } from '../jobs/use-text-job.js';
import {
  keyFigures,
  type LayerFacts,
  layerFacts,
  listed,
  nameFinder,
} from '../overview/overview-facts.js';
import type { FindingAcceptance } from './accept-finding.js';
import { ReadOnlyNote } from './read-only-note.js';
import { TopRisks } from './top-risks.js';

/** Moves the overview names; the Advice tab has them all. */
const TOP_MOVES = 3;

export function OverviewPanel({
  assessment,
  advice,
  text,
  canWrite,
  onOpenAdvice,
  accept,
  onOpenFindings,
}: {
  assessment: LiveAssessment;
  advice: TextJob<'advice'>;
  /** The editor's text, which the advice must have been made for to be current. */
  text: string;
  canWrite: boolean;
  onOpenAdvice: () => void;
  /** Accepting a finding among the top risks; none: they are shown without "Accept…". */
  accept?: FindingAcceptance;
  /** Opens the Scorecard tab's full list of findings. */
  onOpenFindings?: () => void;
}) {
  const { classification } = assessment.analysis;
  const current = advice.result !== null && advice.ranOn === text ? advice.result : null;
  const layers = layerFacts(assessment);
  const figures = keyFigures(assessment, current?.plan.doNothing.marginEs95 ?? null);
  const hosts = classification.hostNetworks;
  const nameOf = nameFinder(assessment);
  return (
    <section className="card overview" aria-labelledby="overview-title" data-testid="overview">
      <h2 id="overview-title">{assessment.operator} at a glance</h2>
      <p className="overview__type" data-testid="overview-type">
        {assessment.operator} is <strong>{withArticle(classification.name)}</strong>
        {classification.hybrid ? ' running part of its own radio access' : ''}
        {hosts.length === 0
          ? ''
          : `, carried by ${listed(hosts.map((h) => nameOf(h, 'provider')))}`}
        .
      </p>
      <dl className="key-figures" data-testid="key-figures">
        {figures.map((f) => (
          <div key={f.id} className="key-figure" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
            <dd className="key-figure__detail">{f.detail}</dd>
          </div>
        ))}
      </dl>
      <LayerStack layers={layers} />
      <MovesSummary
        advice={advice}
        current={current !== null}
        text={text}
        canWrite={canWrite}
        currency={assessment.currency}
        onOpenAdvice={onOpenAdvice}
      />
      <TopRisks
        findings={assessment.findings}
        {...(accept === undefined ? {} : { accept })}
        {...(onOpenFindings === undefined ? {} : { onOpenFindings })}
      />
    </section>
  );
}

/** The five layers as a stack, the first on top, each a block coloured by its position. */
function LayerStack({ layers }: { layers: readonly LayerFacts[] }) {
  return (
    <ol className="layer-stack" aria-label="The five layers" data-testid="layer-stack">
      {layers.map((l) => (
        <li key={l.layer} className={`layer-block layer-block--${l.position}`} data-layer={l.layer}>
          <div className="layer-block__head">
            <h3>{l.name}</h3>
            <span className={`position position--${l.position}`}>{POSITION_NAMES[l.position]}</span>
          </div>
          <div className="layer-block__body">
            <LayerBalance dependency={l.dependency} control={l.control} name={l.name} />
            <p className="layer-block__holders">
              {l.holders.length === 0 ? (
                <span className="muted">no outside group holds a part of it</span>
              ) : (
                <>
                  <span className="muted">held in part by </span>
                  {listed(l.holders)}
                </>
              )}
            </p>
          </div>
          <p className="layer-block__verdict">{l.sentence}</p>
        </li>
      ))}
    </ol>
  );
}

/** Dependency and control side by side on one 0–100 scale, with the figures in words. */
function LayerBalance({
  dependency,
  control,
  name,
}: {
  dependency: number | null;
  control: number | null;
  name: string;
}) {
  const bar = (label: string, value: number | null, tone: string) => (
    <div className="balance__row">
      <span className="balance__label">{label}</span>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot be styled alike across browsers */}
      <span
        className="balance__track"
        role="meter"
        aria-label={`${name}: ${label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-valuetext={value === null ? 'not assessed' : `${score(value)} of 100`}
      >
        <span
          className={`balance__fill balance__fill--${tone}`}
          style={{ width: `${value ?? 0}%` }}
        />
      </span>
      <span className="balance__value">{value === null ? '—' : score(value)}</span>
    </div>
  );
  return (
    <div className="balance">
      {bar('dependency', dependency, 'dependency')}
      {bar('control', control, 'control')}
    </div>
  );
}

function MovesSummary({
  advice,
  current,
  text,
  canWrite,
  currency,
  onOpenAdvice,
}: {
  advice: TextJob<'advice'>;
  current: boolean;
  text: string;
  canWrite: boolean;
  currency: string;
  onOpenAdvice: () => void;
}) {
  const id = useId();
  const result = advice.result;
  const moves = result?.moves.slice(0, TOP_MOVES) ?? [];
  const run = (
    <button
      type="button"
      className="button"
      disabled={advice.running || !canWrite}
      aria-describedby={canWrite ? undefined : `${id}-read-only`}
      onClick={() => void advice.start({ kind: 'advice', text })}
    >
      {advice.running ? 'Advising…' : result === null ? 'Run the advice' : 'Advise again'}
    </button>
  );
  return (
    <div className="overview__moves" data-testid="overview-moves">
      <h3>What to do first</h3>
      {result === null ? (
        <div className="form-row">
          {run}
          <span className="muted">
            The advisor values every move the model admits (a few seconds); its first moves, and the
            margin in a bad year, appear here.
          </span>
        </div>
      ) : (
        <>
          {!current && (
            <div
              className="notice notice--stale form-row"
              role="status"
              data-testid="overview-stale"
            >
              <span>
                <strong>Out of date, re-run:</strong> these moves were valued for an earlier text.
              </span>
              {run}
            </div>
          )}
          {moves.length === 0 ? (
            <p>The advisor found no move this model admits.</p>
          ) : (
            <table>
              <caption>The advisor’s first moves, by value net of cost</caption>
              <thead>
                <tr>
                  <th scope="col">move</th>
                  <th scope="col">value</th>
                  <th scope="col">cost</th>
                  <th scope="col">act by</th>
                </tr>
              </thead>
              <tbody>
                {moves.map((m) => (
                  <tr key={m.id} data-testid="overview-move">
                    <td>{m.title}</td>
                    <td className="num">{money(m.value.total, currency)}</td>
                    <td className="num">{money(m.value.cost, currency)}</td>
                    <td data-testid="overview-act-by">{actByText(m.actBy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="link" onClick={onOpenAdvice}>
            Every move, its figures and the plan in Advice
          </button>
        </>
      )}
      {advice.error !== null && (
        <p className="error" role="alert">
          {advice.error}
        </p>
      )}
      {!canWrite && <ReadOnlyNote id={`${id}-read-only`} action="Advice runs as a job" />}
    </div>
  );
}
