/**
 * The API's documents as the web app reads them (docs/api.md). Analysis and compare documents
 * come from the core, so their types are the core's own; the rest restate the OpenAPI shapes.
 */
export type {
  Comparison,
  FigureChange,
  Verdict,
} from '../../../src/compare/compare-assessments.js';

export type Role = 'read' | 'write';

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly role: Role;
}

export interface Me {
  readonly tokenId: string;
  readonly name: string;
  readonly admin: boolean;
  readonly workspaces: readonly Workspace[];
}

export interface ModelSummary {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly latestVersion: number;
  readonly updatedAt: string;
}

export interface VersionSummary {
  readonly version: number;
  readonly author: string;
  readonly message: string;
  readonly createdAt: string;
  readonly restoredFrom: number | null;
}

export interface VersionDocument extends VersionSummary {
  readonly modelId: string;
  readonly text: string;
  readonly valid: boolean;
}

export interface ModelWithVersion {
  readonly model: ModelSummary;
  readonly version: VersionDocument;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface Job<Result> {
  readonly id: string;
  readonly kind: 'simulation' | 'optimization';
  readonly status: JobStatus;
  readonly progress: { readonly done: number; readonly total: number | null };
  readonly result: Result | null;
  readonly error: string | null;
}

/** One risk measure's statistics over the trials (`mvnoscope simulate --json`). */
import type { Distribution } from '../../../src/stress/simulation.js';

export type { Distribution };

export interface SimulationResult {
  readonly currency: string;
  readonly trials: number;
  readonly seed: number;
  readonly years: number;
  readonly seconds: number;
  readonly baselineMargin: number;
  readonly loss: Distribution;
  readonly margin: Distribution;
  readonly subscribersAffected: Distribution;
  readonly outageMinutes: Distribution;
  readonly tail: {
    readonly threshold: number;
    readonly trials: number;
    readonly byShock: readonly {
      readonly key: string;
      readonly meanTailLoss: number;
      readonly share: number;
    }[];
  };
}

export interface DesignChoice {
  readonly decision: string;
  readonly option: string;
}

export interface Design {
  readonly values: Readonly<Record<string, number>>;
  readonly choices: readonly DesignChoice[];
  readonly knee?: boolean;
}

export interface OptimizationResult {
  readonly currency: string;
  readonly designs: number;
  readonly method: string;
  readonly complete: boolean;
  readonly seconds: number;
  readonly objectives: readonly string[];
  readonly front: readonly Design[];
  readonly local: {
    readonly feasible: boolean;
    readonly design?: Design;
    readonly onFront?: boolean;
    readonly bestGain?: Readonly<Record<string, number>>;
  };
}

export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}
