/**
 * The JSON document of `mvnoscope analyze --json`. Its shape is versioned by `schemaVersion`
 * and documented in docs/analyze-json.md; evidence carries positions in the model file.
 */
import type { StructuralAnalysis } from '../../analysis/analyse.js';
import type { IndexScore } from '../../analysis/scorecard/factor.js';
import type { Assessment } from '../../assessment.js';
import { statedAssumptions } from '../../assumptions.js';
import type { Lockin } from '../../economics/lockin.js';
import {
  type Diagnostic,
  formatPath,
  type ModelPath,
  type SourcePosition,
} from '../../model/load/diagnostic.js';
import type { LoadSuccess } from '../../model/load/load-model.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Finding } from '../../rules/finding.js';
import { jsonHeader } from './json-header.js';

/** The whole document: the analysis, the findings, and lock-in without its monthly curves. */
export function analyzeJson(file: string, loaded: LoadSuccess, assessment: Assessment) {
  const { analysis, run, lockin, positionOf } = assessment;
  return {
    ...analysisJson(file, loaded.model, analysis, loaded.diagnostics, positionOf, lockin),
    findings: run.findings.map(findingJson),
    unusedAcceptances: run.unusedAcceptances.map((a) => a.finding),
    lockin: lockinSummary(lockin),
  };
}

/**
 * The analysis part, shared with the API's assessment document (src/api/assessment.ts):
 * structure, scorecard, failure, concentration and costs with positions in the model text.
 */
export function analysisJson(
  file: string,
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  warnings: readonly Diagnostic[],
  positionOf: (path: ModelPath) => SourcePosition,
  lockin: Pick<Lockin, 'parameters'>,
) {
  const evidence = (paths: readonly ModelPath[]) =>
    paths.map((path) => ({ path: formatPath(path), ...positionOf(path) }));
  const index = (score: IndexScore) => ({
    score: score.score,
    factors: score.factors.map((f) => ({ ...f, evidence: evidence(f.evidence) })),
  });
  const { costs, scorecard } = analysis;
  return {
    ...jsonHeader(),
    file,
    operator: {
      id: model.operator.id,
      name: model.operator.name,
      country: model.operator.country,
      currency: model.operator.currency,
      subscribers: model.operator.subscribers,
      asOf: model.operator.as_of,
    },
    classification: analysis.classification,
    scorecard: {
      layers: scorecard.layers.map((l) => ({
        ...l,
        dependency: index(l.dependency),
        control: index(l.control),
      })),
      aiAmplification: {
        ...scorecard.aiAmplification,
        evidence: evidence(scorecard.aiAmplification.evidence),
      },
      securityExposure: index(scorecard.securityExposure),
    },
    failure: analysis.failure,
    concentration: analysis.concentration,
    costs: {
      totalMonthly: costs.totalMonthly,
      revenueMonthly: costs.revenueMonthly,
      marginMonthly: costs.marginMonthly,
      floatingMonthly: costs.floatingMonthly,
      lines: costs.lines,
      byProvider: Object.fromEntries(costs.byProvider),
    },
    graph: analysis.graph,
    // Every default and derived value any figure used: the loader's and the lock-in parameters'.
    assumptions: statedAssumptions({ model, assumptions: analysis.assumptions, lockin }),
    warnings,
  };
}

/**
 * A finding as the analysis JSON (schema version 1) writes it: without its `elements`, which
 * the id already spells out; the schema gains them only with a new version.
 */
export function findingJson(finding: Finding): Omit<Finding, 'elements'> {
  const { elements: _elements, ...written } = finding;
  return written;
}

/** Lock-in without the month-by-month curves (`mvnoscope lockin` has them). */
function lockinSummary(lockin: Lockin) {
  return {
    ...lockin,
    dependencies: lockin.dependencies.map(({ curve, ...rest }) => ({
      ...rest,
      costAtHorizon: curve.at(-1)?.cost ?? rest.today.cost,
    })),
  };
}
