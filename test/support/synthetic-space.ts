/**
 * A seeded generator of design spaces of any size, for property tests and benchmarks. Options
 * trade cost against lock-in and speed the way real offers do (the cheap, fast, bundled offer
 * binds hardest), and interactions mix synergies and penalties between random pairs.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { DesignSpace } from '../../src/model/schema/design-space.js';

export interface SyntheticSpaceOptions {
  readonly decisions: number;
  readonly optionsPerDecision: number;
  readonly interactions: number;
  readonly seed?: number;
}

export function syntheticSpace(options: SyntheticSpaceOptions): DesignSpace {
  const rng = xoroshiro128plus(options.seed ?? 1);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const decisions = Array.from({ length: options.decisions }, (_, d) => ({
    id: `decision-${d}`,
    options: Array.from({ length: options.optionsPerDecision }, (_, o) => {
      const binding = int(0, 10); // 0: open and portable, 10: bundled and proprietary
      return {
        id: `d${d}-o${o}`,
        upfront: (20 - binding) * 10_000 + int(0, 50) * 1_000,
        monthly: (15 - binding) * 1_000 + int(0, 20) * 100,
        launch_months: 2 + (10 - binding) / 2 + int(0, 4),
        exit_cost: binding * 40_000 + int(0, 30) * 1_000,
        exposure: int(0, 6),
        control: { edge_control: 10 - binding - int(0, 3) },
      };
    }),
  }));
  const interactions = Array.from({ length: options.interactions }, () => {
    const a = int(0, options.decisions - 1);
    const b = (a + int(1, options.decisions - 1)) % options.decisions;
    const synergy = int(0, 1) === 0;
    const size = int(1, 10);
    return {
      options: [
        `d${a}-o${int(0, options.optionsPerDecision - 1)}`,
        `d${b}-o${int(0, options.optionsPerDecision - 1)}`,
      ] as [string, string],
      effects: synergy
        ? { upfront: -size * 5_000, exit_cost: size * 15_000 }
        : { upfront: size * 4_000, launch_months: size / 5, exposure: 1 },
    };
  });
  return { decisions, interactions };
}
