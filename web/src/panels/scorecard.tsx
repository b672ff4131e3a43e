/**
 * The five-layer scorecard: each layer's dependency and control indices as bars on the same
 * 0–100 scale, its position in words, and the two forces that cut across the layers.
 */
import type { IndexScore } from '../../../src/analysis/scorecard/factor.js';
import { POSITION_NAMES } from '../../../src/analysis/scorecard/position.js';
import type { Scorecard } from '../../../src/analysis/scorecard/scorecard.js';
import { score } from '../figures.js';

function IndexBar({
  label,
  short,
  index,
  tone,
}: {
  label: string;
  short: string;
  index: IndexScore;
  tone: string;
}) {
  const value = index.score;
  const explanation = index.factors
    .filter((f) => f.value !== null)
    .map((f) => `${f.title}: ${f.explanation}`)
    .join('\n');
  return (
    <div className="index-bar" title={explanation}>
      <span className="index-bar__label">{short}</span>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot be styled alike across browsers */}
      <div
        className="index-bar__track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-valuetext={value === null ? 'not assessed' : `${score(value)} of 100`}
      >
        <div
          className={`index-bar__fill index-bar__fill--${tone}`}
          style={{ width: `${value ?? 0}%` }}
        />
      </div>
      <span className="index-bar__value">{value === null ? 'not assessed' : score(value)}</span>
    </div>
  );
}

export function ScorecardPanel({ scorecard }: { scorecard: Scorecard }) {
  const ai = scorecard.aiAmplification;
  return (
    <section className="card" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">Five-layer scorecard</h2>
      <ul className="scorecard" aria-label="Layers">
        {scorecard.layers.map((layer) => (
          <li key={layer.layer} className="scorecard__layer" data-layer={layer.layer}>
            <div className="scorecard__head">
              <h3>{layer.title}</h3>
              <span className={`position position--${layer.position}`}>
                {POSITION_NAMES[layer.position]}
              </span>
            </div>
            <IndexBar
              label={`${layer.title}: dependency`}
              short="dependency"
              index={layer.dependency}
              tone="dependency"
            />
            <IndexBar
              label={`${layer.title}: control`}
              short="control"
              index={layer.control}
              tone="control"
            />
          </li>
        ))}
      </ul>
      <div className="scorecard__cross">
        <IndexBar
          label="Security exposure"
          short="security"
          index={scorecard.securityExposure}
          tone="dependency"
        />
        <p className="muted">
          AI amplification: dependency {score(ai.dependency)}, leverage {score(ai.leverage)}.{' '}
          {ai.explanation}
        </p>
      </div>
    </section>
  );
}
