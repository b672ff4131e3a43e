/**
 * Sensitivity off the main thread: each message is a model text, each answer its tornadoes and
 * flip points (the core's analyseSensitivity, as `mvnoscope sensitivity` runs it), tagged with
 * the request's sequence number. The run takes seconds, so it has a worker of its own and the
 * live assessment never waits for it.
 */
import { loadModel } from '../../../src/model/load/load-model.js';
import { analyseSensitivity } from '../../../src/sensitivity/sensitivity.js';
import type { SensitivityAnswer, SensitivityRequest } from './SensitivityRun.js';

self.addEventListener('message', (event: MessageEvent<SensitivityRequest>) => {
  const { seq, text } = event.data;
  const started = performance.now();
  const loaded = loadModel(text, { file: 'model.yaml' });
  const answer: SensitivityAnswer = loaded.ok
    ? {
        seq,
        result: {
          sensitivity: analyseSensitivity(loaded),
          currency: loaded.model.operator.currency,
          milliseconds: performance.now() - started,
        },
      }
    : { seq, error: 'The model has errors: fix them in the editor to see its sensitivity.' };
  self.postMessage(answer);
});
