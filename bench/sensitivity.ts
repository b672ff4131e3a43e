/**
 * The sensitivity benchmark: how long `mvnoscope sensitivity FILE` takes for every shipped
 * example, as a user runs it — the compiled CLI in a fresh process (startup, loading the model
 * once, every pinned run of the analyses and of the stress test, the flip-point bisections and
 * the text written). Goal (issue 13): under 2 s each on this 2-core machine.
 *
 * Beside the wall-clock time, each run reports the CPU time its process used: on a machine busy
 * with other work the wall clock stretches, the CPU time much less.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLES_DIR, exampleFiles } from '../test/support/load.js';
import { row, TIMED_CLI_RUN } from './measure.js';

const execFileAsync = promisify(execFile);
const GOAL_SECONDS = 2;
/** Each example runs this many times; the median is kept. */
const RUNS = 3;

interface Run {
  /** The whole process, as the user waits for it. */
  readonly total: number;
  readonly startup: number;
  readonly work: number;
  readonly cpu: number;
}

async function timedRun(script: string, model: string): Promise<Run> {
  const started = performance.now();
  const { stdout } = await execFileAsync(process.execPath, [script, 'sensitivity', model]);
  const total = (performance.now() - started) / 1000;
  return { total, ...(JSON.parse(stdout) as Omit<Run, 'total'>) };
}

export async function sensitivityBench(): Promise<void> {
  console.log(
    `\nSensitivity (compiled CLI, a fresh process per run, text output, median of ${RUNS}; goal < ${GOAL_SECONDS} s each)`,
  );
  const widths = [36, 10, 9, 9, 9, 6];
  console.log(row(['example', 'total (s)', 'modules', 'command', 'CPU (s)', 'goal'], widths));
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-sensitivity-'));
  const script = join(dir, 'timed-run.mjs');
  await writeFile(script, TIMED_CLI_RUN);
  try {
    for (const name of exampleFiles()) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timedRun(script, join(EXAMPLES_DIR, name)));
      runs.sort((a, b) => a.total - b.total);
      const median = runs[Math.floor(runs.length / 2)] as Run;
      console.log(
        row(
          [
            name,
            median.total.toFixed(2),
            median.startup.toFixed(2),
            median.work.toFixed(2),
            median.cpu.toFixed(2),
            median.total < GOAL_SECONDS ? 'met' : 'MISSED',
          ],
          widths,
        ),
      );
    }
    console.log(
      '  total: the whole `mvnoscope sensitivity FILE` process; modules: loading the CLI; command: the sensitivity command itself (load, analyses, 10,000-trial stress tests, text); CPU: the process’s user and system time',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
