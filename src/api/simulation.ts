/**
 * The result of a simulation job: the stress test's summary (risk measures of loss, margin,
 * subscribers affected, outage and recovery; the tail's attribution; convergence), the shock
 * sources it drew from, and how long it took.
 */
import type { ShockSource } from '../stress/scenario.js';
import type { SimulationResult } from '../stress/simulation.js';
import { coreDocument } from './core-document.js';

export type SimulationJobResult = SimulationResult & {
  /** The operator's currency, in which every money figure is given. */
  readonly currency: string;
  /** Worker threads the trials ran on (a job runs on one: the server runs jobs side by side). */
  readonly workers: number;
  /** Seconds the whole job took: compiling the scenario, the trials and the summary. */
  readonly seconds: number;
  readonly trialsPerSecond: number;
  /** Seconds spent running the trials (starting workers included), before summarising. */
  readonly simulationSeconds: number;
  readonly sources: readonly ShockSource[];
  /**
   * The loss in a year as a histogram, as the report draws it: 40 bins of equal width from the
   * smallest loss to the 99.9% quantile (the rarer, larger losses in the last bin), each with
   * its share of the trials. Binned where the trials are, so the document carries no trial list.
   */
  readonly lossHistogram: readonly {
    readonly from: number;
    readonly to: number;
    readonly share: number;
  }[];
};

export const SimulationJobResultSchema = coreDocument<SimulationJobResult>(
  'The JSON of `mvnoscope simulate --json` without its header: risk measures, tail attribution, convergence, shock sources',
);
