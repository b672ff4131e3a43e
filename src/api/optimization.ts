/**
 * The result of an optimisation job: the Pareto front of the design space (each design as its
 * choices, the knee, the hypervolume), where the locally optimised path sits, and how the
 * search went.
 */
import type { FrontReport, ReportedDesign } from '../optimize/front-report.js';
import type { Representation } from '../optimize/representative-front.js';
import { coreDocument } from './core-document.js';

/** A design as users read it: its objective values and the option chosen for each decision. */
export type { ReportedDesign };

export type OptimizationJobResult = FrontReport & {
  /** The operator's currency, in which the cost objective is given. */
  readonly currency: string;
  /** Designs in the space. */
  readonly designs: number;
  /** Whether the front is proven complete (false when the time limit came first). */
  readonly complete: boolean;
  /** The method that found the front as people read it, or `stopped at the time limit`. */
  readonly method: string;
  readonly solves: number;
  readonly nodes: number;
  readonly seconds: number;
  /** Why the method ran and what went wrong on the way (src/optimize/front-search.ts). */
  readonly notes: readonly string[];
  /** With `points`: what the points cover of the front, and the proven bound on the rest. */
  readonly representation?: Representation;
};

export const OptimizationJobResultSchema = coreDocument<OptimizationJobResult>(
  'The JSON of `mvnoscope optimize --json` without its header: the front, the knee, the hypervolume, the local path',
);
