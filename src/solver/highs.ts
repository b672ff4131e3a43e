/**
 * HiGHS (WebAssembly) as the MILP solver of the optimiser. Every solve is proved optimal on
 * the resolution grid (`mip_rel_gap` 0, `mip_abs_gap` a hundredth of a step) under a time limit. Errors
 * and unexpected statuses come back as `failed`, never as an exception, so the front search
 * can retry the programme without presolve. `solve` is synchronous and blocks its thread, so
 * long searches run on a worker.
 */
import highsLoader, { type LegacyHighs } from 'highs';
import type { MilpSolver, SolveOutcome, SolveSettings } from '../optimize/exact-front.js';

// The package's types are read as CommonJS under NodeNext; at runtime the default export is
// the loader (dependencies.md, "highs").
const loadHighs = highsLoader as unknown as () => Promise<LegacyHighs>;

export interface HighsSolverOptions {
  /** Seconds allowed for each programme. */
  readonly timeLimitSeconds: number;
}

export async function highsSolver(options: HighsSolverOptions): Promise<MilpSolver> {
  const highs = await loadHighs();
  return (program: string, settings: SolveSettings): SolveOutcome => {
    try {
      return outcomeOf(highs.solve(program, solverOptions(options, settings)));
    } catch (error) {
      // highs-js throws on internal errors ("Unable to solve the problem. HiGHS error -1"):
      // reported as a failure, so the front search can retry without presolve.
      return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  };
}

type Solution = ReturnType<LegacyHighs['solve']>;

function solverOptions(options: HighsSolverOptions, settings: SolveSettings) {
  return {
    output_flag: false,
    presolve: settings.presolve ? 'on' : 'off',
    mip_rel_gap: 0,
    // Objectives reach the solver in resolution steps (src/optimize/milp.ts), so this lets it
    // stop within a hundredth of a step of the optimum: points a step apart are still told
    // apart, and proving optimality to 1e-7 on values in the millions cost 2–3× the time per
    // solve (bench/run.ts, fronts).
    mip_abs_gap: 0.01,
    // Objective coefficients run to millions (money in currency units): an integrality slack
    // of 1e-6 on one option would move a bound by a whole unit, so tolerances are tightened.
    mip_feasibility_tolerance: 1e-10,
    primal_feasibility_tolerance: 1e-10,
    time_limit: options.timeLimitSeconds,
  } as const;
}

function outcomeOf(solution: Solution): SolveOutcome {
  switch (solution.Status) {
    case 'Optimal': {
      const values = new Map<string, number>();
      for (const [name, column] of Object.entries(solution.Columns))
        values.set(name, column.Primal);
      return { status: 'optimal', values };
    }
    case 'Infeasible':
      return { status: 'infeasible' };
    case 'Time limit reached':
      return { status: 'time-limit' };
    default:
      return { status: 'failed', reason: `HiGHS stopped with status "${solution.Status}"` };
  }
}
