/**
 * HiGHS (WebAssembly) as the MILP solver of the optimiser. Every solve runs exact
 * to a hundredth of a resolution step (`mip_rel_gap` 0: not within 0.01% of the optimum) under a time limit.
 * `solve` is synchronous and blocks its thread, so the CLI calls it from a worker.
 */
import highsLoader, { type LegacyHighs } from 'highs';
import type { MilpSolver, SolveOutcome } from '../optimize/exact-front.js';

// The package's types are read as CommonJS under NodeNext; at runtime the default export is
// the loader (dependencies.md, "highs").
const loadHighs = highsLoader as unknown as () => Promise<LegacyHighs>;

export interface HighsSolverOptions {
  /** Seconds allowed for each programme. */
  readonly timeLimitSeconds: number;
}

export async function highsSolver(options: HighsSolverOptions): Promise<MilpSolver> {
  const highs = await loadHighs();
  return (program: string): SolveOutcome => {
    const solution = highs.solve(program, {
      output_flag: false,
      mip_rel_gap: 0,
      // Objectives reach the solver in resolution steps (src/optimize/milp.ts), so this lets
      // it stop within a hundredth of a step of the optimum: points a step apart are still
      // told apart, and proving optimality to 1e-7 on values in the millions cost 2–3× the
      // time per solve (bench/run.ts, fronts).
      mip_abs_gap: 0.01,
      // Objective coefficients run to millions (money in currency units): an integrality slack
      // of 1e-6 on one option would move a bound by a whole unit, so tolerances are tightened.
      mip_feasibility_tolerance: 1e-10,
      primal_feasibility_tolerance: 1e-10,
      time_limit: options.timeLimitSeconds,
    });
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
        throw new Error(`HiGHS stopped with status "${solution.Status}"`);
    }
  };
}
