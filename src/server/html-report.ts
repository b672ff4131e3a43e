/**
 * The HTML report of a stored model, as `mvnoscope report` makes it with its defaults: the
 * stress test with the report's seed and trials, the design-space front of cost against
 * lock-in (on the optimiser's own thread, under a time limit), every chart and the dependency
 * diagram inline. Slow work (seconds): it runs on a download worker, never the request thread.
 */
import { assessModel } from '../assessment.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { buildReport } from '../report/document/build-report.js';
import {
  REPORT_FRONT_OBJECTIVES,
  REPORT_FRONT_SECONDS,
  REPORT_SEED,
  REPORT_TRIALS,
  reportStress,
} from '../report/document/report-inputs.js';
import { reportHtml } from '../report/html/report-html.js';
import { designSpaceRun } from '../run/optimize-run.js';
import { analyseSensitivity } from '../sensitivity/sensitivity.js';
import { VERSION } from '../version.js';

/** `source` names the model in the report, e.g. "light, version 3". */
export async function htmlReport(source: string, loaded: LoadSuccess): Promise<string> {
  const assessment = assessModel(loaded);
  const front = designSpaceRun(loaded, REPORT_FRONT_OBJECTIVES, REPORT_FRONT_SECONDS);
  // Awaited below; handled now, so a failing solver is the download's error, not an unhandled one.
  front.catch(() => undefined);
  const stress = reportStress(loaded, assessment, { trials: REPORT_TRIALS, seed: REPORT_SEED });
  const designSpace = await front;
  const document = buildReport({
    file: source,
    loaded,
    assessment,
    stress,
    sensitivity: analyseSensitivity(loaded, { seed: REPORT_SEED }),
    ...(designSpace === undefined ? {} : { designSpace }),
  });
  return reportHtml(document, { generator: `mvnoscope ${VERSION}` });
}
