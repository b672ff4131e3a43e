/**
 * What the figures assume: every default and derived value the scorecard, findings and
 * lock-in rest on, as the core lists them (src/assumptions.ts) — the same list, values and
 * reasons as `mvnoscope analyze` and the report. Alike values in several places are one row.
 * "None" only when the model states everything the figures use.
 */
import type { AlikeAssumptions, AssumptionTopic } from '../../../src/assumptions.js';

const TOPIC_TITLES: Readonly<Record<AssumptionTopic, string>> = {
  model: 'Model values',
  economics: 'Lock-in economics',
  stress: 'Stress test',
  design_space: 'Design space',
};

export function AssumptionsPanel({
  assumptions,
  statedInModel,
}: {
  /** Folded by the core (alikeAssumptions), so this module needs none of its code. */
  assumptions: readonly AlikeAssumptions[];
  /** Parameters the model states, as `economics.name = value`. */
  statedInModel: readonly string[];
}) {
  const defaults = assumptions
    .filter((a) => a.basis === 'default')
    .reduce((sum, a) => sum + a.places.length, 0);
  const derived = assumptions.reduce((sum, a) => sum + a.places.length, 0) - defaults;
  const topics = (Object.keys(TOPIC_TITLES) as AssumptionTopic[]).filter((t) =>
    assumptions.some((a) => a.topic === t),
  );
  return (
    <section className="card" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">
        Assumptions <span className="muted">({summary(defaults, derived)})</span>
      </h2>
      {assumptions.length === 0 ? (
        <p className="muted">None: every value the figures rest on is in the model.</p>
      ) : (
        <p className="muted">Stating a value in the model at the path shown replaces it.</p>
      )}
      {topics.map((topic) => (
        <div key={topic} className="table-scroll">
          <table>
            <caption>{TOPIC_TITLES[topic]}</caption>
            <thead>
              <tr>
                <th scope="col">Where the model would state it</th>
                <th scope="col">Value</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {assumptions
                .filter((a) => a.topic === topic)
                .map((a) => (
                  <tr key={`${a.path}:${a.places[0] ?? ''}`}>
                    <th scope="row">
                      <code>{a.path}</code>
                      {a.places.length > 1 && (
                        <span className="muted"> in {a.places.length} places</span>
                      )}
                    </th>
                    <td className="num">{a.shown}</td>
                    <td>
                      {a.basis === 'derived' && <span className="badge">derived</span>} {a.reason}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
      {statedInModel.length > 0 && (
        <p>
          <strong>Stated in the model, not assumed:</strong> {statedInModel.join('; ')}
        </p>
      )}
    </section>
  );
}

function summary(defaults: number, derived: number): string {
  if (defaults + derived === 0) return 'none';
  const parts = [
    defaults === 0 ? 'no defaults' : `${defaults} default${defaults === 1 ? '' : 's'}`,
    ...(derived === 0 ? [] : [`${derived} derived`]),
  ];
  return parts.join(', ');
}
