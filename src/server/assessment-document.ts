/**
 * The analysis of one model as the API returns it: the document of `mvnoscope analyze --json`
 * (structure, scorecard, failure, concentration, costs, with positions in the model text), the
 * findings, and lock-in with its month-by-month curves for the charts.
 */
import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { type Assessment, assessModel } from '../assessment.js';
import { analysisJson } from '../cli/format/analysis-json.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { DiagnosticSchema, diagnosticJson } from './diagnostics-json.js';

/** Its fields are those of `mvnoscope analyze --json` (docs/analyze-json.md), plus full lock-in. */
export const AssessmentSchema = z
  .object({
    schemaVersion: z.number().int(),
    classification: z.unknown(),
    scorecard: z.unknown(),
    failure: z.unknown(),
    concentration: z.unknown(),
    costs: z.unknown(),
    findings: z.unknown().openapi({ description: 'The findings, with evidence positions' }),
    lockin: z.unknown().openapi({ description: 'Exit cost and time per dependency, with curves' }),
    warnings: z.array(DiagnosticSchema),
  })
  .openapi('Assessment');

export type AssessmentJson = z.infer<typeof AssessmentSchema>;

/**
 * An analysis already serialised (by the analysis cache) as the route's 200 response. The text
 * is the JSON of an AssessmentJson; only its type has to be restated for Hono's typed routes.
 */
export function assessmentResponse(c: Context, json: string) {
  return c.body(json, 200, {
    'content-type': 'application/json; charset=UTF-8',
  }) as unknown as TypedResponse<JSONParsed<AssessmentJson>, 200, 'json'>;
}

export function assessmentDocument(
  loaded: LoadSuccess,
  assessment: Assessment = assessModel(loaded),
): AssessmentJson {
  const { analysis, run, lockin, positionOf } = assessment;
  const document = {
    ...analysisJson(loaded.file, loaded.model, analysis, loaded.diagnostics, positionOf, lockin),
    // The loader's warnings in the same flat shape as the API's validation diagnostics.
    warnings: loaded.diagnostics.map(diagnosticJson),
    findings: run.findings,
    unusedAcceptances: run.unusedAcceptances.map((a) => a.finding),
    lockin,
  };
  // Plain JSON data; Hono's response typing only rejects the core's readonly arrays.
  return document as AssessmentJson;
}
