/**
 * The stress test's document: what `mvnoscope simulate --json` prints after its header, and
 * the API's simulation job result (src/api/simulation.ts), so the two cannot drift apart.
 */
import type { SimulationJobResult } from '../../api/simulation.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { CompiledScenario } from '../../stress/scenario.js';
import type { SimulationResult } from '../../stress/simulation.js';

export interface SimulationRun {
  readonly model: ResolvedModel;
  readonly scenario: CompiledScenario;
  readonly result: SimulationResult & { readonly simulationSeconds: number };
  readonly workers: number;
  /** Seconds the trials and their summary took, from the caller's clock. */
  readonly seconds: number;
  /** The losses binned (stress-section.ts lossBins). */
  readonly lossHistogram: SimulationJobResult['lossHistogram'];
}

export function simulationJson(run: SimulationRun): SimulationJobResult {
  const { result } = run;
  return {
    currency: run.model.operator.currency,
    workers: run.workers,
    seconds: run.seconds,
    trialsPerSecond: result.trials / Math.max(result.simulationSeconds, 1e-9),
    sources: run.scenario.sources,
    ...result,
    lossHistogram: run.lossHistogram,
  };
}
