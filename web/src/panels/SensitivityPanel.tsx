/**
 * Sensitivity: the tornadoes and flip points of the editor's text, computed in the browser by
 * the core (on a worker of its own: a run takes seconds) while the tab is open, again after the
 * text changes and rests, and kept while the tab is hidden.
 */
import { useEffect, useRef, useState } from 'react';
import { type SensitivityResult, SensitivityRun } from '../sensitivity/SensitivityRun.js';
import { SensitivityView } from './SensitivityView.js';

/** Typing pauses this long before a new run starts. */
const REST_MS = 800;

export function SensitivityPanel({ text, active }: { text: string; active: boolean }) {
  const runner = useRef<SensitivityRun | null>(null);
  const [result, setResult] = useState<SensitivityResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [ranOn, setRanOn] = useState<string | null>(null);

  useEffect(() => () => runner.current?.stop(), []);
  useEffect(() => {
    if (!active || text === ranOn) return;
    const timer = setTimeout(() => {
      runner.current ??= new SensitivityRun();
      setRunning(true);
      void runner.current.run(text).then((answer) => {
        // null: a newer text's run overtook this one, and is under way.
        if (answer === null) return;
        setRunning(false);
        setRanOn(text);
        if ('error' in answer) setError(answer.error);
        else {
          setError(null);
          setResult(answer.result);
        }
      });
    }, REST_MS);
    return () => clearTimeout(timer);
  }, [active, text, ranOn]);

  return (
    <section className="card" aria-labelledby="sensitivity-title" aria-busy={running}>
      <h2 id="sensitivity-title">Sensitivity</h2>
      <p className="muted" role="status">
        {running
          ? 'Varying every parameter between its low and high value…'
          : result === null
            ? ''
            : `Computed in ${(result.milliseconds / 1000).toFixed(1)} s.`}
      </p>
      {error !== null && <p className="error">{error}</p>}
      {result !== null && (
        <SensitivityView sensitivity={result.sensitivity} currency={result.currency} />
      )}
    </section>
  );
}
