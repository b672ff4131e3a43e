/**
 * The JSON of `mvnoscope sensitivity`: the header every document carries, then every figure
 * with every bar (each end's parameter value and figure value), the flip points and the ranges.
 * Where a parameter is pinned in the model (`target`) is an internal detail and left out; its
 * `path` says where it is written.
 */
import type { ResolvedModel } from '../../model/resolved-model.js';
import { jsonHeader } from '../../report/json/json-header.js';
import type { Sensitivity } from '../../sensitivity/sensitivity.js';

export function sensitivityJson(
  file: string,
  model: ResolvedModel,
  sensitivity: Sensitivity,
  seconds: number,
): string {
  return JSON.stringify(
    {
      ...jsonHeader(),
      file,
      currency: model.operator.currency,
      seconds,
      ...sensitivity,
      parameters: sensitivity.parameters.map(({ target: _target, ...p }) => p),
    },
    null,
    2,
  );
}
