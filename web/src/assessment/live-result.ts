/**
 * What the in-browser core makes of the editor's text: the loader's diagnostics and, when the
 * model loads, its assessment and dependency graph, as plain data a worker can post.
 */
import type { StructuralAnalysis } from '../../../src/analysis/analyse.js';
import type { EdgeKind, NodeKind } from '../../../src/analysis/dependency-graph.js';
import type { AlikeAssumptions } from '../../../src/assumptions.js';
import type { Lockin } from '../../../src/economics/lockin.js';
import type { Diagnostic } from '../../../src/model/load/diagnostic.js';
import type { Finding } from '../../../src/rules/finding.js';

export interface GraphNode {
  readonly key: string;
  readonly kind: NodeKind;
  readonly label: string;
}

export interface GraphEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
}

export interface LiveAssessment {
  readonly operator: string;
  readonly currency: string;
  readonly analysis: StructuralAnalysis;
  readonly findings: readonly Finding[];
  readonly lockin: Lockin;
  /** Every default and derived value the figures rest on, alike ones folded (src/assumptions.ts). */
  readonly assumptions: readonly AlikeAssumptions[];
  /** The lock-in parameters the model states, as `economics.name = value`. */
  readonly statedInModel: readonly string[];
  readonly graph: { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] };
}

export interface LiveResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Absent when the text does not load. */
  readonly assessment?: LiveAssessment;
  readonly milliseconds: number;
}
