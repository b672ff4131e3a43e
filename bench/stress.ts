/**
 * Stress throughput through the compiled command line, a fresh process per run, with 1 and 2
 * worker threads (issue 18, item 5: at least 1,000,000 trials a second on one worker on the light
 * MVNO, and 1.8× that on two). Three rates per run:
 *
 * - `workers`: the rate `simulate --json` reports, trials over the wall time the workers ran
 *   (starting them included) — the figure the goal names;
 * - `command`: trials over the wall time of the whole command (loading, summary, output);
 * - `CPU`: trials per CPU second of the process (every thread), fixed costs taken out: the CPU
 *   time of the same command with 1,000 trials is subtracted first. On a shared machine this is
 *   the figure that does not depend on the load; a speed-up from the second worker shows only in
 *   wall time, and only when a core is free, so the load average is printed with every row.
 *
 * `BENCH_STRESS_TRIALS=2000000` sets the light MVNO's trials (default 4,000,000; the other
 * examples run a quarter of them).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { EXAMPLES_DIR, exampleFiles } from '../test/support/load.js';
import { syntheticModel } from '../test/support/synthetic-model.js';
import { row } from './measure.js';

const execFileAsync = promisify(execFile);
const CLI_MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

/** The goals of issue 18 for the light MVNO. */
const GOAL_RATE = 1_000_000;
const GOAL_SPEED_UP = 1.8;
/** Trials of the run whose CPU time is taken as the command's fixed cost. */
const FIXED_TRIALS = 1_000;

/**
 * Runs `simulate --json` in this process's child and prints, as JSON, the rate the document
 * reports, the command's wall seconds and the process's CPU seconds (all threads).
 */
const RUNNER = `
const { run } = await import(${JSON.stringify(pathToFileURL(CLI_MAIN).href)});
let out = '';
const began = performance.now();
const code = await run(process.argv.slice(2), {
  stdout: { write: (text) => { out += text; return true; } },
  stderr: { write: (text) => process.stderr.write(text) },
});
const wall = (performance.now() - began) / 1000;
if (code !== 0) process.exit(code);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({
  rate: JSON.parse(out).trialsPerSecond,
  wall,
  cpu: (cpu.user + cpu.system) / 1e6,
}));
`;

interface StressCost {
  readonly rate: number;
  readonly wall: number;
  readonly cpu: number;
}

async function simulateCost(
  runner: string,
  file: string,
  trials: number,
  workers: number,
): Promise<StressCost> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [runner, 'simulate', file, '--json', '--trials', String(trials), '--workers', String(workers)],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as StressCost;
}

const perSecond = (rate: number): string => Math.round(rate).toLocaleString('en');

export async function stressBench(): Promise<void> {
  const lightTrials = Number(process.env.BENCH_STRESS_TRIALS ?? 4_000_000);
  console.log(
    `\nStress tests: trials a second, 1 and 2 worker threads (goal on the light MVNO: ${perSecond(GOAL_RATE)} a second on 1 worker, ${GOAL_SPEED_UP}× that on 2)`,
  );
  console.log(
    '  workers: the rate simulate reports (wall, workers running); command: over the whole command (wall);',
  );
  console.log(
    `  CPU: per CPU second of all threads, less a ${FIXED_TRIALS.toLocaleString('en')}-trial run's CPU (fixed costs)`,
  );
  const widths = [34, 10, 7, 11, 11, 11, 9, 6];
  console.log(
    row(
      ['model', 'trials', 'workers', 'workers/s', 'command/s', 'CPU/s', 'speed-up', 'load'],
      widths,
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-'));
  try {
    const runner = join(dir, 'simulate.mjs');
    await writeFile(runner, RUNNER);
    const synthetic = join(dir, 'synthetic-1000.json');
    await writeFile(synthetic, JSON.stringify(syntheticModel({ providers: 1_000, seed: 1 })));
    const cases: [string, string, number][] = [
      ...exampleFiles().map((file): [string, string, number] => [
        file,
        join(EXAMPLES_DIR, file),
        file.startsWith('light-') ? lightTrials : Math.round(lightTrials / 4),
      ]),
      ['synthetic, 1,000 providers', synthetic, 20_000],
    ];
    for (const [name, path, trials] of cases) {
      const fixed = await simulateCost(runner, path, FIXED_TRIALS, 1);
      let oneWorker = Number.NaN;
      for (const workers of [1, 2]) {
        const load = loadavg()[0] ?? Number.NaN;
        const cost = await simulateCost(runner, path, trials, workers);
        if (workers === 1) oneWorker = cost.rate;
        const cpuRate = (trials - FIXED_TRIALS) / Math.max(cost.cpu - fixed.cpu, 1e-9);
        const goal = name.startsWith('light-')
          ? workers === 1
            ? cost.rate >= GOAL_RATE
              ? ' (goal met)'
              : ' (below goal)'
            : cost.rate >= GOAL_SPEED_UP * oneWorker
              ? ' (goal met)'
              : ' (below goal)'
          : '';
        console.log(
          row(
            [
              workers === 1 ? name : '',
              trials.toLocaleString('en'),
              workers,
              perSecond(cost.rate),
              perSecond(trials / cost.wall),
              perSecond(cpuRate),
              workers === 1 ? '' : `${(cost.rate / oneWorker).toFixed(2)}×`,
              load.toFixed(1),
            ],
            widths,
          ) + goal,
        );
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
