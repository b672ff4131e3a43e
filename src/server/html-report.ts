/**
 * The HTML report of a stored model, as `mvnoscope report` makes it with its defaults: the
 * stress test with the report's seed and trials, the design-space front of cost against
 * lock-in (on the optimiser's own thread, under a time limit), every chart and the dependency
 * diagram inline. Slow work (seconds): it runs on a download worker, never the request thread.
 */
import { assessModel } from '../assessment.js';
import { frontOnWorker } from '../cli/optimize-run.js';
import { VERSION } from '../cli/version.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { compileSpace } from '../optimize/design-space.js';
import { designCount } from '../optimize/enumerate.js';
import { reportFront } from '../optimize/front-report.js';
import { localPath } from '../optimize/local-path.js';
import { buildReport } from '../report/document/build-report.js';
import {
  type DesignSpaceRun,
  REPORT_SEED,
  REPORT_TRIALS,
  reportStress,
} from '../report/document/report-inputs.js';
import { reportHtml } from '../report/html/report-html.js';

const FRONT_OBJECTIVES = ['cost', 'lockin'] as const;
/** The report command's default: points found before it are shown, marked incomplete. */
const FRONT_TIME_LIMIT_SECONDS = 10;

/** `source` names the model in the report, e.g. "light, version 3". */
export async function htmlReport(source: string, loaded: LoadSuccess): Promise<string> {
  const assessment = assessModel(loaded);
  const front = designSpaceRun(loaded);
  // Awaited below; handled now, so a failing solver is the download's error, not an unhandled one.
  front.catch(() => undefined);
  const stress = reportStress(loaded, assessment, { trials: REPORT_TRIALS, seed: REPORT_SEED });
  const designSpace = await front;
  const document = buildReport({
    file: source,
    loaded,
    assessment,
    stress,
    ...(designSpace === undefined ? {} : { designSpace }),
  });
  return reportHtml(document, { generator: `mvnoscope ${VERSION}` });
}

async function designSpaceRun(loaded: LoadSuccess): Promise<DesignSpaceRun | undefined> {
  const { model } = loaded;
  if (model.design_space === undefined) return undefined;
  const space = compileSpace(model.design_space, {
    horizonMonths: model.operator.horizon_months,
    discountRate: model.operator.discount_rate,
  });
  const run = await frontOnWorker(space, FRONT_OBJECTIVES, {
    timeLimitSeconds: FRONT_TIME_LIMIT_SECONDS,
  });
  return {
    report: reportFront(space, FRONT_OBJECTIVES, run.entries, localPath(space)),
    objectives: FRONT_OBJECTIVES,
    designs: designCount(space),
    complete: run.complete,
    timeLimitSeconds: FRONT_TIME_LIMIT_SECONDS,
    method: run.method,
    nodes: run.nodes,
    solves: run.solves,
  };
}
