/**
 * The analysis of one model as the API returns it: the document of `mvnoscope analyze --json`
 * (docs/analyze-json.md: structure, scorecard, failure, concentration, costs, with positions in
 * the model text), the findings, and lock-in with its month-by-month curves.
 *
 * The parts taken unchanged from the core are the core's own types; the parts reshaped for
 * JSON (model paths turned into positions, a map turned into an object) are written as
 * mappings of the core types, so they follow the core too.
 */
import { z } from '@hono/zod-openapi';
import type { StructuralAnalysis } from '../analysis/analyse.js';
import type { CostBase } from '../analysis/cost/monthly-costs.js';
import type { AiAmplification } from '../analysis/scorecard/cross-cutting.js';
import type { Factor, IndexScore } from '../analysis/scorecard/factor.js';
import type { LayerScore } from '../analysis/scorecard/scorecard.js';
import type { StatedAssumption } from '../assumptions.js';
import type { Lockin } from '../economics/lockin.js';
import type { SourcePosition } from '../model/load/diagnostic.js';
import type { ResolvedOperator } from '../model/resolved-model.js';
import type { Finding } from '../rules/finding.js';
import type { AcceptedRisk } from '../rules/run-rules.js';
import { coreDocument } from './core-document.js';
import { DiagnosticSchema } from './diagnostics.js';
import { RuleProblemSchema } from './rules.js';

/** A model path given as evidence: as people write it, and where it is in the text. */
export interface EvidenceDocument extends SourcePosition {
  readonly path: string;
}

/** A core structure with its `evidence` model paths given as positions. */
export type WithPositions<T extends { readonly evidence: readonly unknown[] }> = Omit<
  T,
  'evidence'
> & { readonly evidence: readonly EvidenceDocument[] };

export interface IndexDocument {
  readonly score: IndexScore['score'];
  readonly factors: readonly WithPositions<Factor>[];
}

export type LayerDocument = Omit<LayerScore, 'dependency' | 'control'> & {
  readonly dependency: IndexDocument;
  readonly control: IndexDocument;
};

export interface ScorecardDocument {
  readonly layers: readonly LayerDocument[];
  readonly aiAmplification: WithPositions<AiAmplification>;
  readonly securityExposure: IndexDocument;
}

export type CostsDocument = Omit<CostBase, 'byProvider'> & {
  /** Monthly cost per provider id. */
  readonly byProvider: Readonly<Record<string, number>>;
};

export type OperatorDocument = Pick<
  ResolvedOperator,
  'id' | 'name' | 'country' | 'currency' | 'subscribers'
> & { readonly asOf: ResolvedOperator['as_of'] };

export const AssessmentSchema = z
  .object({
    schemaVersion: z.number().int(),
    tool: z.object({ name: z.string(), version: z.string() }),
    file: z.string(),
    operator: coreDocument<OperatorDocument>(
      'The operator: id, name, country, currency, subscribers, as-of date',
    ),
    classification: coreDocument<StructuralAnalysis['classification']>(
      'The operator type, its host networks, the network elements it holds, and why',
    ),
    scorecard: coreDocument<ScorecardDocument>(
      'Five layers with their dependency and control indices and factors, AI amplification, security exposure',
    ),
    failure: coreDocument<StructuralAnalysis['failure']>(
      'Failure events, cut sets, single points of failure, service and subscriber loss, blast radii',
    ),
    concentration: coreDocument<StructuralAnalysis['concentration']>(
      'Concentration per capability, of spend, and control by ownership group',
    ),
    costs: coreDocument<CostsDocument>(
      'Monthly cost lines, totals, revenue, margin, and cost per provider',
    ),
    graph: coreDocument<StructuralAnalysis['graph']>('The size of the dependency graph'),
    assumptions: coreDocument<readonly StatedAssumption[]>(
      'Every default and derived value a figure used',
      'array',
    ),
    findings: coreDocument<readonly Finding[]>('The findings, with evidence positions', 'array'),
    unusedAcceptances: coreDocument<readonly AcceptedRisk['finding'][]>(
      'Accepted risks that matched no finding',
      'array',
    ),
    lockin: coreDocument<Lockin>('Exit cost and time per dependency, with curves'),
    warnings: z.array(DiagnosticSchema),
    /** User rules that could not be evaluated on some element (the run went on without them). */
    ruleProblems: z.array(RuleProblemSchema),
  })
  .openapi('Assessment');

export type AssessmentDocument = z.infer<typeof AssessmentSchema>;
