/**
 * Worker thread entry: re-assesses patched models for the advisor. The first request a worker
 * gets carries the model's text, loaded here once, as the caller loaded it; every request then
 * names patched models, and the worker answers with their figures, in order.
 */
import {
  type AdviceSettings,
  adviceSettings,
  figuresOfPatched,
  type PatchedFigures,
  type PatchedModel,
} from '../advice/index.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { loadModel } from '../model/load/load-model.js';
import { serveWorker } from './worker.js';

export interface AdviceWorkerRequest {
  /** With the first request: the model (as JSON text) and its name, and the run's trials and seed. */
  readonly model?: {
    readonly text: string;
    readonly file: string;
    readonly trials: number;
    readonly seed: number;
  };
  readonly patched: readonly PatchedModel[];
}

let state: { loaded: LoadSuccess; settings: AdviceSettings } | undefined;

serveWorker<AdviceWorkerRequest, readonly PatchedFigures[]>((request) => {
  if (request.model !== undefined) {
    const { text, file, trials, seed } = request.model;
    const loaded = loadModel(text, { file, limits: { maxChars: text.length + 1 } });
    if (!loaded.ok) throw new Error(`the advice worker could not load ${file}`);
    state = { loaded, settings: adviceSettings({ trials, seed }) };
  }
  if (state === undefined)
    throw new Error('an advice worker needs the model with its first request');
  const { loaded, settings } = state;
  return request.patched.map((patched) => figuresOfPatched(loaded, patched, settings));
});
