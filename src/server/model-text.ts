/** Model text arriving in a request, loaded by the core loader or refused with its diagnostics. */

import { ApiError } from '../api/errors.js';
import { type LoadSuccess, loadModel } from '../model/load/load-model.js';
import { diagnosticJson } from './diagnostics-json.js';
import { MAX_MODEL_CHARS } from './limits.js';

/** The loaded model; 422 `invalid_model` with every diagnostic (line and column) otherwise. */
export function loadOrReject(text: string, file: string): LoadSuccess {
  const loaded = loadModel(text, { file, limits: { maxChars: MAX_MODEL_CHARS } });
  if (loaded.ok) return loaded;
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  const where =
    first === undefined ? '' : ` (first at line ${first.position.line}: ${first.message})`;
  throw new ApiError(
    422,
    'invalid_model',
    `the model is invalid: ${errors.length} error${errors.length === 1 ? '' : 's'}${where}`,
    { diagnostics: loaded.diagnostics.map(diagnosticJson) },
  );
}
