/**
 * The sensitivity benchmark: how long `mvnoscope sensitivity FILE` takes for every shipped
 * example, as a user runs it — the compiled CLI in a fresh process (startup, loading the model
 * once, every pinned run of the analyses and of the stress test, the flip-point bisections and
 * the text written). Goal (issue 13): under 2 s each on this 2-core machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLES_DIR, exampleFiles } from '../test/support/load.js';
import { row } from './measure.js';

const execFileAsync = promisify(execFile);
const BIN = join(import.meta.dirname, '..', 'bin', 'mvnoscope.js');
const GOAL_SECONDS = 2;
/** Each example runs this many times; the median is kept. */
const RUNS = 3;

interface Run {
  /** The whole process, as the user waits for it. */
  readonly total: number;
  /** The sensitivity analysis itself, as the command's JSON reports it. */
  readonly analysis: number;
  readonly pinned: number;
  readonly figures: number;
  readonly parameters: number;
}

async function timedRun(model: string, json: string): Promise<Run> {
  const started = performance.now();
  await execFileAsync(process.execPath, [BIN, 'sensitivity', model], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const total = (performance.now() - started) / 1000;
  // The JSON run gives the analysis time and the counts; it is not the one timed above.
  await execFileAsync(process.execPath, [BIN, 'sensitivity', model, '--json', '-o', json]);
  const document = JSON.parse(await readFile(json, 'utf8')) as {
    seconds: number;
    runs: number;
    figures: unknown[];
    parameters: unknown[];
  };
  return {
    total,
    analysis: document.seconds,
    pinned: document.runs,
    figures: document.figures.length,
    parameters: document.parameters.length,
  };
}

export async function sensitivityBench(): Promise<void> {
  console.log(
    `\nSensitivity (compiled CLI, a fresh process per run, text output, median of ${RUNS}; goal < ${GOAL_SECONDS} s each)`,
  );
  const widths = [36, 10, 12, 12, 8, 8, 6];
  console.log(
    row(
      ['example', 'total (s)', 'analysis (s)', 'pinned runs', 'figures', 'params', 'goal'],
      widths,
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-sensitivity-'));
  try {
    for (const name of exampleFiles()) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await timedRun(join(EXAMPLES_DIR, name), join(dir, 'sensitivity.json')));
      runs.sort((a, b) => a.total - b.total);
      const median = runs[Math.floor(runs.length / 2)] as Run;
      console.log(
        row(
          [
            name,
            median.total.toFixed(2),
            median.analysis.toFixed(2),
            median.pinned,
            median.figures,
            median.parameters,
            median.total < GOAL_SECONDS ? 'met' : 'MISSED',
          ],
          widths,
        ),
      );
    }
    console.log(
      '  total: the whole `mvnoscope sensitivity FILE` process; analysis: the tornadoes, flip points and ES 95% runs (10,000 trials each) within it',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
