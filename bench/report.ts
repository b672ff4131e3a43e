/**
 * The report benchmark: how long `mvnoscope report` takes, how much CPU it uses and how large
 * its HTML page is, for every shipped example, through the compiled CLI in a fresh process each
 * run, as a user runs it (startup, analysis, the stress test, sensitivity, the advisor on its
 * workers, the front on its worker, Graphviz and Vega). Each example is run three times
 * (BENCH_REPORT_RUNS sets how many) and its median kept. Goals (issues 17 and 18, item 7): under
 * 2 s wall and under 1.5 s of CPU on a quiet machine, and under 2 MB.
 *
 * CPU is the process's user and system time, every thread's (workers included); wall time is
 * printed beside it with the load average when the example's runs began, so that a run on a
 * loaded machine can be told apart. Each run also times the command's own work, from the call
 * into the CLI to the file written, so that the startup every command pays (loading the modules
 * of all commands) can be told apart from the report's work.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser } from '../test/report/browser.js';
import { EXAMPLES_DIR, exampleFiles } from '../test/support/load.js';
import { row, TIMED_CLI_RUN } from './measure.js';

const execFileAsync = promisify(execFile);
const GOAL_SECONDS = 2;
const GOAL_CPU_SECONDS = 1.5;
const GOAL_BYTES = 2 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);

interface Timing {
  readonly total: number;
  readonly startup: number;
  readonly work: number;
  /** CPU seconds of the whole process, every thread's. */
  readonly cpu: number;
}

/** `script` is TIMED_CLI_RUN in a file: run from a file, not --eval, so workers start as in the CLI. */
async function timedReport(script: string, model: string, output: string): Promise<Timing> {
  const start = performance.now();
  const { stdout } = await execFileAsync(process.execPath, [script, 'report', model, '-o', output]);
  const total = (performance.now() - start) / 1000;
  return { total, ...(JSON.parse(stdout) as Omit<Timing, 'total'>) };
}

/** From navigation start to the end of the load event, for a report opened from disk. */
async function browserLoadSeconds(file: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // Evaluated in the page, where the DOM's navigation timing exists (this project's types
      // are Node's, hence the expression as text).
      const loadEnd = await page.evaluate(
        "performance.getEntriesByType('navigation')[0].loadEventEnd",
      );
      times.push(Number(loadEnd) / 1000);
      await page.close();
    }
    return times.sort((a, b) => a - b)[1] ?? Number.NaN;
  } finally {
    await browser.close();
  }
}

export async function reportBench(): Promise<void> {
  console.log(
    `\nHTML report (compiled CLI, a fresh process per report, median of ${RUNS}; goal < ${GOAL_SECONDS} s wall and < ${GOAL_CPU_SECONDS} s CPU on a quiet machine, < 2 MB, in all)`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'mvnoscope-bench-report-'));
  const script = join(dir, 'timed-run.mjs');
  await writeFile(script, TIMED_CLI_RUN);
  try {
    const widths = [32, 10, 9, 8, 8, 8, 9, 6, 6, 6];
    console.log(
      row(
        [
          'example',
          'model (KB)',
          'wall (s)',
          'CPU (s)',
          'modules',
          'report',
          'HTML (KB)',
          'load',
          'wall',
          'CPU',
        ],
        widths,
      ),
    );
    const sizes = await Promise.all(
      exampleFiles().map(async (name) => ({
        name,
        bytes: (await stat(join(EXAMPLES_DIR, name))).size,
      })),
    );
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const missed: string[] = [];
    for (const { name, bytes } of sizes) {
      const output = join(dir, name.replace(/\.yaml$/, '.html'));
      const load = loadavg()[0] ?? Number.NaN;
      const timings: Timing[] = [];
      for (let i = 0; i < RUNS; i++)
        timings.push(await timedReport(script, join(EXAMPLES_DIR, name), output));
      const median = (of: (t: Timing) => number) =>
        timings.map(of).sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? Number.NaN;
      const wall = median((t) => t.total);
      const cpu = median((t) => t.cpu);
      const html = (await stat(output)).size;
      const wallMet = wall < GOAL_SECONDS && html < GOAL_BYTES;
      const cpuMet = cpu < GOAL_CPU_SECONDS;
      if (!wallMet || !cpuMet) missed.push(name);
      console.log(
        row(
          [
            name.replace(/\.yaml$/, ''),
            (bytes / 1024).toFixed(1),
            wall.toFixed(2),
            cpu.toFixed(2),
            median((t) => t.startup).toFixed(2),
            median((t) => t.work).toFixed(2),
            (html / 1024).toFixed(0),
            load.toFixed(1),
            wallMet ? 'met' : 'MISSED',
            cpuMet ? 'met' : 'MISSED',
          ],
          widths,
        ),
      );
    }
    console.log(
      '  wall: the whole process; CPU: every thread of it; modules: loading the CLI (every command); report: the command itself (wall); load: 1-minute load average as the runs began',
    );
    console.log(
      missed.length === 0
        ? '  goal met by every example'
        : `  goal missed by ${missed.length} of ${sizes.length} examples${(loadavg()[0] ?? 0) >= 1 ? ' (the machine is not quiet: read the CPU column)' : ''}`,
    );
    const page = join(dir, largest.name.replace(/\.yaml$/, '.html'));
    console.log(
      `  ${largest.name} opened in headless Chromium: loaded and laid out in ${(await browserLoadSeconds(page)).toFixed(2)} s (median of 3)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
