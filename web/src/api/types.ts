/**
 * The API's documents as the web app reads them: every type is the contract's own (src/api),
 * so a document changed there changes here, and the app's typecheck finds every reader it
 * breaks. Nothing is restated.
 */
export type { AcceptanceRequest } from '../../../src/api/acceptances.js';
export type {
  ActBy,
  AdviceJobResult,
  Change,
  DependencyChange,
  LayerChange,
  MoveDeltas,
  PatchOp,
  RoadmapStep,
  ValuedMove,
} from '../../../src/api/advice.js';
export type { ComparisonDocument } from '../../../src/api/comparison.js';
export type { DiagnosticDocument } from '../../../src/api/diagnostics.js';
export type { ErrorBody } from '../../../src/api/errors.js';
export type { Job, JobKind, JobOf, JobRequestBody } from '../../../src/api/jobs.js';
export type { ModelListDocument, ModelSummary, ModelWithVersion } from '../../../src/api/models.js';
export type {
  OptimizationJobResult,
  ReportedDesign as Design,
} from '../../../src/api/optimization.js';
export type { WorkspaceRulesDocument } from '../../../src/api/rules.js';
export type { SimulationJobResult } from '../../../src/api/simulation.js';
export type {
  VersionDocument,
  VersionListDocument,
  VersionSummary,
} from '../../../src/api/versions.js';
export type { Me } from '../../../src/api/workspaces.js';
// Parts of documents that are core types, named for the panels that show them.
export type { Comparison } from '../../../src/compare/compare-assessments.js';
export type { Distribution } from '../../../src/stress/simulation.js';
