/**
 * Worker thread entry: re-assesses patched models for the advisor. The first request a worker
 * gets carries the model's text, loaded here once, as the caller loaded it; every request then
 * names patched models, with the stress figures the run already knows that this worker has not
 * been sent, and the worker answers with their figures, in order, and the stress figures it
 * computed for them (src/run/advice-run.ts keeps the run's one cache).
 */
import {
  type AdviceSettings,
  adviceSettings,
  figuresOfPatched,
  type PatchedFigures,
  type PatchedModel,
} from '../advice/index.js';
import type { StressFigures } from '../advice/reassess.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { loadModel } from '../model/load/load-model.js';
import { serveWorker } from './worker.js';

/** Stress figures by scenario fingerprint, as the advisor's cache holds them. */
export type StressEntries = readonly (readonly [string, StressFigures])[];

export interface AdviceWorkerRequest {
  /** With the first request: the model (as JSON text) and its name, and the run's trials and seed. */
  readonly model?: {
    readonly text: string;
    readonly file: string;
    readonly trials: number;
    readonly seed: number;
  };
  readonly patched: readonly PatchedModel[];
  /** Stress figures of the run's trials and seed computed elsewhere, new to this worker. */
  readonly stress: StressEntries;
}

export interface AdviceWorkerAnswer {
  readonly figures: readonly PatchedFigures[];
  /** The stress figures this request computed, which the caller's cache does not have yet. */
  readonly computed: StressEntries;
}

let state: { loaded: LoadSuccess; settings: AdviceSettings } | undefined;

serveWorker<AdviceWorkerRequest, AdviceWorkerAnswer>((request) => {
  if (request.model !== undefined) {
    const { text, file, trials, seed } = request.model;
    const loaded = loadModel(text, { file, limits: { maxChars: text.length + 1 } });
    if (!loaded.ok) throw new Error(`the advice worker could not load ${file}`);
    state = { loaded, settings: adviceSettings({ trials, seed }) };
  }
  if (state === undefined)
    throw new Error('an advice worker needs the model with its first request');
  const { loaded, settings } = state;
  const cache = settings.stressCache;
  for (const [scenario, figures] of request.stress) cache.set(scenario, figures);
  const before = new Set(cache.keys());
  const figures = request.patched.map((patched) => figuresOfPatched(loaded, patched, settings));
  const computed = [...cache].filter(([scenario]) => !before.has(scenario));
  return { figures, computed };
});
