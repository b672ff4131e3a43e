/**
 * The HTML report of a stored model, as `mvnoscope report` makes it with its defaults (the
 * full report use case, src/run/full-report.ts). Slow work (seconds): it runs on a download
 * worker, never the request thread.
 */
import type { LoadSuccess } from '../model/load/load-model.js';
import type { Rule } from '../rules/rule.js';
import { FULL_REPORT_DEFAULTS, fullReport } from '../run/full-report.js';

/** `source` names the model in the report, e.g. "light, version 3"; `rules`: with user rules. */
export function htmlReport(
  source: string,
  loaded: LoadSuccess,
  rules?: readonly Rule[],
): Promise<string> {
  return fullReport(source, loaded, {
    format: 'html',
    ...FULL_REPORT_DEFAULTS,
    ...(rules === undefined ? {} : { rules }),
  });
}
