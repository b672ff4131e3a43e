/**
 * The analysis of one model made into the API's assessment document (src/api/assessment.ts):
 * the document of `mvnoscope analyze --json` (structure, scorecard, failure, concentration,
 * costs, with positions in the model text), the findings, and lock-in with its month-by-month
 * curves for the charts.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AssessmentDocument } from '../api/assessment.js';
import { type Assessment, assessModel } from '../assessment.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { analysisJson } from '../report/json/analysis-json.js';
import { diagnosticJson } from './diagnostics-json.js';

/**
 * An analysis already serialised (by the analysis cache) as the route's 200 response. The text
 * is the JSON of an AssessmentDocument; only its type has to be restated for Hono's typed routes.
 */
export function assessmentResponse(c: Context, json: string) {
  return c.body(json, 200, {
    'content-type': 'application/json; charset=UTF-8',
  }) as unknown as TypedResponse<JSONParsed<AssessmentDocument>, 200, 'json'>;
}

export function assessmentDocument(
  loaded: LoadSuccess,
  assessment: Assessment = assessModel(loaded),
): AssessmentDocument {
  const { analysis, run, lockin, positionOf } = assessment;
  return {
    ...analysisJson(loaded.file, loaded.model, analysis, loaded.diagnostics, positionOf, lockin),
    // The loader's warnings in the same flat shape as the API's validation diagnostics.
    warnings: loaded.diagnostics.map(diagnosticJson),
    findings: run.findings,
    unusedAcceptances: run.unusedAcceptances.map((a) => a.finding),
    lockin,
    ruleProblems: [...run.evaluationProblems],
  };
}
