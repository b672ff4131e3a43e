/**
 * The report benchmark: how long `mvnoscope report` takes and how large its HTML page is, for
 * every shipped example, through the compiled CLI (a fresh process each run, as a user runs
 * it: startup, analysis, the stress test, the front on its worker, Graphviz and Vega). The
 * largest example by file size is run three times and its median kept. Goal (issue 8): under
 * 2 s and under 2 MB.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLES_DIR, exampleFiles } from '../test/support/load.js';
import { row } from './measure.js';

const execFileAsync = promisify(execFile);
const BIN = join(import.meta.dirname, '..', 'bin', 'mvnoscope.js');
const GOAL_SECONDS = 2;
const GOAL_BYTES = 2 * 1024 * 1024;

async function timedReport(model: string, output: string): Promise<number> {
  const start = performance.now();
  await execFileAsync(process.execPath, [BIN, 'report', model, '-o', output]);
  return (performance.now() - start) / 1000;
}

export async function reportBench(): Promise<void> {
  console.log('\nHTML report (compiled CLI, one process per report; goal < 2 s and < 2 MB)');
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-report-'));
  try {
    const widths = [52, 10, 9, 9, 6];
    console.log(row(['example', 'model (KB)', 'time (s)', 'HTML (KB)', 'goal'], widths));
    const sizes = await Promise.all(
      exampleFiles().map(async (name) => ({
        name,
        bytes: (await stat(join(EXAMPLES_DIR, name))).size,
      })),
    );
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    for (const { name, bytes } of sizes) {
      const output = join(dir, name.replace(/\.yaml$/, '.html'));
      const runs = name === largest.name ? 3 : 1;
      const times: number[] = [];
      for (let i = 0; i < runs; i++)
        times.push(await timedReport(join(EXAMPLES_DIR, name), output));
      times.sort((a, b) => a - b);
      const seconds = times[Math.floor(times.length / 2)] ?? Number.NaN;
      const html = (await stat(output)).size;
      const met = seconds < GOAL_SECONDS && html < GOAL_BYTES;
      console.log(
        row(
          [
            name === largest.name ? `${name} (largest, median of 3)` : name,
            (bytes / 1024).toFixed(1),
            seconds.toFixed(2),
            (html / 1024).toFixed(0),
            met ? 'met' : 'MISSED',
          ],
          widths,
        ),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
